package nl.spoorzoeker.app;

import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import nl.spoorzoeker.store.DatabaseOpenException;
import nl.spoorzoeker.ui.Background;
import nl.spoorzoeker.ui.ErrorReporter;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.Knoppen;
import nl.spoorzoeker.ui.Theme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import nl.spoorzoeker.ui.FxMeldingen;
import nl.spoorzoeker.ui.Meldingen;
import nl.spoorzoeker.ui.Vensterstand;

/**
 * The JavaFX application. The window appears at once; on its first frame the database starts
 * opening in the background, then the screens fill in. (Opening it any earlier competes for the
 * CPU with JavaFX's own start and delays the first frame by a few hundred milliseconds.)
 */
public final class SpoorzoekerApp extends Application {

    // Looked up when first needed: creating a logger starts logging, which must stay off the start-up path.
    private static Logger log() {
        return LoggerFactory.getLogger(SpoorzoekerApp.class);
    }

    /** Handed over by {@link GuiStarter}: JavaFX creates this class itself. */
    static volatile java.util.concurrent.Callable<AppContext> openPractice;
    static volatile CompletableFuture<AppContext> opening;
    static volatile Background background;
    static volatile Runnable onShown = () -> { };
    static volatile java.util.function.Consumer<Stage> stageReady = stage -> { };
    /** The door and the practice behind it; null in the first-frame benchmark, which shows the data without a door. */
    static volatile java.util.function.BiFunction<Stage, Scene, Praktijkvenster> venster;
    static volatile Praktijkvenster geopend;
    /** Where the main window's size and place are kept (the data folder); null: not kept (benchmarks). */
    static volatile java.nio.file.Path vensterstand;

    @Override
    public void start(Stage stage) {
        ErrorReporter.install();
        Theme.applyUserAgent();
        Label loading = new Label(I18n.t("loading"));
        double[] maat = Vensterstand.passend(1200, 780);
        Scene scene = new Scene(new StackPane(loading), maat[0], maat[1]);
        Theme.style(scene);
        stage.setTitle(I18n.t("app.name"));
        // The same icon as the installers', for the task bar and the window switcher.
        Theme.icoon().ifPresent(stage.getIcons()::add);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setScene(scene);
        if (vensterstand != null) {
            new Vensterstand(vensterstand).herstelEnOnthoud(stage);
        }
        boolean deur = venster != null && !FirstFrame.enabled();
        if (deur) {
            // The door is the first frame: it needs nothing from the database, and a "loading" frame
            // before it only made the coach wait one frame longer for the passphrase field.
            open(stage, scene);
        }
        stage.show();
        stageReady.accept(stage);
        onShown.run();
        if (!deur) {
            afterFirstFrame(() -> open(stage, scene));
        }
    }

    /** Runs {@code action} at the start of the {@code n}-th pulse from now (the frames before it drawn). */
    private static void afterFirstFrame(Runnable action) {
        Pulsen.na(1, action);
    }

    private void open(Stage stage, Scene scene) {
        opening = CompletableFuture.supplyAsync(() -> {
            try {
                return openPractice.call();
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, runnable -> {
            Thread thread = new Thread(runnable, "spoorzoeker-open");
            thread.setDaemon(true);
            if (venster != null && !FirstFrame.enabled()) {
                // The door first: on two cores, opening (and checking) a large database beside it
                // slowed the door's first frame by half a second. It opens while the coach types.
                Pulsen.na(2, thread::start);
            } else {
                thread.start();
            }
        });
        if (venster != null && !FirstFrame.enabled()) {
            Praktijkvenster v = venster.apply(stage, scene);
            geopend = v;
            v.start(opening);
            return;
        }
        opening.whenComplete((context, error) -> Platform.runLater(() -> {
            if (error != null) {
                refuse(stage, error instanceof java.util.concurrent.CompletionException ? error.getCause() : error);
                return;
            }
            MainWindow window = new MainWindow(stage, context, background);
            if (FirstFrame.enabled()) {
                window.attachTo(scene, FirstFrame::ready);
                return;
            }
            window.attachTo(scene);
            window.askPracticeDetailsIfMissing();
        }));
    }

    static void refuse(Stage stage, Throwable error) {
        log().error("Could not open the practice", error);
        String text = ErrorReporter.text(error);
        new FxMeldingen(() -> stage).vraag(Meldingen.Melding.van(Alert.AlertType.ERROR,
                text, Knoppen.sluiten()).metTitel(I18n.t("app.name")).metKop(I18n.t("db.open.title")).metId("open-failed"));
        Platform.exit();
    }
}
