package nl.spoorzoeker.slot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import nl.spoorzoeker.crypto.KdfParameters;
import nl.spoorzoeker.crypto.Kluissessie;
import nl.spoorzoeker.crypto.Sleutelkluis;
import nl.spoorzoeker.slot.Ontgrendeling;
import nl.spoorzoeker.testsupport.Fx;
import nl.spoorzoeker.testsupport.Stelklok;
import nl.spoorzoeker.ui.Background;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import nl.spoorzoeker.slot.Pogingen;

/** S5: the lock after idle minutes and after the machine slept, driven by a clock the test moves. */
@ExtendWith(ApplicationExtension.class)
@Tag("ui")
class AppSlotUiTest {

    @TempDir
    Path dir;

    final Stelklok klok = new Stelklok(Instant.parse("2026-11-25T09:00:00Z"));
    final Kluissessie sessie = new Kluissessie();
    final AtomicInteger backupsVoorSlot = new AtomicInteger();
    final Background background = new Background();
    Stage stage;
    Label clientgegevens;
    AppSlot slot;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        clientgegevens = new Label("Çiğdem Yılmaz");
        stage.setScene(new Scene(new StackPane(clientgegevens), 600, 400));
        stage.show();
        Ontgrendeling o = new Ontgrendeling(new Sleutelkluis(dir.resolve("sleutelring.szk")), sessie,
                new KdfParameters(1024, 1, 1), new Pogingen(klok));
        o.stelIn("een lange zin hier".toCharArray(), "een lange zin hier".toCharArray());
        slot = new AppSlot(stage, o, background, klok, () -> 5, () -> {
            assertTrue(sessie.ontgrendeld(), "the backup before the lock still has the key");
            backupsVoorSlot.incrementAndGet();
        });
        slot.start();
        slot.stop(); // the test drives the checks itself
    }

    @AfterEach
    void close() {
        background.close();
    }

    void controleer() {
        Fx.op(() -> {
            slot.controleer();
            return null;
        });
    }

    /** Time passing with the check running every few seconds, as the timeline does. */
    void laatVerstrijken(Duration d) {
        for (long ms = 0; ms < d.toMillis(); ms += AppSlot.CONTROLE_MS) {
            klok.verzet(Duration.ofMillis(Math.min(AppSlot.CONTROLE_MS, d.toMillis() - ms)));
            controleer();
        }
    }

    @Test
    void idleForTheChosenMinutesLocksWithinOneCheck() {
        laatVerstrijken(Duration.ofMinutes(4).plusSeconds(55));
        assertFalse(slot.vergrendeld(), "4:55 idle: not yet");
        laatVerstrijken(Duration.ofSeconds(5));
        assertFalse(slot.vergrendeld(), "exactly 5:00: not yet");
        laatVerstrijken(Duration.ofMillis(AppSlot.CONTROLE_MS));
        assertTrue(slot.vergrendeld(), "locked within T + one check (5 s)");
        assertFalse(Fx.op(() -> clientgegevens.getScene().getRoot().isVisible()));
        assertFalse(sessie.ontgrendeld(), "key wiped");
        assertEquals(1, backupsVoorSlot.get());
    }

    @Test
    void inputCountsAsActivity(FxRobot robot) {
        for (int i = 0; i < 12; i++) {
            laatVerstrijken(Duration.ofSeconds(30));
            robot.moveTo(clientgegevens).moveBy(i % 2 == 0 ? 5 : -5, 0);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertFalse(slot.vergrendeld(), "six minutes of use is not idle");
    }

    @Test
    void aJumpOfTheWallClockMeansTheMachineSleptAndLocks() {
        laatVerstrijken(Duration.ofSeconds(30));
        assertFalse(slot.vergrendeld());
        klok.verzet(Duration.ofSeconds(AppSlot.SLAAP_MS / 1000 + 1)); // a check missed for a minute: suspended
        // Activity right after waking (a key to wake the screen) does not save it.
        controleer();
        assertTrue(slot.vergrendeld());
    }

    @Test
    void aClosedSlotIsNotKeptAliveByTheWindowList() throws Exception {
        java.util.concurrent.atomic.AtomicReference<java.lang.ref.WeakReference<AppSlot>> ref =
                new java.util.concurrent.atomic.AtomicReference<>();
        Fx.op(() -> {
            AppSlot ander = new AppSlot(stage, null, background, klok, () -> 5, () -> { });
            ander.start();
            ander.sluit();
            ref.set(new java.lang.ref.WeakReference<>(ander));
            return null;
        });
        for (int i = 0; i < 20 && ref.get().get() != null; i++) {
            System.gc();
            Thread.sleep(100);
        }
        // Was kept by its listener on the static window list and its filters on the stage.
        assertTrue(ref.get().get() == null, "the closed slot is still reachable");
    }
}
