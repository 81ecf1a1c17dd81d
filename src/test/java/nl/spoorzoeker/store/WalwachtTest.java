package nl.spoorzoeker.store;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Random;
import nl.spoorzoeker.app.werkplek.Demoset;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.spoorzoeker.testsupport.KindProces;
import nl.spoorzoeker.ui.I18n;

/**
 * A -wal beside the database is replayed only when it is this database's own (issue 23, item 1):
 * a WAL of a sibling copy of the same practice, of another practice, or garbage leaves the
 * database byte-identical, is moved aside byte-identical, and the coach is told where it went;
 * the WAL a crash left behind is replayed in place, without a copy of database and WAL.
 */
@Tag("crash")
class WalwachtTest {

    @TempDir
    Path dir;

    private static final String RIJ = "SELECT count(*) FROM contactmoment WHERE doel = ?";

    /** A practice with the demo dossiers, closed cleanly (no WAL beside it). */
    private Path praktijk(String naam) throws Exception {
        Path db = dir.resolve(naam).resolve("spoorzoeker.db");
        try (Database d = Database.open(db)) {
            Demoset.load(d, CLOCK);
        }
        assertFalse(Files.exists(Walwacht.wal(db)));
        return db;
    }

    /** Writes one marked contactmoment with the database open and returns the WAL as it is on disk then (a crash's WAL). */
    private static byte[] walNaSchrijven(Database d, String doel) throws Exception {
        int traject = d.read(ctx -> ((Number) ctx.fetchValue("SELECT min(id) FROM traject")).intValue());
        d.write(cfg -> cfg.dsl().execute("INSERT INTO contactmoment (traject_id, moment, duur_minuten, soort, doel, "
                + "samenvatting, is_declarabel, aangemaakt_op, gewijzigd_op) VALUES (?, '2026-11-25T10:00', 30, "
                + "'TELEFONISCH', ?, 'x', 0, '2026-11-25T10:00:00Z', '2026-11-25T10:00:00Z')", traject, doel));
        return Files.readAllBytes(Walwacht.wal(d.file()));
    }

    private static int rijen(Database d, String doel) {
        return d.read(ctx -> ((Number) ctx.fetchValue(RIJ, doel)).intValue());
    }

    /** Opens {@code db} with {@code wal} beside it and checks it was refused unread: database and WAL both byte-identical. */
    private void vreemdeWalApartGezet(Path db, byte[] wal, String melding, String nietErin) throws Exception {
        Files.write(Walwacht.wal(db), wal);
        byte[] voor = Files.readAllBytes(db);
        Path apart;
        try (Database d = Database.open(db)) {
            assertEquals(1, d.meldingen().size(), d.meldingen().toString());
            Database.Melding m = d.meldingen().getFirst();
            assertEquals(melding, m.key());
            apart = Path.of((String) m.args()[0]);
            assertEquals("ok", d.pragma("integrity_check"));
            if (nietErin != null) {
                assertEquals(0, rijen(d, nietErin), "nothing of the foreign WAL reached the database");
            }
            assertFalse(d.read(ctx -> ctx.fetchValue("SELECT count(*) FROM traject").toString()).equals("0"));
        }
        assertArrayEquals(voor, Files.readAllBytes(db), "the database is byte-identical");
        assertArrayEquals(wal, Files.readAllBytes(apart), "the WAL was moved aside byte-identical");
        assertEquals(db.getParent(), apart.getParent());
        assertTrue(apart.getFileName().toString().startsWith("spoorzoeker.db-wal.apart-"), apart.toString());
        String tekst = I18n.t(melding, apart.toString());
        assertTrue(tekst.contains(apart.toString()), "the message names where the file went: " + tekst);
    }

    @Test
    void aWalOfASiblingCopyOfThePracticeIsSetAsideAndTheDatabaseStaysByteIdentical() throws Exception {
        Path a = praktijk("a");
        // The coach copied the whole data folder (with the session mark) and worked in the copy.
        Path b = kopieMap(a, "b");
        byte[] wal;
        try (Database d = Database.open(b)) {
            wal = walNaSchrijven(d, "alleen in de kopie");
        }
        assertTrue(Walwacht.scan(writeTemp(wal)).commits() > 0, "the sibling's WAL is valid in itself: SQLite would replay it");
        vreemdeWalApartGezet(a, wal, "db.melding.vreemdeWal", "alleen in de kopie");
    }

