package nl.spoorzoeker.app;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * Start-up measurement hooks for the benchmark harness (system property
 * {@code spoorzoeker.exitAfterFirstFrame}): prints a marker on the first pulse after the window is
 * shown, and another once the practice is open and its screens are attached, then exits. With
 * {@code spoorzoeker.readyHoldMillis} the window stays that long after READY, so that the installer's
 * smoke test can take a screenshot of what a coach would see (Xvfb) before the app exits by itself.
 */
final class FirstFrame {

    private FirstFrame() {
    }

    static boolean enabled() {
        return Boolean.getBoolean("spoorzoeker.exitAfterFirstFrame");
    }

    static void reportAndExit() {
        Pulsen.na(1, () -> {
            System.out.println("FIRST_FRAME");
            System.out.flush();
        });
    }

    static void ready() {
        Pulsen.na(1, () -> {
            System.out.println("READY");
            System.out.flush();
            long houden = Long.getLong("spoorzoeker.readyHoldMillis", 0);
            if (houden <= 0) {
                Platform.exit();
                return;
            }
            PauseTransition pauze = new PauseTransition(Duration.millis(houden));
            pauze.setOnFinished(e -> Platform.exit());
            pauze.play();
        });
    }
}
