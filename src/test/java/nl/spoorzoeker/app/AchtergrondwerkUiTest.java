package nl.spoorzoeker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    /**
     * Issue 20's "done when": the start-up backup succeeds on a first start under load — the demo dossiers
     * loading from the File menu while it is half-way, and every core kept busy by other work — and the copy it
     * made verifies with the practice's key.
     */
    @Test
    void theStartUpBackupSucceedsOnAFirstStartUnderLoadWhileTheDemoLoads(FxRobot robot) throws Exception {
        java.util.concurrent.atomic.AtomicBoolean bezig = new java.util.concurrent.atomic.AtomicBoolean(true);
        List<Thread> last = new java.util.ArrayList<>();
        for (int i = 0; i < Runtime.getRuntime().availableProcessors(); i++) {
            last.add(Thread.ofPlatform().daemon().start(() -> {
                long x = 0;
                while (bezig.get()) {
                    x += Long.numberOfTrailingZeros(System.nanoTime());
                }
                if (x == 42) {
                    System.out.print("");
                }
            }));
        }
        try {
            javafx.scene.control.MenuBar balk = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
            javafx.scene.control.MenuItem laden = balk.getMenus().getFirst().getItems().stream()
                    .filter(i -> "menu-demo".equals(i.getId())).findFirst().orElseThrow();
            waitUntil(() -> !laden.isDisable());
            // Held with its plain copy made until the demo has loaded: the two overlap for certain.
            startPlanner("backup.kopie-geforceerd");
            wachtTotDaar();
            javafx.application.Platform.runLater(laden::fire);
            waitUntil(() -> context.dossiers().list().size() == 9);
            verder.release();
            waitUntil(() -> context.autoBackup().status().laatsteGoed().isPresent()
                    || context.autoBackup().status().mislukt().isPresent());
        } finally {
            bezig.set(false);
            for (Thread t : last) {
                t.join();
            }
        }
        assertEquals(java.util.Optional.empty(), context.autoBackup().status().mislukt(), "the start-up backup failed");
        assertEquals(1, backups());
        try (var bestanden = Files.list(context.dataDirectory().backups())) {
            Path backup = bestanden.filter(p -> p.toString().endsWith(".szb")).findFirst().orElseThrow();
            assertTrue(context.backupService().controleer(backup, ring -> SLEUTELS.dataSleutel().clone()).goed(),
                    "the start-up backup verifies");
        }
        waitUntil(() -> !zichtbaar(robot));
    }
}
