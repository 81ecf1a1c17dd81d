package nl.spoorzoeker.rapportage.ui;

import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.spoorzoeker.rapportage.PrivacyWoordenService;
import nl.spoorzoeker.rapportage.PrivacyWoordenService.EigenWoord;
import nl.spoorzoeker.rapportage.PrivacyWoordenService.Soort;
import nl.spoorzoeker.rapportage.privacy.Categorie;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.Page;
import nl.spoorzoeker.ui.UiContext;
import nl.spoorzoeker.ui.form.Choices;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import nl.spoorzoeker.ui.Bevestiging;

/**
 * Instellingen: the coach extends the privacy guard with medical words it missed, and lets through
 * ordinary words it wrongly caught. Each word shows as a chip that can be removed.
 */
public final class PrivacyWoordenEditor implements Page {

    private final UiContext ui;
    private final PrivacyWoordenService service;
    private final FlowPane medisch = new FlowPane(6, 6);
    private final FlowPane toegestaan = new FlowPane(6, 6);
    private final Label medischFout = foutLabel("privacy-medisch-fout");
    private final Label toegestaanFout = foutLabel("privacy-toegestaan-fout");
    private final VBox root = new VBox(8);
    /** How many sentences the guard learnt from this practice's confirmed doubts (ninth round). */
    private final Label geleerd = new Label();

