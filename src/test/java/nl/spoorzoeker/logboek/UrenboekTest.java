package nl.spoorzoeker.logboek;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The burn-down of the budget, week by week. */
class UrenboekTest {

    static final LocalDate START = LocalDate.of(2026, 9, 2); // a Wednesday

    @Test
    void budgetLeftPerWeekAgainstAnEvenSpend() {
        List<Urenboek.Boeking> boekingen = List.of(new Urenboek.Boeking(START.minusDays(3), 60),
                new Urenboek.Boeking(START.plusDays(1), 120), new Urenboek.Boeking(START.plusDays(12), 90));
        List<Urenboek.Punt> punten = Urenboek.burndown(600, START, START.plusDays(28), boekingen, START.plusDays(12));
        assertEquals(5, punten.size());
        assertEquals(LocalDate.of(2026, 8, 31), punten.getFirst().maandag());
        assertEquals(420, punten.get(0).resterendMinuten(), "a booking before the start counts in the first week");
        assertEquals(420, punten.get(1).resterendMinuten());
        assertEquals(330, punten.get(2).resterendMinuten(), "the week holding today is drawn to its end");
        assertNull(punten.get(3).resterendMinuten(), "weeks to come have no figure yet");
        // Even spend: first Sunday is 4 of 28 days in.
        assertEquals(514, punten.get(0).gelijkmatigMinuten());
        assertEquals(0, punten.get(4).gelijkmatigMinuten());
    }

    @Test
    void withoutAnEndDateThereIsNoEvenSpendAndItRunsToToday() {
        List<Urenboek.Punt> punten = Urenboek.burndown(600, START, null, List.of(), START.plusWeeks(3));
        assertEquals(4, punten.size());
        punten.forEach(p -> assertNull(p.gelijkmatigMinuten()));
        assertEquals(600, punten.getLast().resterendMinuten());
        assertEquals(Urenboek.MAX_WEKEN, Urenboek.burndown(600, START.minusYears(20), null, List.of(), START).size());
    }
}
