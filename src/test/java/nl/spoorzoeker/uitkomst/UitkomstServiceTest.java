package nl.spoorzoeker.uitkomst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.NoSuchElementException;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.dossier.TrajectStatus;
import nl.spoorzoeker.input.Weigering;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.testsupport.TestDossiers;
import nl.spoorzoeker.uitkomst.Uitkomst.Contractvorm;
import nl.spoorzoeker.uitkomst.Uitkomst.GestoptDoor;
import nl.spoorzoeker.uitkomst.Uitkomst.Plaatsing;
import nl.spoorzoeker.uitkomst.Uitkomst.Route;
import nl.spoorzoeker.uitkomst.Uitkomst.Soort;
import nl.spoorzoeker.uitkomst.Uitkomst.ZachtResultaat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.spoorzoeker.bewaartermijn.BewaartermijnService;

/** Closing a traject with its outcome and changing it later, on a real SQLite file. */
class UitkomstServiceTest {

    static final LocalDate VANDAAG = LocalDate.of(2026, 11, 24);

    @TempDir
    Path dir;
    Database db;
    UitkomstService uitkomsten;
    DossierService dossiers;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("spoorzoeker.db"));
        uitkomsten = new UitkomstService(db, TestDossiers.CLOCK);
        dossiers = new DossierService(db, TestDossiers.CLOCK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void closingStoresEveryFieldAndEndsTheTraject() {
        int id = TestDossiers.create(db, "Anouk de Wit");
        Uitkomst u = new Uitkomst(Soort.GEPLAATST_EXTERN, VANDAAG.minusDays(3), new Plaatsing("Kringloop Eemland",
                "Winkelmedewerker", Contractvorm.DETACHERING_EERST, Route.WERKERVARINGSPLEK, VANDAAG.plusDays(7), true,
                20 * 60), null, "Na drie maanden werkervaring", EnumSet.of(ZachtResultaat.ZELFVERTROUWEN,
                ZachtResultaat.MEER_STRUCTUUR), "Komt op tijd, plant de week zelf");
        uitkomsten.sluitAf(id, u);

        assertEquals(u, uitkomsten.van(id).orElseThrow());
        assertEquals(TrajectStatus.AFGEROND, dossiers.find(id).orElseThrow().traject().status());
    }

    @Test
    void editingLaterReplacesTheOutcomeAndKeepsTheStatus() {
        int id = TestDossiers.create(db, "Bram Mulder");
        uitkomsten.sluitAf(id, new Uitkomst(Soort.ANDERS, VANDAAG, null, null, "Nog onduidelijk",
                EnumSet.allOf(ZachtResultaat.class), "Alles"));
        dossiers.setStatus(id, TrajectStatus.GEARCHIVEERD);

        Uitkomst later = new Uitkomst(Soort.GESTOPT, VANDAAG.minusDays(1), null, GestoptDoor.WERKGEVER,
                "Opdracht ingetrokken", EnumSet.of(ZachtResultaat.ACCEPTATIE), null);
        uitkomsten.wijzig(id, later);

        assertEquals(later, uitkomsten.van(id).orElseThrow());
        assertEquals(TrajectStatus.GEARCHIVEERD, dossiers.find(id).orElseThrow().traject().status());
    }

    @Test
    void anInvalidOutcomeIsRefusedAndNothingChanges() {
        int id = TestDossiers.create(db, "Chris Bakker");
        Weigering w = assertThrows(Weigering.class, () -> uitkomsten.sluitAf(id,
                new Uitkomst(Soort.GEPLAATST_EXTERN, VANDAAG, new Plaatsing(null, null, null, null, VANDAAG, false, null),
                        null, null, null, null)));
        assertEquals("afsluiting.fout.werkgever", w.messageKey());
        assertTrue(uitkomsten.van(id).isEmpty());
        assertEquals(TrajectStatus.ACTIEF, dossiers.find(id).orElseThrow().traject().status());

        // The traject started 2026-10-01 (TestDossiers): an end before it is refused by the service too.
        Weigering voorStart = assertThrows(Weigering.class, () -> uitkomsten.sluitAf(id,
                new Uitkomst(Soort.HERSTELD, LocalDate.of(2026, 9, 30), null, null, null, null, null)));
        assertEquals("afsluiting.fout.einddatumVoorStart", voorStart.messageKey());
    }

    @Test
    void anUnknownDossierIsNotFound() {
        assertThrows(NoSuchElementException.class, () -> uitkomsten.sluitAf(999,
                new Uitkomst(Soort.HERSTELD, VANDAAG, null, null, null, null, null)));
    }

    @Test
    void theOutcomesEndDateIsTheTrajectsEndAndMovesOnlyWhenTheOutcomesDateMoves() {
        int id = TestDossiers.create(db, "Dewi Smit");
        var bewaren = new BewaartermijnService(db, TestDossiers.CLOCK);
        LocalDate einde = LocalDate.of(2026, 11, 2);
        uitkomsten.sluitAf(id, new Uitkomst(Soort.PENSIOEN, einde, null, null, null, null, null));
        assertEquals(einde, bewaren.regel(id).orElseThrow().einddatum());

        // The coach corrects the traject's end on the retention screen; editing the outcome's
        // other fields leaves that alone, moving the outcome's date moves it.
        bewaren.zetEinddatum(id, LocalDate.of(2026, 11, 5));
        uitkomsten.wijzig(id, new Uitkomst(Soort.PENSIOEN, einde, null, null, "Met AOW", null, null));
        assertEquals(LocalDate.of(2026, 11, 5), bewaren.regel(id).orElseThrow().einddatum());
        uitkomsten.wijzig(id, new Uitkomst(Soort.PENSIOEN, einde.plusDays(10), null, null, "Met AOW", null, null));
        assertEquals(einde.plusDays(10), bewaren.regel(id).orElseThrow().einddatum());
    }
}
