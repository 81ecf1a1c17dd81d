package nl.spoorzoeker.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Thinning backup generations: all of the last day, then daily, weekly, monthly; the newest always. */
class BewaarschemaTest {

    static final ZoneId AMS = ZoneId.of("Europe/Amsterdam");
    static final Instant NU = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void aYearOfBackupsEveryThirtyMinutesThinsToAboutFortyGenerations() {
        List<Instant> alle = new ArrayList<>();
        for (Instant t = NU.minus(Duration.ofDays(400)); !t.isAfter(NU); t = t.plus(Duration.ofMinutes(30))) {
            alle.add(t);
        }
        Set<Instant> houden = Bewaarschema.teBewaren(alle, NU, AMS);
        long laatsteDag = alle.stream().filter(t -> !t.isBefore(NU.minus(Duration.ofDays(1)))).count();
        assertTrue(houden.containsAll(alle.stream().filter(t -> !t.isBefore(NU.minus(Duration.ofDays(1)))).toList()),
                "every backup of the last day");
        long ouder = houden.size() - laatsteDag;
        assertTrue(ouder >= 6 + 3 + 10 && ouder <= 7 + 5 + 13, "daily, weekly, monthly: " + ouder);
        assertTrue(houden.stream().noneMatch(t -> t.isBefore(NU.minus(Duration.ofDays(366)))), "nothing older than a year");
        assertTrue(houden.contains(NU), "the newest");
    }

    @Test
    void theNewestIsKeptEvenWhenItIsOld() {
        Instant oud = NU.minus(Duration.ofDays(800));
        assertEquals(Set.of(oud), Bewaarschema.teBewaren(List.of(oud, oud.minusSeconds(60)), NU, AMS));
        assertEquals(Set.of(), Bewaarschema.teBewaren(List.of(), NU, AMS));
    }

    @Test
    void withinADayTheNewestOfThatDayIsKept() {
        Instant ochtend = Instant.parse("2026-11-21T08:00:00Z");
        Instant avond = Instant.parse("2026-11-21T19:00:00Z");
        Set<Instant> houden = Bewaarschema.teBewaren(List.of(ochtend, avond, NU), NU, AMS);
        assertEquals(Set.of(avond, NU), houden);
    }
}
