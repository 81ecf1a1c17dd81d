package nl.spoorzoeker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javax.imageio.ImageIO;
import nl.spoorzoeker.app.werkplek.Demoset;
import nl.spoorzoeker.audit.Handeling;
import nl.spoorzoeker.bewaartermijn.Bewaarplicht;
import nl.spoorzoeker.bewaartermijn.Bewaarregel;
import nl.spoorzoeker.dossier.DossierRegel;
import nl.spoorzoeker.dossier.TrajectStatus;
import nl.spoorzoeker.ui.I18n;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import nl.spoorzoeker.audit.AuditService;

/**
 * Bewaartermijnen and the audit log on the real window: the review list shows what is due, a
 * bewaarplicht is set and lifted, a deletion asks for the werknemer's name and then removes the
 * dossier; the audit log, reached from Instellingen, pages through ten thousand entries and filters.
 * Screens are saved as PNG under {@code spoorzoeker.screenshots} (default: the temp folder).
 */
@Tag("ui")
class BewaartermijnenUiTest extends WindowTestBase {

    private static final Path SCHERMEN = Path.of(System.getProperty("spoorzoeker.screenshots",
            System.getProperty("java.io.tmpdir"))).resolve("spoorzoeker-bewaren");

    @org.testfx.framework.junit5.Start
    @Override
    void start(javafx.stage.Stage stage) throws Exception {
        super.start(stage);
    }

