package nl.spoorzoeker.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.OptionalInt;

/**
 * The week of sickness on a date, counted from the eerste ziektedag E: week n covers the days
 * E + 7(n-1) to E + 7n - 1 (domain.md §1.2). Samentelling of separate verzuimperiodes comes with
 * the full Poortwachter clock; for a single uninterrupted period this is the legal count.
 */
public final class Verzuimweek {

    private Verzuimweek() {
    }

    /** Empty when the date lies before the first day of sickness. */
    public static OptionalInt op(LocalDate eersteZiektedag, LocalDate datum) {
        long days = ChronoUnit.DAYS.between(eersteZiektedag, datum);
        if (days < 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Math.toIntExact(days / 7 + 1));
    }

    /** Last day of week n: E + 7n - 1. */
    public static LocalDate eindeVanWeek(LocalDate eersteZiektedag, int week) {
        if (week < 1) {
            throw new IllegalArgumentException("week must be >= 1: " + week);
        }
        return eersteZiektedag.plusDays(7L * week - 1);
    }
}
