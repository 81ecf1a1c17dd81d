package nl.spoorzoeker.backup;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import nl.spoorzoeker.app.werkplek.Demoset;
import nl.spoorzoeker.store.Breekpunt;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.store.DatabaseOpenException;
import nl.spoorzoeker.store.KillSchrijverMain;
import nl.spoorzoeker.testsupport.Breekronde;
import nl.spoorzoeker.testsupport.KindProces;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restore killed at each of its points, enumerated rather than hit by chance (issue 23, item 2).
 * The practice it replaces was itself left by a killed writer, so a -wal with acknowledged work
 * lies beside it. The points are read from one uninterrupted run; then, for each point, a fresh
 * copy of that folder is restored by a child JVM that stops dead there. After every kill the next
 * open must: open (never an empty practice), hold either the old data with every acknowledged
 * write or the backup's data, keep the old data with every acknowledged write in the copy set
 * aside, and leave no plain staged file or journal behind.
 */
@Tag("crash")
class HerstelCrashTest {

    @TempDir
    Path dir;

    private Gecrasht g;

    /**
     * A practice with a verified backup, then a session that the computer cut off: acknowledged writes
     * in a -wal beside it. {@code ack} is the last acknowledged write, {@code backupRijen} the backup's
     * contactmomenten, {@code sleutels} the keys for the restore's child.
     */
    record Gecrasht(Path ongerept, Path backup, Path sleutels, int ack, int backupRijen) {
    }

    static Gecrasht praktijkNaEenCrash(Path dir) throws Exception {
        Path ongerept = dir.resolve("ongerept");
        Path db = ongerept.resolve("spoorzoeker.db");
        int traject;
        Path backup;
        int backupRijen;
        try (Database d = Database.open(db)) {
            Demoset.load(d, CLOCK);
            traject = d.read(ctx -> ((Number) ctx.fetchValue("SELECT min(id) FROM traject")).intValue());
            backup = new BackupService(d, ongerept.resolve("tijdelijk"), CLOCK).maak(dir.resolve("backups"),
                    BackupServiceTest.SLEUTELS.ring(), BackupServiceTest.SLEUTELS.dataSleutel()).bestand();
            backupRijen = contactmomenten(d);
        }
        byte[] ring = BackupServiceTest.SLEUTELS.ring().bytes();
        byte[] inhoud = Arrays.copyOf(ring, ring.length + 32);
        System.arraycopy(BackupServiceTest.SLEUTELS.dataSleutel(), 0, inhoud, ring.length, 32);
        Path sleutels = dir.resolve("sleutels.bin");
        Files.write(sleutels, inhoud);
        // After the backup, a session that the computer cut off: acknowledged writes in a -wal.
        KindProces schrijver = KindProces.start(KillSchrijverMain.class, "ACK ", db.toString(), Integer.toString(traject));
        assertTrue(schrijver.wachtOpEerste());
        while (schrijver.laatste() < 20) {
            Thread.sleep(10);
        }
        schrijver.dood();
        assertTrue(Files.size(Path.of(db + "-wal")) > 0, "the killed writer left its -wal");
        return new Gecrasht(ongerept, backup, sleutels, schrijver.laatste(), backupRijen);
    }

