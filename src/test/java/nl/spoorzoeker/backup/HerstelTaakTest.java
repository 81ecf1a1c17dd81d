package nl.spoorzoeker.backup;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.spoorzoeker.app.werkplek.Demoset;
import nl.spoorzoeker.audit.AuditService;
import nl.spoorzoeker.audit.Handeling;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.dossier.TrajectStatus;
import nl.spoorzoeker.input.Weigering;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.taak.Geannuleerd;
import nl.spoorzoeker.taak.Taak;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.spoorzoeker.crypto.VerkeerdeSleutel;

/**
 * The one restore, as the window and the command line run it, against a real practice: progress
 * only moves forward to 1.0, the audit entry lands in the restored database, and a cancel or a
 * refused file leaves the practice as it was.
 */
class HerstelTaakTest {

    @TempDir
    Path dir;

    private Path data;
    private BackupService.Backup backup;

    /** A practice with demo dossiers, backed up, then every dossier archived (what the restore must undo). */
    @BeforeEach
    void praktijk() throws Exception {
        data = dir.resolve("data/spoorzoeker.db");
        try (Database db = Database.open(data)) {
            Demoset.load(db, CLOCK);
            backup = new BackupService(db, dir.resolve("data/tijdelijk"), CLOCK).maak(dir.resolve("backups"),
                    BackupServiceTest.SLEUTELS.ring(), BackupServiceTest.SLEUTELS.dataSleutel());
            DossierService dossiers = new DossierService(db, CLOCK);
            dossiers.list().forEach(d -> dossiers.setStatus(d.trajectId(), TrajectStatus.GEARCHIVEERD));
        }
    }

    /** Counts closes and opens; the opened database is closed by the test. */
    private final class Teller implements HerstelTaak.Praktijk<Database> {
        final AtomicInteger gesloten = new AtomicInteger();

        @Override
        public void sluit() {
            gesloten.incrementAndGet();
        }

        @Override
        public Database open() throws Exception {
            return Database.open(data);
        }

        @Override
        public Database database(Database db) {
            return db;
        }
    }

    private HerstelTaak<Database> taak(Teller teller) {
        return new HerstelTaak<>(backup.bestand(), ring -> ring.open("wachtwoord".toCharArray()), data, CLOCK, teller,
                "back-up teruggezet; vorige database bewaard");
    }

    private static boolean alleGearchiveerd(Database db) {
        return new DossierService(db, CLOCK).list().stream().allMatch(d -> d.status() == TrajectStatus.GEARCHIVEERD);
    }

    @Test
    void restoresWithProgressThatOnlyMovesForwardToOneAndLogsInTheRestoredDatabase() throws Exception {
        Teller teller = new Teller();
        List<Taak.Stand> standen = new ArrayList<>();
        HerstelTaak.Uitkomst<Database> uitkomst = taak(teller).voerUit(standen::add);
        try (Database db = uitkomst.praktijk()) {
            assertTrue(uitkomst.gelukt());
            assertFalse(alleGearchiveerd(db), "the backup's active dossiers are back");
            assertTrue(new AuditService(db, CLOCK).alle().stream().anyMatch(r -> r.handeling() == Handeling.HERSTEL),
                    "the restore is in the restored database's audit log");
        }
        assertEquals(1, teller.gesloten.get());
        for (int i = 1; i < standen.size(); i++) {
            assertTrue(standen.get(i).deel() >= standen.get(i - 1).deel(), "progress went back at " + standen.get(i));
        }
        assertEquals(1.0, standen.getLast().deel());
        List<String> fasen = standen.stream().map(Taak.Stand::faseKey).distinct().toList();
        assertEquals(List.of("herstel.fase.sluiten", "herstel.fase.ONTSLEUTELEN", "herstel.fase.CONTROLEREN",
                "herstel.fase.VERVANGEN", "herstel.fase.KLAAR", "herstel.fase.openen", "taak.klaar"), fasen);
        assertFalse(uitkomst.apartGezet().isEmpty(), "the old database is kept aside");
    }

    @Test
    void aCancelWhileDecryptingLeavesThePracticeAsItWas() throws Exception {
        byte[] voor = Files.readAllBytes(data);
        Teller teller = new Teller();
        HerstelTaak<Database> taak = taak(teller);
        // Cancelled as soon as decrypting has begun: the swap must never start.
        Exception fout = assertThrows(Geannuleerd.class, () -> taak.voerUit(stand -> {
            if (stand.faseKey().equals("herstel.fase.ONTSLEUTELEN")) {
                taak.annuleer();
            }
        }));
        assertEquals("taak.geannuleerd", ((Geannuleerd) fout).messageKey());
        assertArrayEquals(voor, Files.readAllBytes(data), "the database is untouched");
        try (var stream = Files.list(data.getParent())) {
            assertTrue(stream.noneMatch(p -> p.getFileName().toString().contains("voor-herstel")
                    || p.getFileName().toString().startsWith(".herstel-")), "nothing set aside, no temp left");
        }
        try (Database db = Database.open(data)) {
            assertTrue(alleGearchiveerd(db), "the practice is as it was");
            assertTrue(new AuditService(db, CLOCK).alle().stream().noneMatch(r -> r.handeling() == Handeling.HERSTEL));
        }
    }

    @Test
    void inTheWindowACancelReopensTheOldPracticeAndSaysSo() throws Exception {
        Teller teller = new Teller();
        HerstelTaak<Database> taak = taak(teller).heropenNaFout();
        HerstelTaak.Uitkomst<Database> uitkomst = taak.voerUit(stand -> {
            if (stand.faseKey().equals("herstel.fase.CONTROLEREN")) {
                taak.annuleer(); // before VERVANGEN: the last safe point stops it
            }
        });
        try (Database db = uitkomst.praktijk()) {
            assertInstanceOf(Geannuleerd.class, uitkomst.fout());
            assertTrue(alleGearchiveerd(db), "the old practice was reopened, unchanged");
        }
    }

    @Test
    void aFileRefusedByTheCheckBeforehandNeverClosesThePractice() {
        Teller teller = new Teller();
        HerstelTaak<Database> taak = taak(teller).metControleVooraf(() -> {
            throw new Weigering("herstel.fout.nietOns");
        });
        assertEquals("herstel.fout.nietOns", assertThrows(Weigering.class, () -> taak.voerUit(s -> { })).messageKey());
        assertEquals(0, teller.gesloten.get(), "a refused file closes nothing");
    }

    @Test
    void aWrongKeyIsThrownWhereNothingWasOpenToReopen() throws Exception {
        Teller teller = new Teller();
        HerstelTaak<Database> taak = new HerstelTaak<>(backup.bestand(), ring -> ring.open("fout".toCharArray()), data,
                CLOCK, teller, "x");
        assertThrows(VerkeerdeSleutel.class, () -> taak.voerUit(s -> { }));
        try (Database db = Database.open(data)) {
            assertTrue(alleGearchiveerd(db));
        }
    }
}
