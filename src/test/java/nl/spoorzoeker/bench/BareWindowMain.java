package nl.spoorzoeker.bench;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The baseline for start-up: the smallest JavaFX window, timed to its first frame. */
public final class BareWindowMain {

    private BareWindowMain() {
    }

    public static void main(String[] args) {
        // Like our Launcher: a class-path main class must not extend Application itself.
        Application.launch(BareWindow.class, args);
    }

    public static final class BareWindow extends Application {

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("Spoorzoeker")), 1200, 780));
        stage.show();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                System.out.println("FIRST_FRAME");
                System.out.println("READY");
                System.out.flush();
                Platform.exit();
            }
        }.start();
    }
    }
}