    @Test
    void theCoachReviewsHoldsAndDeletesAndReadsTheAuditLog(FxRobot robot) throws Exception {
        Demoset.load(context.database(), CLOCK);
        int anneMarie = dossier("Anne-Marie van den Berg");
        int lukasz = dossier("Łukasz Żółć");
        var bewaren = context.bewaartermijnen();
        bewaren.zetEinddatum(anneMarie, LocalDate.of(2021, 6, 1)); // eigenrisicodrager: 5 years, passed
        context.dossiers().setStatus(lukasz, TrajectStatus.AFGEROND);
        bewaren.zetEinddatum(lukasz, LocalDate.of(2024, 12, 15)); // 2 years: passes within three months
        bewaren.zetBewaarplicht(lukasz, Bewaarplicht.Reden.WIA_BESLISSING, null);
        int logVooraf = context.audit().alle().size();
        context.database().write(cfg -> {
            for (int i = 0; i < 10_000; i++) {
                context.audit().log(cfg, i % 2 == 0 ? Handeling.BACKUP : Handeling.EXPORT, i % 2 == 0 ? null : i,
                        "proef " + i);
            }
            return null;
        });

        robot.clickOn("#nav-bewaartermijnen");
        TableView<Bewaarregel> table = robot.lookup("#bewaren-table").queryTableView();
        waitUntil(() -> opFx(() -> table.getItems().size() == 2));
        assertEquals(java.util.List.of(anneMarie, lukasz), opFx(() -> table.getItems().stream()
                .map(Bewaarregel::trajectId).toList()));
        bewaar(robot, "#bewaartermijnen", "bewaren-lijst.png");

        // Under a bewaarplicht nothing can be deleted; lifting it asks first.
        robot.interact(() -> table.getSelectionModel().select(1));
        assertTrue(opFx(() -> robot.lookup("#bewaren-verwijderen").queryButton().isDisabled()));
        Platform.runLater(() -> robot.lookup("#bewaren-plicht-opheffen").queryButton().fire());
        waitUntil(() -> showing(robot, "#plicht-opheffen-dialoog"));
        Platform.runLater(() -> robot.lookup("#plicht-opheffen-dialoog").query().lookupAll(".button").stream()
                .map(Button.class::cast).filter(b -> b.getText().equals(I18n.t("bewaren.plicht.opheffen")))
                .findFirst().orElseThrow().fire());
        waitUntil(() -> bewaren.regel(lukasz).orElseThrow().bewaarplicht() == null);
        waitUntil(() -> opFx(() -> !robot.lookup("#bewaren-verwijderen").queryButton().isDisabled()));

        // And set again, with a reason.
        Platform.runLater(() -> robot.lookup("#bewaren-plicht").queryButton().fire());
        waitUntil(() -> showing(robot, "#plicht-dialoog"));
        assertTrue(opFx(() -> robot.lookup("#plicht-opslaan").queryButton().isDisabled()), "no reason chosen yet");
        robot.interact(() -> robot.lookup("#plicht-reden").<ComboBox<Bewaarplicht.Reden>>query()
                .setValue(Bewaarplicht.Reden.BEZWAAR_BEROEP));
        robot.interact(() -> robot.lookup("#plicht-toelichting").queryAs(TextInputControl.class)
                .setText("Bezwaar tegen de WIA-beslissing loopt"));
        bewaar(robot, "#plicht-dialoog", "bewaren-bewaarplicht.png");
        Platform.runLater(() -> robot.lookup("#plicht-opslaan").queryButton().fire());
        waitUntil(() -> bewaren.regel(lukasz).orElseThrow().bewaarplicht() != null);
        assertEquals(Bewaarplicht.Reden.BEZWAAR_BEROEP, bewaren.regel(lukasz).orElseThrow().bewaarplicht().reden());

        // Deleting names what goes and waits for the werknemer's name.
        robot.interact(() -> table.getSelectionModel().select(0));
        Platform.runLater(() -> robot.lookup("#bewaren-verwijderen").queryButton().fire());
        waitUntil(() -> showing(robot, "#verwijder-dialoog"));
        String lijst = opFx(() -> robot.lookup("#verwijder-lijst").query().lookupAll(".label").stream()
                .map(n -> ((Label) n).getText()).reduce("", (a, b) -> a + "\n" + b));
        assertTrue(lijst.contains("contactmomenten") && lijst.contains("sollicitaties") && lijst.contains("rapportages"),
                lijst);
        assertTrue(lijst.contains("Anne-Marie van den Berg"), "the werknemer goes too: " + lijst);
        assertTrue(opFx(() -> robot.lookup("#verwijder-bevestig").queryButton().isDisabled()));
        robot.interact(() -> robot.lookup("#verwijder-naam").queryAs(TextField.class).setText("Anne-Marie"));
        assertTrue(opFx(() -> robot.lookup("#verwijder-bevestig").queryButton().isDisabled()), "half a name is not enough");
        robot.interact(() -> robot.lookup("#verwijder-naam").queryAs(TextField.class).setText("anne-marie van den berg"));
        assertFalse(opFx(() -> robot.lookup("#verwijder-bevestig").queryButton().isDisabled()));
        bewaar(robot, "#verwijder-dialoog", "bewaren-verwijderen.png");
        Platform.runLater(() -> robot.lookup("#verwijder-bevestig").queryButton().fire());
        waitUntil(() -> opFx(() -> table.getItems().size() == 1));
        waitUntil(() -> opFx(() -> robot.lookup("#status-message").queryAs(Label.class).getText().startsWith("Traject verwijderd")));
        assertTrue(context.dossiers().find(anneMarie).isEmpty());
        assertTrue(opFx(() -> robot.lookup("#bewaren-geteld").queryAs(Label.class).getText().contains("2026: 1")));
        bewaar(robot, "#bewaartermijnen", "bewaren-na-verwijderen.png");

        // The audit log, from Instellingen: newest first, a page at a time, filtered.
        robot.clickOn("#nav-instellingen");
        waitUntil(() -> robot.lookup("#instelling-auditlog").tryQuery().isPresent());
        bewaar(robot, "#instellingen-bewaren", "instellingen-bewaren.png");
        Platform.runLater(() -> robot.lookup("#instelling-auditlog").queryButton().fire());
        int totaal = logVooraf + 10_000 + 1;
        String eerste = I18n.t("audit.pagina", 1, 200, totaal);
        waitUntil(() -> opFx(() -> robot.lookup("#audit-pagina").tryQuery()
                .map(n -> ((Label) n).getText().equals(eerste)).orElse(false)));
        TableView<?> audit = robot.lookup("#audit-table").queryTableView();
        assertEquals(200, (int) opFx(() -> audit.getItems().size()));
        assertEquals(Handeling.VERWIJDERING, opFx(() -> ((AuditService.Regel) audit.getItems().getFirst())
                .handeling()), "newest first");
        bewaar(robot, "#auditlog", "auditlog.png");
        Platform.runLater(() -> robot.lookup("#audit-ouder").queryButton().fire());
        waitUntil(() -> opFx(() -> ((Label) robot.lookup("#audit-pagina").query()).getText()
                .equals(I18n.t("audit.pagina", 201, 400, totaal))));

        robot.interact(() -> robot.lookup("#audit-handeling").<ComboBox<Handeling>>query().setValue(Handeling.VERWIJDERING));
        long start = System.nanoTime();
        Platform.runLater(() -> robot.lookup("#audit-toepassen").queryButton().fire());
        waitUntil(() -> opFx(() -> audit.getItems().size() == 1));
        long ms = (System.nanoTime() - start) / 1_000_000;
        String omschrijving = opFx(() -> ((AuditService.Regel) audit.getItems().getFirst()).omschrijving());
        assertFalse(omschrijving.contains("Anne"), omschrijving);
        assertEquals(I18n.t("audit.pagina", 1, 1, 1), opFx(() -> ((Label) robot.lookup("#audit-pagina").query()).getText()));

        robot.interact(() -> robot.lookup("#audit-van").queryAs(TextField.class).setText("30-11-2026"));
        robot.interact(() -> robot.lookup("#audit-tot").queryAs(TextField.class).setText("01-11-2026"));
        Platform.runLater(() -> robot.lookup("#audit-toepassen").queryButton().fire());
        waitUntil(() -> opFx(() -> robot.lookup("#audit-fout").queryAs(Label.class).getText()
                .equals(I18n.t("audit.fout.periode"))));
        System.out.printf("Audit screen: %d entries, first page of 200 shown; filter to 1 entry in %d ms "
                + "(on the window, query and table together)%n", totaal, ms);
    }

