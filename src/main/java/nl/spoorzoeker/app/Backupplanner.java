package nl.spoorzoeker.app;

import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.spoorzoeker.backup.AutoBackup;
import nl.spoorzoeker.backup.AutoBackup.Aanleiding;
import nl.spoorzoeker.crypto.Kluissessie;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the automatic backups of an open window on their own thread (a backup never holds up the
 * screens' queue): one at start when the newest is more than a day old, one every half hour while
 * there were changes, one when the app locks, and a last one at exit.
 */
final class Backupplanner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Backupplanner.class);
    static final long PERIODE_MINUTEN = 30;

    private final AutoBackup backups;
    private final Runnable openstaand;
    private final ScheduledExecutorService planner = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "spoorzoeker-backup");
        t.setDaemon(true);
        return t;
    });

    Backupplanner(AutoBackup backups) {
        this(backups, () -> { });
    }

    /** @param openstaand runs the passes over the backups a retention deletion left unfinished (a kill, a lock) */
    Backupplanner(AutoBackup backups, Runnable openstaand) {
        this.backups = backups;
        this.openstaand = openstaand;
    }

    void start() {
        // The unlock brought the data key: the plaintext safety copies a restore, a migration or a
        // foreign -wal left are encrypted now, on this thread (never on the screens' queue).
        planner.execute(backups::versleutelBewaarkopieen);
        // A second location chosen before its marker existed gets no backups: the status line says so
        // from the unlock on, not only after the next backup (which may be a day away).
        planner.execute(backups::kijkNaarTweedeLocatie);
        // A retention deletion whose pass over the backups was stopped: finished before the start-up backup.
        planner.execute(() -> {
            try {
                openstaand.run();
            } catch (RuntimeException e) {
                LOG.warn("The unfinished passes over the backups could not be run; the next unlock tries again: {}", e.toString());
            }
        });
        planner.execute(() -> maak(Aanleiding.START, Optional.empty()));
        planner.scheduleWithFixedDelay(() -> maak(Aanleiding.PERIODIEK, Optional.empty()),
                PERIODE_MINUTEN, PERIODE_MINUTEN, TimeUnit.MINUTES);
    }

    /** Just before the lock wipes the keys: a copy of them goes with the task. */
    void bijVergrendelen(Optional<Kluissessie.Sleutels> sleutels) {
        planner.execute(() -> maak(Aanleiding.VERGRENDELEN, sleutels));
    }

    private void maak(Aanleiding aanleiding, Optional<Kluissessie.Sleutels> sleutels) {
        try {
            if (sleutels.isPresent()) {
                backups.maakAlsNodig(aanleiding, sleutels);
            } else {
                backups.maakAlsNodig(aanleiding);
            }
        } catch (RuntimeException e) {
            // Scheduled runs report through the status line; this only guards the thread.
            LOG.error("Automatic backup failed ({})", aanleiding, e);
        }
    }

    /** Before a restore: the backup of the current state was just made; stop without another. */
    void stopZonderBackup() {
        planner.shutdown();
        try {
            planner.awaitTermination(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits for a running backup, then makes the last one if something changed. */
    @Override
    public void close() {
        planner.shutdown();
        try {
            if (!planner.awaitTermination(60, TimeUnit.SECONDS)) {
                LOG.warn("A backup was still running at exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        maak(Aanleiding.AFSLUITEN, Optional.empty());
    }
}
