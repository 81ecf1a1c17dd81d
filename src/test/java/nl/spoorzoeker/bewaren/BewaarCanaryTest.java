package nl.spoorzoeker.bewaren;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.spoorzoeker.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proof that a retention deletion leaves nothing on disk: a canary in every free-text column
 * and BLOB of a traject's rows is found in the database file and in its -wal before, and nowhere
 * (file, -wal, -shm) after. The canary is one lowercase token, so the full-text index stores it
 * verbatim too, and another traject's data stays.
 */
class BewaarCanaryTest {

    static final String CANARY = "qzkanarie7f3a9c";
    /**
     * What the scan looks for: the canary without its first letters. The full-text index stores a
     * term after the one before it with their common prefix left out, so a residue there could lack
     * the start.
     */
    static final String SPOOR = CANARY.substring(3);

    @TempDir
    Path dir;

    @Test
    void aDeletedTrajectLeavesNoTraceInTheFileOrItsLog() throws Exception {
        Path file = dir.resolve("spoorzoeker.db");
        try (Database db = Database.open(file)) {
            VolTraject a = VolTraject.maak(db, CANARY, "AFGEROND", "2023-05-01", true, null);
            VolTraject.maak(db, "xyanderb", "AFGEROND", "2024-05-01", false, a.gedeeldeSessie);
            List<String> zonder = kolommenZonderCanary(db);
            assertEquals(List.of(), zonder, "every free-text column of the traject's tables holds the canary");
            // Into the main file, then once more into the -wal, so both hold it before the deletion.
            db.pragma("wal_checkpoint(TRUNCATE)");
            db.write(cfg -> cfg.dsl().execute("UPDATE contactmoment SET samenvatting = samenvatting || ' " + CANARY
                    + "' WHERE traject_id = ?", a.trajectId));
            int inIndex = db.read(ctx -> ((Number) ctx.fetchValue("SELECT count(*) FROM zoek_fts_data WHERE "
                    + "instr(block, CAST(? AS BLOB)) > 0", SPOOR)).intValue());
            long inBestand = hits(file);
            long inLog = hits(wal(file));
            System.out.printf("Canary before deletion: %d hits in the database file (%d KB), %d in the -wal (%d KB), "
                    + "%d full-text index blocks%n", inBestand, Files.size(file) / 1024, inLog,
                    Files.size(wal(file)) / 1024, inIndex);
            assertTrue(inBestand > 0 && inLog > 0 && inIndex > 0, "the scan sees the canary where it is");

            // The plaintext safety copies that can lie beside a practice: the copy a restore keeps of
            // what it replaced, a migration's copy, and a -wal set aside as foreign. Each holds the canary.
            db.pragma("wal_checkpoint(TRUNCATE)");
            Files.copy(file, dir.resolve("spoorzoeker-voor-herstel-20261124T100000.db"));
            Files.copy(file, dir.resolve("spoorzoeker-voor-migratie-v13-20261124T100000.db"));
            Files.writeString(dir.resolve("spoorzoeker.db-wal.apart-20261124T100000"), "..." + CANARY + "...");
            assertTrue(mapHits(dir) > hits(file), "the copies hold the canary too");

            Verwijdering v = new BewaartermijnService(db, CLOCK).verwijder(a.trajectId, a.naam, true);

            long naBestand = hits(file);
            long naLog = hits(wal(file));
            long naShm = hits(file.resolveSibling(file.getFileName() + "-shm"));
            System.out.printf("S8 retention deletion canary: after deleting %d rows: %d hits in the database file (%d KB), %d in the -wal "
                    + "(%d bytes), %d in the -shm%n", v.totaal(), naBestand, Files.size(file) / 1024, naLog,
                    Files.exists(wal(file)) ? Files.size(wal(file)) : 0, naShm);
            assertEquals(0, naBestand + naLog + naShm);
            assertTrue(v.logGeleegd());
            assertEquals(Map.of(), Tabellen.rijenMet(db, CANARY));
            assertTrue(Tabellen.rijenMet(db, "xyanderb").size() > 15, "the other traject is still all there");
            assertEquals("ok", db.pragma("integrity_check"));
        }
        assertEquals(0, hits(file), "and after closing");
        assertEquals(0, mapHits(dir), "no file anywhere in the data folder holds it (issue 23 item 3)");
    }

    /** Occurrences of the canary in every file under {@code map}, copies and logs included. */
    static long mapHits(Path map) throws IOException {
        long n = 0;
        try (var boom = Files.walk(map)) {
            for (Path p : boom.filter(Files::isRegularFile).toList()) {
                n += hits(p);
            }
        }
        return n;
    }

    /** Free-text columns (not dates, codes or enum values) of the traject's tables that no row fills with the canary. */
    private static List<String> kolommenZonderCanary(Database db) {
        List<String> zonder = new ArrayList<>();
        Tabellen.tekstkolommen(db).forEach((tabel, kolommen) -> {
            if (Tabellen.VAN_DE_PRAKTIJK.contains(tabel)) {
                return;
            }
            for (String k : kolommen) {
                if (Tabellen.geenVrijeTekst(tabel, k)) {
                    continue;
                }
                int n = db.read(ctx -> ((Number) ctx.fetchValue("SELECT count(*) FROM " + tabel + " WHERE instr(CAST("
                        + k + " AS TEXT), ?) > 0", CANARY)).intValue());
                if (n == 0) {
                    zonder.add(tabel + "." + k);
                }
            }
        });
        return zonder;
    }

    private static Path wal(Path file) {
        return file.resolveSibling(file.getFileName() + "-wal");
    }

    /** Occurrences of the canary's bytes (its {@link #SPOOR}) in a file (0 when it does not exist). */
    static long hits(Path p) throws IOException {
        if (!Files.exists(p)) {
            return 0;
        }
        String inhoud = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
        long n = 0;
        for (int i = inhoud.indexOf(SPOOR); i >= 0; i = inhoud.indexOf(SPOOR, i + 1)) {
            n++;
        }
        return n;
    }
}
