package nl.spoorzoeker.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.testsupport.TestDossiers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kernkwadranten worksheet on a real SQLite file: several per traject, changed and removed per traject. */
class KernkwadrantServiceTest {

    @TempDir
    Path dir;
    Database db;
    KernkwadrantService service;
    int zoe;
    int sam;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("spoorzoeker.db"));
        service = new KernkwadrantService(db, TestDossiers.CLOCK);
        zoe = TestDossiers.create(db, "Zoë de Vries-Müller");
        sam = TestDossiers.create(db, "Sam Jansen");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void severalPerWerknemerInTheOrderMadeAndEachChangedOnItsOwn() {
        int eerste = service.bewaar(zoe, new Kernkwadrant(null, "behulpzaam", "opdringerig", "eigen grenzen", "egoïsme"));
        int tweede = service.bewaar(zoe, new Kernkwadrant(null, "nauwkeurig", null, null, null));
        service.bewaar(sam, new Kernkwadrant(null, "daadkrachtig", "drammerig", "geduld", "passiviteit"));
        assertEquals(tweede, service.bewaar(zoe, new Kernkwadrant(tweede, "nauwkeurig", "perfectionistisch",
                "flexibiliteit", "slordigheid")));
        List<Kernkwadrant> lijst = service.lijst(zoe);
        assertEquals(List.of(new Kernkwadrant(eerste, "behulpzaam", "opdringerig", "eigen grenzen", "egoïsme"),
                new Kernkwadrant(tweede, "nauwkeurig", "perfectionistisch", "flexibiliteit", "slordigheid")), lijst);
        assertEquals(1, service.lijst(sam).size());

        service.verwijder(zoe, eerste);
        assertEquals(List.of(tweede), service.lijst(zoe).stream().map(Kernkwadrant::id).toList());
    }

    @Test
    void anotherDossiersKernkwadrantIsNeitherChangedNorRemovedAndAQualityIsRequired() {
        int vanSam = service.bewaar(sam, new Kernkwadrant(null, "daadkrachtig", null, null, null));
        assertEquals("kk.fout.weg", assertThrows(InstrumentService.Geweigerd.class,
                () -> service.bewaar(zoe, new Kernkwadrant(vanSam, "iets anders", null, null, null))).messageKey());
        assertEquals("kk.fout.weg", assertThrows(InstrumentService.Geweigerd.class,
                () -> service.verwijder(zoe, vanSam)).messageKey());
        assertEquals("daadkrachtig", service.lijst(sam).getFirst().kwaliteit());
        assertThrows(IllegalArgumentException.class, () -> service.bewaar(zoe, new Kernkwadrant(null, " ", null, null, null)));
        assertThrows(IllegalArgumentException.class, () -> service.bewaar(zoe, new Kernkwadrant(null, null, "x", null, null)));
        assertEquals(0, service.lijst(zoe).size());
    }
}
