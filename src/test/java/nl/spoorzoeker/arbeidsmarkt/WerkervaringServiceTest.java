package nl.spoorzoeker.arbeidsmarkt;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.spoorzoeker.input.Weigering;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.testsupport.TestDossiers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Werkervaringsplekken with weekly hours and evaluations (store), and the C13 warning (pure). */
class WerkervaringServiceTest {

    static final LocalDate START = LocalDate.of(2026, 6, 1); // a Monday

    @TempDir
    Path dir;
    Database db;
    WerkervaringService service;
    int dossier;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("spoorzoeker.db"));
        service = new WerkervaringService(db, CLOCK);
        dossier = TestDossiers.create(db, "Anne de Vries");
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Werkervaringsplek plek(LocalDate start, LocalDate eind, Werkervaringsplek.Uitkomst uitkomst, String waarom,
                                  List<Werkervaringsplek.Evaluatie> evaluaties) {
        return new Werkervaringsplek(null, Werkervaringsplek.Soort.WERKERVARINGSPLEK, "Kringloop Eemland",
                "Marieke Bos", "033-1234567", null, "Medewerker winkel", "Kassa, sorteren", start, eind, uitkomst, waarom,
                List.of(), evaluaties);
    }

    @Test
    void aPlaceKeepsItsScheduleRealisationAndEvaluations() {
        int id = service.nieuw(dossier, plek(START, null, Werkervaringsplek.Uitkomst.CONTRACT, null, List.of()));
        service.zetWeken(id, List.of(new Werkervaringsplek.Week(START, 240, 240),
                new Werkervaringsplek.Week(START.plusWeeks(1), 360, 300),
                new Werkervaringsplek.Week(START.plusWeeks(2), 480, null),
                new Werkervaringsplek.Week(START.plusWeeks(3), null, null)));
        int e = service.evalueer(id, new Werkervaringsplek.Evaluatie(null, START.plusWeeks(6), "Gaat goed; tempo omhoog"));
        service.wijzigEvaluatie(id, new Werkervaringsplek.Evaluatie(e, START.plusWeeks(6), "Gaat goed"));
        Werkervaringsplek terug = service.plekken(dossier).getFirst();
        assertEquals(3, terug.weken().size(), "an empty week is not stored");
        assertEquals(new Werkervaringsplek.Week(START.plusWeeks(1), 360, 300), terug.weken().get(1));
        assertEquals("Gaat goed", terug.evaluaties().getFirst().bevindingen());
        service.zetWeken(id, List.of(new Werkervaringsplek.Week(START, 120, 120)));
        assertEquals(1, service.plekken(dossier).getFirst().weken().size());
        service.wijzig(dossier, terug.metGegevensVan(plek(START, START.plusMonths(4), Werkervaringsplek.Uitkomst.GEEN,
                "Geen vacatureruimte bij de plek", List.of())));
        Werkervaringsplek gewijzigd = service.plekken(dossier).getFirst();
        assertEquals(START.plusMonths(4), gewijzigd.einddatum());
        assertEquals(1, gewijzigd.evaluaties().size());
    }

    @Test
    void refusals() {
        assertEquals("werkervaring.fout.geenUitkomstZonderReden", assertThrows(Weigering.class, () -> service.nieuw(dossier,
                plek(START, null, Werkervaringsplek.Uitkomst.GEEN, " ", List.of()))).messageKey());
        assertEquals("werkervaring.fout.eindVoorStart", assertThrows(Weigering.class, () -> service.nieuw(dossier,
                plek(START, START.minusDays(1), null, null, List.of()))).messageKey());
        int id = service.nieuw(dossier, plek(START, null, null, null, List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> service.zetWeken(id, List.of(new Werkervaringsplek.Week(START.plusDays(1), 60, 60))));
        assertThrows(java.util.NoSuchElementException.class,
                () -> service.evalueer(id + 99, new Werkervaringsplek.Evaluatie(null, START, "x")));
    }

    @Test
    void warnsWhenARunningPlaceGoesThreeMonthsWithoutEvaluation() {
        Werkervaringsplek zonder = plek(START, null, null, null, List.of());
        assertEquals(Optional.empty(), Werkervaringsbewaking.evaluatieSignaal(zonder, START.plusMonths(3)));
        assertEquals(Optional.of(new Werkervaringsbewaking.Signaal(START, 93)),
                Werkervaringsbewaking.evaluatieSignaal(zonder, START.plusMonths(3).plusDays(1)));
        Werkervaringsplek geevalueerd = plek(START, null, null, null,
                List.of(new Werkervaringsplek.Evaluatie(1, START.plusMonths(2), "ok")));
        assertEquals(Optional.empty(), Werkervaringsbewaking.evaluatieSignaal(geevalueerd, START.plusMonths(5)));
        assertTrue(Werkervaringsbewaking.evaluatieSignaal(geevalueerd, START.plusMonths(5).plusDays(1)).isPresent());
        Werkervaringsplek afgelopen = plek(START, START.plusMonths(4), null, null, List.of());
        assertEquals(Optional.empty(), Werkervaringsbewaking.evaluatieSignaal(afgelopen, START.plusMonths(4).plusDays(1)));
        assertEquals(Optional.empty(), Werkervaringsbewaking.evaluatieSignaal(zonder, START.minusDays(1)));
    }

    @Test
    void theWeeksRunFromStartToEndOrAFewWeeksAhead() {
        Werkervaringsplek plek = new Werkervaringsplek(1, Werkervaringsplek.Soort.DETACHERING, "X", null, null, null,
                null, null, START.plusDays(2), START.plusWeeks(3).plusDays(4), null, null,
                List.of(new Werkervaringsplek.Week(START.plusWeeks(1), 600, 480)), List.of());
        List<Werkervaringsplek.Week> weken = Werkervaringsbewaking.weken(plek, START);
        assertEquals(4, weken.size());
        assertEquals(START, weken.getFirst().maandag());
        assertEquals(600, weken.get(1).geplandMinuten());
        Werkervaringsplek open = new Werkervaringsplek(1, Werkervaringsplek.Soort.DETACHERING, "X", null, null, null,
                null, null, START, null, null, null, List.of(), List.of());
        assertEquals(Werkervaringsbewaking.MAX_WEKEN, Werkervaringsbewaking.weken(open, START.plusYears(5)).size());
        assertEquals(List.of(240, 240, 480, 480, 600, 600), Werkervaringsbewaking.opbouw(240, 240, 2, 600, 6));
    }
}
