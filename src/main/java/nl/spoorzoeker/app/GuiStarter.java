package nl.spoorzoeker.app;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;
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

    /** What a benchmark harness watches of a start (the shipped app watches nothing). */
    interface Waarnemer {
        Waarnemer GEEN = new Waarnemer() { };

        /** The window is shown (its first frame still to come). */
        default void getoond(Stage stage) {
        }

        /** The database open has begun. */
        default void opent(CompletableFuture<AppContext> opening) {
        }

        /** The door and the practice behind it are made. */
        default void geopend(Praktijkvenster venster) {
        }
    }

    static int start(DataDirectory dir, boolean demo) throws Exception {
        return start(dir, demo, null);
    }

    /** @param bestand an archive or backup the desktop asked to open, or null */
    static int start(DataDirectory dir, boolean demo, java.nio.file.Path bestand) throws Exception {
        return start(dir, demo, bestand, Waarnemer.GEEN);
    }

    /** As {@link #start(DataDirectory, boolean, java.nio.file.Path)}, with {@code waarnemer} told as the start goes. */
    static int start(DataDirectory dir, boolean demo, java.nio.file.Path bestand, Waarnemer waarnemer)
            throws Exception {
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
        // What the window reports back; read here after it closed, and by a desktop's "open this file".
        AtomicReference<Stage> getoond = new AtomicReference<>();
        AtomicReference<CompletableFuture<AppContext>> opening = new AtomicReference<>();
        AtomicReference<Praktijkvenster> geopend = new AtomicReference<>();
        try (InstanceLock held = lock.get();
             Background background = new Background();
             FocusRequests focus = FocusRequests.listen(dir.root(), b -> bringToFront(getoond, geopend, b))) {
            SpoorzoekerApp.launch(new SpoorzoekerApp.Opstart(openPractice, background,
                    dir.root().resolve("venster.properties"),
                    (stage, scene) -> {
                        Praktijkvenster v = new Praktijkvenster(stage, scene, dir, clock, sessie,
                                new Ontgrendeling(new Sleutelkluis(dir.sleutelring()), sessie,
                                        KdfParameters.STANDAARD, pogingen), background);
                        if (bestand != null) {
                            v.openBestand(bestand);
                        }
                        return v;
                    },
                    stage -> {
                        getoond.set(stage);
                        if (FirstFrame.enabled()) {
                            FirstFrame.reportAndExit();
                        }
                        waarnemer.getoond(stage);
                    },
                    o -> {
                        opening.set(o);
                        waarnemer.opent(o);
                    },
                    v -> {
                        geopend.set(v);
                        waarnemer.geopend(v);
                    }));
            background.close(); // let queued saves finish before the database closes
            Praktijkvenster venster = geopend.get();
            if (venster != null) {
                venster.sluit(); // the last backup, then the database closes; still under the instance lock
            }
        } finally {
            CompletableFuture<AppContext> opened = opening.get();
            if (geopend.get() == null && opened != null) {
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

    private static void bringToFront(AtomicReference<Stage> getoond, AtomicReference<Praktijkvenster> geopend,
                                     Optional<java.nio.file.Path> bestand) {
        Platform.runLater(() -> {
            Stage stage = getoond.get();
            if (stage != null) {
                stage.setIconified(false);
                stage.toFront();
                stage.requestFocus();
            }
            Praktijkvenster venster = geopend.get();
            if (venster != null) {
                bestand.ifPresent(venster::openBestand);
            }
        });
    }
}
