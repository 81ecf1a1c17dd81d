package nl.spoorzoeker.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import nl.spoorzoeker.backup.AutoBackup;
import nl.spoorzoeker.backup.BackupTaak;
import nl.spoorzoeker.backup.HerstelTaak;
import nl.spoorzoeker.crypto.Kluissessie;
import nl.spoorzoeker.slot.Beveiligingsinstellingen;
import nl.spoorzoeker.slot.Ontgrendeling;
import nl.spoorzoeker.slot.ui.AppSlot;
import nl.spoorzoeker.slot.ui.Deur;
import nl.spoorzoeker.store.DatabaseOpenException;
import nl.spoorzoeker.ui.Background;
import nl.spoorzoeker.ui.Taakvenster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import nl.spoorzoeker.input.Weigering;
import nl.spoorzoeker.slot.Schijfversleuteling;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.ui.ErrorReporter;
import nl.spoorzoeker.ui.FxMeldingen;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.Meldingen;

/**
 * The window's life with one practice: the door (passphrase) first, while the database opens
 * behind it; then the screens, the automatic backups and the lock; a restore swaps the practice
 * underneath; a database that will not open gets the recovery screen instead of the screens.
 */
final class Praktijkvenster {

    private static final Logger LOG = LoggerFactory.getLogger(Praktijkvenster.class);

    private final Stage stage;
    private final Scene scene;
    private final DataDirectory dir;
    private final Clock clock;
    private final Kluissessie sessie;
    private final Ontgrendeling ontgrendeling;
    private final Background background;
    private final AtomicInteger slotMinuten = new AtomicInteger(Beveiligingsinstellingen.STANDAARD_MINUTEN);
    private final AppSlot slot;
    private volatile CompletableFuture<AppContext> opening;
    private volatile AppContext context;
    private volatile Backupplanner planner;

    Praktijkvenster(Stage stage, Scene scene, DataDirectory dir, Clock clock, Kluissessie sessie,
                    Ontgrendeling ontgrendeling, Background background) {
        this.stage = stage;
        this.scene = scene;
        this.dir = dir;
        this.clock = clock;
        this.sessie = sessie;
        this.ontgrendeling = ontgrendeling;
        this.background = background;
        this.slot = new AppSlot(stage, ontgrendeling, background, Clock.systemUTC(), slotMinuten::get, () -> {
            Backupplanner p = planner;
            if (p != null) {
                p.bijVergrendelen(sessie.sleutels());
            }
        });
    }

    /** The door now; the practice once it is unlocked and the database is open. */
    void start(CompletableFuture<AppContext> opening) {
        this.opening = opening;
        // While the coach types: what needs no client data. The disk-encryption state is asked of the
        // operating system (PowerShell on Windows takes about a second), and the first reads' code
        // is warmed on an empty database in memory (Opwarmen); the practice is read only after unlocking.
        CompletableFuture<Schijfversleuteling.Stand> stand = new CompletableFuture<>();
        Thread schijf = new Thread(() -> {
            try {
                stand.complete(schijfcontrole.apply(dir.root()));
            } catch (RuntimeException e) {
                stand.completeExceptionally(e); // the unlock then goes on without the warning, as before
            }
        }, "spoorzoeker-schijf");
        schijf.setDaemon(true);
        schijf.start();
        schijfstand = stand;
        Opwarmen.start(clock);
        Deur deur = new Deur(ontgrendeling, background, () -> opening.whenComplete((c, fout) -> Platform.runLater(() -> {
            if (fout != null) {
                probleem(fout instanceof java.util.concurrent.CompletionException ? fout.getCause() : fout);
            } else {
                // Before any client data shows: the disk-encryption warning, then the practice. The
                // window is built meanwhile (nothing of it shows yet), and building it starts the start
                // screen's read, queued behind the warning's own (issue 21 item 10).
                MainWindow[] gebouwd = new MainWindow[1];
                waarschuwZonderSchijfversleuteling(c, () -> {
                    toon(c, gebouwd[0]).askPracticeDetailsIfMissing();
                    meldTweedeLocatieVanVoorHetMerk(c); // over the practice: it reads the settings first
                });
                gebouwd[0] = new MainWindow(stage, c, background); // before the line above calls back: same thread
            }
        })));
        scene.setRoot((javafx.scene.Parent) deur.node());
        deur.toon();
    }

    /** A file opened from the desktop before the practice was showing; opened once it is. */
    private Path teOpenen;
    private MainWindow venster;

    /**
     * An archive or backup the desktop handed over (at start, or to the running window): offered
     * for import or restore as soon as the practice shows; behind the door it waits. While locked,
     * the question opens hidden like every window, and shows once the coach unlocked.
     */
    void openBestand(Path bestand) {
        MainWindow w = venster;
        if (w == null) {
            teOpenen = bestand;
        } else {
            w.openBestand(bestand);
        }
    }