    @Test
    void aWalOfAnotherPracticeIsSetAside() throws Exception {
        Path a = praktijk("a");
        Path c = praktijk("c");
        byte[] wal;
        try (Database d = Database.open(c)) {
            wal = walNaSchrijven(d, "andere praktijk");
        }
        vreemdeWalApartGezet(a, wal, "db.melding.vreemdeWal", "andere praktijk");
    }

    @Test
    void garbageIsSetAsideAndAWalWithoutACompleteTransactionToo() throws Exception {
        Path a = praktijk("a");
        byte[] rommel = new byte[32 + 24 + 4096];
        new Random(5).nextBytes(rommel);
        vreemdeWalApartGezet(a, rommel, "db.melding.vreemdeWal", null);

        // A real WAL header whose first frame does not continue the checksum chain: nothing committed in it.
        Path c = praktijk("c");
        byte[] wal;
        try (Database d = Database.open(a)) {
            wal = walNaSchrijven(d, "onaf");
        }
        wal[32 + 24 + 100] ^= 0x40;
        assertEquals(0, Walwacht.scan(writeTemp(wal)).commits());
        vreemdeWalApartGezet(c, wal, "db.melding.onbruikbareWal", "onaf");
    }

    @Test
    void aWalWithAnotherPageSizeOrAShortHeaderIsSetAside() throws Exception {
        Path a = praktijk("a");
        byte[] wal;
        Path c = praktijk("c");
        try (Database d = Database.open(c)) {
            wal = walNaSchrijven(d, "x");
        }
        ByteBuffer.wrap(wal).putInt(8, 8192);
        vreemdeWalApartGezet(a, wal, "db.melding.vreemdeWal", "x");
        vreemdeWalApartGezet(a, new byte[] {0x37, 0x7f, 0x06, (byte) 0x82, 0, 0}, "db.melding.vreemdeWal", null);
    }

    @Test
    void theWalACrashLeftIsReplayedInPlaceWithoutACopy() throws Exception {
        Path beeld = crashbeeld(praktijk("a"), "na de crash terug", "", "-wal", "-sessie");
        try (Database d = Database.open(beeld)) {
            assertEquals(List.of(), d.meldingen());
            assertEquals(1, rijen(d, "na de crash terug"), "the acknowledged write is back");
            assertEquals("ok", d.pragma("integrity_check"));
        }
        try (var bestanden = Files.list(beeld.getParent())) {
            List<String> namen = bestanden.map(p -> p.getFileName().toString()).sorted().toList();
            // Besides the database: its session mark, and the mark of this clean, checked close.
            assertEquals(List.of("spoorzoeker.db", "spoorzoeker.db-schoon", "spoorzoeker.db-sessie"), namen,
                    "no copy was made to replay it");
        }
    }

    @Test
    void aCrashOfAnOlderVersionWithoutSessionMarkIsReplayedWhenTheResultIsSound() throws Exception {
        Path beeld = crashbeeld(praktijk("a"), "oude versie", "", "-wal");
        try (Database d = Database.open(beeld)) {
            assertEquals(List.of(), d.meldingen());
            assertEquals(1, rijen(d, "oude versie"));
        }
    }

    @Test
    void theSessionMarkChangesAtEveryOpenAndKeepsThePreviousOne() throws Exception {
        Path a = praktijk("a");
        List<String> eerst = List.copyOf(Walwacht.leesMerk(a));
        try (Database d = Database.open(a)) {
            assertTrue(d.schemaVersion() > 0);
        }
        List<String> daarna = List.copyOf(Walwacht.leesMerk(a));
        assertEquals(2, daarna.size());
        assertEquals(eerst.getFirst(), daarna.get(1), "the previous session stays accepted");
        assertFalse(eerst.contains(daarna.getFirst()));
    }

    @Test
    void theScanFollowsTheChecksumChainAsSqliteDoes() throws Exception {
        Path a = praktijk("a");
        try (Database d = Database.open(a)) {
            walNaSchrijven(d, "een");
            byte[] twee = walNaSchrijven(d, "twee");
            Walwacht.Walscan scan = Walwacht.scan(writeTemp(twee));
            assertTrue(scan.geldigeKop());
            assertEquals(4096, scan.paginagrootte());
            assertEquals(2, scan.commits(), "two write transactions, two commit frames");
            byte[] kapot = twee.clone();
            kapot[kapot.length - 10] ^= 1; // the last frame's page: the second commit is no longer valid
            assertEquals(1, Walwacht.scan(writeTemp(kapot)).commits());
            byte[] kop = twee.clone();
            kop[25] ^= 1; // the header's own checksum
            assertFalse(Walwacht.scan(writeTemp(kop)).geldigeKop());
        }
    }

