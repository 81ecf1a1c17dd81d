package nl.spoorzoeker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import nl.spoorzoeker.crypto.KdfParameters;
import nl.spoorzoeker.crypto.Kluissessie;
import nl.spoorzoeker.crypto.Sleutelring;
import nl.spoorzoeker.store.Breekpunt;
import nl.spoorzoeker.testsupport.Fx;
import nl.spoorzoeker.ui.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Issue 20: an automatic backup is shown in the window's status line while it runs — the phase, a bar that
 * moves, and a stop button — like the coach's own "Back-up nu" in its dialog. The planner starts it as at
 * an unlock; the backup is held at two of its named points (the test's observer of {@link Breekpunt}), so
 * what the status line shows there is read while the backup stands still, not raced.
 */
@Tag("ui")
class AchtergrondwerkUiTest extends WindowTestBase {

    private static final Sleutelring.Nieuw SLEUTELS = Sleutelring.maak("wachtwoord".toCharArray(),
            new KdfParameters(1024, 1, 1));

    /** The points to hold the backup at; each passing takes one permit of {@link #verder} after telling {@link #daar}. */
    private final Set<String> vasthouden = ConcurrentHashMap.newKeySet();
    private final Semaphore daar = new Semaphore(0);
    private final Semaphore verder = new Semaphore(0);
    private Backupplanner planner;

    @org.testfx.framework.junit5.Start
    @Override
    void start(Stage stage) throws Exception {
        super.start(stage);
    }

    /** As after an unlock: the session holds the keys, so the start-up backup is made. */
    @Override
    AppContext openContext() throws Exception {
        Kluissessie sessie = new Kluissessie();
        sessie.ontgrendel(SLEUTELS.ring(), SLEUTELS.dataSleutel());
        return AppContext.open(new DataDirectory(dir), CLOCK, sessie);
    }

    @AfterEach
    void stopPlanner() {
        vasthouden.clear();
        verder.release(100);
        if (planner != null) {
            planner.stopZonderBackup();
        }
        Breekpunt.waarneem(null);
    }

    private void startPlanner(String... punten) {
        vasthouden.addAll(Set.of(punten));
        Breekpunt.waarneem(punt -> {
            if (vasthouden.contains(punt)) {
                daar.release();
                verder.acquireUninterruptibly();
            }
        });
        planner = new Backupplanner(context.autoBackup(), background.langwerk(), () -> { });
        planner.start();
    }

    private void wachtTotDaar() throws InterruptedException {
        assertTrue(daar.tryAcquire(30, TimeUnit.SECONDS), "the backup did not reach the point");
    }

    private static double stand(FxRobot robot) {
        return Fx.op(() -> robot.lookup("#achtergrond-balk").queryAs(ProgressBar.class).getProgress());
    }

    private static boolean zichtbaar(FxRobot robot) {
        return Fx.op(() -> robot.lookup("#achtergrond-taak").queryAs(HBox.class).isVisible());
    }

    private static String fase(FxRobot robot) {
        return Fx.op(() -> robot.lookup("#achtergrond-fase").queryAs(Label.class).getText());
    }

    private long backups() throws Exception {
        Path map = context.dataDirectory().backups();
        if (!Files.isDirectory(map)) {
            return 0;
        }
        try (var bestanden = Files.list(map)) {
            return bestanden.filter(p -> p.toString().endsWith(".szb")).count();
        }
    }

    @Test
    void theStartUpBackupMovesABarInTheStatusLineAndLeavesIt(FxRobot robot) throws Exception {
        assertTrue(!zichtbaar(robot), "nothing runs yet");
        startPlanner("backup.kopie-geforceerd", "backup.versleuteld-geforceerd");

        wachtTotDaar(); // the copy is made, nothing encrypted yet
        waitUntil(() -> zichtbaar(robot) && stand(robot) > 0);
        double eerst = stand(robot);
        assertTrue(fase(robot).startsWith(I18n.t("backup.automatisch")), fase(robot));
        OvernameUiTest.bewaarBeeld(robot, "#achtergrond-taak", "statusregel-automatische-backup.png");
        verder.release();

        wachtTotDaar(); // encrypted and forced, not yet renamed into place
        waitUntil(() -> stand(robot) > eerst);
        assertTrue(zichtbaar(robot), "still running");
        verder.release();

        waitUntil(() -> !zichtbaar(robot));
        assertEquals(1, backups(), "the start-up backup was made");
    }

    @Test
    void stoppingItInTheStatusLineLeavesNoBackupAndNoCopyAndSaysSo(FxRobot robot) throws Exception {
        startPlanner("backup.kopie-geforceerd");
        wachtTotDaar();
        waitUntil(() -> zichtbaar(robot));
        robot.clickOn("#achtergrond-annuleer");
        waitUntil(() -> I18n.t("taak.annuleren.bezig").equals(fase(robot)));
        verder.release();

        waitUntil(() -> !zichtbaar(robot));
        assertEquals(0, backups(), "nothing was made");
        try (var over = Files.list(context.dataDirectory().tijdelijk())) {
            assertEquals(0, over.filter(Files::isRegularFile).count(), "the plain copy is gone");
        }
        String status = Fx.op(() -> robot.lookup("#status-message").queryAs(Label.class).getText());
        assertEquals(I18n.t("achtergrond.gestopt", I18n.t("backup.automatisch")), status);
    }
}