    public PrivacyWoordenEditor(UiContext ui, PrivacyWoordenService service) {
        this.ui = ui;
        this.service = service;
        Label titel = new Label(I18n.t("privacy.eigen"));
        titel.getStyleClass().add("title-4");
        // What the check cannot promise, where the coach tunes it (issue 17, sixth round): a safety net, not a guarantee.
        Label uitleg = new Label(I18n.t("privacy.eigen.uitleg") + " " + I18n.t("privacy.eigen.grens"));
        uitleg.setWrapText(true);
        medisch.setId("privacy-medisch");
        toegestaan.setId("privacy-toegestaan");

        TextField medischVeld = new TextField();
        medischVeld.setId("privacy-medisch-veld");
        medischVeld.setPromptText(I18n.t("privacy.eigen.medischPrompt"));
        medischVeld.setAccessibleText(I18n.t("privacy.eigen.medisch"));
        HBox.setHgrow(medischVeld, Priority.ALWAYS);
        ComboBox<Categorie> categorie = Choices.of(PrivacyWoordenService.KIESBARE_CATEGORIEEN.toArray(Categorie[]::new),
                "privacy.categorie.");
        categorie.setId("privacy-categorie");
        categorie.setAccessibleText(I18n.t("privacy.eigen.categorie"));
        categorie.setValue(Categorie.DIAGNOSE);
        Button medischToevoegen = new Button(I18n.t("action.add"), FontIcon.of(Material2AL.ADD, 14));
        medischToevoegen.setId("privacy-medisch-toevoegen");
        medischToevoegen.setOnAction(e -> voegToe(medischVeld, Soort.MEDISCH, categorie::getValue, medischFout));
        medischVeld.setOnAction(e -> medischToevoegen.fire());

        TextField toegestaanVeld = new TextField();
        toegestaanVeld.setId("privacy-toegestaan-veld");
        toegestaanVeld.setPromptText(I18n.t("privacy.eigen.toegestaanPrompt"));
        toegestaanVeld.setAccessibleText(I18n.t("privacy.eigen.toegestaan"));
        HBox.setHgrow(toegestaanVeld, Priority.ALWAYS);
        Button toegestaanToevoegen = new Button(I18n.t("action.add"), FontIcon.of(Material2AL.ADD, 14));
        toegestaanToevoegen.setId("privacy-toegestaan-toevoegen");
        toegestaanToevoegen.setOnAction(e -> voegToe(toegestaanVeld, Soort.TOEGESTAAN, () -> null, toegestaanFout));
        toegestaanVeld.setOnAction(e -> toegestaanToevoegen.fire());

        HBox medischRegel = new HBox(8, medischVeld, categorie, medischToevoegen);
        medischRegel.setAlignment(Pos.CENTER_LEFT);
        HBox toegestaanRegel = new HBox(8, toegestaanVeld, toegestaanToevoegen);
        toegestaanRegel.setAlignment(Pos.CENTER_LEFT);
        Label medischKop = new Label(I18n.t("privacy.eigen.medisch"));
        medischKop.getStyleClass().add("text-bold");
        Label toegestaanKop = new Label(I18n.t("privacy.eigen.toegestaan"));
        toegestaanKop.getStyleClass().add("text-bold");
        Label geleerdKop = new Label(I18n.t("privacy.geleerd"));
        geleerdKop.getStyleClass().add("text-bold");
        geleerd.setId("privacy-geleerd");
        geleerd.setWrapText(true);
        Button vergeet = new Button(I18n.t("privacy.geleerd.vergeet"), FontIcon.of(Material2AL.DELETE_FOREVER, 14));
        vergeet.setId("privacy-geleerd-vergeet");
        vergeet.setOnAction(e -> {
            if (Bevestiging.vraag(ui.window().get(), "privacy-geleerd-vergeet-vraag", I18n.t("privacy.geleerd.vergeet.titel"),
                    I18n.t("privacy.geleerd.vergeet.vraag"), null, I18n.t("privacy.geleerd.vergeet"))) {
                ui.background().run(() -> {
                    service.vergeetGeleerd();
                    return service.aantalGeleerd();
                }, this::toonGeleerd);
            }
        });
        root.getChildren().addAll(titel, uitleg, medischKop, medisch, medischRegel, medischFout, toegestaanKop,
                toegestaan, toegestaanRegel, toegestaanFout, geleerdKop, geleerd, vergeet);
        root.setPadding(new javafx.geometry.Insets(16, 0, 0, 0));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void refresh() {
        ui.background().run(service::alle, this::toon);
        ui.background().run(service::aantalGeleerd, this::toonGeleerd);
    }

    private void toonGeleerd(int aantal) {
        geleerd.setText(I18n.t("privacy.geleerd.aantal", aantal));
    }

    private void toon(List<EigenWoord> woorden) {
        medisch.getChildren().setAll(woorden.stream().filter(w -> w.soort() == Soort.MEDISCH).map(this::chip).toList());
        toegestaan.getChildren().setAll(woorden.stream().filter(w -> w.soort() == Soort.TOEGESTAAN).map(this::chip)
                .toList());
        if (medisch.getChildren().isEmpty()) {
            medisch.getChildren().add(new Label(I18n.t("privacy.eigen.geen")));
        }
        if (toegestaan.getChildren().isEmpty()) {
            toegestaan.getChildren().add(new Label(I18n.t("privacy.eigen.geen")));
        }
    }

    private Node chip(EigenWoord w) {
        Label tekst = new Label(w.categorie() == null ? w.woord()
                : w.woord() + " (" + I18n.t(w.categorie().naamSleutel()) + ")");
        Button weg = new Button(null, FontIcon.of(Material2AL.CLOSE, 12));
        weg.getStyleClass().addAll("flat", "small");
        weg.setAccessibleText(I18n.t("action.delete") + " " + w.woord());
        weg.setOnAction(e -> {
            if (Bevestiging.vraag(ui.window().get(), "privacywoord-verwijder-vraag",
                    I18n.t("privacy.eigen.verwijder.titel"), I18n.t("privacy.eigen.verwijder.vraag", w.woord()), null,
                    I18n.t("action.delete"))) {
                ui.background().run(() -> {
                    service.verwijder(w.id());
                    return service.alle();
                }, this::toon);
            }
        });
        HBox chip = new HBox(2, tekst, weg);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.getStyleClass().add("privacy-chip");
        chip.setStyle("-fx-border-color: -color-border-default; -fx-border-radius: 10; -fx-padding: 1 2 1 8;");
        return chip;
    }

    private static Label foutLabel(String id) {
        Label fout = new Label();
        fout.getStyleClass().add("form-errors");
        fout.setWrapText(true);
        fout.setId(id);
        fout.managedProperty().bind(fout.textProperty().isNotEmpty());
        fout.visibleProperty().bind(fout.managedProperty()); // unmanaged it keeps its old place and would catch clicks
        return fout;
    }

    private void voegToe(TextField veld, Soort soort, Supplier<Categorie> categorie, Label fout) {
        String woord = veld.getText();
        Categorie c = categorie.get();
        ui.background().run(() -> {
            service.voegToe(woord, soort, c);
            return service.alle();
        }, woorden -> {
            fout.setText("");
            veld.clear();
            toon(woorden);
        }, f -> ui.meldingen().weigering(f, fout::setText));
    }
}
