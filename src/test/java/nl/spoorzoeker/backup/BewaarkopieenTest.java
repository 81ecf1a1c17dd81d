package nl.spoorzoeker.backup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.spoorzoeker.crypto.KdfParameters;
import nl.spoorzoeker.crypto.Sleutelring;
import nl.spoorzoeker.crypto.Versleuteling;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.testsupport.TestDossiers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one owner of the safety copies (issue 23 item 3): at an unlock every plaintext safety copy
 * is encrypted with the data key — a database copy together with the -wal that holds its last
 * acknowledged work — and the plain files are gone; encrypted copies live {@link Bewaarkopieen#LEVENSDUUR};
 * an interrupted pass is finished without losing the copy.
 */
class BewaarkopieenTest {

    private static final String KANARIE = "qzbewaarkanarie";
    private static final Sleutelring.Nieuw SLEUTELS = Sleutelring.maak("een lang wachtwoord".toCharArray(),
            new KdfParameters(1024, 1, 1));
    private static final Clock KLOK = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path db;

    /** A practice of its own (no canary), and a second one whose crash images the copies are made of. */
    private Path bron() throws Exception {
        db = dir.resolve("praktijk").resolve("spoorzoeker.db");
        try (Database d = Database.open(db)) {
            TestDossiers.create(d, "Eigen Werknemer");
        }
        Path bron = dir.resolve("bron").resolve("spoorzoeker.db");
        try (Database d = Database.open(bron)) {
            TestDossiers.create(d, "Andere Werknemer");
        }
        return bron;
    }

    /**
     * The files as a crash leaves them: a row with {@code doel} written and acknowledged, the
     * database and its -wal copied while the connection is open, so the row is in the -wal only.
     */
    private static void crashbeeld(Path bron, String doel, Path naar) throws Exception {
        Files.createDirectories(naar.getParent());
        try (Database d = Database.open(bron)) {
            d.pragma("wal_checkpoint(TRUNCATE)");
            int traject = d.read(ctx -> ((Number) ctx.fetchValue("SELECT min(id) FROM traject")).intValue());
            d.write(cfg -> cfg.dsl().execute("INSERT INTO contactmoment (traject_id, moment, duur_minuten, soort, doel, "
                    + "samenvatting, is_declarabel, aangemaakt_op, gewijzigd_op) VALUES (?, '2026-11-25T10:00', 30, "
                    + "'TELEFONISCH', ?, 'x', 0, '2026-11-25T10:00:00Z', '2026-11-25T10:00:00Z')", traject, doel));
            Files.copy(bron, naar);
            Files.copy(Path.of(bron + "-wal"), Path.of(naar + "-wal"));
            Files.copy(Path.of(bron + "-sessie"), Path.of(naar + "-sessie"));
        }
    }

    private static byte[] ontsleutel(Path p) throws Exception {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(p)) {
            Versleuteling.ontsleutel(in, uit, ring -> SLEUTELS.dataSleutel().clone());
        }
        return uit.toByteArray();
    }

    /** Rows with {@code doel} in an encrypted database copy, read after decrypting it. */
    private int rijenIn(Path versleuteld, String doel) throws Exception {
        Path plat = dir.resolve("gelezen-" + System.nanoTime() + ".db");
        Files.write(plat, ontsleutel(versleuteld));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + plat);
             var st = c.prepareStatement("SELECT count(*) FROM contactmoment WHERE doel = ?")) {
            st.setString(1, doel);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } finally {
            Files.deleteIfExists(plat);
        }
    }

    /** Files under the data folder whose plain bytes hold the canary. */
    private List<Path> platMetKanarie() throws Exception {
        try (var boom = Files.walk(db.getParent())) {
            return boom.filter(Files::isRegularFile).filter(p -> {
                try {
                    return new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1).contains(KANARIE);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    private Bewaarkopieen.Uitslag pas() throws Exception {
        return Bewaarkopieen.bijOntgrendelen(db, db.resolveSibling("tijdelijk"), SLEUTELS.ring(), SLEUTELS.dataSleutel(), KLOK);
    }

    /** Every kind of plaintext safety copy that can lie beside a practice, each holding the canary. */
    private Map<String, byte[]> plantKopieen(Path bron) throws Exception {
        Path map = db.getParent();
        crashbeeld(bron, KANARIE + "-herstel", map.resolve("spoorzoeker-voor-herstel-20261201T100000.db"));
        crashbeeld(bron, KANARIE + "-openen", map.resolve("herstel-kopieen").resolve("voor-openen-20261120T090000")
                .resolve("spoorzoeker.db"));
        byte[] wal = Files.readAllBytes(map.resolve("spoorzoeker-voor-herstel-20261201T100000.db-wal"));
        Files.write(map.resolve("spoorzoeker.db-wal.apart-20261202T100000"), wal);
        byte[] kapot = ("SQLite format 3\0 maar kapot " + KANARIE).getBytes(StandardCharsets.ISO_8859_1);
        Files.write(map.resolve("spoorzoeker-voor-migratie-v13-20261101T100000.db"), kapot);
        return Map.of("wal", wal, "kapot", kapot);
    }

    @Test
    void everyPlainSafetyCopyIsEncryptedWithItsOwnWalAndThePlainFilesAreGone() throws Exception {
        Map<String, byte[]> inhoud = plantKopieen(bron());
        assertEquals(5, platMetKanarie().size(), "the copies hold the canary in the clear: " + platMetKanarie());

        Bewaarkopieen.Uitslag u = pas();

        assertEquals(new Bewaarkopieen.Uitslag(4, 0), u);
        assertEquals(List.of(), platMetKanarie(), "no plain copy holds the canary any more");
        assertEquals(List.of(), Database.plattekopieen(db), "no plain safety copy is left");
        assertFalse(Files.exists(db.resolveSibling("herstel-kopieen")), "the older version's folder is gone");
        Path bewaard = db.resolveSibling(Database.BEWAARD);
        Map<String, Long> namen = new TreeMap<>();
        try (var s = Files.list(bewaard)) {
            s.forEach(p -> namen.put(p.getFileName().toString(), 0L));
        }
        assertEquals(List.of("spoorzoeker-voor-herstel-20261201T100000.szb",
                "spoorzoeker-voor-migratie-v13-20261101T100000.db.szv", "spoorzoeker.db-wal.apart-20261202T100000.szv",
                "voor-openen-20261120T090000.szb"), List.copyOf(namen.keySet()));
        assertEquals(1, rijenIn(bewaard.resolve("spoorzoeker-voor-herstel-20261201T100000.szb"), KANARIE + "-herstel"),
                "the write acknowledged in the copy's -wal is in the encrypted copy");
        assertEquals(1, rijenIn(bewaard.resolve("voor-openen-20261120T090000.szb"), KANARIE + "-openen"));
        assertArrayEquals(inhoud.get("wal"), ontsleutel(bewaard.resolve("spoorzoeker.db-wal.apart-20261202T100000.szv")),
                "a -wal set aside is kept byte for byte");
        assertArrayEquals(inhoud.get("kapot"), ontsleutel(bewaard.resolve("spoorzoeker-voor-migratie-v13-20261101T100000.db.szv")),
                "a copy SQLite cannot read is kept byte for byte");
        try (var s = Files.list(db.resolveSibling("tijdelijk"))) {
            assertEquals(0, s.count(), "the compact plain copy made on the way is gone");
        }
        Path szb = bewaard.resolve("spoorzoeker-voor-herstel-20261201T100000.szb");
        byte[] voor = Files.readAllBytes(szb);
        assertEquals(new Bewaarkopieen.Uitslag(0, 0), pas(), "a second pass finds nothing to do");
        assertArrayEquals(voor, Files.readAllBytes(szb));
    }

    @Test
    void anEncryptedCopyIsRestoredLikeABackup() throws Exception {
        Path bron = bron();
        crashbeeld(bron, KANARIE, db.resolveSibling("spoorzoeker-voor-herstel-20261201T100000.db"));
        pas();
        Path szb = db.resolveSibling(Database.BEWAARD).resolve("spoorzoeker-voor-herstel-20261201T100000.szb");
        new HerstelService(KLOK).herstel(szb, ring -> SLEUTELS.dataSleutel().clone(), db);
        try (Database d = Database.open(db)) {
            assertEquals(1, (int) d.read(ctx -> ((Number) ctx.fetchValue("SELECT count(*) FROM contactmoment WHERE doel = ?",
                    KANARIE)).intValue()), "the copy's last acknowledged write is back");
        }
    }

    @Test
    void encryptedCopiesLiveThirtyDaysAndHalfWrittenOnesGo() throws Exception {
        bron();
        Path bewaard = Files.createDirectories(db.resolveSibling(Database.BEWAARD));
        Path oud = Files.writeString(bewaard.resolve("oud.szb"), "x");
        Path jong = Files.writeString(bewaard.resolve("jong.szb"), "x");
        Path half = Files.writeString(bewaard.resolve(".tmp-123"), "x");
        Files.setLastModifiedTime(oud, FileTime.from(KLOK.instant().minus(Bewaarkopieen.LEVENSDUUR).minus(Duration.ofHours(1))));
        Files.setLastModifiedTime(jong, FileTime.from(KLOK.instant().minus(Bewaarkopieen.LEVENSDUUR).plus(Duration.ofHours(1))));
        Files.setLastModifiedTime(half, FileTime.from(KLOK.instant()));

        assertEquals(new Bewaarkopieen.Uitslag(0, 1), pas());

        assertFalse(Files.exists(oud), "past its lifetime");
        assertTrue(Files.exists(jong), "within its lifetime");
        assertFalse(Files.exists(half), "what an interrupted pass wrote");
    }

    /**
     * A pass stopped after the encrypted copy was renamed into place but before every plain part was
     * removed: the next pass removes the rest and keeps the whole encrypted copy as it is (encrypting
     * the rest again would replace it with a copy missing what the removed -wal held).
     */
    @Test
    void aPassStoppedAfterTheRenameOnlyRemovesThePlainRest() throws Exception {
        Path bron = bron();
        Path kopie = db.resolveSibling("spoorzoeker-voor-herstel-20261201T100000.db");
        crashbeeld(bron, KANARIE, kopie);
        Path bewaard = db.resolveSibling(Database.BEWAARD);
        Path opzij = dir.resolve("opzij");
        Files.createDirectories(opzij);
        Files.copy(kopie, opzij.resolve("db"));
        pas();
        Path szb = bewaard.resolve("spoorzoeker-voor-herstel-20261201T100000.szb");
        byte[] heel = Files.readAllBytes(szb);
        // The state a kill after the rename and the removal of the -wal leaves: the database file back.
        Files.copy(opzij.resolve("db"), kopie, StandardCopyOption.REPLACE_EXISTING);

        assertEquals(new Bewaarkopieen.Uitslag(1, 0), pas());

        assertFalse(Files.exists(kopie));
        assertArrayEquals(heel, Files.readAllBytes(szb), "the whole encrypted copy is kept as it was");
        assertEquals(1, rijenIn(szb, KANARIE));
    }

    @Test
    void nothingIsTouchedWhileTheDatabaseIsMissing() throws Exception {
        Path bron = bron();
        Path kopie = db.resolveSibling("spoorzoeker-voor-herstel-20261201T100000.db");
        crashbeeld(bron, KANARIE, kopie);
        Files.delete(db);
        byte[] voor = Files.readAllBytes(kopie);

        assertEquals(new Bewaarkopieen.Uitslag(0, 0), pas());

        assertArrayEquals(voor, Files.readAllBytes(kopie), "the copy the recovery screen offers stays as it is");
        assertTrue(Files.exists(Path.of(kopie + "-wal")));
    }
}