    /**
     * The disk as a crash leaves it: one row written, then the named files (database, WAL, mark)
     * copied while the connection is still open.
     */
    private Path crashbeeld(Path a, String doel, String... achtervoegsels) throws Exception {
        Path beeld = dir.resolve("beeld").resolve("spoorzoeker.db");
        Files.createDirectories(beeld.getParent());
        try (Database d = Database.open(a)) {
            walNaSchrijven(d, doel);
            for (String s : achtervoegsels) {
                Files.copy(Path.of(a + s), Path.of(beeld + s), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return beeld;
    }

    /**
     * Opening with a foreign WAL beside the database, killed at each point of it (setting the WAL
     * aside, removing the -shm, writing the session mark): the next open finds the database
     * byte-identical, the foreign WAL aside byte-identical, and no temporary file left behind.
     */
    @Tag("crash")
    @Test
    void aKillAtEveryPointOfOpeningBesideAForeignWalLosesNothing() throws Exception {
        Path a = praktijk("a");
        Path c = praktijk("c");
        byte[] wal;
        try (Database d = Database.open(c)) {
            wal = walNaSchrijven(d, "andere praktijk");
        }
        byte[] db = Files.readAllBytes(a);
        Path log = dir.resolve("punten.txt");
        Path proef = kopieMap(a, "proef");
        Files.write(Walwacht.wal(proef), wal);
        assertEquals(0, KindProces.start(List.of("-Dspoorzoeker.breekpunten=" + log),
                OpenKindMain.class, "OPEN", proef.toString()).wachtOpEinde());
        List<String> punten = Files.readAllLines(log);
        assertTrue(punten.containsAll(List.of("openen.wal-apart", "openen.shm-weg", "atomisch.tmp-geschreven",
                "atomisch.tmp-verplaatst")), punten.toString());
        for (int i = 0; i < punten.size(); i++) {
            Path kopie = kopieMap(a, "kill-" + i);
            Files.write(Walwacht.wal(kopie), wal);
            assertEquals(Breekpunt.STATUS, KindProces.start(
                    List.of("-Dspoorzoeker.breekpunt=" + punten.get(i)), OpenKindMain.class, "OPEN", kopie.toString())
                    .wachtOpEinde(), punten.get(i));
            try (Database d = Database.open(kopie)) {
                assertEquals("ok", d.pragma("integrity_check"), punten.get(i));
                assertEquals(0, rijen(d, "andere praktijk"), punten.get(i) + ": nothing of the foreign WAL");
            }
            assertArrayEquals(db, Files.readAllBytes(kopie), punten.get(i) + ": the database byte-identical");
            try (var s = Files.list(kopie.getParent())) {
                List<Path> bestanden = s.toList();
                assertTrue(bestanden.stream().noneMatch(p -> p.getFileName().toString().endsWith(".tmp")),
                        punten.get(i) + ": no temporary file left " + bestanden);
                Path apart = bestanden.stream().filter(p -> p.getFileName().toString().startsWith("spoorzoeker.db-wal.apart-"))
                        .findFirst().orElseThrow(() -> new AssertionError("the foreign WAL was kept aside"));
                assertArrayEquals(wal, Files.readAllBytes(apart), punten.get(i));
            }
        }
        System.out.printf("Open kill points: %d enumerated, %d killed, database and foreign WAL byte-identical after each%n",
                punten.size(), punten.size());
    }

    private Path kopieMap(Path a, String naam) throws Exception {
        Path doel = dir.resolve(naam).resolve("spoorzoeker.db");
        Files.createDirectories(doel.getParent());
        for (String s : new String[] {"", "-sessie"}) {
            Files.copy(Path.of(a + s), Path.of(doel + s));
        }
        return doel;
    }

    private Path writeTemp(byte[] inhoud) throws Exception {
        Path p = Files.createTempFile(dir, "wal", ".bin");
        Files.write(p, inhoud);
        return p;
    }
}
