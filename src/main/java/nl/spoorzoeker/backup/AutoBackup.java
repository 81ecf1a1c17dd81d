package nl.spoorzoeker.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import nl.spoorzoeker.crypto.Kluissessie;
import nl.spoorzoeker.input.Weigering;
import nl.spoorzoeker.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import nl.spoorzoeker.store.StoreFailure;
import nl.spoorzoeker.tijdlijn.Tijdzone;
import nl.spoorzoeker.taak.Voortgang;

/**
 * Decides when a backup is due and keeps the outcome for the status line. Backups are made at
 * start when the newest is more than a day old, every period while there were changes, when the
 * app locks or closes after changes, and always before a restore or import. A backup needs the
 * unlocked keys: in a locked app it waits. Failures never escape a scheduled run: they are logged
 * and shown in the status (red) until a later backup succeeds.
 */
public final class AutoBackup {

    private static final Logger LOG = LoggerFactory.getLogger(AutoBackup.class);
    static final Duration START_NA = Duration.ofDays(1);

    public enum Aanleiding { START, PERIODIEK, VERGRENDELEN, AFSLUITEN, HANDMATIG, VOOR_HERSTEL, VOOR_IMPORT }

    /** A failed attempt: the message key and its arguments, for the status line. */
    public record Mislukt(Instant wanneer, String berichtKey, List<Object> args) {
    }

    /** What the status line shows. */
    public record Status(Optional<Instant> laatsteGoed, Optional<Mislukt> mislukt, Optional<Mislukt> tweedeLocatie) {
    }

    private final BackupService service;
    private final Kluissessie sessie;
    private final Database db;
    private final Path map;
    private final Supplier<Optional<Path>> tweede;
    private final Clock clock;
    private final List<Consumer<Status>> volgers = new CopyOnWriteArrayList<>();
    private volatile Status status = new Status(Optional.empty(), Optional.empty(), Optional.empty());
    /** The second location if it was chosen before its marker existed (and so gets no backups); see {@link #vanVoorHetMerk}. */
    private volatile Supplier<Optional<Path>> vanVoorHetMerk = Optional::empty;
    /** The database's write count when the last backup began; -1 before the first. */
    private long schrijvenBijLaatste = -1;

    public AutoBackup(BackupService service, Kluissessie sessie, Database db, Path map,
                      Supplier<Optional<Path>> tweede, Clock clock) {
        this.service = service;
        this.sessie = sessie;
        this.db = db;
        this.map = map;
        this.tweede = tweede;
        this.clock = clock;
        try {
            service.generaties(map).stream().findFirst()
                    .ifPresent(b -> status = new Status(Optional.of(b.gemaakt()), Optional.empty(), Optional.empty()));
        } catch (IOException e) {
            LOG.warn("Could not list the backups at start", e);
        }
    }

    public Status status() {
        return status;
    }

    /** Called (on the backup thread) after every attempt, until the returned stop is run. */
    public Runnable volg(Consumer<Status> volger) {
        volgers.add(volger);
        return () -> volgers.remove(volger);
    }

    public Path map() {
        return map;
    }

    /** The status line's sentence for a second location chosen before the marker existed: choose it again. */
    public static final String OPNIEUW_KIEZEN = "backup.tweede.opnieuwKiezen";

    /**
     * Where to learn that the second location was chosen before its marker existed (issue 23 item 3):
     * such a location gets no backups, and the status line says so, with the way out, for as long as
     * it lasts — not the empty-mount-point sentence, which would send the coach looking for a stick
     * that is plugged in.
     */
    public void vanVoorHetMerk(Supplier<Optional<Path>> bron) {
        this.vanVoorHetMerk = bron;
    }

    /**
     * Puts the second location's state in the status line without a backup (at unlock, before the
     * start-up backup, which may not be due for a day): "choose it again" while it was chosen
     * before its marker existed, and that sentence gone once it was chosen again.
     */
    public synchronized void kijkNaarTweedeLocatie() {
        Optional<Mislukt> opnieuw = opnieuwKiezen();
        if (opnieuw.isPresent()) {
            zet(new Status(status.laatsteGoed(), status.mislukt(), opnieuw));
        } else if (status.tweedeLocatie().filter(m -> m.berichtKey().equals(OPNIEUW_KIEZEN)).isPresent()) {
            zet(new Status(status.laatsteGoed(), status.mislukt(), Optional.empty()));
        }
    }

    private Optional<Mislukt> opnieuwKiezen() {
        try {
            return vanVoorHetMerk.get().map(p -> new Mislukt(clock.instant(), OPNIEUW_KIEZEN, List.of(p.toString())));
        } catch (RuntimeException e) {
            LOG.warn("Could not read whether the second location was chosen before its marker", e);
            return Optional.empty();
        }
    }

    /**
     * A backup when the occasion calls for one. Scheduled occasions never throw; a backup the coach
     * asked for (or one that must precede a restore or import) throws a Dutch refusal instead.
     */
    public Optional<BackupService.Backup> maakAlsNodig(Aanleiding aanleiding) {
        return maakAlsNodig(aanleiding, sessie.sleutels());
    }

    /** As {@link #maakAlsNodig(Aanleiding)}, telling {@code voortgang} how far the backup is (and where it may stop). */
    public Optional<BackupService.Backup> maakAlsNodig(Aanleiding aanleiding, Voortgang voortgang) {
        return maakAlsNodig(aanleiding, sessie.sleutels(), voortgang);
    }

