package nl.spoorzoeker.tijdlijn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Samentelling, WAZO pauses and the week counter. */
class VerzuimklokTest {

    static final LocalDate E = LocalDate.of(2025, 1, 6);

    /** Two periods: 30 sick days, then {@code healthy} healthy days, then sick again. */
    static Verzuimklok twoPeriods(int healthy) {
        LocalDate endFirst = E.plusDays(29);
        return Verzuimklok.van(List.of(new Periode(E, endFirst), Periode.vanaf(endFirst.plusDays(healthy + 1))),
                List.of());
    }

    @Test
    void periodsLessThan28DaysApartCountTogether() {
        Verzuimklok gap27 = twoPeriods(27);
        assertEquals(E, gap27.eersteZiektedag());
        LocalDate secondStart = E.plusDays(29 + 28);
        assertEquals(31, gap27.ziektedagen(secondStart), "30 days before, healthy days not counted");
        assertEquals(5, gap27.week(secondStart).getAsInt());
        assertEquals(Optional.of(secondStart.plusDays(41 - 31)), gap27.datumVanZiektedag(41));
    }

    @Test
    void periods28OrMoreDaysApartStartANewClock() {
        Verzuimklok gap28 = twoPeriods(28);
        assertEquals(E.plusDays(29 + 29), gap28.eersteZiektedag());
        assertEquals(1, gap28.ziektedagen(gap28.eersteZiektedag()));
        Verzuimklok gap29 = twoPeriods(29);
        assertEquals(E.plusDays(29 + 30), gap29.eersteZiektedag());
    }

    @Test
    void overlappingAndTouchingPeriodsMerge() {
        var klok = Verzuimklok.van(List.of(new Periode(E, E.plusDays(10)), new Periode(E.plusDays(5), E.plusDays(20)),
                Periode.vanaf(E.plusDays(21))), List.of());
        assertEquals(1, klok.keten().size());
        assertTrue(klok.lopend());
        assertEquals(31, klok.ziektedagen(E.plusDays(30)));
    }

    @Test
    void wazoLeavePausesTheClock() {
        var klok = Verzuimklok.van(List.of(Periode.vanaf(E)),
                List.of(new Periode(E.plusDays(10), E.plusDays(19))));
        assertEquals(10, klok.ziektedagen(E.plusDays(15)), "days 11-16 are leave");
        assertEquals(11, klok.ziektedagen(E.plusDays(20)));
        assertEquals(Optional.of(E.plusDays(20)), klok.datumVanZiektedag(11));
        assertEquals(Optional.of(E.plusDays(7 * 104 - 1 + 10)), klok.eindeVanWeek(104), "104 weeks move by 10 days");
    }

    @Test
    void anOpenWazoLeaveHasNoEndDateYet() {
        var klok = Verzuimklok.van(List.of(Periode.vanaf(E)), List.of(Periode.vanaf(E.plusDays(100))));
        assertEquals(Optional.of(E.plusDays(41)), klok.eindeVanWeek(6));
        assertEquals(Optional.empty(), klok.eindeVanWeek(52));
    }

    @Test
    void leapDaysCountLikeAnyOtherDay() {
        LocalDate e = LocalDate.of(2024, 2, 1);
        var klok = Verzuimklok.vanaf(e);
        assertEquals(LocalDate.of(2024, 3, 1), klok.datumVanZiektedag(30).orElseThrow(), "2024 has 29 February");
        assertEquals(LocalDate.of(2026, 1, 28), klok.eindeVanWeek(104).orElseThrow());
        assertEquals(e.plusDays(7L * 104 - 1), klok.eindeVanWeek(104).orElseThrow());
    }

    @Test
    void beforeTheFirstSickDayThereIsNoWeek() {
        assertTrue(Verzuimklok.vanaf(E).week(E.minusDays(1)).isEmpty());
        assertEquals(1, Verzuimklok.vanaf(E).week(E).getAsInt());
        assertEquals(2, Verzuimklok.vanaf(E).week(E.plusDays(7)).getAsInt());
    }

    @Test
    void badInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Verzuimklok.van(List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Periode(E, E.minusDays(1)));
        assertThrows(IllegalArgumentException.class, () -> Verzuimklok.vanaf(E).datumVanZiektedag(0));
    }
}
