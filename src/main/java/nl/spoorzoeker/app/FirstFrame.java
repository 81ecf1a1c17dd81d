package nl.spoorzoeker.app;

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
        Pulsen.na(1, () -> {
            System.out.println("FIRST_FRAME");
            System.out.flush();
        });
    }

    static void ready() {
        Pulsen.na(1, () -> {
            System.out.println("READY");
            System.out.flush();
            Platform.exit();
        });
    }
}
