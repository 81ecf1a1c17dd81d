package nl.spoorzoeker.app;

import nl.spoorzoeker.app.werkplek.Demoset;
import nl.spoorzoeker.zoeken.Bron;
import nl.spoorzoeker.zoeken.Zoekresultaat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Search on the real window: Ctrl+K, type, see the hit, open it with the keyboard. */
@Tag("ui")
class ZoekUiTest extends WindowTestBase {

    @org.testfx.framework.junit5.Start
    @Override
    void start(javafx.stage.Stage stage) throws Exception {
        super.start(stage);
    }

    @Test
    void typeSeeTheHitsAndOpenOneWithTheKeyboard(FxRobot robot) throws Exception {
        Demoset.load(context.database(), CLOCK);
        robot.press(KeyCode.CONTROL).press(KeyCode.K).release(KeyCode.K).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#zoek-veld").tryQuery().map(n -> n.isFocused()).orElse(false));
        robot.write("elevator pit");
        waitUntil(() -> !robot.lookup("#zoek-resultaten").queryAs(ListView.class).getItems().isEmpty());
        @SuppressWarnings("unchecked")
        ListView<Zoekresultaat> lijst = robot.lookup("#zoek-resultaten").queryAs(ListView.class);
        Zoekresultaat hit = lijst.getItems().getFirst();
        assertEquals(Bron.GROEPSSESSIE, hit.bron(), "the demo workshop");
        assertTrue(robot.lookup("#zoek-aantal").queryAs(Label.class).getText().startsWith("1 gevonden"));

        // A word that is in a sollicitatie: arrow down into the list, Enter opens the dossier there.
        robot.interact(() -> robot.lookup("#zoek-veld").queryAs(javafx.scene.control.TextField.class).clear());
        robot.write("kringloop");
        waitUntil(() -> lijst.getItems().stream().anyMatch(z -> z.bron() == Bron.SOLLICITATIE));
        int index = lijst.getItems().indexOf(lijst.getItems().stream().filter(z -> z.bron() == Bron.SOLLICITATIE)
                .findFirst().orElseThrow());
        Zoekresultaat sollicitatie = lijst.getItems().get(index);
        robot.type(KeyCode.DOWN);
        robot.interact(() -> lijst.getSelectionModel().select(index));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#dossier-detail-naam").tryQuery()
                .map(n -> ((Label) n).getText().equals(sollicitatie.naam())).orElse(false));
        waitUntil(() -> zichtbaar(robot.lookup("#sollicitaties-pane").query()));
    }

    /** Shown on screen: the node and every parent visible (an unselected tab's content is not). */
    private static boolean zichtbaar(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