    /**
     * As {@link #maakAlsNodig(Aanleiding)} with keys taken earlier: the lock hands over a copy just
     * before it wipes the session's, so the backup of the last changes can still run after it.
     * The copy is wiped here.
     */
    public Optional<BackupService.Backup> maakAlsNodig(Aanleiding aanleiding, Optional<Kluissessie.Sleutels> sleutels) {
        return maakAlsNodig(aanleiding, sleutels, Voortgang.GEEN);
    }

    /** With keys taken earlier and {@code voortgang}: the lock's backup as a {@link BackupTaak}. */
    synchronized Optional<BackupService.Backup> maakAlsNodig(Aanleiding aanleiding,
                                                             Optional<Kluissessie.Sleutels> sleutels,
                                                             Voortgang voortgang) {
        boolean verplicht = aanleiding == Aanleiding.HANDMATIG || aanleiding == Aanleiding.VOOR_HERSTEL
                || aanleiding == Aanleiding.VOOR_IMPORT;
        if (!verplicht && !nodig(aanleiding)) {
            sleutels.ifPresent(Kluissessie.Sleutels::wis);
            return Optional.empty();
        }
        if (sleutels.isEmpty()) {
            if (verplicht) {
                throw new Weigering("backup.fout.vergrendeld");
            }
            return Optional.empty();
        }
        long schrijven = db.writeCount();
        try {
            BackupService.Backup b = service.maak(map, sleutels.get().ring(), sleutels.get().dataSleutel(), voortgang);
            // The backup writes one audit row itself; that is not a change that needs the next backup.
            schrijvenBijLaatste = schrijven + 1;
            Optional<Mislukt> tweedeProbleem = naarTweedeLocatie(b);
            service.dunUit(map, Tijdzone.PRAKTIJK);
            zet(new Status(Optional.of(b.gemaakt()), Optional.empty(), tweedeProbleem));
            LOG.info("Backup made ({}): {} KB", aanleiding, b.grootte() / 1024);
            return Optional.of(b);
        } catch (Voortgang.Afgebroken a) {
            // The coach cancelled before the rename: nothing was made, nothing failed; the status stays.
            LOG.info("Backup cancelled ({})", aanleiding);
            throw a;
        } catch (Exception e) {
            LOG.error("Backup failed ({})", aanleiding, e);
            Mislukt m = e instanceof Weigering w ? new Mislukt(clock.instant(), w.messageKey(), List.of(w.args()))
                    : StoreFailure.of(e) == StoreFailure.DISK_FULL
                    ? new Mislukt(clock.instant(), "backup.fout.schijfVol", List.of(map.toString()))
                    : new Mislukt(clock.instant(), "backup.fout.algemeen", List.of(String.valueOf(e.getMessage())));
            zet(new Status(status.laatsteGoed(), Optional.of(m), status.tweedeLocatie()));
            if (verplicht) {
                throw e instanceof Weigering w ? w : new Weigering(m.berichtKey(), m.args().toArray());
            }
            return Optional.empty();
        } finally {
            sleutels.get().wis();
        }
    }

    /**
     * With the keys of this session: encrypts the plaintext safety copies beside the database and
     * removes those past their lifetime ({@link Bewaarkopieen}). A failure is logged and tried again
     * at the next unlock; it never stops the caller. Does nothing while locked.
     */
    public Optional<Bewaarkopieen.Uitslag> versleutelBewaarkopieen() {
        Optional<Kluissessie.Sleutels> sleutels = sessie.sleutels();
        if (sleutels.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Bewaarkopieen.bijOntgrendelen(db.file(), service.tijdelijk(), sleutels.get().ring(),
                    sleutels.get().dataSleutel(), clock));
        } catch (IOException | RuntimeException e) {
            LOG.warn("The safety copies could not all be encrypted; the next unlock tries again: {}", e.toString());
            return Optional.empty();
        } finally {
            sleutels.get().wis();
        }
    }

    private boolean nodig(Aanleiding aanleiding) {
        if (aanleiding == Aanleiding.START) {
            Optional<Instant> laatste = status.laatsteGoed();
            return laatste.isEmpty() || Duration.between(laatste.get(), clock.instant()).compareTo(START_NA) > 0;
        }
        // Periodic, lock and exit: only when something was written since the last backup began.
        return db.writeCount() != Math.max(schrijvenBijLaatste, 0) || status.laatsteGoed().isEmpty();
    }

    private Optional<Mislukt> naarTweedeLocatie(BackupService.Backup b) {
        Optional<Path> doel = tweede.get();
        if (doel.isEmpty()) {
            return Optional.empty();
        }
        Optional<Mislukt> opnieuw = opnieuwKiezen();
        if (opnieuw.isPresent()) {
            return opnieuw; // no marker there, so kopieerNaar would write nothing either
        }
        try {
            service.kopieerNaar(b, doel.get());
            service.dunUit(doel.get(), Tijdzone.PRAKTIJK);
            return Optional.empty();
        } catch (Weigering w) {
            LOG.warn("Second backup location not written: {}", w.messageKey());
            return Optional.of(new Mislukt(clock.instant(), w.messageKey(), List.of(w.args())));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Second backup location not written", e);
            boolean vol = StoreFailure.of(e) == StoreFailure.DISK_FULL;
            return Optional.of(new Mislukt(clock.instant(), vol ? "backup.tweede.vol" : "backup.tweede.fout",
                    List.of(doel.get().toString())));
        }
    }

    private void zet(Status nieuw) {
        status = nieuw;
        for (Consumer<Status> volger : volgers) {
            try {
                volger.accept(nieuw);
            } catch (RuntimeException e) {
                LOG.error("A backup status listener failed", e);
            }
        }
    }
}
