package nl.spoorzoeker.slot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Wrong passphrases in a row. The first five cost nothing beyond the key derivation itself; from
 * the fifth on each failure makes the next attempt wait longer (1, 2, 4 … seconds, at most a
 * minute), so guessing at the kitchen table gets slow while a typo stays cheap. Thread-safe.
 */
public final class Pogingen {

    static final int GRATIS = 5;
    static final Duration MAXIMUM = Duration.ofSeconds(60);

    private final Clock clock;
    private int mislukt;
    private Instant volgendeVanaf = Instant.MIN;

    public Pogingen(Clock clock) {
        this.clock = clock;
    }

    /** How long the next attempt must still wait; zero when it may go ahead. */
    public synchronized Duration wachttijd() {
        Instant nu = clock.instant();
        return nu.isBefore(volgendeVanaf) ? Duration.between(nu, volgendeVanaf) : Duration.ZERO;
    }

    public synchronized void mislukt() {
        mislukt++;
        if (mislukt >= GRATIS) {
            long seconden = 1L << Math.min(mislukt - GRATIS, 6);
            Duration wacht = Duration.ofSeconds(seconden).compareTo(MAXIMUM) > 0 ? MAXIMUM : Duration.ofSeconds(seconden);
            volgendeVanaf = clock.instant().plus(wacht);
        }
    }

    public synchronized void gelukt() {
        mislukt = 0;
        volgendeVanaf = Instant.MIN;
    }

    public synchronized int aantalMislukt() {
        return mislukt;
    }
}
