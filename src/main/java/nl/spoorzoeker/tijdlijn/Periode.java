package nl.spoorzoeker.tijdlijn;

import java.time.LocalDate;

/**
 * A stretch of days, both ends included. {@code tot} is null while it is still running (the
 * werknemer is still sick, or the leave has not ended).
 */
public record Periode(LocalDate van, LocalDate tot) {

    public Periode {
        if (van == null) {
            throw new IllegalArgumentException("a period needs a first day");
        }
        if (tot != null && tot.isBefore(van)) {
            throw new IllegalArgumentException("period ends before it starts: " + van + " > " + tot);
        }
    }

    public static Periode vanaf(LocalDate van) {
        return new Periode(van, null);
    }

    public boolean lopend() {
        return tot == null;
    }

    public boolean bevat(LocalDate dag) {
        return !dag.isBefore(van) && (tot == null || !dag.isAfter(tot));
    }
}
