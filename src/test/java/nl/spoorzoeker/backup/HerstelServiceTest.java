package nl.spoorzoeker.backup;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.spoorzoeker.app.werkplek.Demoset;
import nl.spoorzoeker.crypto.OngeldigBestand;
import nl.spoorzoeker.crypto.VerkeerdeSleutel;
import nl.spoorzoeker.crypto.Versleuteling;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.input.Weigering;
import nl.spoorzoeker.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.spoorzoeker.dossier.TrajectStatus;

/** Restoring a backup: checked in full first, the current database kept aside, never deleted. */
class HerstelServiceTest {

    @TempDir
    Path dir;

    @Test
    void aVerifiedBackupReplacesTheDatabaseAndTheOldOneIsKeptAside() throws Exception {
        Path data = dir.resolve("data/spoorzoeker.db");
        BackupService.Backup backup;
        try (Database db = Database.open(data)) {
            Demoset.load(db, CLOCK);
            backup = new BackupService(db, dir.resolve("data/tijdelijk"), CLOCK).maak(dir.resolve("backups"),
                    BackupServiceTest.SLEUTELS.ring(), BackupServiceTest.SLEUTELS.dataSleutel());
            // After the backup the coach archives every dossier: the restore must bring them back.
            DossierService dossiers = new DossierService(db, CLOCK);
            dossiers.list().forEach(d -> dossiers.setStatus(d.trajectId(), TrajectStatus.GEARCHIVEERD));
        }
        byte[] voor = Files.readAllBytes(data);
        HerstelService.Herstel h = new HerstelService(CLOCK).herstel(backup.bestand(),
                ring -> ring.open("wachtwoord".toCharArray()), data);
        assertFalse(h.apartGezet().isEmpty());
        assertArrayEquals(voor, Files.readAllBytes(h.apartGezet().getFirst()), "the old database is kept, unchanged");
        try (Database db = Database.open(data)) {
            assertTrue(new DossierService(db, CLOCK).list().stream()
                    .anyMatch(d -> d.status() == TrajectStatus.ACTIEF),
                    "the backup's active dossiers are back");
        }
        try (var stream = Files.list(data.getParent())) {
            assertTrue(stream.noneMatch(p -> p.getFileName().toString().startsWith(".herstel-")), "no temp left");
        }
    }

    @Test
    void aWrongPassphraseATamperedOrForeignBackupReplacesNothing() throws Exception {
        Path data = dir.resolve("data/spoorzoeker.db");
        BackupService.Backup backup;
        try (Database db = Database.open(data)) {
            backup = new BackupService(db, dir.resolve("data/tijdelijk"), CLOCK).maak(dir.resolve("backups"),
                    BackupServiceTest.SLEUTELS.ring(), BackupServiceTest.SLEUTELS.dataSleutel());
        }
        byte[] voor = Files.readAllBytes(data);
        HerstelService herstel = new HerstelService(CLOCK);
        assertThrows(VerkeerdeSleutel.class, () -> herstel.herstel(backup.bestand(),
                ring -> ring.open("fout".toCharArray()), data));
        byte[] kapot = Files.readAllBytes(backup.bestand());
        kapot[kapot.length - 3] ^= 4;
        Path beschadigd = dir.resolve("beschadigd.szb");
        Files.write(beschadigd, kapot);
        assertThrows(OngeldigBestand.class, () -> herstel.herstel(beschadigd,
                ring -> BackupServiceTest.SLEUTELS.dataSleutel().clone(), data));

        // A well-encrypted file that holds something else than our database.
        Path vreemd = dir.resolve("vreemd.szb");
        try (OutputStream uit = Files.newOutputStream(vreemd)) {
            Versleuteling.versleutel(new ByteArrayInputStream("geen database".getBytes()), uit,
                    BackupServiceTest.SLEUTELS.ring(), BackupServiceTest.SLEUTELS.dataSleutel());
        }
        assertEquals("herstel.fout.nietOns", assertThrows(Weigering.class, () -> herstel.herstel(vreemd,
                ring -> BackupServiceTest.SLEUTELS.dataSleutel().clone(), data)).messageKey());
        assertArrayEquals(voor, Files.readAllBytes(data), "the live database is untouched");
        try (var stream = Files.list(data.getParent())) {
            assertEquals(List.of(), stream.filter(p -> p.getFileName().toString().contains("herstel")).toList());
        }
    }

    /**
     * Issue 23 item 6: a flipped bit in the Argon2 costs of a real backup once made a restore
     * allocate gigabytes before refusing. Each one is refused as damaged before the passphrase is
     * even tried (the unlock below would fail the test), and nothing is replaced.
     */
    @Test
    void aFlippedBitInTheKeyDerivationCostsIsRefusedBeforeAnyDerivation() throws Exception {
        Path data = dir.resolve("data/spoorzoeker.db");
        BackupService.Backup backup;
        try (Database db = Database.open(data)) {
            Demoset.load(db, CLOCK);
            backup = new BackupService(db, dir.resolve("data/tijdelijk"), CLOCK).maak(dir.resolve("backups"),
                    BackupServiceTest.SLEUTELS.ring(), BackupServiceTest.SLEUTELS.dataSleutel());
        }
        byte[] voor = Files.readAllBytes(data);
        byte[] echt = Files.readAllBytes(backup.bestand());
        Path beschadigd = dir.resolve("beschadigd.szb");
        HerstelService herstel = new HerstelService(CLOCK);
        int ringInBestand = 5;
        int kosten = ringInBestand + 5; // after "SZKR" and the ring's version: memory, passes, lanes
        for (int bit = 0; bit < 96; bit++) {
            byte[] kapot = echt.clone();
            kapot[kosten + bit / 8] ^= (byte) (1 << (bit % 8));
            Files.write(beschadigd, kapot);
            int b = bit;
            assertThrows(OngeldigBestand.class, () -> herstel.herstel(beschadigd, ring -> {
                throw new AssertionError("a key derivation was started for bit " + b);
            }, data), "bit " + bit);
        }
        assertArrayEquals(voor, Files.readAllBytes(data), "nothing was replaced");
    }
}
