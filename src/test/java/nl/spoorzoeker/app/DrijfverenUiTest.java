package nl.spoorzoeker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import nl.spoorzoeker.instrument.Drijfveren;
import nl.spoorzoeker.testsupport.Fx;
import nl.spoorzoeker.testsupport.TestDossiers;
import nl.spoorzoeker.ui.DossierTab;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Issue 19 item 2: the drives worksheet on the Instrumenten tab at 1366×768 — the five questions
 * answered by typing, saved with the button, and shown again when the dossier is opened anew.
 */
class DrijfverenUiTest extends WindowTestBase {

    static final Path SCHERMEN = Path.of("target", "drijfveren");
    static final List<String> VELDEN = List.of("energie", "moe", "trots", "belangrijk", "nietMeer");
    static final List<String> ANTWOORDEN = List.of("klanten helpen aan de balie", "lange dagen zonder pauze",
            "mijn ploeg door een drukke winter geloodst", "een vaste baan dicht bij huis", "nachtdiensten");

    Stage stage;

    @Start
    @Override
    void start(Stage stage) throws Exception {
        this.stage = stage;
        super.start(stage);
        stage.setWidth(1366);
        stage.setHeight(768);
    }

    @Test
    void theFiveAnswersAreSavedAndShownAgainWhenTheDossierIsOpenedAnew(FxRobot robot) throws Exception {
        int id = TestDossiers.create(context.database(), "Zoë de Vries-Müller");
        int ander = TestDossiers.create(context.database(), "Sam Jansen");
        robot.interact(() -> window.openDossier(id, DossierTab.INSTRUMENTEN));
        // The first dossier opened builds the window's panes: on a busy machine that takes a while.
        org.testfx.util.WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#drijfveren-bewaar").tryQuery().isPresent());
        assertEquals(1366, Fx.op(() -> stage.getWidth()), 0.5);

        for (int i = 0; i < VELDEN.size(); i++) {
            String veld = "#drijfveren-" + VELDEN.get(i);
            inBeeld(robot, veld);
            robot.clickOn(veld);
            robot.write(ANTWOORDEN.get(i));
        }
        // Every field lies within the window's width: nothing to scroll sideways at 1366 wide.
        for (String v : VELDEN) {
            Bounds b = Fx.op(() -> robot.lookup("#drijfveren-" + v).query()
                    .localToScene(robot.lookup("#drijfveren-" + v).query().getBoundsInLocal()));
            assertTrue(b.getMaxX() <= 1366, v + " ends at " + b.getMaxX());
        }
        foto(robot, "1-ingevuld.png");
        inBeeld(robot, "#drijfveren-bewaar");
        robot.clickOn("#drijfveren-bewaar");
        waitUntil(() -> context.waarden().drijfveren(id).isPresent());
        Drijfveren bewaard = context.waarden().drijfveren(id).orElseThrow();
        assertEquals(ANTWOORDEN, java.util.Arrays.asList(bewaard.energie(), bewaard.moe(), bewaard.trots(), bewaard.belangrijk(),
                bewaard.nietMeer()));
        assertEquals(java.time.LocalDate.now(CLOCK), bewaard.datum());

        // Another dossier, then this one again: the answers are read back from the database.
        robot.interact(() -> window.openDossier(ander, DossierTab.INSTRUMENTEN));
        waitUntil(() -> robot.lookup("#drijfveren-energie").tryQuery()
                .map(n -> ((TextField) n).getText().isEmpty()).orElse(false));
        robot.interact(() -> window.openDossier(id, DossierTab.INSTRUMENTEN));
        waitUntil(() -> robot.lookup("#drijfveren-energie").tryQuery()
                .map(n -> ANTWOORDEN.getFirst().equals(((TextField) n).getText())).orElse(false));
        for (int i = 0; i < VELDEN.size(); i++) {
            String v = VELDEN.get(i);
            assertEquals(ANTWOORDEN.get(i), Fx.op(() -> robot.lookup("#drijfveren-" + v).queryAs(TextField.class)
                    .getText()), v);
        }
        assertEquals("Bewaard op 24-11-2026.", Fx.op(() -> robot.lookup("#drijfveren-melding").queryAs(Labeled.class)
                .getText()));
        inBeeld(robot, "#drijfveren-bewaar");
        foto(robot, "2-weer-geopend.png");
    }

    /** Scrolls the tab so that the node is in view, as the coach would with the wheel. */
    static void inBeeld(FxRobot robot, String query) throws Exception {
        robot.interact(() -> {
            Node n = robot.lookup(query).query();
            Node p = n.getParent();
            while (p != null && !(p instanceof ScrollPane)) {
                p = p.getParent();
            }
            if (p instanceof ScrollPane scroll) {
                Node inhoud = scroll.getContent();
                double y = inhoud.sceneToLocal(n.localToScene(n.getBoundsInLocal())).getMinY();
                double zicht = scroll.getViewportBounds().getHeight();
                double hoog = inhoud.getBoundsInLocal().getHeight();
                scroll.setVvalue(Math.max(0, Math.min(1, (y - zicht / 3) / Math.max(1, hoog - zicht))));
            }
        });
        waitUntil(() -> true);
    }

    private static void foto(FxRobot robot, String naam) throws Exception {
        Files.createDirectories(SCHERMEN);
        Fx.op(() -> {
            ImageIO.write(SwingFXUtils.fromFXImage(robot.lookup("#drijfveren-bewaar").query().getScene().getRoot()
                    .snapshot(null, null), null), "png", SCHERMEN.resolve(naam).toFile());
            return null;
        });
    }
}
