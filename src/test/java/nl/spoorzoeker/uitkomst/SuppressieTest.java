package nl.spoorzoeker.uitkomst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.spoorzoeker.uitkomst.Praktijkcijfers.Afgesloten;
import nl.spoorzoeker.uitkomst.Suppressie.Kolom;
import nl.spoorzoeker.uitkomst.Suppressie.Stand;
import nl.spoorzoeker.uitkomst.Uitkomst.Soort;
import org.junit.jupiter.api.Test;

/** The k-anonymity rule of the practice figures, to its edges: 0, 4, 5, one hidden cell, two. */
class SuppressieTest {

    static final LocalDate S = LocalDate.of(2025, 1, 6);

    /** {@code aantal} trajecten of one outcome, each late, with 3 sollicitaties and a scale change of +2. */
    static List<Afgesloten> n(Soort soort, int aantal) {
        List<Afgesloten> lijst = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            lijst.add(new Afgesloten(soort, S, S.plusDays(100 + i), 600, true, 3, 2.0));
        }
        return lijst;
    }

    static Suppressie.Tabel tabel(List<List<Afgesloten>> groepen) {
        return Suppressie.pas(Praktijkcijfers.bereken(groepen.stream().flatMap(List::stream).toList()));
    }

    static List<Boolean> verborgen(Suppressie.Tabel t) {
        List<Boolean> uit = new ArrayList<>(t.rijen().stream().map(Suppressie.Rij::verborgen).toList());
        uit.add(t.totaal().verborgen());
        return uit;
    }

    @Test
    void nothingClosedShowsNoFigure() {
        Suppressie.Tabel t = tabel(List.of());
        assertEquals(List.of(), t.rijen());
        assertTrue(t.totaal().verborgen(), "zero is below five too");
        assertEquals(Stand.VERBORGEN, t.totaal().stand(Kolom.DUUR), "a hidden row hides every figure");
    }

    @Test
    void fourIsHiddenWithItsMediansAndFiveIsShown() {
        Suppressie.Tabel vier = tabel(List.of(n(Soort.HERSTELD, 4)));
        for (Kolom k : Kolom.values()) {
            // Even the sollicitaties per placement, which herstel has none of: the whole row is "×".
            assertEquals(Stand.VERBORGEN, vier.rijen().getFirst().stand(k), k.name());
            assertEquals(Stand.VERBORGEN, vier.totaal().stand(k), k.name());
        }
        assertEquals(Stand.LEEG, tabel(List.of(n(Soort.HERSTELD, 5))).rijen().getFirst().stand(Kolom.SOLLICITATIES),
                "five recovered: no placement to divide by");
        Suppressie.Tabel vijf = tabel(List.of(n(Soort.GEPLAATST_EXTERN, 5)));
        for (Kolom k : Kolom.values()) {
            assertEquals(Stand.TONEN, vijf.rijen().getFirst().stand(k), k.name());
            assertEquals(Stand.TONEN, vijf.totaal().stand(k), k.name());
        }
    }

    @Test
    void oneHiddenRowHidesTheNextSmallestSoTheTotalCannotGiveItBack() {
        // 3 placed, 6 stopped, 8 recovered: 17 − 8 − 6 would give the 3 back.
        Suppressie.Tabel t = tabel(List.of(n(Soort.GEPLAATST_EXTERN, 3), n(Soort.HERSTELD, 8), n(Soort.GESTOPT, 6)));
        assertEquals(List.of(Soort.GEPLAATST_EXTERN, Soort.HERSTELD, Soort.GESTOPT),
                t.rijen().stream().map(r -> r.regel().soort()).toList());
        assertEquals(List.of(true, false, true, false), verborgen(t));
        assertEquals(Stand.VERBORGEN, t.rijen().get(2).stand(Kolom.DUUR), "a row hidden as complement hides all");
        assertEquals(Stand.TONEN, t.rijen().get(1).stand(Kolom.UREN));
    }

    @Test
    void twoHiddenRowsNeedNoComplement() {
        Suppressie.Tabel t = tabel(List.of(n(Soort.GEPLAATST_EXTERN, 2), n(Soort.HERSTELD, 9), n(Soort.GESTOPT, 3)));
        assertEquals(List.of(true, false, true, false), verborgen(t));
        Suppressie.Tabel vier = tabel(List.of(n(Soort.GEPLAATST_EXTERN, 2), n(Soort.HERSTELD, 9), n(Soort.GESTOPT, 3),
                n(Soort.PENSIOEN, 5)));
        assertEquals(List.of(true, false, true, false, false), verborgen(vier), "pensioen (5) stays");
    }

    @Test
    void oneSmallRowBesideOnlyHiddenOnesHidesTheTotal() {
        // 1 + 1: both hidden, total 2 hidden by itself. 4 alone with nothing else to hide: total = the row.
        assertEquals(List.of(true, true, true), verborgen(tabel(List.of(n(Soort.HERSTELD, 1), n(Soort.GESTOPT, 1)))));
        assertEquals(List.of(true, true), verborgen(tabel(List.of(n(Soort.HERSTELD, 4)))));
    }

    @Test
    void aFigureOverFewerThanFiveInAShownRowIsHiddenAndComplemented() {
        // Lateness known for 4 of the 6 placed: that share is hidden, and so the smallest other
        // late share with a basis (the 7 recovered), or the total would give it back.
        List<Afgesloten> geplaatst = new ArrayList<>(n(Soort.GEPLAATST_EXTERN, 4));
        geplaatst.add(new Afgesloten(Soort.GEPLAATST_EXTERN, S, S.plusDays(10), 60, null, 1, null));
        geplaatst.add(new Afgesloten(Soort.GEPLAATST_EXTERN, S, S.plusDays(10), 60, null, 1, null));
        Suppressie.Tabel t = tabel(List.of(geplaatst, n(Soort.HERSTELD, 7), n(Soort.WIA_WGA, 9)));
        assertEquals(List.of(false, false, false, false), verborgen(t));
        assertEquals(Stand.VERBORGEN, t.rijen().get(0).stand(Kolom.LAAT));
        assertEquals(Stand.VERBORGEN, t.rijen().get(0).stand(Kolom.ZACHT), "scored at both moments: 4");
        assertEquals(Stand.TONEN, t.rijen().get(0).stand(Kolom.SOLLICITATIES), "6 placements");
        assertEquals(Stand.TONEN, t.rijen().get(0).stand(Kolom.DUUR));
        assertEquals(Stand.VERBORGEN, t.rijen().get(1).stand(Kolom.LAAT), "the complement: 7 < 9");
        assertEquals(Stand.TONEN, t.rijen().get(2).stand(Kolom.LAAT));
        assertEquals(Stand.TONEN, t.totaal().stand(Kolom.LAAT));
        // The only row with placements has its sollicitaties hidden: no other row to hide, so the total's go.
        Suppressie.Tabel weinig = tabel(List.of(n(Soort.GEPLAATST_EXTERN, 3), n(Soort.HERSTELD, 7), n(Soort.WIA_WGA, 9)));
        assertEquals(Stand.VERBORGEN, weinig.rijen().get(0).stand(Kolom.SOLLICITATIES));
        assertEquals(Stand.VERBORGEN, weinig.totaal().stand(Kolom.SOLLICITATIES), "3 placements in all");
        assertFalse(weinig.totaal().verborgen());
    }
}
