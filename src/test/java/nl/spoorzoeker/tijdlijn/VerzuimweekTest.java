package nl.spoorzoeker.tijdlijn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VerzuimweekTest {

    /** The worked example of the domain brief: eerste ziektedag Monday 6 January 2025. */
    private static final LocalDate E = LocalDate.of(2025, 1, 6);

    @Test
    void weekOneIsTheFirstSevenDays() {
        for (int i = 0; i < 7; i++) {
            assertEquals(OptionalInt.of(1), Verzuimweek.op(E, E.plusDays(i)), "E+" + i);
        }
        assertEquals(OptionalInt.of(2), Verzuimweek.op(E, E.plusDays(7)));
        assertEquals(OptionalInt.of(2), Verzuimweek.op(E, E.plusDays(13)));
        assertEquals(OptionalInt.of(3), Verzuimweek.op(E, E.plusDays(14)));
    }

    @Test
    void beforeTheFirstSickDayThereIsNoWeek() {
        assertEquals(OptionalInt.empty(), Verzuimweek.op(E, E.minusDays(1)));
        assertEquals(OptionalInt.empty(), Verzuimweek.op(E, E.minusYears(5)));
    }

    @Test
    void weeksDoNotFollowTheCalendarWeek() {
        LocalDate wednesday = LocalDate.of(2025, 1, 8);
        assertEquals(OptionalInt.of(1), Verzuimweek.op(wednesday, LocalDate.of(2025, 1, 14))); // next Tuesday
        assertEquals(OptionalInt.of(2), Verzuimweek.op(wednesday, LocalDate.of(2025, 1, 15))); // next Wednesday
    }

    @ParameterizedTest
    @CsvSource({"1,2025-01-12", "2,2025-01-19", "6,2025-02-16", "8,2025-03-02", "52,2026-01-04", "93,2026-10-18",
            "104,2027-01-03"})
    void workedExampleFromTheDomainBrief(int week, LocalDate end) {
        assertEquals(end, Verzuimweek.eindeVanWeek(E, week));
        assertEquals(OptionalInt.of(week), Verzuimweek.op(E, end));
        assertEquals(OptionalInt.of(week + 1), Verzuimweek.op(E, end.plusDays(1)));
    }

    @Test
    void weekCountingCrossesLeapDays() {
        LocalDate e = LocalDate.of(2024, 2, 26);
        assertEquals(LocalDate.of(2024, 3, 3), Verzuimweek.eindeVanWeek(e, 1)); // 26,27,28,29 Feb, 1,2,3 Mar
        assertEquals(OptionalInt.of(1), Verzuimweek.op(e, LocalDate.of(2024, 2, 29)));
        assertEquals(OptionalInt.of(2), Verzuimweek.op(e, LocalDate.of(2024, 3, 4)));
    }

    @Test
    void weekZeroOrLessHasNoEnd() {
        assertThrows(IllegalArgumentException.class, () -> Verzuimweek.eindeVanWeek(E, 0));
        assertThrows(IllegalArgumentException.class, () -> Verzuimweek.eindeVanWeek(E, -1));
        assertThrows(IllegalArgumentException.class, () -> Verzuimweek.eindeVanWeek(E, Integer.MIN_VALUE));
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.of(2000, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Property(tries = 1000)
    void weekNeverDecreasesAsTheDateIncreases(@ForAll("dates") LocalDate e, @ForAll("dates") LocalDate a, @ForAll("dates") LocalDate b) {
        LocalDate earlier = a.isBefore(b) ? a : b;
        LocalDate later = a.isBefore(b) ? b : a;
        int weekEarlier = Verzuimweek.op(e, earlier).orElse(0);
        int weekLater = Verzuimweek.op(e, later).orElse(0);
        assertTrue(weekLater >= weekEarlier, e + ": " + earlier + " week " + weekEarlier + ", " + later + " week " + weekLater);
    }

    @Property(tries = 1000)
    void nextDayIsSameWeekOrTheNext(@ForAll("dates") LocalDate e, @ForAll @IntRange(min = -30, max = 1500) int offset) {
        LocalDate day = e.plusDays(offset);
        int today = Verzuimweek.op(e, day).orElse(0);
        int tomorrow = Verzuimweek.op(e, day.plusDays(1)).orElse(0);
        assertTrue(tomorrow == today || tomorrow == today + 1, day + ": " + today + " -> " + tomorrow);
    }

    @Property(tries = 1000)
    void weekMatchesTheFormulaInTheDomainBrief(@ForAll("dates") LocalDate e, @ForAll("dates") LocalDate day) {
        long daysSinceE = ChronoUnit.DAYS.between(e, day);
        OptionalInt expected = daysSinceE < 0 ? OptionalInt.empty() : OptionalInt.of((int) (daysSinceE / 7 + 1));
        assertEquals(expected, Verzuimweek.op(e, day));
    }

    @Property(tries = 1000)
    void theLastDayOfWeekNIsInWeekN(@ForAll("dates") LocalDate e, @ForAll @IntRange(min = 1, max = 200) int n) {
        LocalDate end = Verzuimweek.eindeVanWeek(e, n);
        assertEquals(e.plusDays(7L * n - 1), end);
        assertEquals(OptionalInt.of(n), Verzuimweek.op(e, end));
        assertEquals(OptionalInt.of(n + 1), Verzuimweek.op(e, end.plusDays(1)));
        if (n > 1) {
            assertEquals(OptionalInt.of(n), Verzuimweek.op(e, Verzuimweek.eindeVanWeek(e, n - 1).plusDays(1)));
        }
    }
}
