package nl.spoorzoeker.store;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import nl.spoorzoeker.app.werkplek.Demoset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backup's check of its own fresh copy ({@link Kopiecontrole#controleerEigenKopie}, split over
 * two connections and per table) must refuse every damage the single full {@code integrity_check}
 * refuses. Each case damages a {@code VACUUM INTO} copy of a practice holding the demo dossiers.
 */
class KopiecontroleTest {

    @TempDir
    static Path dir;

    private static Database db;

    @BeforeAll
    static void praktijk() throws Exception {
        db = Database.open(dir.resolve("spoorzoeker.db"));
        Demoset.load(db, CLOCK);
    }

    @org.junit.jupiter.api.AfterAll
    static void sluit() {
        db.close();
    }

    private static Path kopie(String naam) throws Exception {
        Path kopie = dir.resolve(naam + ".db");
        db.vacuumInto(kopie);
        return kopie;
    }

    private static void voerUit(Path bestand, String... sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + bestand); Statement s = c.createStatement()) {
            for (String regel : sql) {
                s.execute(regel);
            }
        }
    }

    /** Both checks give the same verdict, and it is the one expected. */
    private static void beideOordelen(Path bestand, boolean goed) {
        Kopiecontrole.Uitslag gesplitst = Kopiecontrole.controleerEigenKopie(bestand);
        Kopiecontrole.Uitslag geheel = Kopiecontrole.controleer(bestand, true);
        assertEquals(goed, gesplitst.goed(), "split check: " + gesplitst);
        assertEquals(goed, geheel.goed(), "single full check: " + geheel);
    }

    @Test
    void anUndamagedCopyPassesWithEverythingKnown() throws Exception {
        Path kopie = kopie("heel");
        Kopiecontrole.Uitslag u = Kopiecontrole.controleerEigenKopie(kopie);
        assertTrue(u.goed(), u.toString());
        assertTrue(u.vanOns());
        assertEquals(Migrations.LATEST, u.schemaVersie());
        beideOordelen(kopie, true);
    }

    @Test
    void aFullTextIndexThatNoLongerMatchesItsTextsIsRefused() throws Exception {
        Path kopie = kopie("zoekindex");
        voerUit(kopie, "UPDATE zoek_fts_content SET c0 = 'een heel andere tekst' WHERE id = (SELECT min(id) FROM zoek_fts_content)");
        beideOordelen(kopie, false);
    }

    @Test
    void anIndexHoldingAnotherColumnsValuesIsRefused() throws Exception {
        Path kopie = kopie("index");
        voerUit(kopie, "PRAGMA writable_schema = ON",
                "UPDATE sqlite_schema SET rootpage = CASE name"
                        + " WHEN 'traject_werknemer_idx' THEN (SELECT rootpage FROM sqlite_schema WHERE name = 'traject_werkgever_idx')"
                        + " ELSE (SELECT rootpage FROM sqlite_schema WHERE name = 'traject_werknemer_idx') END"
                        + " WHERE name IN ('traject_werknemer_idx', 'traject_werkgever_idx')");
        beideOordelen(kopie, false);
    }

    @Test
    void aRowBreakingItsCheckConstraintIsRefused() throws Exception {
        Path kopie = kopie("check");
        voerUit(kopie, "PRAGMA ignore_check_constraints = ON",
                "UPDATE traject SET status = 'ONZIN' WHERE id = (SELECT min(id) FROM traject)");
        beideOordelen(kopie, false);
    }

    @Test
    void aPageUsedByTwoIndexesIsRefused() throws Exception {
        Path kopie = kopie("gedeeld");
        voerUit(kopie, "PRAGMA writable_schema = ON",
                "UPDATE sqlite_schema SET rootpage = (SELECT rootpage FROM sqlite_schema WHERE name = 'traject_werknemer_idx')"
                        + " WHERE name = 'traject_werkgever_idx'");
        beideOordelen(kopie, false);
    }

    @Test
    void aPageNoTreeUsesIsRefused() throws Exception {
        // Only the check of the file as a whole sees this one: the per-table checks do not, so the
        // page count from dbstat must.
        Path kopie = kopie("wees");
        try (FileChannel f = FileChannel.open(kopie, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer kop = ByteBuffer.allocate(100);
            f.read(kop, 0);
            int paginagrootte = Short.toUnsignedInt(kop.getShort(16));
            int paginas = kop.getInt(28);
            assertEquals(f.size(), (long) paginas * paginagrootte, "the header's page count is in use");
            f.write(ByteBuffer.allocate(4).putInt(0, paginas + 1), 28);
            f.write(ByteBuffer.allocate(paginagrootte), (long) paginas * paginagrootte);
        }
        beideOordelen(kopie, false);
        assertFalse(Kopiecontrole.controleerEigenKopie(kopie).integer());
    }
}
