package nl.spoorzoeker.arbeidsmarkt;

import static nl.spoorzoeker.arbeidsmarkt.SollicitatieStatus.AANBOD;
import static nl.spoorzoeker.arbeidsmarkt.SollicitatieStatus.AANGENOMEN;
import static nl.spoorzoeker.arbeidsmarkt.SollicitatieStatus.AFGEWEZEN;
import static nl.spoorzoeker.arbeidsmarkt.SollicitatieStatus.GESPREK;
import static nl.spoorzoeker.arbeidsmarkt.SollicitatieStatus.INGETROKKEN;
import static nl.spoorzoeker.arbeidsmarkt.SollicitatieStatus.TWEEDE_GESPREK;
import static nl.spoorzoeker.arbeidsmarkt.SollicitatieStatus.VERSTUURD;
import static nl.spoorzoeker.arbeidsmarkt.SollicitatieStatus.VOORBEREID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Status steps, the weekly norm and the funnel: pure rules to their edges. */
class SollicitatieRegelsTest {

    static final LocalDate MA = LocalDate.of(2026, 11, 2); // a Monday

    static Sollicitatie met(LocalDate datum, SollicitatieStatus... statussen) {
        List<Sollicitatie.Stap> stappen = new ArrayList<>();
        for (int i = 0; i < statussen.length; i++) {
            stappen.add(new Sollicitatie.Stap(statussen[i], datum.plusDays(i)));
        }
        return new Sollicitatie(1, datum, "Org", "Functie", null, Kanaal.VACATURE, null, null, stappen, null);
    }

    @Test
    void stepsFollowTheOrderAndDatesDoNotGoBack() {
        List<Sollicitatie.Stap> verstuurd = met(MA, VOORBEREID, VERSTUURD).stappen();
        assertEquals(Optional.empty(), Sollicitatieverloop.probleem(verstuurd, GESPREK, MA.plusDays(1)));
        assertEquals(Optional.empty(), Sollicitatieverloop.probleem(verstuurd, AFGEWEZEN, MA.plusDays(1)));
        assertEquals(Optional.of("sollicitatie.fout.volgorde"), Sollicitatieverloop.probleem(verstuurd, AANBOD, MA.plusDays(5)));
        assertEquals(Optional.of("sollicitatie.fout.volgorde"), Sollicitatieverloop.probleem(verstuurd, VERSTUURD, MA.plusDays(5)));
        assertEquals(Optional.of("sollicitatie.fout.datumVoorVorige"),
                Sollicitatieverloop.probleem(verstuurd, GESPREK, MA));
        List<Sollicitatie.Stap> afgewezen = met(MA, VOORBEREID, VERSTUURD, AFGEWEZEN).stappen();
        assertEquals(Optional.of("sollicitatie.fout.afgesloten"),
                Sollicitatieverloop.probleem(afgewezen, GESPREK, MA.plusDays(9)));
        assertEquals(Optional.empty(), Sollicitatieverloop.probleem(
                met(MA, VOORBEREID, VERSTUURD, GESPREK, TWEEDE_GESPREK, AANBOD).stappen(), AANGENOMEN, MA.plusDays(30)));
    }

    @Test
    void everyOpenStatusCanEndAndNoEndedStatusGoesOn() {
        for (SollicitatieStatus s : SollicitatieStatus.values()) {
            if (s.isAfgesloten()) {
                assertTrue(s.volgende().isEmpty(), s.name());
            } else {
                assertTrue(s.volgende().contains(INGETROKKEN), s.name());
                s.volgende().forEach(next -> assertTrue(next.ordinal() > s.ordinal(), s + " -> " + next));
            }
        }
    }

    @Test
    void aNewSollicitatieStartsPreparedOrSent() {
        assertEquals(List.of(new Sollicitatie.Stap(VOORBEREID, MA)), Sollicitatieverloop.beginStappen(VOORBEREID, MA));
        assertEquals(List.of(new Sollicitatie.Stap(VOORBEREID, MA), new Sollicitatie.Stap(VERSTUURD, MA)),
                Sollicitatieverloop.beginStappen(VERSTUURD, MA));
        assertThrows(IllegalArgumentException.class, () -> Sollicitatieverloop.beginStappen(GESPREK, MA));
    }

    @Test
    void itCountsInTheWeekItWasSent() {
        Sollicitatie voorbereid = met(MA, VOORBEREID);
        Sollicitatie ingetrokken = met(MA, VOORBEREID, INGETROKKEN);
        assertNull(voorbereid.verstuurdOp());
        assertNull(ingetrokken.verstuurdOp());
        // Prepared on Sunday 8 Nov, sent on Monday 9 Nov: it counts in the second week.
        Sollicitatie laat = met(MA.plusDays(6), VOORBEREID, VERSTUURD, GESPREK);
        assertEquals(MA.plusDays(7), laat.verstuurdOp());
        Sollicitatienorm.Overzicht o = Sollicitatienorm.overzicht(List.of(voorbereid, ingetrokken, laat,
                met(MA, VOORBEREID, VERSTUURD), met(MA.plusDays(2), VOORBEREID, VERSTUURD, AFGEWEZEN)), 2,
                MA.plusDays(3), MA.plusDays(13));
        assertEquals(List.of(new Sollicitatienorm.Week(MA, 2), new Sollicitatienorm.Week(MA.plusDays(7), 1)), o.weken());
        assertEquals(3, o.totaal());
        assertEquals(4, o.normTotaal());
        assertEquals(1, o.wekenOnderNorm());
        assertTrue(o.onderNorm());
    }

    @Test
    void withoutANormNothingIsBelowIt() {
        Sollicitatienorm.Overzicht o = Sollicitatienorm.overzicht(List.of(), null, MA, MA.plusDays(20));
        assertEquals(3, o.weken().size());
        assertNull(o.normTotaal());
        assertFalse(o.onderNorm());
        assertEquals(0, Sollicitatienorm.overzicht(List.of(met(MA, VOORBEREID, VERSTUURD)), 1, MA.plusDays(1), MA)
                .weken().size());
    }

    @Test
    void theFunnelCountsHowFarEachGot() {
        Trechter.Uitkomst t = Trechter.van(List.of(
                met(MA, VOORBEREID),
                met(MA, VOORBEREID, VERSTUURD),
                met(MA, VOORBEREID, VERSTUURD, AFGEWEZEN),
                met(MA, VOORBEREID, VERSTUURD, GESPREK, AANBOD),
                met(MA, VOORBEREID, VERSTUURD, GESPREK, TWEEDE_GESPREK, AANBOD, AANGENOMEN),
                met(MA, VOORBEREID, INGETROKKEN)));
        assertEquals(List.of(4, 2, 1, 2, 1), t.niveaus().stream().map(Trechter.Niveau::aantal).toList());
        assertEquals(1, t.afgewezen());
        assertEquals(1, t.ingetrokken());
        assertEquals(3, t.lopend());
    }
}