    @Test
    void anEmptyPracticeSaysSoOnBothScreens(FxRobot robot) throws Exception {
        robot.clickOn("#nav-bewaartermijnen");
        waitUntil(() -> opFx(() -> robot.lookup("#bewaren-leeg").queryAs(Label.class).getText()
                .equals(I18n.t("bewaren.leeg"))));
        assertTrue(opFx(() -> robot.lookup("#bewaren-verwijderen").queryButton().isDisabled()));
        bewaar(robot, "#bewaartermijnen", "bewaren-leeg.png");
        robot.interact(() -> robot.lookup("#bewaren-alle").queryAs(javafx.scene.control.CheckBox.class).fire());
        waitUntil(() -> opFx(() -> robot.lookup("#bewaren-leeg").queryAs(Label.class).getText()
                .equals(I18n.t("bewaren.leegAlle"))));
        robot.interact(window::showAuditlog);
        waitUntil(() -> opFx(() -> ((Label) robot.lookup("#audit-pagina").query()).getText()
                .equals(I18n.t("audit.paginaLeeg"))));
        assertTrue(opFx(() -> robot.lookup("#audit-ouder").queryButton().isDisabled()));
        bewaar(robot, "#auditlog", "auditlog-leeg.png");
    }

    private int dossier(String naam) {
        return context.dossiers().list().stream().filter(r -> r.naam().equals(naam)).findFirst()
                .map(DossierRegel::trajectId).orElseThrow();
    }

    /** Renders a node (a screen or a dialog's pane) to a PNG, on the JavaFX thread, so it can be looked at. */
    private static void bewaar(FxRobot robot, String query, String naam) throws Exception {
        WindowTestBase.waitUntil(() -> true);
        java.nio.file.Files.createDirectories(SCHERMEN);
        opFx(() -> {
            Node node = robot.lookup(query).query();
            var image = node.snapshot(null, null);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", SCHERMEN.resolve(naam).toFile());
            return true;
        });
    }

    /** Reads the scene graph on the JavaFX thread: lists may change under a reader on another thread. */
    private static <T> T opFx(Callable<T> lees) {
        FutureTask<T> taak = new FutureTask<>(lees);
        Platform.runLater(taak);
        try {
            return taak.get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
