package nl.spoorzoeker.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import nl.spoorzoeker.testsupport.KindProces;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * D11: a child JVM migrates a practice made by the first version of Spoorzoeker and is killed with
 * SIGKILL at a random moment. Each migration is its own transaction: whatever the moment, the file
 * holds every migration entirely or not at all, and the next start finishes the job with all data.
 * {@value #STANDAARD} kills in the test run; {@code -Dspoorzoeker.d11.kills=100} for the full count.
 */
@Tag("crash")
class MigratieKillTest {

    static final int STANDAARD = 8;
    static final int TRAJECTEN = 3000;
    /** A table each of these migrations creates: present exactly when the migration counts as applied. */
    static final Map<Integer, String> TABEL_VAN_VERSIE = Map.of(2, "verzuimperiode", 3, "fase", 4, "instelling",
            5, "contactmoment", 6, "sollicitatie", 7, "rapport", 8, "privacy_woord", 9, "audit");

    @TempDir
    Path dir;

    @Test
    void aKillDuringMigrationLeavesWholeMigrationsAndTheNextStartFinishes() throws Exception {
        int kills = Integer.getInteger("spoorzoeker.d11.kills", STANDAARD);
        Path sjabloon = dir.resolve("sjabloon.db");
        OudeDatabase.maak(sjabloon, 1, TRAJECTEN);
        long duur = kalibreer(sjabloon);
        Random random = new Random(11);
        Map<Integer, Integer> toestanden = new TreeMap<>();
        int heropend = 0;
        for (int i = 0; i < kills; i++) {
            Path map = Files.createDirectories(dir.resolve("kill-" + i));
            Path file = map.resolve("spoorzoeker.db");
            Files.copy(sjabloon, file, StandardCopyOption.REPLACE_EXISTING);
            KindProces kind = KindProces.start(MigratieKindMain.class, "BEGIN", file.toString());
            assertTrue(kind.wachtOpEerste(), "the child started");
            Thread.sleep((long) (random.nextDouble() * duur * 1.2));
            kind.dood();
            int versie = toegepast(file);
            toestanden.merge(versie, 1, Integer::sum);
            try (Database db = Database.open(file)) {
                assertEquals(Migrations.LATEST, db.schemaVersion());
                assertEquals("ok", db.pragma("integrity_check"));
                assertEquals(TRAJECTEN, (int) db.read(ctx -> ctx.fetchValue("select count(*) from traject", Integer.class)));
                assertEquals("Çiğdem Yılmaz-Łukasz 17", db.read(ctx -> ctx.fetchValue(
                        "select naam from werknemer where id = 17", String.class)));
                heropend++;
            }
        }
        System.out.printf("D11 kill during migration: %d kills (migration took %d ms unkilled), schema versions found "
                + "right after the kill %s, every one whole; %d of %d reopened, migrated to v%d, integrity ok, "
                + "%d trajecten intact%n", kills, duur, toestanden, heropend, kills, Migrations.LATEST, TRAJECTEN);
        assertEquals(kills, heropend);
    }

    /** How long an unkilled child takes from its first line to its exit after the migration. */
    private long kalibreer(Path sjabloon) throws Exception {
        Path file = Files.createDirectories(dir.resolve("kalibratie")).resolve("spoorzoeker.db");
        Files.copy(sjabloon, file);
        KindProces kind = KindProces.start(MigratieKindMain.class, "BEGIN", file.toString());
        assertTrue(kind.wachtOpEerste());
        long begin = System.nanoTime();
        long tot = begin + 60_000_000_000L;
        while (kind.leeft() && System.nanoTime() < tot) {
            Thread.sleep(2);
        }
        long duur = (System.nanoTime() - begin) / 1_000_000;
        kind.dood();
        return Math.max(200, duur);
    }

    /**
     * The highest migration Flyway recorded as done, after checking that each recorded migration's
     * table is there and no unrecorded one's is: no migration half applied.
     */
    private static int toegepast(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            int versie;
            try (ResultSet rs = s.executeQuery("select max(cast(version as integer)) from flyway_schema_history"
                    + " where success = 1")) {
                versie = rs.getInt(1);
            }
            for (var e : TABEL_VAN_VERSIE.entrySet()) {
                try (ResultSet rs = s.executeQuery("select count(*) from sqlite_schema where type = 'table' and name = '"
                        + e.getValue() + "'")) {
                    assertEquals(e.getKey() <= versie ? 1 : 0, rs.getInt(1),
                            "table " + e.getValue() + " with migrations up to v" + versie);
                }
            }
            return versie;
        }
    }
}
