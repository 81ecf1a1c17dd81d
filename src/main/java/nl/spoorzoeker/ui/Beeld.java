package nl.spoorzoeker.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Work that must wait until a window has drawn its next frame. */
public final class Beeld {

    private Beeld() {
    }

    /**
     * Runs {@code werk} on the FX thread once {@code scene} has laid out its next frame, queued behind
     * that frame (a timer of a few ms fired inside the very frame on a busy machine and held it up by
     * the whole work). Without a scene nothing is drawn, so it runs on the next turn of the event loop.
     */
    public static void naHetVolgende(Scene scene, Runnable werk) {
        if (scene == null) {
            Platform.runLater(werk);
            return;
        }
        boolean[] gedaan = {false};
        Runnable[] luisteraar = new Runnable[1];
        luisteraar[0] = () -> {
            if (!gedaan[0]) {
                gedaan[0] = true;
                // The listener is removed outside the pulse's own loop over its listeners.
                Platform.runLater(() -> {
                    scene.removePostLayoutPulseListener(luisteraar[0]);
                    werk.run();
                });
            }
        };
        scene.addPostLayoutPulseListener(luisteraar[0]);
        Platform.requestNextPulse();
    }
}
