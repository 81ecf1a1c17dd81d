package nl.spoorzoeker.app;

import nl.spoorzoeker.ui.I18n;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import nl.spoorzoeker.rapportage.Rapport;
import nl.spoorzoeker.rapportage.RapportSoort;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import nl.spoorzoeker.ui.DossierTab;

/**
 * Issue 19 item 6 on the real window: where the trajectplan is made (Rapportages), "Werknemerversie
 * (B1)…" shows the coach its readability and explained words before the copy is saved; on another
 * report it asks for a trajectplan.
 */
@Tag("ui")
class WerknemerversieUiTest extends WindowTestBase {

    @org.testfx.framework.junit5.Start
    @Override
    void start(javafx.stage.Stage stage) throws Exception {
        super.start(stage);
    }

    @Test
    void theButtonShowsTheCoachTheReadabilityOfTheWerknemersCopy(FxRobot robot) throws Exception {
        int id = openDemoDossier(robot, "Mohammed El Amrani", "mohammed");
        LocalDate tot = LocalDate.now(CLOCK).minusMonths(6);
        context.rapportOpslag().nieuw(id, RapportSoort.TRAJECTPLAN, tot.minusWeeks(6), tot, I18n.teksten());
        context.rapportOpslag().nieuw(id, RapportSoort.VOORTGANG, tot.plusDays(1), tot.plusWeeks(6), I18n.teksten());
        robot.interact(() -> window.openDossier(id, DossierTab.RAPPORTAGES));
        waitUntil(() -> robot.lookup("#rapportages-table").tryQuery().map(n -> ((TableView<?>) n).getItems().size() == 2)
                .orElse(false));
        @SuppressWarnings("unchecked")
        TableView<Rapport> tabel = robot.lookup("#rapportages-table").queryAs(TableView.class);

        robot.interact(() -> tabel.getSelectionModel().select(tabel.getItems().stream()
                .filter(r -> r.soort() == RapportSoort.VOORTGANG).findFirst().orElseThrow()));
        Platform.runLater(() -> robot.lookup("#rapport-werknemerversie").queryAs(Button.class).fire());
        waitUntil(() -> robot.lookup("#status-message").queryAs(Label.class).getText()
                .equals("Kies eerst een trajectplan in de lijst."));

        robot.interact(() -> tabel.getSelectionModel().select(tabel.getItems().stream()
                .filter(r -> r.soort() == RapportSoort.TRAJECTPLAN).findFirst().orElseThrow()));
        Platform.runLater(() -> robot.lookup("#rapport-werknemerversie").queryAs(Button.class).fire());
        waitUntil(() -> showing(robot, "#b1-dialoog"));
        String meting = robot.lookup("#b1-meting").queryAs(Label.class).getText();
        assertTrue(meting.matches("Leesbaarheid: gemiddeld \\d+,\\d woorden per zin \\(doel: hoogstens 15\\)\\."), meting);
        String woorden = robot.lookup("#b1-woorden").queryAs(Label.class).getText();
        assertTrue(woorden.contains("moeilijke woorden worden achterin uitgelegd: tweede spoor"), woorden);
        assertTrue(robot.lookup("#b1-lang").queryAs(Label.class).getText().startsWith("Geen zin is langer dan 20"));
        // A picture of the dialog, to be looked at as the coach sees it.
        Node paneel = robot.lookup("#b1-dialoog").query();
        java.util.concurrent.FutureTask<javafx.scene.image.WritableImage> foto = new java.util.concurrent.FutureTask<>(
                () -> paneel.getScene().snapshot(null));
        Platform.runLater(foto);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "werknemerversie"));
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(foto.get(), null), "png",
                java.nio.file.Path.of("target", "werknemerversie", "dialoog.png").toFile());
        robot.interact(() -> ((javafx.scene.control.DialogPane) paneel).getScene().getWindow().hide());
        waitUntil(() -> !showing(robot, "#b1-dialoog"));
    }
}
