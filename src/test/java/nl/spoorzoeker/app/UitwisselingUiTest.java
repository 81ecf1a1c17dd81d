package nl.spoorzoeker.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** File › Exporteren… and Importeren…, and the dossier's Inzage-export…, in the real window. */
@Tag("ui")
class UitwisselingUiTest extends WindowTestBase {

    @org.testfx.framework.junit5.Start
    @Override
    void start(javafx.stage.Stage stage) throws Exception {
        super.start(stage);
    }

    @Test
    void deMenusEnDeDossierknopZijnErEnEenVergrendeldePraktijkKrijgtUitleg(FxRobot robot) throws Exception {
        openDemoDossier(robot, "Sanne Bakker", "Sanne");
        assertTrue(robot.lookup("#dossier-inzage").tryQuery().isPresent(), "Inzage-export… on the dossier screen");
        Path beeld = Path.of("target", "archief-ui.png");
        Files.createDirectories(beeld.getParent());
        robot.interact(() -> {
            var snapshot = robot.lookup("#dossier-detail").query().getScene().getRoot().snapshot(null, null);
            try {
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(snapshot, null), "png", beeld.toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        MenuBar balk = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem export = balk.getMenus().getFirst().getItems().stream().filter(i -> "menu-export".equals(i.getId()))
                .findFirst().orElseThrow();
        assertTrue(balk.getMenus().getFirst().getItems().stream().anyMatch(i -> "menu-import".equals(i.getId())));
        // No passphrase entered in this window: the keys are not there, and the coach is told why.
        robot.interact(export::fire);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery()
                .map(n -> ((DialogPane) n).getContentText().contains("vergrendeld")).orElse(false));
    }
}
