package nl.spoorzoeker.bewaartermijn;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The due date over 2000–2100: never before the full term, at most a leap day after it; states never go back. */
class BewaarregelsProperties {

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.of(2000, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Property(tries = 1000)
    void neverDueBeforeTheFullTerm(@ForAll("dates") LocalDate einde, @ForAll @IntRange(min = 1, max = 30) int jaren) {
        LocalDate vervalt = Bewaarregels.naJaren(einde, jaren);
        // Full years have passed: the same day-of-year or later, never a day early.
        assertFalse(vervalt.minusYears(jaren).isBefore(einde), einde + " + " + jaren + " = " + vervalt);
        assertFalse(vervalt.isAfter(einde.plusYears(jaren).plusDays(1)));
    }

    @Property(tries = 500)
    void aTrajectOnlyMovesTowardsDue(@ForAll("dates") LocalDate einde, @ForAll boolean erd,
                                      @ForAll @IntRange(min = 0, max = 4000) int dag) {
        Optional<LocalDate> vervalt = Bewaarregels.vervaldatum(einde, erd, null, Bewaarregels.Termijnen.STANDAARD);
        LocalDate vandaag = einde.plusDays(dag);
        Bewaarstaat nu = Bewaarregels.staat(vervalt, false, vandaag);
        Bewaarstaat morgen = Bewaarregels.staat(vervalt, false, vandaag.plusDays(1));
        assertTrue(morgen.ordinal() >= nu.ordinal(), nu + " then " + morgen);
        assertTrue(Bewaarregels.staat(vervalt, true, vandaag) == Bewaarstaat.BEWAARPLICHT);
    }
}
