package nl.spoorzoeker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import nl.spoorzoeker.instrument.Kernkwadrant;
import nl.spoorzoeker.testsupport.Fx;
import nl.spoorzoeker.testsupport.TestDossiers;
import nl.spoorzoeker.ui.DossierTab;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Issue 19 item 3: a kernkwadrant made, changed and removed on the dossier's Instrumenten tab. */
class KernkwadrantenUiTest extends WindowTestBase {

    @Start
    @Override
    void start(Stage stage) throws Exception {
        super.start(stage);
    }

    @Test
    void aKernkwadrantIsMadeWithOnlyAQualityCompletedLaterAndRemoved(FxRobot robot) throws Exception {
        int id = TestDossiers.create(context.database(), "Zoë de Vries-Müller");
        robot.interact(() -> window.openDossier(id, DossierTab.INSTRUMENTEN));
        waitUntil(() -> showing(robot, "#kk-nieuw"));

        Platform.runLater(() -> robot.lookup("#kk-nieuw").queryAs(ButtonBase.class).fire());
        waitUntil(() -> showing(robot, "#kk-kwaliteit"));
        // Saving without a quality is refused in the dialog; nothing is stored.
        robot.type(KeyCode.ENTER);
        assertTrue(showing(robot, "#kk-dialog"), "the dialog stays open without a quality");
        type(robot, "#kk-kwaliteit", "behulpzaam");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !showing(robot, "#kk-dialog"));
        waitUntil(() -> context.kernkwadranten().lijst(id).size() == 1);
        int kk = context.kernkwadranten().lijst(id).getFirst().id();
        waitUntil(() -> showing(robot, "#kk-bewerk-" + kk));

        Platform.runLater(() -> robot.lookup("#kk-bewerk-" + kk).queryAs(ButtonBase.class).fire());
        waitUntil(() -> showing(robot, "#kk-valkuil"));
        type(robot, "#kk-valkuil", "opdringerig");
        type(robot, "#kk-uitdaging", "eigen grenzen bewaken");
        type(robot, "#kk-allergie", "egoïsme");
        // The day it was made: today by default, set to the day of the conversation; never ahead.
        assertEquals("24-11-2026", robot.lookup("#kk-datum").queryAs(javafx.scene.control.TextField.class).getText());
        type(robot, "#kk-datum", "25-11-2026");
        robot.type(KeyCode.ENTER);
        assertTrue(showing(robot, "#kk-dialog"), "the dialog stays open with a day ahead");
        assertEquals(null, context.kernkwadranten().lijst(id).getFirst().valkuil(), "nothing stored yet");
        type(robot, "#kk-datum", "10-11-2026");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !showing(robot, "#kk-dialog"));
        waitUntil(() -> "opdringerig".equals(context.kernkwadranten().lijst(id).getFirst().valkuil()));
        assertEquals(List.of(new Kernkwadrant(kk, "behulpzaam", "opdringerig", "eigen grenzen bewaken", "egoïsme",
                        java.time.LocalDate.of(2026, 11, 10), java.time.LocalDate.of(2026, 11, 24))),
                context.kernkwadranten().lijst(id));
        waitUntil(() -> robot.lookup("#kk-datum-" + kk).tryQuery().map(n -> ((Label) n).getText()
                .equals("Gemaakt op 10-11-2026")).orElse(false));
        waitUntil(() -> robot.lookup("#kk-" + kk).tryQuery().map(n -> n.lookupAll(".label").stream()
                .anyMatch(l -> "egoïsme".equals(((Label) l).getText()))).orElse(false));

        // The tab as the coach and werknemer see it, to be looked at.
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "interessetest"));
        Fx.op(() -> javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(robot.lookup("#kk-nieuw")
                .query().getScene().getRoot().snapshot(null, null), null), "png",
                java.nio.file.Path.of("target", "interessetest", "6-instrumenten-tab.png").toFile()));

        Platform.runLater(() -> robot.lookup("#kk-verwijder-" + kk).queryAs(ButtonBase.class).fire());
        waitUntil(() -> showing(robot, "#kk-verwijder-vraag"));
        Platform.runLater(() -> robot.lookup("#kk-verwijder-vraag-ja").queryAs(ButtonBase.class).fire());
        waitUntil(() -> context.kernkwadranten().lijst(id).isEmpty());
        waitUntil(() -> robot.lookup("#kk-lijst").tryQuery().map(n -> ((FlowPane) n).getChildren().isEmpty())
                .orElse(false));
        assertTrue(Fx.op(() -> robot.lookup("#kk-" + kk).tryQuery().isEmpty()));
    }
}
