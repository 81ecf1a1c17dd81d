package nl.spoorzoeker.uitkomst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import nl.spoorzoeker.uitkomst.Praktijkcijfers.Afgesloten;
import nl.spoorzoeker.uitkomst.Praktijkcijfers.Regel;
import nl.spoorzoeker.uitkomst.Uitkomst.Soort;
import org.junit.jupiter.api.Test;

/** The practice figures counted by hand on small sets, to their edges. */
class PraktijkcijfersTest {

    static final LocalDate S = LocalDate.of(2025, 1, 6);

    static Afgesloten a(Soort soort, int dagen, int uren, Boolean laat) {
        return new Afgesloten(soort, S, S.plusDays(dagen), uren * 60, laat);
    }

    @Test
    void nothingClosedGivesAnEmptyTotal() {
        var c = Praktijkcijfers.bereken(List.of());
        assertEquals(List.of(), c.perUitkomst());
        assertEquals(new Regel(null, 0, null, 0, null, 0, 0, 0, 0, 0, null, 0), c.totaal());
        assertNull(c.totaal().aandeelLaat());
    }

    @Test
    void perOutcomeInTheListsOrderWithMediansAndLateStarts() {
        var c = Praktijkcijfers.bereken(List.of(
                a(Soort.WIA_WGA, 300, 30, true),
                a(Soort.GEPLAATST_EXTERN, 100, 20, false),
                a(Soort.GEPLAATST_EXTERN, 200, 10, true),
                a(Soort.GEPLAATST_EXTERN, 400, 40, null),
                a(Soort.GESTOPT, 50, 5, false)));
        assertEquals(List.of(Soort.GEPLAATST_EXTERN, Soort.WIA_WGA, Soort.GESTOPT),
                c.perUitkomst().stream().map(Regel::soort).toList());
        Regel geplaatst = c.perUitkomst().getFirst();
        assertEquals(new Regel(Soort.GEPLAATST_EXTERN, 3, 200.0, 3, 20.0 * 60, 70 * 60, 1, 2, 0, 3, null, 0), geplaatst);
        assertEquals(0.5, geplaatst.aandeelLaat(), "one of the two for which it is known");
        // All five: durations 50,100,200,300,400 → 200; hours 5,10,20,30,40 → 20.
        assertEquals(new Regel(null, 5, 200.0, 5, 20.0 * 60, 105 * 60, 2, 4, 0, 3, null, 0), c.totaal());
    }

    @Test
    void sollicitatiesPerPlacementAndTheSoftScoreChangeAndTheYearFilter() {
        List<Afgesloten> lijst = List.of(
                new Afgesloten(Soort.GEPLAATST_EXTERN, S, LocalDate.of(2025, 6, 1), 60, false, 12, 2.0),
                new Afgesloten(Soort.GEPLAATST_INTERN, S, LocalDate.of(2025, 7, 1), 60, false, 0, null),
                new Afgesloten(Soort.WIA_WGA, S, LocalDate.of(2026, 2, 1), 60, true, 9, -1.0),
                new Afgesloten(Soort.GEPLAATST_EXTERN, S, LocalDate.of(2026, 3, 1), 60, false, 20, 3.0));
        assertEquals(List.of(2026, 2025), Praktijkcijfers.jaren(lijst));
        var alle = Praktijkcijfers.bereken(lijst, null);
        assertEquals(41.0 / 3, alle.totaal().sollicitatiesPerPlaatsing(), 1e-9, "all sollicitaties over 3 placements");
        assertEquals(16.0, alle.perUitkomst().getFirst().sollicitatiesPerPlaatsing(), 1e-9);
        assertNull(alle.perUitkomst().get(2).sollicitatiesPerPlaatsing(), "WGA has no placements");
        assertEquals(4.0 / 3, alle.totaal().zachtGemiddeld(), 1e-9, "(2 − 1 + 3) / 3, the unscored one left out");
        assertEquals(3, alle.totaal().zachtGemeten());
        var jaar = Praktijkcijfers.bereken(lijst, 2025);
        assertEquals(2, jaar.totaal().aantal());
        assertEquals(6.0, jaar.totaal().sollicitatiesPerPlaatsing(), 1e-9);
        assertEquals(0, Praktijkcijfers.bereken(lijst, 2024).totaal().aantal());
    }

    @Test
    void anEvenCountTakesTheMeanOfTheMiddleTwo() {
        assertEquals(150.0, Praktijkcijfers.mediaan(List.of(400L, 100L, 200L, 50L)));
        assertEquals(7.0, Praktijkcijfers.mediaan(List.of(7L)));
        assertEquals(0.5, Praktijkcijfers.mediaan(List.of(0L, 1L)));
        assertNull(Praktijkcijfers.mediaan(List.of()));
    }

    @Test
    void anUnknownOrImpossibleDurationIsLeftOutOfTheMedianButTheTrajectCounts() {
        var c = Praktijkcijfers.bereken(List.of(
                new Afgesloten(Soort.HERSTELD, null, S, 60, null),
                new Afgesloten(Soort.HERSTELD, S.plusDays(10), S, 0, null),
                a(Soort.HERSTELD, 0, 3, false)));
        Regel r = c.perUitkomst().getFirst();
        assertEquals(3, r.aantal());
        assertEquals(0.0, r.medianeDagen(), "ended on the day it started");
        assertEquals(60.0, r.medianeMinuten());
        assertEquals(0.0, r.aandeelLaat());
    }
}
