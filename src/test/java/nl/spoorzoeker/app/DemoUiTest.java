package nl.spoorzoeker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import nl.spoorzoeker.testsupport.TestDossiers;

/** Issue 21 item 9 in the window: Bestand → Demodossiers verwijderen, after a confirmation, leaves the coach's own dossier. */
@Tag("ui")
class DemoUiTest extends WindowTestBase {

    @org.testfx.framework.junit5.Start
    @Override
    void start(javafx.stage.Stage stage) throws Exception {
        super.start(stage);
    }

    private static MenuItem item(FxRobot robot, String id) {
        MenuBar balk = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return balk.getMenus().getFirst().getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void theDemoSetCanBeRemovedFromTheFileMenu(FxRobot robot) throws Exception {
        MenuItem laden = item(robot, "menu-demo");
        MenuItem weg = item(robot, "menu-demo-verwijder");
        waitUntil(() -> !laden.isDisable());
        assertTrue(weg.isDisable(), "nothing to remove in an empty practice");
        robot.interact(laden::fire);
        waitUntil(() -> context.dossiers().list().size() == 9 && !weg.isDisable());
        int eigen = TestDossiers.create(context.database(), "Çiğdem Yılmaz-Łukasz");

        javafx.application.Platform.runLater(weg::fire);
        waitUntil(() -> showing(robot, "#demo-verwijder-dialog"));
        robot.clickOn(robot.lookup("#demo-verwijder-dialog .button").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.Button b && b.isDefaultButton()).findFirst().orElseThrow());
        waitUntil(() -> context.dossiers().list().size() == 1);
        assertEquals(eigen, context.dossiers().list().getFirst().trajectId());
        waitUntil(weg::isDisable);
        assertFalse(showing(robot, "#demo-verwijder-dialog"));
    }
}
