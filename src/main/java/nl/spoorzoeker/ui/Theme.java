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
}
