package nl.spoorzoeker.backup;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import nl.spoorzoeker.crypto.Kluissessie;
import nl.spoorzoeker.crypto.Sleutelring;
import nl.spoorzoeker.taak.Geannuleerd;
import nl.spoorzoeker.taak.Taak;
import nl.spoorzoeker.taak.Voortgang;
import nl.spoorzoeker.tijdlijn.Tijdzone;

/**
 * Every backup: the verified, encrypted copy, then the generations the schema no longer keeps are
 * thinned out. In the window it goes through {@link AutoBackup}, which decides whether the occasion
 * calls for one and keeps the status line and the second location up to date — the coach's "Back-up
 * nu" and the automatic ones (at start, every half hour, at the lock, at exit) alike, all on the
 * long-work executor but the last one at exit; the command line, with no practice session, goes
 * through {@link BackupService} with the keys it asked for. All are this class.
 *
 * <p>Progress moves with the service's steps (the copy, the bytes encrypted, the check). Cancel is
 * honoured at each of them up to the last one before the generation's rename: the service then removes
 * its plain copy and its encrypted temporary file, so nothing is left behind. The copy itself (one
 * {@code VACUUM INTO} on a read-only connection of its own) is not interrupted: it is one step.
 */
public final class BackupTaak extends Taak<Optional<BackupService.Backup>> {

    /** What a finished backup also did: how many old generations were thinned out. */
    private volatile long uitgedund;

    private final AutoBackup auto;
    private final AutoBackup.Aanleiding aanleiding;
    /** A copy of the keys handed over by the lock (the backup wipes it), or null: the session's when the task runs. */
    private final Optional<Kluissessie.Sleutels> overgedragen;
    private final BackupService service;
    private final Path map;
    private final Sleutelring ring;
    private final byte[] dataSleutel;

    /** In the window, asked for by the coach: the session's keys, the status line and the second location. */
    public BackupTaak(AutoBackup auto) {
        this(auto, AutoBackup.Aanleiding.HANDMATIG);
    }

    /** In the window, for {@code aanleiding}: made only when it calls for one, with the session's keys when the task runs. */
    public BackupTaak(AutoBackup auto, AutoBackup.Aanleiding aanleiding) {
        this(auto, aanleiding, null);
    }

    /** The lock's backup: with the copy of the keys taken just before they were wiped (this backup wipes the copy). */
    public BackupTaak(AutoBackup auto, AutoBackup.Aanleiding aanleiding, Optional<Kluissessie.Sleutels> overgedragen) {
        this.auto = auto;
        this.aanleiding = aanleiding;
        this.overgedragen = overgedragen;
        this.service = null;
        this.map = auto.map();
        this.ring = null;
        this.dataSleutel = null;
    }

    /** On the command line: the keys were asked for; the data key is wiped afterwards. */
    public BackupTaak(BackupService service, Path map, Sleutelring ring, byte[] dataSleutel) {
        this.auto = null;
        this.aanleiding = AutoBackup.Aanleiding.HANDMATIG;
        this.overgedragen = null;
        this.service = service;
        this.map = map;
        this.ring = ring;
        this.dataSleutel = dataSleutel;
    }

    @Override
    public String naamKey() {
        return aanleiding == AutoBackup.Aanleiding.HANDMATIG ? "backup.nu" : "backup.automatisch";
    }

    public AutoBackup.Aanleiding aanleiding() {
        return aanleiding;
    }

    public long uitgedund() {
        return uitgedund;
    }

    @Override
    protected Optional<BackupService.Backup> werk() throws Exception {
        fase("backup.fase.maken", 0.05);
        if (auto != null) {
            try {
                stopAlsGeannuleerd();
            } catch (Geannuleerd g) {
                if (overgedragen != null) {
                    overgedragen.ifPresent(Kluissessie.Sleutels::wis);
                }
                throw g;
            }
            // AutoBackup thins out and copies to the second location itself.
            Voortgang voortgang = voortgang("backup.fase.maken", 0.05, 0.9);
            return overgedragen == null ? auto.maakAlsNodig(aanleiding, voortgang)
                    : auto.maakAlsNodig(aanleiding, overgedragen, voortgang);
        }
        try {
            stopAlsGeannuleerd();
            BackupService.Backup b = service.maak(map, ring, dataSleutel, voortgang("backup.fase.maken", 0.05, 0.9));
            fase("backup.fase.uitdunnen", 0.9);
            // Leftovers of interrupted runs are not backups and are not counted.
            uitgedund = service.dunUit(map, Tijdzone.PRAKTIJK).stream().filter(p -> !BackupService.isRestant(p)).count();
            return Optional.of(b);
        } finally {
            Arrays.fill(dataSleutel, (byte) 0);
        }
    }
}
