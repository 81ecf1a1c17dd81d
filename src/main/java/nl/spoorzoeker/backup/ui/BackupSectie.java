package nl.spoorzoeker.backup.ui;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import nl.spoorzoeker.backup.AutoBackup;
import nl.spoorzoeker.backup.BackupService;
import nl.spoorzoeker.backup.BackupTaak;
import nl.spoorzoeker.slot.Beveiligingsinstellingen;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.Page;
import nl.spoorzoeker.ui.Taakvenster;
import nl.spoorzoeker.ui.UiContext;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import nl.spoorzoeker.ui.Knoppen;
import nl.spoorzoeker.ui.Meldingen;
import nl.spoorzoeker.tijdlijn.Tijdzone;

/**
 * Back-ups in Instellingen: where they go (the data folder and an optional second location), a
 * backup now, the verified generations, and putting one back (or a backup file from elsewhere)
 * with a progress bar. The current database is backed up first and kept aside, never deleted.
 */
public final class BackupSectie implements Page {

    private static final DateTimeFormatter WANNEER = DateTimeFormatter.ofPattern("EEEE d-M-uuuu HH:mm");

    private final UiContext ui;
    private final AutoBackup backups;
    private final BackupService service;
    private final Beveiligingsinstellingen instellingen;
    private final Herstelactie herstel;
    private final Label tweede = new Label();
    private final Label melding = new Label();
    private final Button geenTweede = new Button(I18n.t("backup.tweede.geen"), FontIcon.of(Material2AL.CLEAR, 14));
    private final TableView<BackupService.Backup> tabel = new TableView<>();
    private final VBox root = new VBox(8);

