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

    /**
     * What the launcher ({@link GuiStarter}) hands this application, made once before the toolkit starts
     * and never changed.
     *
     * @param openPractice opens the practice's database (on a thread of its own)
     * @param background   the database queue the screens share
     * @param vensterstand where the window's size and place are kept (the data folder); null: not kept (benchmarks)
     * @param venster      the door and the practice behind it; null in the first-frame benchmark, which shows
     *                     the data without a door
     * @param getoond      told once the window is shown (the launcher's "bring to front", the benchmarks' markers)
     * @param opent        told the open once it has begun, so the launcher can close it if the window goes first
     * @param geopend      told the door-and-practice window once it is made
     */
    record Opstart(java.util.concurrent.Callable<AppContext> openPractice, Background background,
                   java.nio.file.Path vensterstand,
                   java.util.function.BiFunction<Stage, Scene, Praktijkvenster> venster,
                   java.util.function.Consumer<Stage> getoond,
                   java.util.function.Consumer<CompletableFuture<AppContext>> opent,
                   java.util.function.Consumer<Praktijkvenster> geopend) {
    }

    /**
     * The one static hand-off, and why it is static: {@code Application.launch} takes a class, not an
     * instance, and JavaFX calls this class's no-argument constructor itself on its own thread, so the
     * launcher cannot pass {@link Opstart} in. Written only by {@link #launch} just before the toolkit
     * starts (volatile: written on the launcher's thread, read on the JavaFX thread). Everything else the
     * start needs travels inside that one immutable record (ArchitectureTest.theAppHasOneStaticHandOff).
     */
    private static volatile Opstart overdracht;

    private Opstart opstart;

    /** Starts the toolkit with this application and {@code opstart}; returns when the last window closed. */
    static void launch(Opstart opstart) {
        overdracht = java.util.Objects.requireNonNull(opstart);
        Application.launch(SpoorzoekerApp.class);
    }

    @Override
    public void start(Stage stage) {
        opstart = overdracht;
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
        if (opstart.vensterstand() != null) {
            new Vensterstand(opstart.vensterstand()).herstelEnOnthoud(stage);
        }
        boolean deur = metDeur();
        if (deur) {
            // The door is the first frame: it needs nothing from the database, and a "loading" frame
            // before it only made the coach wait one frame longer for the passphrase field.
            open(stage, scene);
        }
        stage.show();
        opstart.getoond().accept(stage);
        if (!deur) {
            afterFirstFrame(() -> open(stage, scene));
        }
    }

    /** Runs {@code action} at the start of the {@code n}-th pulse from now (the frames before it drawn). */
    private static void afterFirstFrame(Runnable action) {
        Pulsen.na(1, action);
    }

    /** The door first, except in the first-frame benchmark (which has none). */
    private boolean metDeur() {
        return opstart.venster() != null && !FirstFrame.enabled();
    }

    private void open(Stage stage, Scene scene) {
        CompletableFuture<AppContext> opening = CompletableFuture.supplyAsync(() -> {
            try {
                return opstart.openPractice().call();
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, runnable -> {
            Thread thread = new Thread(runnable, "spoorzoeker-open");
            thread.setDaemon(true);
            if (metDeur()) {
                // The door first: on two cores, opening (and checking) a large database beside it
                // slowed the door's first frame by half a second. It opens while the coach types.
                Pulsen.na(2, thread::start);
            } else {
                thread.start();
            }
        });
        opstart.opent().accept(opening);
        if (metDeur()) {
            Praktijkvenster v = opstart.venster().apply(stage, scene);
            opstart.geopend().accept(v);
            v.start(opening);
            return;
        }
        opening.whenComplete((context, error) -> Platform.runLater(() -> {
            if (error != null) {
                refuse(stage, error instanceof java.util.concurrent.CompletionException ? error.getCause() : error);
                return;
            }
            MainWindow window = new MainWindow(stage, context, opstart.background());
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
