package nl.spoorzoeker.backup;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import nl.spoorzoeker.crypto.Sleutelring;
import nl.spoorzoeker.taak.Taak;
import nl.spoorzoeker.tijdlijn.Tijdzone;

/**
 * A backup the coach asked for (Instellingen's "Back-up nu", {@code spoorzoeker backup}): the
 * verified, encrypted copy, then the generations the schema no longer keeps are thinned out.
 * The window goes through {@link AutoBackup} (which also keeps the status line and the second
 * location up to date); the command line, with no practice session, through {@link BackupService}
 * with the keys it asked for. Both are this class.
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
    private final BackupService service;
    private final Path map;
    private final Sleutelring ring;
    private final byte[] dataSleutel;

    /** In the window: the session's keys, the status line and the second location. */
    public BackupTaak(AutoBackup auto) {
        this.auto = auto;
        this.service = null;
        this.map = auto.map();
        this.ring = null;
        this.dataSleutel = null;
    }

    /** On the command line: the keys were asked for; the data key is wiped afterwards. */
    public BackupTaak(BackupService service, Path map, Sleutelring ring, byte[] dataSleutel) {
        this.auto = null;
        this.service = service;
        this.map = map;
        this.ring = ring;
        this.dataSleutel = dataSleutel;
    }

    @Override
    public String naamKey() {
        return "backup.nu";
    }

    public long uitgedund() {
        return uitgedund;
    }

    @Override
    protected Optional<BackupService.Backup> werk() throws Exception {
        fase("backup.fase.maken", 0.05);
        if (auto != null) {
            stopAlsGeannuleerd();
            // AutoBackup thins out and copies to the second location itself.
            return auto.maakAlsNodig(AutoBackup.Aanleiding.HANDMATIG, voortgang("backup.fase.maken", 0.05, 0.9));
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
