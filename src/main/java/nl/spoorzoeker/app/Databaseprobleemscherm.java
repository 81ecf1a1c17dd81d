package nl.spoorzoeker.app;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.spoorzoeker.audit.Handeling;
import nl.spoorzoeker.backup.BackupService;
import nl.spoorzoeker.backup.HerstelService;
import nl.spoorzoeker.backup.HerstelTaak;
import nl.spoorzoeker.crypto.Kluissessie;
import nl.spoorzoeker.store.DatabaseOpenException;
import nl.spoorzoeker.store.DatabaseOpenException.Reason;
import nl.spoorzoeker.ui.Background;
import nl.spoorzoeker.ui.I18n;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.ui.ErrorReporter;
import nl.spoorzoeker.ui.FxMeldingen;
import nl.spoorzoeker.ui.Knoppen;
import nl.spoorzoeker.ui.Meldingen;
import nl.spoorzoeker.ui.Voortgangsbalk;
import nl.spoorzoeker.tijdlijn.Tijdzone;

/**
 * Shown instead of the screens when the database will not open because it is damaged, empty, not
 * a database or another program's. Explains what was found in Dutch and offers the newest verified
 * backup; the file that failed is moved aside (never deleted) as part of putting the backup back.
 * Without any backup the coach may move the file aside and start an empty practice — also never a
 * deletion, so whoever helps later still has the original.
 */
final class Databaseprobleemscherm {

    private static final Logger LOG = LoggerFactory.getLogger(Databaseprobleemscherm.class);
    private static final DateTimeFormatter WANNEER = DateTimeFormatter.ofPattern("d-M-uuuu HH:mm");

    private final DatabaseOpenException probleem;
    private final DataDirectory dir;
    private final Kluissessie sessie;
    private final Background background;
    private final Clock clock;
    private final Consumer<AppContext> heropend;
    private final VBox kaart = new VBox(12);
    private final StackPane root = new StackPane(kaart);
    private final Voortgangsbalk voortgang = new Voortgangsbalk();
    private final Label melding = new Label();

    static boolean herstelbaar(Reason reason) {
        return switch (reason) {
            case DAMAGED, TRUNCATED, EMPTY_FILE, NOT_A_DATABASE, FOREIGN_DATABASE, MISSING_WITH_TRACES -> true;
            case NEWER_VERSION, SQLITE_TOO_OLD, PRAGMA_MISMATCH, CANNOT_WRITE, MIGRATION_FAILED -> false;
        };
    }

    Databaseprobleemscherm(DatabaseOpenException probleem, DataDirectory dir, Kluissessie sessie, Background background,
                           Clock clock, Consumer<AppContext> heropend) {
        this.probleem = probleem;
        this.dir = dir;
        this.sessie = sessie;
        this.background = background;
        this.clock = clock;
        this.heropend = heropend;
        root.setId("database-probleem");
        kaart.setMaxWidth(620);
        kaart.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        kaart.setPadding(new Insets(28));
        kaart.getStyleClass().add("deur-kaart");
        melding.setWrapText(true);
        melding.setId("database-probleem-melding");
        voortgang.node().setVisible(false);
        voortgang.node().managedProperty().bind(voortgang.node().visibleProperty());
        background.run(() -> BackupService.generatiesIn(dir.backups()), this::vul,
                fout -> vul(List.of()));
    }

    Parent node() {
        return root;
    }

