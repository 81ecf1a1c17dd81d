package nl.spoorzoeker.backup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.spoorzoeker.app.werkplek.Demoset;
import nl.spoorzoeker.crypto.Kluissessie;
import nl.spoorzoeker.input.Weigering;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.store.StoreFailure;
import nl.spoorzoeker.testsupport.TestDossiers;
import nl.spoorzoeker.testsupport.Tmpfs;
import nl.spoorzoeker.ui.ErrorReporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.spoorzoeker.store.Tweedelocatie;

/**
 * D8: a full disk, on a small tmpfs (skipped, and said so, where this machine cannot mount one).
 * Writing until the disk is full gives the coach's "disk full" message, loses nothing committed,
 * and works again once there is room; a backup into a full folder never replaces or leaves a
 * partial file, and the older generation there stays byte for byte.
 */
class SchijfVolTest {

    @TempDir
    Path dir;

    static final String TEKST = "Gesprek over de zoekrichting, afspraken en vervolg. ".repeat(1000);

    @Test
    void writingUntilTheDiskIsFullLosesNothingAndWorksAgainAfterwards() throws Exception {
        Optional<Tmpfs> klein = Tmpfs.mount(dir.resolve("klein"), "20m");
        assumeTrue(klein.isPresent(), "D8 skipped: this machine cannot mount a tmpfs");
        try (Tmpfs fs = klein.get()) {
            Path dbFile = fs.map().resolve("spoorzoeker.db");
            Path vulling = fs.map().resolve("vulling");
            int bevestigd = 0;
            Exception fout = null;
            try (Database db = Database.open(dbFile)) {
                Demoset.load(db, TestDossiers.CLOCK);
                Files.write(vulling, new byte[12 * 1024 * 1024]);
                for (int i = 0; i < 10_000; i++) {
                    final int n = i;
                    try {
                        db.write(cfg -> cfg.dsl().execute("insert into instelling (sleutel, waarde) values (?, ?)",
                                "d8_" + n, TEKST + n));
                        bevestigd++;
                    } catch (RuntimeException e) {
                        fout = e;
                        break;
                    }
                }
                assertNotNull(fout, "the disk never filled up");
                assertEquals(StoreFailure.DISK_FULL, StoreFailure.of(fout));
                assertEquals("error.diskFull", ErrorReporter.messageKeyFor(fout));
                assertEquals(bevestigd, tel(db), "every acknowledged write is still there, readable");
                Files.delete(vulling);
                db.write(cfg -> cfg.dsl().execute("insert into instelling (sleutel, waarde) values ('d8_na', 'weer ruimte')"));
            }
            try (Database db = Database.open(dbFile)) {
                assertEquals("ok", db.pragma("integrity_check"));
                assertEquals(bevestigd + 1, tel(db));
            }
            System.out.printf("D8 disk full: %d writes acknowledged before SQLITE_FULL, 0 lost, message error.diskFull, "
                    + "a write after freeing space succeeded, integrity ok after reopening%n", bevestigd);
        }
    }

    @Test
    void aBackupIntoAFullFolderLeavesTheOlderGenerationUntouched() throws Exception {
        Optional<Tmpfs> usb = Tmpfs.mount(dir.resolve("usb"), "1m");
        assumeTrue(usb.isPresent(), "D8 skipped: this machine cannot mount a tmpfs");
        try (Tmpfs fs = usb.get(); Database db = Database.open(dir.resolve("data/spoorzoeker.db"))) {
            Tweedelocatie.markeer(fs.map()); // the stick is also chosen as the second location below
            Demoset.load(db, TestDossiers.CLOCK);
            BackupService service = new BackupService(db, dir.resolve("data/tijdelijk"), TestDossiers.CLOCK);
            BackupService.Backup oud = service.maak(fs.map(), BackupServiceTest.SLEUTELS.ring(),
                    BackupServiceTest.SLEUTELS.dataSleutel());
            byte[] oudeBytes = Files.readAllBytes(oud.bestand());
            BackupService later = new BackupService(db, dir.resolve("data/tijdelijk"),
                    java.time.Clock.offset(TestDossiers.CLOCK, java.time.Duration.ofHours(1)));
            Exception fout = assertThrows(Exception.class, () -> later.maak(fs.map(), BackupServiceTest.SLEUTELS.ring(),
                    BackupServiceTest.SLEUTELS.dataSleutel()));
            assertEquals(StoreFailure.DISK_FULL, StoreFailure.of(fout));
            assertEquals(List.of(oud.bestand()), service.generaties(fs.map()).stream().map(BackupService.Backup::bestand).toList());
            assertArrayEquals(oudeBytes, Files.readAllBytes(oud.bestand()));
            try (var bestanden = Files.list(fs.map())) {
                assertEquals(1, bestanden.filter(p -> !p.getFileName().toString().equals(Tweedelocatie.MERK))
                        .count(), "no partial file left beside it");
            }
            // The same folder as second location: the backup in the data folder counts, the coach is told.
            Kluissessie sessie = new Kluissessie();
            sessie.ontgrendel(BackupServiceTest.SLEUTELS.ring(), BackupServiceTest.SLEUTELS.dataSleutel());
            AutoBackup auto = new AutoBackup(later, sessie, db, dir.resolve("data/backups"), () -> Optional.of(fs.map()),
                    java.time.Clock.offset(TestDossiers.CLOCK, java.time.Duration.ofHours(1)));
            auto.maakAlsNodig(AutoBackup.Aanleiding.HANDMATIG).orElseThrow();
            assertEquals("backup.tweede.vol", auto.status().tweedeLocatie().orElseThrow().berichtKey());
            assertArrayEquals(oudeBytes, Files.readAllBytes(oud.bestand()));
            // The data folder itself full: a refusal in Dutch for the coach who asked, red status otherwise.
            AutoBackup opUsb = new AutoBackup(later, sessie, db, fs.map(), Optional::empty,
                    java.time.Clock.offset(TestDossiers.CLOCK, java.time.Duration.ofHours(2)));
            Weigering w = assertThrows(Weigering.class, () -> opUsb.maakAlsNodig(AutoBackup.Aanleiding.HANDMATIG));
            assertEquals("backup.fout.schijfVol", w.messageKey());
            assertArrayEquals(oudeBytes, Files.readAllBytes(oud.bestand()));
            System.out.println("D8 backup into a full folder: refused (disk full), older generation byte-identical, "
                    + "no partial file, second location reported as full, coach message backup.fout.schijfVol");
        }
    }

    private static int tel(Database db) {
        Integer n = db.read(ctx -> ctx.fetchOne("select count(*) from instelling where sleutel like 'd8!_%' escape '!'")
                .get(0, Integer.class));
        return n;
    }
}