    private Path kopie(String naam) throws Exception {
        Path map = dir.resolve(naam);
        Files.createDirectories(map);
        try (var s = Files.list(g.ongerept())) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Files.copy(p, map.resolve(p.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        return map.resolve("spoorzoeker.db");
    }

    /** A child restoring {@code g}'s backup over {@code db}, with one JVM option. */
    static KindProces herstel(Gecrasht g, Path db, String optie) throws Exception {
        return KindProces.start(List.of(optie), HerstelKindMain.class, "KLAAR", g.backup().toString(), db.toString(),
                g.sleutels().toString());
    }

    @Test
    void aKillAtEveryPointOfARestoreLosesNothingAndLeavesNoPlainCopy() throws Exception {
        g = praktijkNaEenCrash(dir);
        Breekronde.Kind kind = (map, optie) -> herstel(g, map.resolve("spoorzoeker.db"), optie).wachtOpEinde();
        List<String> punten = Breekronde.punten(g.ongerept(), dir.resolve("ronde"), kind, p -> true);
        assertTrue(punten.contains("herstel.journaal-geschreven") && punten.contains("herstel.journaal-weg"), punten.toString());
        assertTrue(punten.stream().filter(p -> p.startsWith("herstel.verplaatst-")).count() >= 4,
                "database, -wal, -shm and session mark go aside, the restored file comes in: " + punten);
        // The swap is decided the moment the journal's atomic rename lands (its last point), before
        // the restore itself passes "journaal-geschreven".
        int journaal = punten.indexOf("herstel.journaal-geschreven");
        if (journaal > 0 && punten.get(journaal - 1).equals("atomisch.tmp-verplaatst")) {
            journaal--;
        }
        int beslist = journaal;
        int[] kill = {0}; // Breekronde stops at the points in their order
        List<String> uitslagen = Breekronde.elkPunt(g.ongerept(), dir.resolve("ronde"), punten, kind, (map, punt) -> {
            boolean hersteld = kill[0]++ >= beslist;
            nadeVolgendeOpening(g, map.resolve("spoorzoeker.db"), punt, hersteld);
            return hersteld ? "restored" : "old";
        });
        System.out.printf("Restore kill points: %d enumerated, %d killed, 0 lost acknowledged writes (%d), "
                + "0 empty practices, 0 plain staged copies left: %s%n", punten.size(), uitslagen.size(), g.ack(), uitslagen);
    }

    /**
     * The next open after a kill: the practice opens whole, with the backup's data ({@code hersteld}, the
     * old database then kept aside with every acknowledged write) or the old data with every acknowledged
     * write; no staged plain copy and no journal left.
     */
    static void nadeVolgendeOpening(Gecrasht g, Path db, String punt, boolean hersteld) throws Exception {
        int ack = g.ack();
        int backupRijen = g.backupRijen();
        try (Database d = Database.open(db)) {
            assertEquals("ok", d.pragma("integrity_check"), punt);
            if (hersteld) {
                assertEquals(backupRijen, contactmomenten(d), punt + ": the backup's data");
            } else {
                assertTrue(KillTestRijen.aantal(d) >= ack, punt + ": the old data with every acknowledged write");
            }
        }
        if (hersteld) {
            Path apart;
            try (var s = Files.list(db.getParent())) {
                apart = s.filter(p -> p.getFileName().toString().matches("spoorzoeker-voor-herstel-.*\\.db"))
                        .findFirst().orElseThrow(() -> new AssertionError(punt + ": the old database was kept aside"));
            }
            try (Database d = Database.open(apart)) {
                assertTrue(KillTestRijen.aantal(d) >= ack, punt + ": the copy set aside holds every acknowledged write");
            }
        }
        try (var s = Files.list(db.getParent())) {
            List<String> over = s.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(".herstel-") || n.endsWith("-wissel") || n.endsWith(".tmp")).toList();
            assertEquals(List.of(), over, punt + ": no staged plain copy, journal or temporary file after the next start");
        }
    }

    @Test
    void aDatabaseMissingBesideItsWalAndAKeptCopyIsNeverReplacedByAnEmptyPractice() throws Exception {
        g = praktijkNaEenCrash(dir);
        Path db = kopie("oud");
        // What an older version's restore left when killed between its two renames: the database
        // moved aside, its -wal still under the old name.
        Path apart = db.resolveSibling("spoorzoeker-voor-herstel-20261201T100000Z.db");
        Files.move(db, apart);
        Files.move(Path.of(db + "-sessie"), Path.of(apart + "-sessie"));
        byte[] wal = Files.readAllBytes(Path.of(db + "-wal"));
        DatabaseOpenException e = assertThrows(DatabaseOpenException.class, () -> Database.open(db));
        assertEquals(DatabaseOpenException.Reason.MISSING_WITH_TRACES, e.reason());
        assertFalse(Files.exists(db), "no empty practice was created");
        assertTrue(Arrays.equals(wal, Files.readAllBytes(Path.of(db + "-wal"))), "the -wal is untouched");
        assertEquals(List.of(Path.of(db + "-wal"), apart), Database.sporen(db));

        new HerstelService(CLOCK).zetKopieTerug(apart, db);
        try (Database d = Database.open(db)) {
            assertTrue(KillTestRijen.aantal(d) >= g.ack(), "the kept copy with its -wal: every acknowledged write");
        }
    }

    static int contactmomenten(Database d) {
        return d.read(ctx -> ((Number) ctx.fetchValue("SELECT count(*) FROM contactmoment")).intValue());
    }

    /**
     * The killed writer's transactions ("D2 n a" rows). At least every acknowledged one is there; the
     * one committed just before the kill may be there without its acknowledgement.
     */
    static final class KillTestRijen {
        static int aantal(Database d) {
            return d.read(ctx -> ((Number) ctx.fetchValue("SELECT count(*) FROM contactmoment WHERE doel LIKE 'D2 % a'"))
                    .intValue());
        }
    }
}
