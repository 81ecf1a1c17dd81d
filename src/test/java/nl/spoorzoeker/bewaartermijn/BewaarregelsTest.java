package nl.spoorzoeker.bewaartermijn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import nl.spoorzoeker.bewaartermijn.Bewaarregels.Termijnen;
import org.junit.jupiter.api.Test;

/** The due-date rules to their edges. */
class BewaarregelsTest {

    private static final Termijnen STANDAARD = Termijnen.STANDAARD;
    private static final LocalDate EINDE = LocalDate.of(2024, 11, 24);

    private static Optional<LocalDate> vervalt(LocalDate einde, boolean erd, LocalDate eigen) {
        return Bewaarregels.vervaldatum(einde, erd, eigen, STANDAARD);
    }

    @Test
    void endPlusTwoYearsByDefault() {
        assertEquals(Optional.of(LocalDate.of(2026, 11, 24)), vervalt(EINDE, false, null));
    }

    @Test
    void fiveYearsWhenTheEmployerIsEigenrisicodrager() {
        assertEquals(Optional.of(LocalDate.of(2029, 11, 24)), vervalt(EINDE, true, null));
    }

    @Test
    void thePracticeChoosesItsOwnDefaults() {
        Termijnen eigen = new Termijnen(3, 7);
        assertEquals(Optional.of(LocalDate.of(2027, 11, 24)), Bewaarregels.vervaldatum(EINDE, false, null, eigen));
        assertEquals(Optional.of(LocalDate.of(2031, 11, 24)), Bewaarregels.vervaldatum(EINDE, true, null, eigen));
        assertThrows(IllegalArgumentException.class, () -> new Termijnen(0, 5));
        assertThrows(IllegalArgumentException.class, () -> new Termijnen(2, 31));
        new Termijnen(1, 30);
    }

    @Test
    void theCoachsOwnDateReplacesTheTermEitherWay() {
        LocalDate eigen = LocalDate.of(2025, 6, 1);
        assertEquals(Optional.of(eigen), vervalt(EINDE, false, eigen));
        assertEquals(Optional.of(eigen), vervalt(EINDE, true, eigen));
        LocalDate later = LocalDate.of(2035, 1, 1);
        assertEquals(Optional.of(later), vervalt(EINDE, true, later));
    }

    @Test
    void aTermStartingOnALeapDayEndsOnTheFirstOfMarchNeverTheTwentyEighth() {
        LocalDate schrikkeldag = LocalDate.of(2024, 2, 29);
        assertEquals(Optional.of(LocalDate.of(2026, 3, 1)), vervalt(schrikkeldag, false, null));
        assertEquals(Optional.of(LocalDate.of(2029, 3, 1)), vervalt(schrikkeldag, true, null));
        assertEquals(LocalDate.of(2028, 2, 29), Bewaarregels.naJaren(schrikkeldag, 4), "a leap year keeps the day");
        assertEquals(Optional.of(LocalDate.of(2026, 2, 28)), vervalt(LocalDate.of(2024, 2, 28), false, null));
        LocalDate vandaag = LocalDate.of(2026, 2, 28);
        assertEquals(Bewaarstaat.BINNENKORT, Bewaarregels.staat(vervalt(schrikkeldag, false, null), false, vandaag));
        assertEquals(Bewaarstaat.VERLOPEN, Bewaarregels.staat(vervalt(schrikkeldag, false, null), false,
                vandaag.plusDays(1)));
    }

    @Test
    void withoutAnEndDateNothingIsDueNotEvenWithAnOwnDate() {
        assertEquals(Optional.empty(), vervalt(null, false, null));
        assertEquals(Optional.empty(), vervalt(null, true, LocalDate.of(2020, 1, 1)));
        LocalDate vandaag = LocalDate.of(2040, 1, 1);
        assertEquals(Bewaarstaat.LOOPT_NOG, Bewaarregels.staat(Optional.empty(), false, vandaag));
        assertFalse(Bewaarregels.teBeoordelen(Optional.empty(), null, vandaag));
    }

    @Test
    void dueOnTheDayItselfSoonWithinThreeMonthsKeptBeyond() {
        Optional<LocalDate> vervalt = vervalt(EINDE, false, null); // 2026-11-24
        LocalDate dag = vervalt.orElseThrow();
        assertEquals(Bewaarstaat.VERLOPEN, Bewaarregels.staat(vervalt, false, dag));
        assertEquals(Bewaarstaat.VERLOPEN, Bewaarregels.staat(vervalt, false, dag.plusYears(3)));
        assertEquals(Bewaarstaat.BINNENKORT, Bewaarregels.staat(vervalt, false, dag.minusDays(1)));
        assertEquals(Bewaarstaat.BINNENKORT, Bewaarregels.staat(vervalt, false, dag.minusMonths(3)));
        assertEquals(Bewaarstaat.BEWAREN, Bewaarregels.staat(vervalt, false, dag.minusMonths(3).minusDays(1)));
        assertTrue(Bewaarregels.teBeoordelen(vervalt, null, dag.minusMonths(3)));
        assertFalse(Bewaarregels.teBeoordelen(vervalt, null, dag.minusMonths(3).minusDays(1)));
    }

    @Test
    void aBewaarplichtMeansNeverDueButIsReviewedEverySixMonths() {
        Optional<LocalDate> lang = vervalt(EINDE, true, null); // 2029
        LocalDate sinds = LocalDate.of(2026, 1, 15);
        LocalDate ver = LocalDate.of(2060, 1, 1);
        assertEquals(Bewaarstaat.BEWAARPLICHT, Bewaarregels.staat(vervalt(EINDE, false, null), true, ver));
        assertEquals(Bewaarstaat.BEWAARPLICHT, Bewaarregels.staat(Optional.empty(), true, ver));
        assertFalse(Bewaarregels.herzienNodig(sinds, LocalDate.of(2026, 7, 14)));
        assertTrue(Bewaarregels.herzienNodig(sinds, LocalDate.of(2026, 7, 15)));
        assertFalse(Bewaarregels.teBeoordelen(lang, sinds, LocalDate.of(2026, 7, 14)), "not due, not yet to review");
        assertTrue(Bewaarregels.teBeoordelen(lang, sinds, LocalDate.of(2026, 7, 15)), "six months on: review");
        assertTrue(Bewaarregels.teBeoordelen(vervalt(EINDE, false, null), LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 2)), "held, and would otherwise be due");
    }
}
