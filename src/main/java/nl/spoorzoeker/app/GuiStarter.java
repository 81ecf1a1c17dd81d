package nl.spoorzoeker.app;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import nl.spoorzoeker.dossier.DemoDossiers;
import nl.spoorzoeker.ui.Background;
import nl.spoorzoeker.ui.I18n;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the window for a data folder: takes the instance lock (or asks the running window to
 * come forward and exits at once), opens the database in parallel with the JavaFX toolkit, and
 * closes everything in order when the window is gone.
 */
final class GuiStarter {

    // Looked up when first needed: creating a logger starts logging, which must stay off the start-up path.
    private static Logger log() {
        return LoggerFactory.getLogger(GuiStarter.class);
    }

    private GuiStarter() {
    }

    static int start(DataDirectory dir, boolean demo) throws Exception {
        Optional<InstanceLock> lock = InstanceLock.tryAcquire(dir.root());
        if (lock.isEmpty()) {
            FocusRequests.send(dir.root());
            System.err.println(I18n.t("instance.alreadyRunning", dir.root()));
            return Cli.EXIT_LOCKED;
        }
        Clock clock = Clock.systemDefaultZone();
        CompletableFuture<AppContext> opening = CompletableFuture.supplyAsync(() -> {
            try {
                Logging.start();
                AppContext context = AppContext.open(dir, clock);
                if (demo && context.dossiers().isEmpty()) {
                    DemoDossiers.load(context.database(), clock);
                }
                return context;
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
        try (InstanceLock held = lock.get();
             Background background = new Background();
             FocusRequests focus = FocusRequests.listen(dir.root(), GuiStarter::bringToFront)) {
            SpoorzoekerApp.opening = opening;
            SpoorzoekerApp.background = background;
            SpoorzoekerApp.stageReady = stage -> GuiStarter.stage = stage;
            if (FirstFrame.enabled()) {
                SpoorzoekerApp.onShown = FirstFrame::reportAndExit;
            }
            Application.launch(SpoorzoekerApp.class);
            background.close(); // let queued saves finish before the database closes
        } finally {
            opening.thenAccept(AppContext::close).exceptionally(e -> null);
            log().info("Stopped");
        }
        return Cli.EXIT_OK;
    }

    private static volatile javafx.stage.Stage stage;

    private static void bringToFront() {
        Platform.runLater(() -> {
            if (stage != null) {
                stage.setIconified(false);
                stage.toFront();
                stage.requestFocus();
            }
        });
    }
}
