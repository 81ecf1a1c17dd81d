package nl.spoorzoeker.logboek;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Gap signals, to the edge of their thresholds. */
class ContactgatTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final LocalDate START = LocalDate.of(2026, 9, 1);

    @Test
    void noSignalWithinThreeWeeksOfTheLastContact() {
        assertTrue(Contactgat.signalen(TODAY, START, TODAY.minusDays(21), null, null, 21, 14).isEmpty());
        List<Contactgat.Signaal> late = Contactgat.signalen(TODAY, START, TODAY.minusDays(22), null, null, 21, 14);
        assertEquals(1, late.size());
        assertEquals(Contactgat.Soort.GEEN_CONTACT, late.getFirst().soort());
        assertEquals(22, late.getFirst().dagen());
    }

    @Test
    void withoutAnyContactTheGapCountsFromTheTrajectStart() {
        var s = Contactgat.signalen(TODAY, START, null, null, null, 21, 14);
        assertEquals(START, s.getFirst().sinds());
        assertTrue(Contactgat.signalen(TODAY, TODAY.minusDays(10), null, null, null, 21, 14).isEmpty());
        assertTrue(Contactgat.signalen(TODAY, null, null, null, null, 21, 14).isEmpty(), "no traject, no signal");
        assertTrue(Contactgat.signalen(TODAY, TODAY.plusDays(5), null, null, null, 21, 14).isEmpty());
    }

    @Test
    void inTheJobMarketPhaseEmployerOrNetworkContactIsExpectedEveryTwoWeeks() {
        LocalDate markt = TODAY.minusDays(40);
        var s = Contactgat.signalen(TODAY, START, TODAY.minusDays(2), TODAY.minusDays(15), markt, 21, 14);
        assertEquals(List.of(Contactgat.Soort.GEEN_MARKTCONTACT), s.stream().map(Contactgat.Signaal::soort).toList());
        assertTrue(Contactgat.signalen(TODAY, START, TODAY.minusDays(2), TODAY.minusDays(14), markt, 21, 14).isEmpty());
        // the phase started recently: counted from its start, not from an old employer contact
        assertTrue(Contactgat.signalen(TODAY, START, TODAY.minusDays(2), TODAY.minusDays(60), TODAY.minusDays(10), 21, 14).isEmpty());
        assertTrue(Contactgat.signalen(TODAY, START, TODAY.minusDays(2), null, null, 21, 14).isEmpty(), "not in that phase");
    }
}
