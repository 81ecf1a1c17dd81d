package nl.spoorzoeker.bewaartermijn;

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
import nl.spoorzoeker.app.DataDirectory;
import nl.spoorzoeker.backup.Bewaarkopieen;
import nl.spoorzoeker.crypto.KdfParameters;
import nl.spoorzoeker.crypto.OngeldigBestand;
import nl.spoorzoeker.crypto.Sleutelring;
import nl.spoorzoeker.crypto.VerkeerdeSleutel;
import nl.spoorzoeker.crypto.Versleuteling;

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

    /**
     * The copies a crash leaves (issue 23 item 3), then the next start, then the deletion. Before the
     * deletion the practice crashed in every way that leaves a copy: a restore killed after its
     * journal (the replaced database with its -wal kept), an open beside a -wal from a sibling copy
     * of the practice (set aside), an older version killed during its open (herstel-kopieen/), an
     * import killed with its plain archive and scratch database in tijdelijk/, and an encryption pass
     * killed before its rename. The next start empties tijdelijk/, opens (the foreign -wal goes aside)
     * and, unlocked, encrypts every safety copy; after the deletion no file in the data folder holds
     * the canary, neither in its bytes nor, for an encrypted file, after decrypting it with the key.
     */
    @Test
    void aDeletionReachesEverySafetyCopyAfterACrashDuringOpen() throws Exception {
        Path file = dir.resolve("spoorzoeker.db");
        VolTraject a;
        try (Database db = Database.open(file)) {
            a = VolTraject.maak(db, CANARY, "AFGEROND", "2023-05-01", true, null);
            VolTraject.maak(db, "xyanderb", "AFGEROND", "2024-05-01", false, a.gedeeldeSessie);
            // A restore killed after its journal: the database it replaced, with the -wal of the last writes.
            db.pragma("wal_checkpoint(TRUNCATE)");
            db.write(cfg -> cfg.dsl().execute("UPDATE contactmoment SET doel = doel || ' " + CANARY + "' WHERE traject_id = ?",
                    a.trajectId));
            for (String s : new String[] {"", "-wal", "-sessie"}) {
                Files.copy(Path.of(file + s), dir.resolve("spoorzoeker-voor-herstel-20261124T100000.db" + s));
                Files.createDirectories(dir.resolve("herstel-kopieen/voor-openen-20261101T080000"));
                if (!s.equals("-sessie")) { // what an older version kept before replaying a -wal
                    Files.copy(Path.of(file + s), dir.resolve("herstel-kopieen/voor-openen-20261101T080000/spoorzoeker.db" + s));
                }
            }
        }
        // The coach copied the data folder and worked in the copy; its -wal ends up beside this database.
        Path zus = dir.resolve("zus").resolve("spoorzoeker.db");
        Files.createDirectories(zus.getParent());
        Files.copy(file, zus);
        try (Database db = Database.open(zus)) {
            db.write(cfg -> cfg.dsl().execute("UPDATE contactmoment SET samenvatting = samenvatting || ' " + CANARY
                    + "' WHERE traject_id = ?", a.trajectId));
            Files.copy(Path.of(zus + "-wal"), Path.of(file + "-wal"));
        }
        deleteTree(zus.getParent());
        // An import killed halfway: its plain archive and scratch database in the private temp folder.
        DataDirectory data = new DataDirectory(dir);
        Files.createDirectories(data.tijdelijk());
        Files.copy(file, data.tijdelijk().resolve(".kladblok-1.db"));
        Files.writeString(data.tijdelijk().resolve(".archief-1.zip"), "PK..." + CANARY);
        var sleutels = Sleutelring.maak("wachtwoord".toCharArray(),
                new KdfParameters(1024, 1, 1));
        // An encryption pass killed before its rename: a half-written encrypted copy.
        Files.createDirectories(dir.resolve(Database.BEWAARD));
        try (var uit = Files.newOutputStream(dir.resolve(Database.BEWAARD).resolve(".tmp-1"))) {
            Versleuteling.versleutel(new java.io.ByteArrayInputStream(Files.readAllBytes(file)), uit,
                    sleutels.ring(), sleutels.dataSleutel());
        }
        long voor = mapHits(dir);
        assertTrue(voor > 0, "the crash left the canary in plain copies");

        // The next start: the private temp folder emptied, the open, the unlock's encryption pass.
        data.ruimOpBijStart();
        try (Database db = Database.open(file)) {
            assertEquals(1, db.meldingen().size(), "the sibling's -wal was set aside: " + db.meldingen());
            Bewaarkopieen.bijOntgrendelen(file, data.tijdelijk(), sleutels.ring(),
                    sleutels.dataSleutel(), CLOCK);
            for (Path p : bestanden(dir)) {
                if (!p.getFileName().toString().startsWith("spoorzoeker.db")
                        || p.getFileName().toString().startsWith("spoorzoeker.db-wal.apart")) {
                    assertEquals(0, hits(p), p + " holds the canary in the clear after the unlock");
                }
            }
            long versleuteld = 0;
            for (Path p : bestanden(dir.resolve(Database.BEWAARD))) {
                versleuteld += inhoudHits(p, sleutels.dataSleutel());
            }
            assertTrue(versleuteld > 0, "the encrypted safety copies hold the canary: the deletion must reach them");

            new BewaartermijnService(db, CLOCK).verwijder(a.trajectId, a.naam, true);
            assertTrue(Tabellen.rijenMet(db, "xyanderb").size() > 15, "the other traject is still all there");
        }
        long na = 0;
        List<String> waar = new ArrayList<>();
        for (Path p : bestanden(dir)) {
            long n = inhoudHits(p, sleutels.dataSleutel());
            if (n > 0) {
                waar.add(dir.relativize(p) + ": " + n);
            }
            na += n;
        }
        System.out.printf("S8 retention deletion after a crash during open: %d canary hits in the data folder before the"
                + " next start, %d after the deletion (every file, encrypted ones decrypted)%n", voor, na);
        assertEquals(List.of(), waar, "no file in the data folder holds the canary, plain or decrypted");
    }

    private static List<Path> bestanden(Path map) throws IOException {
        if (!Files.isDirectory(map)) {
            return List.of();
        }
        try (var boom = Files.walk(map)) {
            return boom.filter(Files::isRegularFile).toList();
        }
    }

    /** Hits in a file's bytes, or, for a file encrypted with the data key, in what it decrypts to. */
    private static long inhoudHits(Path p, byte[] dataSleutel) throws IOException {
        byte[] kop = new byte[4];
        try (var in = Files.newInputStream(p)) {
            if (in.readNBytes(kop, 0, 4) < 4 || !new String(kop, StandardCharsets.ISO_8859_1).equals("SZVB")) {
                return hits(p);
            }
        }
        Path plat = Files.createTempFile("canary", ".plat");
        try (var in = Files.newInputStream(p); var uit = Files.newOutputStream(plat)) {
            Versleuteling.ontsleutel(in, uit, ring -> dataSleutel.clone());
        } catch (OngeldigBestand | VerkeerdeSleutel e) {
            throw new AssertionError(p + " does not decrypt with the key", e);
        }
        try {
            return hits(plat);
        } finally {
            Files.delete(plat);
        }
    }

    private static void deleteTree(Path map) throws IOException {
        try (var boom = Files.walk(map)) {
            for (Path p : boom.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
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
