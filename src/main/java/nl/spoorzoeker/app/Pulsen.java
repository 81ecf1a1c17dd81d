package nl.spoorzoeker.app;

import javafx.animation.AnimationTimer;

/** Runs something on the FX thread once the given number of pulses (frames) has passed. */
final class Pulsen {

    private Pulsen() {
    }

    static void na(int n, Runnable action) {
        new AnimationTimer() {
            private int gezien;

            @Override
            public void handle(long now) {
                if (++gezien >= n) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }
}