    /** @param herstel null where the practice cannot be reopened around a restore (then the command line does it) */
    public BackupSectie(UiContext ui, AutoBackup backups, BackupService service, Beveiligingsinstellingen instellingen,
                        Herstelactie herstel) {
        this.ui = ui;
        this.backups = backups;
        this.service = service;
        this.instellingen = instellingen;
        this.herstel = herstel;
        Label titel = new Label(I18n.t("backup.sectie"));
        titel.getStyleClass().add("title-4");
        Label uitleg = new Label(I18n.t("backup.sectie.uitleg", backups.map()));
        uitleg.setWrapText(true);
        tweede.setId("backup-tweede");
        tweede.setWrapText(true);
        melding.setId("backup-melding");
        melding.setWrapText(true);
        Button kiesTweede = new Button(I18n.t("backup.tweede.kies"), FontIcon.of(Material2AL.FOLDER_OPEN, 14));
        kiesTweede.setId("backup-tweede-kies");
        kiesTweede.setOnAction(e -> kiesTweedeLocatie());
        geenTweede.setId("backup-tweede-geen");
        geenTweede.setOnAction(e -> ui.background().run(() -> {
            instellingen.geenTweedeLocatie();
            return null;
        }, x -> refresh()));
        Button nu = new Button(I18n.t("backup.nu"), FontIcon.of(Material2AL.BACKUP, 14));
        nu.setId("backup-nu");
        nu.setOnAction(e -> maakNu(nu));
        Button terug = new Button(I18n.t("backup.terugzetten"), FontIcon.of(Material2AL.HISTORY, 14));
        terug.setId("backup-terugzetten");
        terug.disableProperty().bind(tabel.getSelectionModel().selectedItemProperty().isNull());
        terug.setOnAction(e -> zetTerug(tabel.getSelectionModel().getSelectedItem().bestand()));
        Button bestand = new Button(I18n.t("backup.bestand"), FontIcon.of(Material2AL.INSERT_DRIVE_FILE, 14));
        bestand.setId("backup-bestand");
        bestand.setOnAction(e -> kiesBestand());
        if (herstel == null) {
            terug.setVisible(false);
            bestand.setVisible(false);
        }
        tabel.setId("backup-generaties");
        tabel.setPrefHeight(200);
        tabel.setPlaceholder(new Label(I18n.t("backup.geen")));
        TableColumn<BackupService.Backup, String> wanneer = new TableColumn<>(I18n.t("backup.kolom.wanneer"));
        wanneer.setCellValueFactory(c -> new SimpleStringProperty(WANNEER.withLocale(I18n.locale())
                .format(c.getValue().gemaakt().atZone(Tijdzone.PRAKTIJK))));
        wanneer.setPrefWidth(260);
        TableColumn<BackupService.Backup, String> grootte = new TableColumn<>(I18n.t("backup.kolom.grootte"));
        grootte.setCellValueFactory(c -> new SimpleStringProperty(I18n.t("backup.kb", Math.max(1, c.getValue().grootte() / 1024))));
        grootte.setPrefWidth(110);
        TableColumn<BackupService.Backup, String> naam = new TableColumn<>(I18n.t("backup.kolom.bestand"));
        naam.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().bestand().getFileName().toString()));
        naam.setPrefWidth(300);
        tabel.getColumns().setAll(List.of(wanneer, grootte, naam));
        tabel.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        HBox locatie = new HBox(8, kiesTweede, geenTweede);
        locatie.setAlignment(Pos.CENTER_LEFT);
        HBox acties = new HBox(8, nu, terug, bestand);
        acties.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(titel, uitleg, tweede, locatie, acties, melding, tabel);
        root.setPadding(new Insets(16, 0, 0, 0));
        nietMeerVolgen = backups.volg(s -> javafx.application.Platform.runLater(this::refresh));
    }

    private final Runnable nietMeerVolgen;

    /** When the window that shows this section is replaced (a language switch): no more refreshes. */
    public void stop() {
        nietMeerVolgen.run();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void refresh() {
        ui.background().run(() -> new Stand(instellingen.tweedeLocatie(), service.generaties(backups.map())), stand -> {
            tweede.setText(stand.tweede().map(p -> I18n.t("backup.tweede.is", p)).orElse(I18n.t("backup.tweede.niet")));
            geenTweede.setDisable(stand.tweede().isEmpty());
            tabel.getItems().setAll(stand.generaties());
        });
    }

    private record Stand(Optional<Path> tweede, List<BackupService.Backup> generaties) {
    }

    private void kiesTweedeLocatie() {
        DirectoryChooser kiezer = new DirectoryChooser();
        kiezer.setTitle(I18n.t("backup.tweede.kies"));
        var map = kiezer.showDialog(ui.window().get());
        if (map == null) {
            return;
        }
        ui.background().run(() -> {
            instellingen.zetTweedeLocatie(map.toPath());
            return null;
        }, x -> {
            refresh();
            melding.setText(I18n.t("backup.tweede.gekozen"));
        });
    }

    private void maakNu(Button knop) {
        knop.setDisable(true);
        melding.setText("");
        // On the long-work executor, not the screens' queue: a large practice takes seconds.
        Taakvenster.toon(ui, new BackupTaak(backups), null, b -> {
            knop.setDisable(false);
            melding.setText(b.map(x -> I18n.t("backup.klaar", x.bestand().getFileName())).orElse(""));
            refresh();
        }, fout -> {
            knop.setDisable(false);
            toonFout(fout);
        });
    }

    private void kiesBestand() {
        FileChooser kiezer = new FileChooser();
        kiezer.setTitle(I18n.t("backup.bestand"));
        kiezer.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("backup.filter"), "*.szb"));
        var bestand = kiezer.showOpenDialog(ui.window().get());
        if (bestand != null) {
            zetTerug(bestand.toPath());
        }
    }

    /** Restores this backup after the coach confirmed (also for a backup opened from the desktop). */
    public void zetTerug(Path bestand) {
        ButtonType ja = new ButtonType(I18n.t("backup.terugzetten.ja"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        if (ui.meldingen().vraag(Meldingen.Melding.van(Alert.AlertType.CONFIRMATION,
                        I18n.t("backup.terugzetten.bevestig", bestand.getFileName()), ja, Knoppen.annuleren())
                .metTitel(I18n.t("backup.terugzetten.ja")).metKop(I18n.t("backup.terugzetten.ja")).metId("backup-bevestig"))
                .orElse(Knoppen.annuleren()) != ja) {
            return;
        }
        melding.setText("");
        herstel.herstel(bestand, this::toonFout);
    }

    private void toonFout(Throwable fout) {
        melding.setText("");
        ui.meldingen().weigering(fout, melding::setText);
    }
}
