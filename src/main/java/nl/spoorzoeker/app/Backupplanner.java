package nl.spoorzoeker.app;

import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.spoorzoeker.backup.AutoBackup;
import nl.spoorzoeker.backup.AutoBackup.Aanleiding;
import nl.spoorzoeker.backup.BackupTaak;
import nl.spoorzoeker.crypto.Kluissessie;
import nl.spoorzoeker.ui.Langwerk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans the automatic backups of an open window: one at start when the newest is more than a day
 * old, one every half hour while there were changes, one when the app locks, and a last one at exit.
 * Each is a {@link BackupTaak}, the same operation as the coach's "Back-up nu", run on the long-work
 * executor (never the screens' queue) with its progress and outcome; this class's own thread only
 * keeps the time and the order (the safety copies and the unfinished retention passes before the
 * start-up backup; one automatic backup at a time), waiting for each task to end.
 * The last one runs on the exiting thread: by then the long-work executor has closed (it let a
 * running operation finish first) and the toolkit is gone.
 */
final class Backupplanner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Backupplanner.class);
    static final long PERIODE_MINUTEN = 30;

    private final AutoBackup backups;
    private final Langwerk langwerk;
    private final Runnable openstaand;
    private final ScheduledExecutorService planner = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "spoorzoeker-backup");
        t.setDaemon(true);
        return t;
    });

    /** @param openstaand runs the passes over the backups a retention deletion left unfinished (a kill, a lock) */
    Backupplanner(AutoBackup backups, Langwerk langwerk, Runnable openstaand) {
        this.backups = backups;
        this.langwerk = langwerk;
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
        BackupTaak taak = aanleiding == Aanleiding.VERGRENDELEN ? new BackupTaak(backups, aanleiding, sleutels)
                : new BackupTaak(backups, aanleiding);
        try {
            // Waited for here: the next planned step starts after it, and a restore's stop waits for it.
            // In the status line while it runs (progress, and a stop button: issue 20).
            langwerk.startOpAchtergrond(taak).get();
        } catch (ExecutionException e) {
            if (taak.annuleringGevraagd()) {
                // The coach stopped it in the status line: nothing was made, nothing failed.
                LOG.info("Automatic backup ({}) stopped by the coach", aanleiding);
                return;
            }
            meld(aanleiding, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            sleutels.ifPresent(Kluissessie.Sleutels::wis); // also when the task never ran
        }
    }

    /** The last backup, at exit: the same task, on this thread (the long-work executor is closed). */
    private void maakBijAfsluiten() {
        try {
            new BackupTaak(backups, Aanleiding.AFSLUITEN).voerUit(stand -> { });
        } catch (Exception e) {
            meld(Aanleiding.AFSLUITEN, e);
        }
    }

    private static void meld(Aanleiding aanleiding, Throwable fout) {
        if (fout instanceof RejectedExecutionException) {
            // The window is closing: the exit's backup follows on the exiting thread.
            LOG.info("Automatic backup ({}) not started: the long-work executor has closed", aanleiding);
        } else {
            // Scheduled runs report through the status line (AutoBackup sets it); this only logs.
            LOG.error("Automatic backup failed ({})", aanleiding, fout);
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
        maakBijAfsluiten();
    }
}
