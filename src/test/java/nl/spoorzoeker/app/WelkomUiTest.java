package nl.spoorzoeker.app;

import nl.spoorzoeker.app.werkplek.Demoset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.stage.Window;
import nl.spoorzoeker.praktijk.Praktijk;
import nl.spoorzoeker.testsupport.Fx;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import nl.spoorzoeker.help.ui.Sneltoets;
import nl.spoorzoeker.welkom.ui.Welkomstgids;

/** The welcome guide of the first start, steps 2–4, on the real window with a real practice file. */
@Tag("ui")
class WelkomUiTest extends WindowTestBase {

    @org.testfx.framework.junit5.Start
    @Override
    void start(javafx.stage.Stage stage) throws Exception {
        super.start(stage);
    }

    private Welkomstgids gids;

    private void openGids(Path tweede) throws Exception {
        gids = Fx.op(() -> {
            Welkomstgids g = window.welkomstgids();
            g.mapKiezer(w -> Optional.ofNullable(tweede));
            g.toon();
            return g;
        });
        waitUntil(() -> showing(this.robot, "#welkom"));
    }

    private FxRobot robot;

    @Test
    void theCoachFillsInThePracticeChoosesASecondBackupPlaceAndLoadsTheDemo(FxRobot robot) throws Exception {
        this.robot = robot;
        Path usb = Files.createDirectories(dir.resolve("usb-stick"));
        openGids(usb);
        assertEquals("Stap 2 van 4", tekst("#welkom-stap"));

        // Volgende with a required field empty: refused, nothing saved, the guide stays on step 2.
        robot.clickOn("#welkom-volgende");
        waitUntil(() -> !tekst("#welkom-melding").isEmpty());
        assertEquals("Stap 2 van 4", tekst("#welkom-stap"));
        assertTrue(context.praktijk().get().isEmpty());

        robot.clickOn("#praktijk-naam").write("Çiğdem Yılmaz-Łukasz");
        robot.clickOn("#praktijk-praktijknaam").write("Loopbaan & Koers");
        robot.clickOn("#welkom-volgende");
        waitUntil(() -> "Stap 3 van 4".equals(tekst("#welkom-stap")));
        Optional<Praktijk> opgeslagen = context.praktijk().get();
        assertEquals("Çiğdem Yılmaz-Łukasz", opgeslagen.orElseThrow().naam());
        assertTrue(tekst("#welkom-backupmap").endsWith("backups"), tekst("#welkom-backupmap"));

        robot.clickOn("#welkom-tweede-kies");
        waitUntil(() -> tekst("#welkom-tweede").contains("usb-stick"));
        assertEquals(Optional.of(usb.toAbsolutePath()), context.beveiliging().tweedeLocatie());

        robot.clickOn("#welkom-volgende");
        waitUntil(() -> showing(robot, "#welkom-demo"));
        assertEquals("Stap 4 van 4", tekst("#welkom-stap"));
        assertTrue(Fx.op(() -> robot.lookup("#welkom-leeg").queryAs(javafx.scene.control.RadioButton.class).isSelected()),
                "empty is the default");
        robot.clickOn("#welkom-demo");
        // Back and forth keeps the choice.
        robot.clickOn("#welkom-vorige");
        waitUntil(() -> "Stap 3 van 4".equals(tekst("#welkom-stap")));
        robot.clickOn("#welkom-volgende");
        waitUntil(() -> showing(robot, "#welkom-demo"));
        assertTrue(Fx.op(() -> robot.lookup("#welkom-demo").queryAs(javafx.scene.control.RadioButton.class).isSelected()));
        robot.clickOn("#welkom-volgende");
        waitUntil(() -> !showing(robot, "#welkom"));
        waitUntil(() -> !context.dossiers().isEmpty());
        assertEquals(9, context.dossiers().list().size(), "the demo practice: eight dossiers and a vangnet one");
    }

    @Test
    void laterOnEveryStepSavesNothingAndStartsEmpty(FxRobot robot) throws Exception {
        this.robot = robot;
        openGids(null);
        robot.clickOn("#praktijk-naam").write("Half ingevuld");
        robot.clickOn("#welkom-later");
        waitUntil(() -> "Stap 3 van 4".equals(tekst("#welkom-stap")));
        robot.clickOn("#welkom-later");
        waitUntil(() -> showing(robot, "#welkom-leeg"));
        robot.clickOn("#welkom-volgende");
        waitUntil(() -> !showing(robot, "#welkom"));
        assertTrue(context.praktijk().get().isEmpty(), "nothing typed was saved without Volgende");
        assertTrue(context.beveiliging().tweedeLocatie().isEmpty());
        assertTrue(context.dossiers().isEmpty());

        // At the next start the guide comes back, because the practice details are still missing.
        Fx.op(() -> {
            window.askPracticeDetailsIfMissing();
            return null;
        });
        waitUntil(() -> showing(robot, "#welkom"));
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil(() -> !showing(robot, "#welkom"));
    }

    @Test
    void withDossiersAlreadyThereTheDemoIsNotOffered(FxRobot robot) throws Exception {
        this.robot = robot;
        Demoset.load(context.database(), CLOCK);
        openGids(null);
        robot.clickOn("#welkom-later");
        robot.clickOn("#welkom-later");
        waitUntil(() -> showing(robot, "#welkom-poortwachter"));
        assertFalse(showing(robot, "#welkom-demo"));
        // The keys are this platform's, from the same list the window registers (Ctrl here, ⌘ on a Mac).
        String link = Fx.op(() -> robot.lookup("#welkom-sneltoetsen").queryAs(javafx.scene.control.Hyperlink.class).getText());
        assertTrue(link.endsWith("(" + Sneltoets.SNELTOETSEN.toets() + ")"), link);
        assertTrue(VensterUiTest.opScherm().contains("Er staan al dossiers"), VensterUiTest.opScherm());
        // The help it points to opens beside it.
        robot.clickOn("#welkom-poortwachter");
        waitUntil(() -> showing(robot, "#poortwachter-uitleg"));
        Fx.op(() -> {
            Window.getWindows().stream().filter(w -> w.getScene() != null && w.getScene().lookup("#poortwachter-uitleg") != null)
                    .findFirst().ifPresent(w -> ((javafx.stage.Stage) w).close());
            return null;
        });
    }

    private String tekst(String id) {
        return Fx.op(() -> robot.lookup(id).tryQuery().map(n -> ((Label) n).getText()).orElse(""));
    }
}
