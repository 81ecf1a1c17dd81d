package nl.spoorzoeker.testsupport;

import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;

/** Starts the JavaFX toolkit once per JVM for tests and benchmarks that need it without TestFX. */
public final class Fx {

    private Fx() {
    }

    public static void start() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        started.await();
        // A test that closes the last window must not end the toolkit for the classes after it in this JVM: with
        // implicit exit on, ErrorReporterTest's dialog test closed its dialog and every later runLater was dropped,
        // which passed or failed by whether a TestFX class (whose primary stage stays) had run before in the same fork.
        Platform.setImplicitExit(false);
    }

    /** Reads from the scene graph on the FX thread (lookups from the test thread race with layout). */
    public static <T> T op(java.util.concurrent.Callable<T> lees) {
        java.util.concurrent.FutureTask<T> taak = new java.util.concurrent.FutureTask<>(lees);
        Platform.runLater(taak);
        try {
            // 30 s, as WindowTestBase.waitUntil: at load 10+ on two cores the FX thread's first scene of a class (CSS,
            // fonts) once took longer than 10 s in a full run (TijdlijnGrafiekUiTest); a read that answers returns at once.
            return taak.get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