    private void vul(List<BackupService.Backup> generaties) {
        Label titel = new Label(I18n.t("dbprobleem.titel"));
        titel.getStyleClass().add(Styles.TITLE_3);
        titel.setWrapText(true);
        Label wat = new Label(I18n.t(probleem.messageKey(), probleem.args()));
        wat.setWrapText(true);
        Label uitleg = new Label(I18n.t("dbprobleem.uitleg"));
        uitleg.setWrapText(true);
        Button afsluiten = new Button(I18n.t("menu.quit"));
        afsluiten.setOnAction(e -> root.getScene().getWindow().hide());
        // Wraps instead of cutting the buttons' labels short on a narrow card.
        FlowPane knoppen = new FlowPane(8, 8);
        knoppen.setAlignment(Pos.CENTER_LEFT);
        // The database is gone but a copy kept by a restore or a migration is there: that copy,
        // with its -wal, is newer than any backup. Offered first.
        java.util.Optional<Path> kopie = probleem.sporen().stream()
                .filter(p -> p.getFileName().toString().endsWith(".db") && java.nio.file.Files.isRegularFile(p)).findFirst();
        if (kopie.isPresent()) {
            Button terugKopie = new Button(I18n.t("dbprobleem.kopieTerug"),
                    FontIcon.of(Material2AL.HISTORY, 16));
            terugKopie.setId("dbprobleem-kopie-terug");
            terugKopie.setDefaultButton(true);
            terugKopie.setOnAction(e -> zetKopieTerug(kopie.get(), knoppen));
            knoppen.getChildren().add(terugKopie);
        }
        if (!generaties.isEmpty()) {
            BackupService.Backup nieuwste = generaties.getFirst();
            Label aanbod = new Label(I18n.t("dbprobleem.aanbod", WANNEER.format(nieuwste.gemaakt().atZone(Tijdzone.PRAKTIJK)),
                    generaties.size()));
            aanbod.setWrapText(true);
            Button terug = new Button(I18n.t("dbprobleem.terugzetten"), FontIcon.of(Material2AL.HISTORY, 16));
            terug.setId("dbprobleem-terugzetten");
            terug.setDefaultButton(kopie.isEmpty());
            terug.setOnAction(e -> zetTerug(nieuwste.bestand(), knoppen));
            knoppen.getChildren().addAll(terug, afsluiten);
            kaart.getChildren().setAll(FontIcon.of(Material2AL.ERROR_OUTLINE, 32), titel, wat, uitleg, aanbod, knoppen,
                    voortgang.node(), melding);
        } else {
            Label geen = new Label(I18n.t("dbprobleem.geenBackup", dir.backups()));
            geen.setWrapText(true);
            Button leeg = new Button(I18n.t("dbprobleem.leeg"));
            leeg.setId("dbprobleem-leeg");
            leeg.setOnAction(e -> beginLeeg(knoppen));
            knoppen.getChildren().addAll(leeg, afsluiten);
            kaart.getChildren().setAll(FontIcon.of(Material2AL.ERROR_OUTLINE, 32), titel, wat, uitleg, geen, knoppen, melding);
        }
    }

    private void zetTerug(Path backup, FlowPane knoppen) {
        Kluissessie.Sleutels sleutels = sessie.sleutels().orElse(null);
        if (sleutels == null) {
            melding.setText(I18n.t("backup.fout.vergrendeld"));
            return;
        }
        knoppen.setDisable(true);
        voortgang.node().setVisible(true);
        melding.setText("");
        // The one restore (HerstelTaak); nothing is open to close, and a failure reopens nothing:
        // the database in place is the one that would not open.
        HerstelTaak<AppContext> taak = new HerstelTaak<>(backup, sleutels::voor, dir.database(),
                clock, new HerstelTaak.Praktijk<AppContext>() {
                    @Override
                    public void sluit() {
                    }

                    @Override
                    public AppContext open() throws Exception {
                        return AppContext.open(dir, clock, sessie);
                    }

                    @Override
                    public Database database(AppContext c) {
                        return c.database();
                    }
                }, "back-up teruggezet na een database die niet openging; die is apart gezet");
        voortgang.volg(background.langwerk().start(taak, uitkomst -> {
            sleutels.wis();
            LOG.info("Restored a backup after a failed open; {} file(s) set aside", uitkomst.apartGezet().size());
            heropend.accept(uitkomst.praktijk());
        }, fout -> {
            sleutels.wis();
            knoppen.setDisable(false);
            voortgang.fout(ErrorReporter.text(fout));
            LOG.warn("Restore after a failed open did not succeed", fout);
        }));
    }

    private void zetKopieTerug(Path kopie, FlowPane knoppen) {
        knoppen.setDisable(true);
        background.run(() -> {
            List<Path> apart = new HerstelService(clock).zetKopieTerug(kopie, dir.database());
            AppContext c = AppContext.open(dir, clock, sessie);
            c.audit().log(Handeling.HERSTEL, null,
                    "bewaarde kopie teruggezet als database (die ontbrak)");
            LOG.info("Put a kept copy back; {} file(s) set aside", apart.size());
            return c;
        }, heropend, fout -> {
            knoppen.setDisable(false);
            melding.setText(ErrorReporter.text(fout));
            LOG.error("Putting the kept copy back did not succeed", fout);
        });
    }

    private void beginLeeg(FlowPane knoppen) {
        ButtonType ja = new ButtonType(I18n.t("dbprobleem.leeg"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        if (new FxMeldingen(() -> root.getScene().getWindow()).vraag(Meldingen.Melding.van(
                        Alert.AlertType.CONFIRMATION, I18n.t("dbprobleem.leeg.bevestig", dir.database()), ja,
                        Knoppen.annuleren()).metKop(I18n.t("dbprobleem.leeg")))
                .orElse(Knoppen.annuleren()) != ja) {
            return;
        }
        knoppen.setDisable(true);
        background.run(() -> {
            List<Path> apart = new HerstelService(clock).zetApart(dir.database());
            LOG.info("Set aside after a failed open: {} file(s)", apart.size());
            return AppContext.openLeeg(dir, clock, sessie);
        }, heropend, fout -> {
            knoppen.setDisable(false);
            melding.setText(ErrorReporter.text(fout));
            LOG.error("Could not start an empty practice", fout);
        });
    }
}
