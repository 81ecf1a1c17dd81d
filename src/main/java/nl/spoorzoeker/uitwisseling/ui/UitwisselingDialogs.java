package nl.spoorzoeker.uitwisseling.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import nl.spoorzoeker.uitwisseling.UitwisselingService;
import nl.spoorzoeker.uitwisseling.ExportTaak;
import nl.spoorzoeker.uitwisseling.ImportTaak;
import nl.spoorzoeker.uitwisseling.InzageTaak;
import nl.spoorzoeker.uitwisseling.Reikwijdte;
import nl.spoorzoeker.crypto.Kluissessie;
import nl.spoorzoeker.store.Doelfout;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.Knoppen;
import nl.spoorzoeker.ui.Taakvenster;
import nl.spoorzoeker.ui.Meldingen.Melding;
import nl.spoorzoeker.ui.UiContext;
import nl.spoorzoeker.ui.form.Toetsenbord;

/**
 * File › Exporteren…, File › Importeren… and the dossier's Inzage-export…: each asks what it needs
 * on the JavaFX thread, does the work on the background thread, and says in Dutch what happened.
 * Export and import need the unlocked practice keys (an export is encrypted with them; an import
 * first makes a verified backup with them); an inzage is unencrypted, for the person themselves.
 */
public final class UitwisselingDialogs {

    private final UiContext ui;
    private final UitwisselingService archief;
    private final Supplier<Optional<Kluissessie.Sleutels>> sleutels;
    private final Function<Kluissessie.Sleutels, UitwisselingService.Vooraf> backup;

    /**
     * @param sleutels the practice keys while unlocked ({@code Kluissessie::sleutels})
     * @param backup the verified backup made before an import, with those keys
     */
    public UitwisselingDialogs(UiContext ui, UitwisselingService archief, Supplier<Optional<Kluissessie.Sleutels>> sleutels,
                          Function<Kluissessie.Sleutels, UitwisselingService.Vooraf> backup) {
        this.ui = ui;
        this.archief = archief;
        this.sleutels = sleutels;
        this.backup = backup;
    }

