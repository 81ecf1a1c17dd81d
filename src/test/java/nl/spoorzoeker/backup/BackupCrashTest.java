package nl.spoorzoeker.backup;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.spoorzoeker.app.werkplek.Demoset;
import nl.spoorzoeker.testsupport.KindProces;
import nl.spoorzoeker.store.Database;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * D5 of reliability.md: a child JVM makes backups in a loop and is killed with SIGKILL at random
 * moments. Afterwards every file that carries a backup name is complete and verifies; what the kill
 * left (temporary names, a plain copy in the private folder) is not a generation and is cleaned up
 * at the next thinning; no plain copy survives the cleanup. At least half the kills must be seen to
 * land mid-backup (a leftover that was not there before the child), or the test proves nothing. {@value #STANDAARD} kills in the test
 * run, {@code -Dspoorzoeker.d5.kills=200} for the full count. Prints its figures.
 */
@Tag("crash")
class BackupCrashTest {

    static final int STANDAARD = 8;

    @TempDir
    Path dir;

    @Test
    void aKillDuringABackupNeverLeavesABadGeneration() throws Exception {
        int kills = Integer.getInteger("spoorzoeker.d5.kills", STANDAARD);
        Path data = dir.resolve("data");
        Path backups = dir.resolve("backups");
        try (Database db = Database.open(data.resolve("spoorzoeker.db"))) {
            Demoset.load(db, CLOCK);
        }
        Path sleutels = dir.resolve("sleutels.bin");
        byte[] ring = BackupServiceTest.SLEUTELS.ring().bytes();
        byte[] inhoud = Arrays.copyOf(ring, ring.length + 32);
        System.arraycopy(BackupServiceTest.SLEUTELS.dataSleutel(), 0, inhoud, ring.length, 32);
        Files.write(sleutels, inhoud);
        Random random = new Random(5);
        int restanten = 0;
        int midden = 0;
        for (int i = 0; i < kills; i++) {
            // Taken before the child starts: a backup in progress at the kill has its files already.
            Set<Path> voor = restanten(data, backups);
            KindProces kind = KindProces.start(BackupLusMain.class, "BACKUP ", data.toString(), backups.toString(),
                    Long.toString(CLOCK.millis() + i * 3_600_000L), sleutels.toString());
            assertTrue(kind.wachtOpEerste(), "the child made a backup");
            Thread.sleep(random.nextInt(600));
            assertTrue(kind.leeft(), "the child is still making backups when it is killed");
            kind.dood();
            Set<Path> na = restanten(data, backups);
            restanten += na.size() - voor.size();
            // Each child names its files after its own hours and a finished backup removes its
            // temporary files, so a leftover that was not there before this child is this kill's:
            // it landed while a backup was being made.
            if (!voor.containsAll(na)) {
                midden++;
            }
        }
        int generaties;
        int goed = 0;
        try (Database db = Database.open(data.resolve("spoorzoeker.db"))) {
            BackupService service = new BackupService(db, data.resolve("tijdelijk"), Clock.offset(CLOCK,
                    Duration.ofDays(3650)));
            List<BackupService.Backup> alle = service.generaties(backups);
            generaties = alle.size();
            for (BackupService.Backup b : alle) {
                if (service.controleer(b.bestand(), r -> BackupServiceTest.SLEUTELS.dataSleutel().clone()).goed()) {
                    goed++;
                }
            }
            service.dunUit(backups, ZoneId.of("Europe/Amsterdam"));
            try (var s = Files.list(backups)) {
                assertEquals(0, s.filter(p -> p.getFileName().toString().startsWith(".szb-tmp-")).count(),
                        "leftovers are cleaned");
            }
            if (Files.isDirectory(data.resolve("tijdelijk"))) {
                try (var s = Files.list(data.resolve("tijdelijk"))) {
                    assertEquals(0, s.count(), "no plain copy survives the cleanup");
                }
            }
        }
        System.out.printf("D5 crash during backup: %d kills, %d of them mid-backup (a plain copy or a temporary file "
                + "left), %d generations all decrypted and verified, %d temporary leftovers seen and cleaned%n", kills,
                midden, generaties, restanten);
        assertEquals(generaties, goed);
        assertTrue(generaties >= kills);
        // The child does nothing but make backups, so nearly every kill should cut one off; a test
        // whose kills all landed between backups (or in a child that had stopped) would prove nothing.
        assertTrue(midden * 2 >= kills, midden + " of " + kills + " kills landed during a backup");
    }

    /** What a cut-off backup leaves: a plain copy in the private folder, an encrypted file under a temporary name. */
    private static Set<Path> restanten(Path data, Path backups) throws Exception {
        Set<Path> uit = new HashSet<>();
        for (Path map : List.of(data.resolve("tijdelijk"), backups)) {
            if (Files.isDirectory(map)) {
                try (var s = Files.list(map)) {
                    s.filter(p -> p.getFileName().toString().startsWith(".szb-tmp-")).forEach(uit::add);
                }
            }
        }
        return uit;
    }
}
