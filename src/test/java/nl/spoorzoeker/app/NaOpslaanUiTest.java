package nl.spoorzoeker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import nl.spoorzoeker.dossier.TijdlijnService;
import nl.spoorzoeker.testsupport.Fx;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import nl.spoorzoeker.app.werkplek.Demoset;

/**
 * After a saved contact the dossier screen is refreshed narrowly (only the log, the hours and the gap
 * signals are read and redrawn, issue 21): nothing it shows may be stale. Every figure on the screen
 * after the save must equal what a fresh open of the same dossier shows.
 */
@Tag("ui")
class NaOpslaanUiTest extends WindowTestBase {

    @org.testfx.framework.junit5.Start
    @Override
    void start(javafx.stage.Stage stage) throws Exception {
        super.start(stage);
    }

    @Test
    void afterACtrlLSaveEveryFigureEqualsAFreshOpenOfTheDossier(FxRobot robot) throws Exception {
        Demoset.load(context.database(), CLOCK);
        // Gaps after one day: the dossier shows a "no contact since" badge that today's contact takes away.
        context.tijdlijn().bewaarGatDrempels(new TijdlijnService.GatDrempels(1, 1));
        int id = context.dossiers().list().stream().filter(r -> r.naam().equals("Sanne Bakker")).findFirst()
                .orElseThrow().trajectId();
        open(robot, "sanne", "Sanne Bakker");
        List<String> voor = cijfers(robot);
        assertTrue(voor.stream().anyMatch(c -> c.startsWith("dossier-detail-gat-")), "a gap badge before: " + voor);
        int contacten = context.contacten().logboek(id).contacten().size();

        robot.press(KeyCode.CONTROL).press(KeyCode.L).release(KeyCode.L).release(KeyCode.CONTROL);
        waitUntil(() -> showing(robot, "#contact-dialog"));
        robot.write("Vacatures besproken");
        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitUntil(() -> !showing(robot, "#contact-dialog"));
        waitUntil(() -> context.contacten().logboek(id).contacten().size() == contacten + 1);
        // The refresh is read behind the save: wait until the hours moved, then let it settle.
        waitUntil(() -> !tekst(cijfers(robot), "uren-stand").equals(tekst(voor, "uren-stand")));
        Thread.sleep(500);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        List<String> naOpslaan = cijfers(robot);
        assertNotEquals(voor, naOpslaan);

        // A fresh open: another dossier first, so the screen is built anew, then this one again.
        open(robot, "lukasz", "Łukasz Żółć");
        open(robot, "sanne", "Sanne Bakker");
        assertEquals(cijfers(robot), naOpslaan);
    }

    private static String tekst(List<String> cijfers, String id) {
        return cijfers.stream().filter(c -> c.startsWith(id + "=")).findFirst().orElse("");
    }

    /** Opens a dossier through the list filter, on its Logboek tab with the hours shown. */
    private void open(FxRobot robot, String filter, String naam) throws Exception {
        robot.clickOn("#nav-dossiers");
        robot.clickOn("#dossier-filter");
        robot.interact(() -> robot.lookup("#dossier-filter").queryAs(javafx.scene.control.TextField.class).clear());
        robot.write(filter);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#dossier-detail-naam").tryQuery()
                .map(n -> naam.equals(((javafx.scene.control.Label) n).getText())).orElse(false));
        robot.clickOn("#tab-logboek .tab-label");
        waitUntil(() -> robot.lookup("#uren-stand").tryQuery().map(Node::isVisible).orElse(false));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Every text the dossier shows above its tabs (name, week, phase, deadline, gap and werkervaring
     * signals) and on the Logboek above its table (hours, their make-up, the budget warning), each
     * with its id, and the table's number of rows with its first row.
     */
    private static List<String> cijfers(FxRobot robot) {
        return Fx.op(() -> {
            List<String> uit = new ArrayList<>();
            Parent detail = robot.lookup("#dossier-detail").queryAs(Parent.class);
            for (Node kind : detail.getChildrenUnmodifiable()) {
                if (!(kind instanceof TabPane)) {
                    teksten(kind, uit);
                }
            }
            Parent logboek = robot.lookup("#logboek-pane").queryAs(Parent.class);
            for (Node kind : logboek.getChildrenUnmodifiable()) {
                if (kind instanceof TableView<?> tabel) {
                    uit.add("rijen=" + tabel.getItems().size());
                    uit.add("eerste=" + tabel.getItems().getFirst());
                } else {
                    teksten(kind, uit);
                }
            }
            return uit;
        });
    }

    private static void teksten(Node node, List<String> uit) {
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            uit.add((node.getId() == null ? "" : node.getId()) + "=" + l.getText());
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(k -> teksten(k, uit));
        }
    }
}
