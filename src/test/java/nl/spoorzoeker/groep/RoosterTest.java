package nl.spoorzoeker.groep;

import nl.spoorzoeker.tijdlijn.Feestdagen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import nl.spoorzoeker.logboek.Groepssessie.Soort;
import org.junit.jupiter.api.Test;

/** A programme's schedule from its pattern: Dutch public holidays passed over, wall-clock times across summer time. */
class RoosterTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private static Rooster.Uitkomst rooster(LocalDate vanaf, DayOfWeek dag, int aantal, int interval, int intervisieElke) {
        return Rooster.genereer(new Roosterpatroon(vanaf, dag, LocalTime.of(10, 0), 120, aantal, interval, Soort.WORKSHOP,
                intervisieElke, "Zaal 2"), Feestdagen.nederland(), (n, s) -> s + " " + n);
    }

    @Test
    void mondaysInSpring2027PassOverEasterAndWhitMondayAndStayAtTenAcrossSummerTime() {
        // 28 March 2027 is both Easter Sunday and the switch to summer time; 16 May is Whit Sunday.
        Rooster.Uitkomst r = rooster(LocalDate.of(2027, 3, 22), DayOfWeek.MONDAY, 8, 1, 0);
        List<LocalDate> dagen = r.bijeenkomsten().stream().map(g -> g.begin().toLocalDate()).toList();
        assertEquals(List.of(LocalDate.of(2027, 3, 22), LocalDate.of(2027, 4, 5), LocalDate.of(2027, 4, 12),
                LocalDate.of(2027, 4, 19), LocalDate.of(2027, 4, 26), LocalDate.of(2027, 5, 3), LocalDate.of(2027, 5, 10),
                LocalDate.of(2027, 5, 24)), dagen, "8 meetings still, the holidays left out");
        assertEquals(List.of(LocalDate.of(2027, 3, 29), LocalDate.of(2027, 5, 17)), r.overgeslagen(),
                "Tweede Paasdag and Tweede Pinksterdag");
        assertTrue(r.bijeenkomsten().stream().allMatch(g -> g.begin().toLocalTime().equals(LocalTime.of(10, 0))));
        // Wall clock 10:00 both sides of the switch: 09:00 UTC in winter time, 08:00 UTC in summer time.
        assertEquals(9, r.bijeenkomsten().get(0).begin().atZone(AMSTERDAM).withZoneSameInstant(ZoneId.of("UTC")).getHour());
        assertEquals(8, r.bijeenkomsten().get(1).begin().atZone(AMSTERDAM).withZoneSameInstant(ZoneId.of("UTC")).getHour());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), r.bijeenkomsten().stream().map(Rooster.Gepland::nummer).toList());
        assertEquals("WORKSHOP 8", r.bijeenkomsten().getLast().onderwerp());
    }

    @Test
    void fridaysAroundNewYearPassOverChristmasAndNewYearsDayAndTheEndOfSummerTimeKeepsTheHour() {
        Rooster.Uitkomst r = rooster(LocalDate.of(2026, 12, 16), DayOfWeek.FRIDAY, 3, 1, 0);
        assertEquals(List.of(LocalDateTime.of(2026, 12, 18, 10, 0), LocalDateTime.of(2027, 1, 8, 10, 0),
                LocalDateTime.of(2027, 1, 15, 10, 0)), r.bijeenkomsten().stream().map(Rooster.Gepland::begin).toList());
        assertEquals(List.of(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1)), r.overgeslagen());

        // Sunday 25 October 2026 summer time ends: a Tuesday series keeps 10:00 local.
        Rooster.Uitkomst herfst = rooster(LocalDate.of(2026, 10, 20), DayOfWeek.TUESDAY, 2, 1, 0);
        assertEquals(List.of(LocalDateTime.of(2026, 10, 20, 10, 0), LocalDateTime.of(2026, 10, 27, 10, 0)),
                herfst.bijeenkomsten().stream().map(Rooster.Gepland::begin).toList());
        assertFalse(herfst.bijeenkomsten().get(0).begin().atZone(AMSTERDAM).getOffset()
                .equals(herfst.bijeenkomsten().get(1).begin().atZone(AMSTERDAM).getOffset()));
    }

    @Test
    void kingsDayOnASundayMovesToSaturdayAndAFortnightlyPatternWithIntervisieEveryThird() {
        // 27 April 2025 was a Sunday: Koningsdag was Saturday 26 April.
        assertTrue(Feestdagen.nederland().test(LocalDate.of(2025, 4, 26)));
        assertFalse(Feestdagen.nederland().test(LocalDate.of(2025, 4, 27)));
        assertTrue(Feestdagen.nederland().test(LocalDate.of(2026, 4, 27)));
        assertFalse(Feestdagen.nederland().test(LocalDate.of(2026, 11, 3)));

        Rooster.Uitkomst r = rooster(LocalDate.of(2026, 11, 1), DayOfWeek.TUESDAY, 6, 2, 3);
        assertEquals(LocalDate.of(2026, 11, 3), r.bijeenkomsten().getFirst().begin().toLocalDate(),
                "the first Tuesday on or after the start date (1 November is a Sunday)");
        assertEquals(LocalDate.of(2026, 11, 17), r.bijeenkomsten().get(1).begin().toLocalDate(), "every two weeks");
        assertEquals(List.of(Soort.WORKSHOP, Soort.WORKSHOP, Soort.INTERVISIE, Soort.WORKSHOP, Soort.WORKSHOP,
                Soort.INTERVISIE), r.bijeenkomsten().stream().map(Rooster.Gepland::soort).toList());
        assertEquals("Zaal 2", r.bijeenkomsten().getFirst().locatie());
    }

    @Test
    void aPatternOutOfRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Roosterpatroon(LocalDate.of(2026, 11, 1),
                DayOfWeek.TUESDAY, LocalTime.of(10, 0), 120, 0, 1, Soort.WORKSHOP, 0, null));
        assertThrows(IllegalArgumentException.class, () -> new Roosterpatroon(LocalDate.of(2026, 11, 1),
                DayOfWeek.TUESDAY, LocalTime.of(10, 0), 0, 8, 1, Soort.WORKSHOP, 0, null));
    }
}
