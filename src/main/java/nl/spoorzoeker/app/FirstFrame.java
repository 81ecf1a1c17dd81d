package nl.spoorzoeker.app;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Start-up measurement hooks for the benchmark harness (system property
 * {@code spoorzoeker.exitAfterFirstFrame}): prints a marker on the first pulse after the window is
 * shown, and another once the practice is open and its screens are attached, then exits.
 */
final class FirstFrame {

    private FirstFrame() {
    }

    static boolean enabled() {
        return Boolean.getBoolean("spoorzoeker.exitAfterFirstFrame");
    }

    static void reportAndExit() {
        onNextPulse(() -> System.out.println("FIRST_FRAME"));
    }

    static void ready() {
        onNextPulse(() -> {
            System.out.println("READY");
            System.out.flush();
            Platform.exit();
        });
    }

    private static void onNextPulse(Runnable action) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                action.run();
                System.out.flush();
            }
        }.start();
    }
}
