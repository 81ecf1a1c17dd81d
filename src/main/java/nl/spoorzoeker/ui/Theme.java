package nl.spoorzoeker.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** AtlantaFX's Primer Light, plus our stylesheet (which also bridges ControlsFX's controls). */
public final class Theme {

    private Theme() {
    }

    public static void applyUserAgent() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    public static void style(Scene scene) {
        scene.getStylesheets().add(Theme.class.getResource("spoorzoeker.css").toExternalForm());
    }

    private static javafx.scene.image.Image icoon;

    /**
     * The app's icon (the installers' 256 px PNG), decoded once: the window and the welcome on the
     * door both show it, on the start-up path. Empty if the resource is missing. FX thread only.
     */
    public static java.util.Optional<javafx.scene.image.Image> icoon() {
        if (icoon == null) {
            try (var in = Theme.class.getResourceAsStream("spoorzoeker-256.png")) {
                if (in == null) {
                    return java.util.Optional.empty();
                }
                icoon = new javafx.scene.image.Image(in);
            } catch (java.io.IOException e) {
                org.slf4j.LoggerFactory.getLogger(Theme.class).warn("App icon not loaded", e);
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.of(icoon);
    }
}
