package nl.spoorzoeker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.spoorzoeker.groep.Groepsprogramma;
import nl.spoorzoeker.groep.GroepsprogrammaService;
import nl.spoorzoeker.testsupport.TestDossiers;
import nl.spoorzoeker.ui.DossierTab;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A group programme on the real window at 1366x768: created with its group and trainers, its
 * schedule planned in one step, one meeting recorded as held with one participant absent; the
 * meeting is then in the two present participants' logbooks and not in the absent one's.
 * Screenshots go to target/screenshots-groep (not committed).
 */
@Tag("ui")
class GroepsprogrammaUiTest extends WindowTestBase {

    private static final Path SCHERMEN = Path.of("target", "screenshots-groep");
    private Stage stage;

    @org.testfx.framework.junit5.Start
    @Override
    void start(Stage stage) throws Exception {
        super.start(stage);
        this.stage = stage;
        stage.setWidth(1366);
        stage.setHeight(768);
    }

    @Test
    void createAProgrammePlanItsScheduleRecordAMeetingAndFindItInThePresentParticipantsLogs(FxRobot robot)
            throws Exception {
        int anna = TestDossiers.create(context.database(), "Anna de Vries");
        int bram = TestDossiers.create(context.database(), "Bram Jansen");
        int cem = TestDossiers.create(context.database(), "Cem Yıldız");
        GroepsprogrammaService service = new GroepsprogrammaService(context.database(), CLOCK);

        robot.clickOn("#nav-groepsprogrammas");
        waitUntil(() -> robot.lookup("#programma-nieuw").tryQuery().isPresent());
        Platform.runLater(() -> robot.lookup("#programma-nieuw").queryAs(Button.class).fire());
        waitUntil(() -> showing(robot, "#programma-dialog"));
        type(robot, "#programma-start", "01-11-2026");
        type(robot, "#programma-locatie", "Praktijkruimte, Utrecht");
        robot.interact(() -> robot.lookup("#programma-trainers").queryAs(TextArea.class)
                .setText("Ellen Coach\nRuud Collega"));
        for (int id : List.of(anna, bram, cem)) {
            robot.interact(() -> robot.lookup("#programma-deelnemer-" + id).queryAs(CheckBox.class).setSelected(true));
        }
        schermafdruk(robot.lookup("#programma-dialog").query(), "programma-dialoog");
        type(robot, "#programma-naam", "Groep november");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !showing(robot, "#programma-dialog"));
        waitUntil(() -> service.lijst().size() == 1);
        int programma = service.lijst().getFirst().programma().id();
        assertEquals(List.of("Ellen Coach", "Ruud Collega"), service.detail(programma).orElseThrow().programma().trainers());
        waitUntil(() -> robot.lookup("#programma-titel").tryQuery()
                .map(n -> ((Labeled) n).getText().equals("Groep november")).orElse(false));

        Platform.runLater(() -> robot.lookup("#programma-plan").queryAs(Button.class).fire());
        waitUntil(() -> showing(robot, "#rooster-dialog"));
        type(robot, "#rooster-intervisie", "4");
        schermafdruk(robot.lookup("#rooster-dialog").query(), "rooster-dialoog");
        type(robot, "#rooster-aantal", "8");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !showing(robot, "#rooster-dialog"));
        waitUntil(() -> service.detail(programma).orElseThrow().bijeenkomsten().size() == 8);
        Groepsprogramma.Bijeenkomst eerste = service.detail(programma).orElseThrow().bijeenkomsten().getFirst();
        assertEquals(LocalDateTime.of(2026, 11, 3, 10, 0), eerste.begin(), "the first Tuesday from 1 November, 10:00");

        @SuppressWarnings("unchecked")
        TableView<Groepsprogramma.Bijeenkomst> rooster = robot.lookup("#programma-rooster").queryAs(TableView.class);
        waitUntil(() -> rooster.getItems().size() == 8);
        schermafdruk(robot.lookup("#groepsprogrammas").query(), "programma-scherm");
        robot.interact(() -> rooster.getSelectionModel().select(0));
        Platform.runLater(() -> robot.lookup("#bijeenkomst-verslag").queryAs(Button.class).fire());
        waitUntil(() -> showing(robot, "#verslag-dialog"));
        robot.interact(() -> robot.lookup("#verslag-aanwezig-" + cem).queryAs(CheckBox.class).setSelected(false));
        robot.interact(() -> robot.lookup("#verslag-samenvatting").queryAs(TextArea.class)
                .setText("We oefenden de eigen pitch in tweetallen."));
        type(robot, "#verslag-reden-" + cem, "Afspraak bij het UWV");
        schermafdruk(robot.lookup("#verslag-dialog").query(), "verslag-dialoog");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !showing(robot, "#verslag-dialog"));
        waitUntil(() -> service.detail(programma).orElseThrow().bijeenkomsten().getFirst().gehouden());
        assertEquals("Ellen Coach", service.detail(programma).orElseThrow().bijeenkomsten().getFirst().trainer(),
                "the first trainer unless the coach chooses another");

        for (int id : List.of(anna, bram)) {
            assertTrue(inLogboek(robot, id, eerste.onderwerp()), "the meeting is in the log of dossier " + id);
            assertEquals(120, context.contacten().logboek(id).uren().groepMinuten(), "two hours for each present");
        }
        assertFalse(inLogboek(robot, cem, eerste.onderwerp()), "not in the absent participant's log");
        assertEquals(0, context.contacten().logboek(cem).uren().groepMinuten());
    }

    private boolean inLogboek(FxRobot robot, int dossier, String onderwerp) throws Exception {
        robot.interact(() -> window.openDossier(dossier, DossierTab.LOGBOEK));
        waitUntil(() -> robot.lookup("#contacten-table").tryQuery().map(Node::isVisible).orElse(false));
        // Let the log load for this dossier (the table is reused from the previous one).
        waitUntil(() -> robot.lookup("#dossier-detail-naam").tryQuery().map(n -> ((Labeled) n).getText())
                .map(naam -> context.dossiers().list().stream().anyMatch(r -> r.trajectId() == dossier
                        && r.naam().equals(naam))).orElse(false));
        TableView<?> tabel = robot.lookup("#contacten-table").queryAs(TableView.class);
        WindowTestBase.waitUntil(() -> true);
        Thread.sleep(300);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return robot.from(tabel).lookup(".table-cell").queryAllAs(Labeled.class).stream()
                .anyMatch(c -> c.getText() != null && c.getText().contains(onderwerp));
    }

    private static void schermafdruk(Node node, String naam) throws Exception {
        Files.createDirectories(SCHERMEN);
        var beeld = new java.util.concurrent.atomic.AtomicReference<javafx.scene.image.WritableImage>();
        Platform.runLater(() -> beeld.set(node.getScene().getRoot().snapshot(null, null)));
        waitUntil(() -> beeld.get() != null);
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(beeld.get(), null), "png",
                SCHERMEN.resolve(naam + ".png").toFile());
    }
}
