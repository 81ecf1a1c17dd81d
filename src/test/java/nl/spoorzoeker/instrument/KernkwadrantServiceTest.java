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

    static final java.time.LocalDate VANDAAG = java.time.LocalDate.now(TestDossiers.CLOCK);

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
        assertEquals(List.of(new Kernkwadrant(eerste, "behulpzaam", "opdringerig", "eigen grenzen", "egoïsme", VANDAAG,
                        VANDAAG),
                new Kernkwadrant(tweede, "nauwkeurig", "perfectionistisch", "flexibiliteit", "slordigheid", VANDAAG,
                        VANDAAG)), lijst);
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

    /**
     * V25: a kernkwadrant carries the day it was made (today unless the coach names the day of the
     * conversation), kept when it is changed later; the day of the last change is read back too.
     */
    @Test
    void theDayItWasMadeIsKeptWhenItIsChangedOnALaterDay() {
        java.time.LocalDate gesprek = VANDAAG.minusDays(9);
        int kk = service.bewaar(zoe, new Kernkwadrant(null, "behulpzaam", null, null, null, gesprek, null));
        int vandaag = service.bewaar(zoe, new Kernkwadrant(null, "nauwkeurig", null, null, null));
        var later = java.time.Clock.offset(TestDossiers.CLOCK, java.time.Duration.ofDays(3));
        new KernkwadrantService(db, later).bewaar(zoe, new Kernkwadrant(kk, "behulpzaam", "opdringerig", null, null));
        Kernkwadrant eerste = service.lijst(zoe).getFirst();
        assertEquals(gesprek, eerste.datum(), "the day made stays when the text changes");
        assertEquals(VANDAAG.plusDays(3), eerste.gewijzigd());
        assertEquals(VANDAAG, service.lijst(zoe).stream().filter(k -> k.id() == vandaag).findFirst().orElseThrow().datum());
    }

    /**
     * The day made is set in the form (issue 19): a day given with a change is stored; a change
     * without one keeps it; a day ahead is refused (a report would not print it until then).
     */
    @Test
    void theDayMadeIsChangedWhenTheFormGivesOneAndADayAheadIsRefused() {
        int kk = service.bewaar(zoe, new Kernkwadrant(null, "behulpzaam", null, null, null));
        service.bewaar(zoe, new Kernkwadrant(kk, "behulpzaam", null, null, null, VANDAAG.minusDays(20), null));
        assertEquals(VANDAAG.minusDays(20), service.lijst(zoe).getFirst().datum());
        service.bewaar(zoe, new Kernkwadrant(kk, "behulpzaam", "opdringerig", null, null));
        assertEquals(VANDAAG.minusDays(20), service.lijst(zoe).getFirst().datum(), "no day given: it stays");
        assertEquals("input.dateInFuture", assertThrows(InstrumentService.Geweigerd.class, () -> service.bewaar(zoe,
                new Kernkwadrant(kk, "behulpzaam", null, null, null, VANDAAG.plusDays(1), null))).messageKey());
        assertEquals("input.dateInFuture", assertThrows(InstrumentService.Geweigerd.class, () -> service.bewaar(zoe,
                new Kernkwadrant(null, "nauwkeurig", null, null, null, VANDAAG.plusDays(1), null))).messageKey());
        assertEquals(List.of(VANDAAG.minusDays(20)), service.lijst(zoe).stream().map(Kernkwadrant::datum).toList());
    }
}
