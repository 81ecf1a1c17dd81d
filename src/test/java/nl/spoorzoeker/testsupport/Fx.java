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
    }
}
