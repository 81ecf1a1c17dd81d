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
import nl.spoorzoeker.app.werkplek.Demoset;
import org.junit.jupiter.api.Tag;
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
            Demoset.load(db, CLOCK);
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
            Demoset.load(db, CLOCK);
        }
        beschadig(db(), false);
        DatabaseOpenException e = assertThrows(DatabaseOpenException.class, () -> Database.open(db()).close());
        assertEquals(DatabaseOpenException.Reason.DAMAGED, e.reason());
    }

    @Test
    void damageThatKeepsTheFilesTimeIsFoundByTheDeferredCheck() throws Exception {
        try (Database db = Database.open(db())) {
            Demoset.load(db, CLOCK);
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

    @Tag("crash")
    @Test
    void theCommandLineChecksADeferredFileBeforeItsWork() throws Exception {
        try (Database db = Database.open(db())) {
            Demoset.load(db, CLOCK);
        }
        beschadig(db(), true);
        Database db = Database.open(db());
        assertThrows(DatabaseOpenException.class, db::controleerNu);
        db.close();
    }

    /** Runs the child until it ends or halts at {@code punt}; returns its exit status and whether it acknowledged. */
    private Object[] kind(String punt, String waarde) throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-Dspoorzoeker.breekpunt=" + punt, "-cp", System.getProperty("java.class.path"),
                SchoonmerkKindMain.class.getName(), db().toString(), waarde).redirectErrorStream(true).start();
        String uit = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new Object[] {p.exitValue(), uit.lines().anyMatch("ACK"::equals)};
    }

    private String instelling(Database db) {
        return db.read(ctx -> (String) ctx.fetchValue("SELECT waarde FROM instelling WHERE sleutel = 'kind'"));
    }

    @Tag("crash")
    @Test
    void aKillAtEachStepOfTheMarkLosesNothingAndNeverDefersAnUncheckedFile() throws Exception {
        try (Database db = Database.open(db())) {
            Demoset.load(db, CLOCK);
        }
        // Killed right after the open took the mark away: the next open checks first.
        Object[] weg = kind("schoonmerk.merk-weg", "een");
        assertEquals(Breekpunt.STATUS, weg[0]);
        assertFalse(Files.exists(Schoonmerk.pad(db())));
        try (Database db = Database.open(db())) {
            assertEquals(Database.Controle.GOED, db.controle(), "no mark: checked before use");
        }
        // Killed right after the mark was written at close: the acknowledged write is there, the mark is valid.
        Object[] geschreven = kind("schoonmerk.merk-geschreven", "twee");
        assertEquals(Breekpunt.STATUS, geschreven[0]);
        assertEquals(Boolean.TRUE, geschreven[1]);
        try (Database db = Database.open(db())) {
            assertEquals("twee", instelling(db), "nothing acknowledged is lost");
            assertEquals(Database.Controle.UITGESTELD, db.controle());
            db.controleerNu();
        }
        // A run to its end after all that (no point named halts it): the write is there.
        Object[] midden = kind("geen-breekpunt", "drie");
        assertEquals(0, midden[0]);
        try (Database db = Database.open(db())) {
            assertEquals("drie", instelling(db));
        }
        try (var bestanden = Files.list(dir)) {
            assertTrue(bestanden.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no half-written mark left");
        }
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
