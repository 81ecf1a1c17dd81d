package nl.spoorzoeker.bewaartermijn;

import java.util.Map;

/**
 * What a retention deletion removed: rows per table (zero counts left out), whether the werknemer
 * and werkgever went too, and whether the write-ahead log was emptied afterwards.
 */
public record Verwijdering(int trajectId, Map<String, Integer> rijen, boolean werknemerVerwijderd,
                           boolean werkgeverVerwijderd, Reden reden, boolean logGeleegd) {

    /** Why, for the anonymous count: the term had passed, or the coach deleted earlier (e.g. on request). */
    public enum Reden {
        TERMIJN_VERSTREKEN, VOORTIJDIG
    }

    public Verwijdering {
        rijen = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rijen));
    }

    public int totaal() {
        return rijen.values().stream().mapToInt(Integer::intValue).sum();
    }
}