    private MainWindow toon(AppContext c) {
        return toon(c, new MainWindow(stage, c, background));
    }

    private MainWindow toon(AppContext c, MainWindow window) {
        context = c;
        planner = new Backupplanner(c.autoBackup(), background.langwerk(), c.bewaartermijnen()::voltooiOpenstaande);
        venster = window;
        window.bijHerbouw(nieuw -> venster = nieuw);
        window.beveiliging(new MainWindow.Beveiliging(ontgrendeling, slot::vergrendel, slotMinuten::set, this::herstel));
        // The automatic backups start once the start screen shows: their first steps (encrypting the
        // safety copies an update left, the start-up backup) competed for the two cores with the start
        // screen's reads and first frame (issue 21 item 10). Should that screen never fill (a failed
        // read), they start all the same a little later.
        Backupplanner p = planner;
        java.util.concurrent.atomic.AtomicBoolean gestart = new java.util.concurrent.atomic.AtomicBoolean();
        Runnable startBackups = () -> {
            if (planner == p && gestart.compareAndSet(false, true)) {
                try {
                    p.start();
                } catch (java.util.concurrent.RejectedExecutionException gesloten) {
                    LOG.debug("The window closed before the automatic backups started");
                }
            }
        };
        window.attachTo(scene, () -> { // a moment after, so that the first frame is drawn first
            javafx.animation.PauseTransition zo = new javafx.animation.PauseTransition(javafx.util.Duration.millis(500));
            zo.setOnFinished(e -> startBackups.run());
            zo.play();
        });
        javafx.animation.PauseTransition uiterlijk = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(10));
        uiterlijk.setOnFinished(e -> startBackups.run());
        uiterlijk.play();
        background.run(c.beveiliging()::vergrendelNaMinuten, slotMinuten::set);
        if (!slotGestart) {
            slot.start();
            slotGestart = true;
        }
        Path bestand = teOpenen;
        if (bestand != null) {
            teOpenen = null;
            // After the welcome question (if any) has had its turn on the FX queue.
            Platform.runLater(() -> window.openBestand(bestand));
        }
        return window;
    }

    private boolean slotGestart;
    /** The disk-encryption state, asked as the door shows; null: not asked yet (asked when needed). */
    private volatile CompletableFuture<Schijfversleuteling.Stand> schijfstand;
    /** The disk-encryption check; a test puts in the answer it needs. */
    java.util.function.Function<java.nio.file.Path, Schijfversleuteling.Stand> schijfcontrole =
            Schijfversleuteling::controleer;

    /** Once per state: the health data on this laptop is only as safe as its disk encryption (S10). */
    private void waarschuwZonderSchijfversleuteling(AppContext c, Runnable daarna) {
        background.run(() -> {
            CompletableFuture<Schijfversleuteling.Stand> gevraagd = schijfstand;
            Schijfversleuteling.Stand stand = gevraagd != null ? gevraagd.join() : schijfcontrole.apply(dir.root());
            return c.beveiliging().waarschuwVoor(stand) ? Optional.of(stand) : Optional.<Schijfversleuteling.Stand>empty();
        }, stand -> {
            if (stand.isEmpty()) {
                daarna.run();
                return;
            }
            Schijfversleuteling.Stand s = stand.get();
            // Blocking until confirmed, as reliability.md S10 asks; then not again for the same state.
            bevestig(I18n.t("schijf." + s.name(), dir.root()), I18n.t("schijf.titel"), "schijf-waarschuwing");
            background.run(() -> {
                c.beveiliging().zetSchijfversleutelingGezien(s);
                return null;
            }, x -> { });
            daarna.run();
        }, fout -> {
            LOG.warn("The disk-encryption check failed", fout);
            daarna.run();
        });
    }

    /**
     * Once per location, after the update that brought the second location's marker: a location chosen
     * before it has none, so backups no longer go there (the status line keeps saying so); this tells
     * the coach plainly what to do. Recorded as told when it has been shown. Shown over the practice
     * (the settings are read on the background thread first), so the window opens as before.
     */
    private void meldTweedeLocatieVanVoorHetMerk(AppContext c) {
        background.run(() -> c.beveiliging().tweedeLocatieTeMelden(), locatie -> {
            if (locatie.isEmpty()) {
                return;
            }
            bevestig(I18n.t("backup.tweede.merkUitleg", locatie.get()), I18n.t("backup.tweede.merkTitel"),
                    "tweede-locatie-melding");
            background.run(() -> {
                c.beveiliging().zetTweedeLocatieGemeld(locatie.get());
                return null;
            }, x -> { });
        }, fout -> LOG.warn("Could not read the second backup location's state", fout));
    }

    /** A warning before the practice shows, blocking until the coach confirms it ("Begrepen"). */
    private void bevestig(String tekst, String titel, String id) {
        javafx.scene.control.ButtonType begrepen = new javafx.scene.control.ButtonType(
                I18n.t("schijf.begrepen"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        new FxMeldingen(() -> stage).vraag(Meldingen.Melding.van(javafx.scene.control.Alert.AlertType.WARNING, tekst,
                begrepen).metTitel(titel).metKop(titel).metId(id));
    }

    private void probleem(Throwable fout) {
        LOG.error("Could not open the practice", fout);
        if (fout instanceof DatabaseOpenException e && Databaseprobleemscherm.herstelbaar(e.reason())) {
            Databaseprobleemscherm scherm = new Databaseprobleemscherm(e, dir, sessie, background, clock, this::heropend);
            scene.setRoot(scherm.node());
            return;
        }
        SpoorzoekerApp.refuse(stage, fout);
    }

    /** After the recovery screen put a backup (or an empty practice) in place. */
    private void heropend(AppContext c) {
        toon(c).askPracticeDetailsIfMissing();
    }

    /**
     * Restores a backup chosen in Instellingen ({@link HerstelTaak}, the one restore): first a
     * backup of the current state and a full check of the file while the practice is open, then
     * the practice closes (after the queued saves), the file is put in place (the current database
     * kept aside), and the practice reopens — on the restored data, or on the old data when the
     * restore failed or was cancelled. A refusal before anything closed goes back to {@code mislukt}.
     */
    private void herstel(Path bestand, java.util.function.Consumer<Throwable> mislukt) {
        AppContext oud = context;
        Backupplanner oudePlanner = planner;
        Kluissessie.Sleutels sleutels = sessie.sleutels().orElse(null);
        if (sleutels == null) {
            mislukt.accept(new Weigering("backup.fout.vergrendeld"));
            return;
        }
        HerstelTaak<AppContext> taak = new HerstelTaak<>(bestand, sleutels::voor, dir.database(),
                clock, new HerstelTaak.Praktijk<AppContext>() {
                    @Override
                    public void sluit() throws Exception {
                        // On the database queue, behind the saves already queued; the planner first.
                        java.util.concurrent.CompletableFuture<Void> dicht = new java.util.concurrent.CompletableFuture<>();
                        background.run(() -> {
                            try {
                                oudePlanner.stopZonderBackup();
                                oud.close();
                                dicht.complete(null);
                            } catch (RuntimeException e) {
                                dicht.completeExceptionally(e);
                            }
                            return null;
                        }, x -> { }, dicht::completeExceptionally);
                        try {
                            dicht.get();
                        } catch (java.util.concurrent.ExecutionException e) {
                            throw e.getCause() instanceof Exception oorzaak ? oorzaak : e;
                        }
                    }

                    @Override
                    public AppContext open() throws Exception {
                        return AppContext.open(dir, clock, sessie);
                    }

                    @Override
                    public Database database(AppContext c) {
                        return c.database();
                    }
                }, "back-up teruggezet; vorige database bewaard")
                .metBackupVooraf(() -> new BackupTaak(oud.autoBackup(), AutoBackup.Aanleiding.VOOR_HERSTEL).voerUit(stand -> { }))
                .metControleVooraf(() -> {
                    var uitslag = oud.backupService().controleer(bestand, ring -> sleutels.dataSleutel().clone());
                    if (!uitslag.goed()) {
                        throw new Weigering(uitslag.weigeringKey());
                    }
                })
                .heropenNaFout();
        Taakvenster.toon(stage, background.langwerk(), taak,
                I18n.t("backup.terugzetten.bezig", bestand.getFileName()), uitkomst -> {
                    sleutels.wis();
                    MainWindow window = toon(uitkomst.praktijk());
                    if (uitkomst.gelukt()) {
                        window.status(I18n.t("backup.teruggezet", bestand.getFileName()));
                    } else {
                        LOG.warn("Restore did not complete; the practice reopened on its old data", uitkomst.fout());
                        window.status(ErrorReporter.text(uitkomst.fout()));
                    }
                }, fout -> {
                    sleutels.wis();
                    LOG.warn("Restore refused before the practice closed", fout);
                    mislukt.accept(fout);
                });
    }

    /** At exit: the last backup (if something changed), then the database closes. */
    void sluit() {
        slot.sluit();
        AppContext c = context;
        if (c != null) {
            Backupplanner p = planner;
            if (p != null) {
                p.close();
            }
            c.close();
            return;
        }
        CompletableFuture<AppContext> o = opening;
        if (o != null) {
            try {
                o.get(30, java.util.concurrent.TimeUnit.SECONDS).close();
            } catch (Exception e) {
                LOG.warn("The practice was not open at exit", e);
            }
        }
    }

    void vergrendel() {
        slot.vergrendel();
    }

    Optional<AppContext> context() {
        return Optional.ofNullable(context);
    }
}
