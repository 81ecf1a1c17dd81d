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
import nl.spoorzoeker.app.werkplek.DemoTaak;
import nl.spoorzoeker.crypto.KdfParameters;
import nl.spoorzoeker.crypto.Kluissessie;
import nl.spoorzoeker.crypto.Sleutelkluis;
import nl.spoorzoeker.slot.Ontgrendeling;
import nl.spoorzoeker.slot.Pogingen;
import nl.spoorzoeker.tijdlijn.Tijdzone;

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
        return start(dir, demo, null);
    }

    /** @param bestand an archive or backup the desktop asked to open, or null */
    static int start(DataDirectory dir, boolean demo, java.nio.file.Path bestand) throws Exception {
        Optional<InstanceLock> lock = InstanceLock.tryAcquire(dir.root(), InstanceLock.Houder.VENSTER);
        if (lock.isEmpty()) {
            // Only a window can be brought forward; a command (a backup, an export) is just busy.
            if (InstanceLock.houder(dir.root()).orElse(InstanceLock.Houder.VENSTER) == InstanceLock.Houder.VENSTER) {
                FocusRequests.send(dir.root(), bestand);
                System.err.println(I18n.t("instance.alreadyRunning", dir.root()));
            } else {
                System.err.println(I18n.t("instance.opdrachtBezig", dir.root()));
            }
            return Cli.EXIT_LOCKED;
        }
        dir.ruimOpBijStart(); // under the lock, before any background work: nothing can be using it
        Clock clock = Tijdzone.klok();
        Kluissessie sessie = new Kluissessie();
        Pogingen pogingen = new Pogingen(dir.wachtwoordpogingen(), clock);
        java.util.concurrent.Callable<AppContext> openPractice = () -> {
            Logging.start();
            AppContext context = AppContext.open(dir, clock, sessie);
            if (demo && context.dossiers().isEmpty()) {
                new DemoTaak(context.database(), clock).voerUit(stand -> { });
            }
            return context;
        };
        try (InstanceLock held = lock.get();
             Background background = new Background();
             FocusRequests focus = FocusRequests.listen(dir.root(), GuiStarter::bringToFront)) {
            SpoorzoekerApp.openPractice = openPractice;
            SpoorzoekerApp.vensterstand = dir.root().resolve("venster.properties");
            SpoorzoekerApp.background = background;
            SpoorzoekerApp.stageReady = stage -> GuiStarter.stage = stage;
            SpoorzoekerApp.venster = (stage, scene) -> {
                Praktijkvenster v = new Praktijkvenster(stage, scene, dir, clock, sessie,
                        new Ontgrendeling(new Sleutelkluis(dir.sleutelring()), sessie,
                                KdfParameters.STANDAARD, pogingen), background);
                if (bestand != null) {
                    v.openBestand(bestand);
                }
                return v;
            };
            if (FirstFrame.enabled()) {
                SpoorzoekerApp.onShown = FirstFrame::reportAndExit;
            }
            Application.launch(SpoorzoekerApp.class);
            background.close(); // let queued saves finish before the database closes
            Praktijkvenster venster = SpoorzoekerApp.geopend;
            if (venster != null) {
                venster.sluit(); // the last backup, then the database closes; still under the instance lock
            }
        } finally {
            CompletableFuture<AppContext> opened = SpoorzoekerApp.opening;
            if (SpoorzoekerApp.geopend == null && opened != null) {
                closeWhenOpened(opened);
            }
            log().info("Stopped");
        }
        return Cli.EXIT_OK;
    }

    /** The window may close while the database is still opening: wait for it, then close it. */
    private static void closeWhenOpened(CompletableFuture<AppContext> opened) {
        try {
            opened.get(30, java.util.concurrent.TimeUnit.SECONDS).close();
        } catch (Exception e) {
            log().warn("The practice was not open at exit", e);
        }
    }

    private static volatile javafx.stage.Stage stage;

    private static void bringToFront(Optional<java.nio.file.Path> bestand) {
        Platform.runLater(() -> {
            if (stage != null) {
                stage.setIconified(false);
                stage.toFront();
                stage.requestFocus();
            }
            Praktijkvenster venster = SpoorzoekerApp.geopend;
            if (venster != null) {
                bestand.ifPresent(venster::openBestand);
            }
        });
    }
}
