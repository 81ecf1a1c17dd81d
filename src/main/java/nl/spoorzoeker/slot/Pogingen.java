package nl.spoorzoeker.slot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import nl.spoorzoeker.store.Bestanden;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wrong passphrases in a row. The first five cost nothing beyond the key derivation itself; from
 * the fifth on each failure makes the next attempt wait longer (1, 2, 4 … seconds, at most a
 * minute), so guessing at the kitchen table gets slow while a typo stays cheap. Thread-safe.
 *
 * <p>The count and the time of the last failure are kept in a small file in the data folder
 * ({@code wachtwoordpogingen}, written atomically), read when this is made: closing the app or
 * running the command line instead does not start the count again. A success removes the file.
 * It guards the door of the app, not a stolen laptop: whoever can delete the file can also copy
 * the key ring and guess without any door. A file that cannot be read counts as
 * {@value #GRATIS} failures just now: a damaged file costs a second, never a lock-out.
 * A clock set back never makes the wait longer than the longest one.
 */
public final class Pogingen {

    static final int GRATIS = 5;
    static final Duration MAXIMUM = Duration.ofSeconds(60);
    /** More than this in the file is damage, not counting. */
    static final int MAX_TELLING = 1_000_000;
    private static final String KOP = "spoorzoeker-pogingen 1";
    private static final Logger LOG = LoggerFactory.getLogger(Pogingen.class);

    private final Path bestand;
    private final Clock clock;
    private int mislukt;
    private Instant laatste = Instant.MIN;

    /** Kept in memory only (the arithmetic's tests). */
    public Pogingen(Clock clock) {
        this.bestand = null;
        this.clock = clock;
    }

    /** Kept in {@code bestand} as well, and starting from what it holds. */
    public Pogingen(Path bestand, Clock clock) {
        this.bestand = bestand;
        this.clock = clock;
        lees();
    }

    /** How long the next attempt must still wait; zero when it may go ahead. */
    public synchronized Duration wachttijd() {
        Instant nu = clock.instant();
        Duration wacht = wacht(mislukt);
        if (laatste.isAfter(nu)) {
            // The clock went back (or the file came from a laptop whose clock ran ahead): the
            // wait counts from now, or it would last until the clock caught up.
            laatste = nu;
            schrijf();
        }
        Instant volgendeVanaf = laatste == Instant.MIN ? Instant.MIN : laatste.plus(wacht);
        return nu.isBefore(volgendeVanaf) ? Duration.between(nu, volgendeVanaf) : Duration.ZERO;
    }

    public synchronized void mislukt() {
        mislukt = Math.min(mislukt + 1, MAX_TELLING);
        laatste = clock.instant();
        schrijf();
    }

    public synchronized void gelukt() {
        boolean was = mislukt > 0;
        mislukt = 0;
        laatste = Instant.MIN;
        if (bestand != null && was) {
            try {
                Files.deleteIfExists(bestand);
            } catch (IOException e) {
                LOG.warn("Could not reset the count of wrong passphrases", e);
            }
        }
    }

    public synchronized int aantalMislukt() {
        return mislukt;
    }

    private static Duration wacht(int mislukt) {
        if (mislukt < GRATIS) {
            return Duration.ZERO;
        }
        Duration wacht = Duration.ofSeconds(1L << Math.min(mislukt - GRATIS, 6));
        return wacht.compareTo(MAXIMUM) > 0 ? MAXIMUM : wacht;
    }

    private void lees() {
        String tekst;
        try {
            if (Files.size(bestand) > 4096) {
                throw new IOException("too large");
            }
            tekst = Files.readString(bestand, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return; // no failures since the last success
        } catch (IOException | RuntimeException e) {
            beschadigd(e.toString());
            return;
        }
        String[] regels = tekst.split("\n", -1);
        try {
            if (regels.length != 4 || !regels[0].equals(KOP) || !regels[3].isEmpty()) {
                throw new IllegalArgumentException("layout");
            }
            int n = Integer.parseInt(regels[1]);
            Instant t = Instant.parse(regels[2]);
            if (n < 1 || n > MAX_TELLING) {
                throw new IllegalArgumentException("count " + n);
            }
            mislukt = n;
            laatste = t;
        } catch (IllegalArgumentException | DateTimeParseException e) {
            beschadigd(e.toString());
        }
    }

    /** Some failures, bounded: the next wrong passphrase waits two seconds, this attempt at most one. */
    private void beschadigd(String waarom) {
        LOG.warn("The count of wrong passphrases is unreadable ({}); counted as {} failures", waarom,
                GRATIS);
        mislukt = GRATIS;
        laatste = clock.instant();
        schrijf();
    }

    /** Best effort: a data folder that cannot be written keeps the count for this process only. */
    private void schrijf() {
        if (bestand == null) {
            return;
        }
        try {
            Bestanden.schrijfAtomisch(bestand, (KOP + "\n" + mislukt + "\n" + laatste + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.warn("Could not keep the count of wrong passphrases", e);
        }
    }
}
