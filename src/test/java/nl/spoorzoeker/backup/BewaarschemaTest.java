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
    void anAfternoonOfBackupNowKeepsOnePerHour() {
        List<Instant> middag = new ArrayList<>();
        for (int i = 0; i < 27; i++) {
            middag.add(NU.minus(Duration.ofMinutes(7L * i)));
        }
        Set<Instant> houden = Bewaarschema.teBewaren(middag, NU, AMS);
        assertTrue(houden.size() <= 5 && houden.contains(NU), "27 backups in three hours: " + houden.size());
    }

    @Test
    void aYearOfBackupsEveryThirtyMinutesThinsToAboutFortyGenerations() {
        List<Instant> alle = new ArrayList<>();
        for (Instant t = NU.minus(Duration.ofDays(400)); !t.isAfter(NU); t = t.plus(Duration.ofMinutes(30))) {
            alle.add(t);
        }
        Set<Instant> houden = Bewaarschema.teBewaren(alle, NU, AMS);
        List<Instant> laatsteDagAlle = alle.stream().filter(t -> !t.isBefore(NU.minus(Duration.ofDays(1)))).toList();
        long laatsteDag = houden.stream().filter(laatsteDagAlle::contains).count();
        assertTrue(laatsteDag >= 24 && laatsteDag <= 25, "the newest of each hour of the last day: " + laatsteDag);
        for (Instant t : laatsteDagAlle) {
            boolean nieuwsteVanUur = laatsteDagAlle.stream().noneMatch(x -> x.isAfter(t)
                    && x.atZone(AMS).withMinute(0).withSecond(0).equals(t.atZone(AMS).withMinute(0).withSecond(0)));
            assertEquals(nieuwsteVanUur, houden.contains(t), t.toString());
        }
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