    /** Exports the whole practice, or (when a dossier is on screen and the coach chooses so) that dossier. */
    public void exporteer(Integer dossierOpScherm) {
        Optional<Kluissessie.Sleutels> open = sleutels.get();
        if (open.isEmpty()) {
            melding(Alert.AlertType.WARNING, I18n.t("archief.ui.vergrendeld"));
            return;
        }
        Integer dossier = null;
        if (dossierOpScherm != null) {
            String praktijk = I18n.t("archief.ui.helePraktijk");
            String ditDossier = I18n.t("archief.ui.ditDossier", String.valueOf(dossierOpScherm));
            ChoiceDialog<String> keuze = new ChoiceDialog<>(praktijk, List.of(praktijk, ditDossier));
            keuze.initOwner(ui.window().get());
            keuze.setTitle(I18n.t("archief.ui.exportTitel"));
            keuze.setHeaderText(I18n.t("archief.ui.exportWat"));
            keuze.getDialogPane().getButtonTypes().setAll(Knoppen.ok(), Knoppen.annuleren());
            Optional<String> gekozen = keuze.showAndWait();
            if (gekozen.isEmpty()) {
                open.get().wis();
                return;
            }
            dossier = gekozen.get().equals(ditDossier) ? dossierOpScherm : null;
        }
        FileChooser kiezer = new FileChooser();
        kiezer.setTitle(I18n.t("archief.ui.exportTitel"));
        kiezer.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("archief.ui.filter"),
                "*" + UitwisselingService.EXTENSIE));
        kiezer.setInitialFileName((dossier == null ? "spoorzoeker-praktijk-" : "spoorzoeker-dossier-" + dossier + "-")
                + LocalDate.now(ui.clock()) + UitwisselingService.EXTENSIE);
        File bestand = kiezer.showSaveDialog(ui.window().get());
        if (bestand == null) {
            open.get().wis();
            return;
        }
        exporteerNaar(dossier, bestand.toPath(), open.get());
    }

    /**
     * Exports {@code dossier} (null: the whole practice) to {@code doel} with the unlocked keys {@code s}, wiped
     * after; also the tests' way in, past the file chooser. A place that cannot take it is told as that place.
     */
    public void exporteerNaar(Integer dossier, Path doel, Kluissessie.Sleutels s) {
        if (mapWeg(doel)) {
            s.wis();
            return;
        }
        ui.navigator().status(I18n.t("archief.ui.bezigExport"));
        Taakvenster.toon(ui, new ExportTaak(archief, dossier, doel, s.ring(), s.dataSleutel(), s::wis),
                doel.getFileName().toString(), e -> {
            String tekst = I18n.t(e.reikwijdte() == Reikwijdte.PRAKTIJK ? "archief.ui.exportPraktijkKlaar"
                    : "archief.ui.exportDossierKlaar", e.bestand().getFileName(), e.rijen(), e.bijlagen());
            ui.navigator().status(tekst);
            melding(Alert.AlertType.INFORMATION, tekst);
        }, this::fout);
    }

    /** Imports an archive the coach picks; the archive's passphrase or recovery code is asked. */
    public void importeer() {
        FileChooser kiezer = new FileChooser();
        kiezer.setTitle(I18n.t("archief.ui.importTitel"));
        kiezer.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("archief.ui.filter"),
                "*" + UitwisselingService.EXTENSIE));
        File bestand = kiezer.showOpenDialog(ui.window().get());
        if (bestand != null) {
            importeer(bestand);
        }
    }

    /**
     * Imports this archive (opened from the desktop, or picked); asking for the archive's passphrase
     * or recovery code is the coach's confirmation, and nothing is written before it is checked.
     */
    public void importeer(File bestand) {
        Optional<Kluissessie.Sleutels> open = sleutels.get();
        if (open.isEmpty()) {
            melding(Alert.AlertType.WARNING, I18n.t("archief.ui.vergrendeld"));
            return;
        }
        Optional<Geheim> geheim = vraagGeheim(bestand);
        if (geheim.isEmpty()) {
            open.get().wis();
            return;
        }
        Kluissessie.Sleutels s = open.get();
        Geheim g = geheim.get();
        ui.navigator().status(I18n.t("archief.ui.bezigImport"));
        Taakvenster.toon(ui, new ImportTaak(archief, bestand.toPath(), ring -> g.herstelcode()
                ? ring.openMetHerstelcode(new String(g.tekens())) : ring.open(g.tekens()), backup.apply(s), () -> {
                    s.wis();
                    java.util.Arrays.fill(g.tekens(), ' ');
                }), bestand.getName(), i -> {
            String tekst = i.alAanwezig() ? I18n.t("archief.ui.importAlAanwezig")
                    : i.reikwijdte() == Reikwijdte.PRAKTIJK
                    ? I18n.t("archief.ui.importPraktijkKlaar", i.trajecten().size(), i.rijen())
                    : I18n.t("archief.ui.importDossierKlaar", String.valueOf(i.trajecten().getFirst()), i.rijen());
            ui.navigator().status(tekst);
            ui.navigator().dataChanged();
            melding(Alert.AlertType.INFORMATION, tekst);
            if (!i.alAanwezig() && i.reikwijdte() == Reikwijdte.DOSSIER) {
                ui.navigator().openDossier(i.trajecten().getFirst());
            } else {
                ui.navigator().showDossiers();
            }
        }, this::fout);
    }

    /** Everything about the werknemer of this dossier, as PDF and JSON in one ZIP the coach saves. */
    public void inzage(int dossierId) {
        if (ui.meldingen().vraag(Melding.van(Alert.AlertType.CONFIRMATION, I18n.t("archief.ui.inzageUitleg"), Knoppen.ok(),
                        Knoppen.annuleren()).metTitel(I18n.t("archief.ui.inzageTitel")).metKop(I18n.t("archief.ui.inzageKop")))
                .filter(Knoppen.ok()::equals).isEmpty()) {
            return;
        }
        FileChooser kiezer = new FileChooser();
        kiezer.setTitle(I18n.t("archief.ui.inzageTitel"));
        kiezer.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("archief.ui.filterZip"), "*.zip"));
        kiezer.setInitialFileName("inzage-dossier-" + dossierId + "-" + LocalDate.now(ui.clock()) + ".zip");
        File bestand = kiezer.showSaveDialog(ui.window().get());
        if (bestand == null) {
            return;
        }
        inzageNaar(dossierId, bestand.toPath());
    }

    /** Writes the inzage of {@code dossierId} to {@code doel} (also the tests' way in, past the file chooser). */
    public void inzageNaar(int dossierId, Path doel) {
        if (mapWeg(doel)) {
            return;
        }
        ui.navigator().status(I18n.t("archief.ui.bezigInzage"));
        Taakvenster.toon(ui, new InzageTaak(archief, dossierId, doel, I18n.teksten()), doel.getFileName().toString(), i -> {
            String tekst = I18n.t("archief.ui.inzageKlaar", i.bestand().getFileName(), i.trajecten().size(),
                    i.rijen());
            ui.navigator().status(tekst);
            melding(Alert.AlertType.INFORMATION, tekst);
        }, this::fout);
    }

    /**
     * The chosen folder is gone (a USB stick taken out after the file chooser closed): told as that place,
     * and no folder is made — the service would make one, in the wrong place: where the stick was mounted.
     */
    private boolean mapWeg(Path doel) {
        Path map = doel.toAbsolutePath().getParent();
        if (Files.exists(map)) {
            return false;
        }
        fout(new Doelfout(doel.toAbsolutePath(), new NoSuchFileException(map.toString())));
        return true;
    }

    private record Geheim(char[] tekens, boolean herstelcode) {
    }

    /** The archive's passphrase, or its recovery code: the archive may come from another laptop. */
    private Optional<Geheim> vraagGeheim(File bestand) {
        Dialog<ButtonType> dialoog = new Dialog<>();
        dialoog.initOwner(ui.window().get());
        dialoog.setTitle(I18n.t("archief.ui.importTitel"));
        // The file is named: it may have been opened from the desktop rather than picked here.
        dialoog.setHeaderText(I18n.t("archief.ui.importVraag") + "\n" + I18n.t("archief.ui.importBestand", bestand.getName()));
        dialoog.getDialogPane().setId("archief-geheim");
        PasswordField veld = new PasswordField();
        veld.setId("archief-wachtwoord");
        veld.setPromptText(I18n.t("archief.ui.wachtwoordPrompt"));
        CheckBox herstel = new CheckBox(I18n.t("archief.ui.metHerstelcode"));
        herstel.setId("archief-herstelcode");
        VBox inhoud = new VBox(10, new Label(I18n.t("archief.ui.wachtwoordUitleg")), veld, herstel);
        inhoud.setPadding(new Insets(8, 0, 0, 0));
        dialoog.getDialogPane().setContent(inhoud);
        dialoog.getDialogPane().getButtonTypes().addAll(Knoppen.ok(), Knoppen.annuleren());
        Toetsenbord.eersteVeld(dialoog, () -> veld);
        Optional<ButtonType> knop = dialoog.showAndWait();
        if (knop.filter(Knoppen.ok()::equals).isEmpty() || veld.getText().isEmpty()) {
            return Optional.empty();
        }
        Geheim g = new Geheim(veld.getText().toCharArray(), herstel.isSelected());
        veld.clear();
        return Optional.of(g);
    }

    /** A refusal is explained (in Dutch, naming what was wrong); anything else goes to the error reporter. */
    private void fout(Throwable e) {
        ui.navigator().status(I18n.t("archief.ui.mislukt")); // the refusal's own sentence replaces it
        ui.meldingen().weigering(e, tekst -> {
            ui.navigator().status(tekst);
            ui.meldingen().waarschuwing(tekst);
        });
    }

    private void melding(Alert.AlertType soort, String tekst) {
        ui.meldingen().toon(Melding.van(soort, tekst, Knoppen.ok()).metTitel(I18n.t("app.name")));
    }
}
