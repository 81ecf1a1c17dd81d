package nl.spoorzoeker.tijdlijn;

import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * The week of sickness for one uninterrupted period from the eerste ziektedag E: week n covers the
 * days E + 7(n-1) to E + 7n - 1 (domain.md §1.2). A shorthand for {@link Verzuimklok#vanaf}; use the
 * clock itself where verzuimperiodes or WAZO leave are known.
 */
public final class Verzuimweek {

    private Verzuimweek() {
    }

    /** Empty when the date lies before the first day of sickness. */
    public static OptionalInt op(LocalDate eersteZiektedag, LocalDate datum) {
        return Verzuimklok.vanaf(eersteZiektedag).week(datum);
    }

    /** Last day of week n: E + 7n - 1. */
    public static LocalDate eindeVanWeek(LocalDate eersteZiektedag, int week) {
        return Verzuimklok.vanaf(eersteZiektedag).eindeVanWeek(week).orElseThrow();
    }
}
