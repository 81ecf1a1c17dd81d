package nl.spoorzoeker.store;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import nl.spoorzoeker.dossier.DemoDossiers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21 item 10: the full-file check leaves the unlock's critical path only after a clean,
 * checked shutdown of exactly this file; after a crash, an unchecked session, or a file changed
 * by anything else it runs first, as before. A deferred check that finds damage says so and leaves
 * no mark, so the next start checks in full (and shows the recovery screen).
 */
class SchoonmerkTest {

    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("spoorzoeker.db");
    }

    @Test
    void onlyACleanCheckedShutdownDefersTheNextCheck() throws Exception {
        try (Database db = Database.open(db())) {
            assertEquals(Database.Controle.GOED, db.controle(), "a new file is checked");
            DemoDossiers.load(db, CLOCK);
        }
        assertTrue(Files.exists(Schoonmerk.pad(db())), "a clean, checked session leaves the mark");

        Database tweede = Database.open(db());
        assertEquals(Database.Controle.UITGESTELD, tweede.controle());
        assertFalse(Files.exists(Schoonmerk.pad(db())), "the mark is taken away while the practice is open");
        // The session ends without its check (closed before the first screen): no mark.
        tweede.close();
        assertFalse(Files.exists(Schoonmerk.pad(db())));
        try (Database derde = Database.open(db())) {
            assertEquals(Database.Controle.GOED, derde.controle(), "checked in full first");
        }

        // A crash: the practice is never closed. The next open checks first.
        Database.open(db()); // left open, as by a kill; its mark is gone
        try (Database na = Database.open(db())) {
            assertEquals(Database.Controle.GOED, na.controle());
            na.controleerNu();
        }
        try (Database weer = Database.open(db())) {
            assertEquals(Database.Controle.UITGESTELD, weer.controle());
            weer.controleerNu();
            assertEquals(Database.Controle.GOED, weer.controle());
        }
        assertTrue(Files.exists(Schoonmerk.pad(db())), "checked later in the session: the mark again");
    }

    @Test
    void aFileChangedAfterTheMarkIsCheckedFirstAndRefused() throws Exception {
        try (Database db = Database.open(db())) {
            DemoDossiers.load(db, CLOCK);
        }
        beschadig(db(), false);
        DatabaseOpenException e = assertThrows(DatabaseOpenException.class, () -> Database.open(db()).close());
        assertEquals(DatabaseOpenException.Reason.DAMAGED, e.reason());
    }

    @Test
    void damageThatKeepsTheFilesTimeIsFoundByTheDeferredCheck() throws Exception {
        try (Database db = Database.open(db())) {
            DemoDossiers.load(db, CLOCK);
        }
        beschadig(db(), true); // as a failing disk would: same size, same time
        Database db = Database.open(db());
        assertEquals(Database.Controle.UITGESTELD, db.controle());
        CompletableFuture<Database.Melding> melding = new CompletableFuture<>();
        db.controleerOpAchtergrond(melding::complete);
        assertEquals("db.melding.controleMislukt", melding.get(60, TimeUnit.SECONDS).key());
        assertEquals(Database.Controle.BESCHADIGD, db.controle());
        db.close();
        assertFalse(Files.exists(Schoonmerk.pad(db())), "no mark after damage");
        DatabaseOpenException e = assertThrows(DatabaseOpenException.class, () -> Database.open(db()).close());
        assertEquals(DatabaseOpenException.Reason.DAMAGED, e.reason(), "the next start checks first and refuses");
    }

    @Test
    void theCommandLineChecksADeferredFileBeforeItsWork() throws Exception {
        try (Database db = Database.open(db())) {
            DemoDossiers.load(db, CLOCK);
        }
        beschadig(db(), true);
        Database db = Database.open(db());
        assertThrows(DatabaseOpenException.class, db::controleerNu);
        db.close();
    }

    /** Zeroes pages in the middle of the file, keeping its size; {@code tijdHouden}: and its modification time. */
    private static void beschadig(Path file, boolean tijdHouden) throws Exception {
        FileTime tijd = Files.getLastModifiedTime(file);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            long paginas = f.length() / 4096;
            for (long p = paginas * 2 / 3; p < paginas * 2 / 3 + 6; p++) {
                f.seek(p * 4096);
                f.write(new byte[4096]);
            }
        }
        if (tijdHouden) {
            Files.setLastModifiedTime(file, tijd);
        } else {
            Files.setLastModifiedTime(file, FileTime.fromMillis(tijd.toMillis() + 2000));
        }
    }
}
