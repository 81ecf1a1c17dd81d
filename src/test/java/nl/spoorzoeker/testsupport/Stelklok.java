package nl.spoorzoeker.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock a test moves by hand: idle time, sleep and waiting periods without waiting. */
public final class Stelklok extends Clock {

    private volatile Instant nu;
    private final ZoneId zone;

    public Stelklok(Instant begin) {
        this(begin, ZoneId.of("Europe/Amsterdam"));
    }

    private Stelklok(Instant begin, ZoneId zone) {
        this.nu = begin;
        this.zone = zone;
    }

    public void verzet(Duration d) {
        nu = nu.plus(d);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        return new Stelklok(nu, z);
    }

    @Override
    public Instant instant() {
        return nu;
    }
}
