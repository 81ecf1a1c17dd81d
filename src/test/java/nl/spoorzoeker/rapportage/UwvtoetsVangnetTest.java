package nl.spoorzoeker.rapportage;

import static nl.spoorzoeker.rapportage.UwvtoetsTest.E;
import static nl.spoorzoeker.rapportage.UwvtoetsTest.EJE;
import static nl.spoorzoeker.rapportage.UwvtoetsTest.controles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.spoorzoeker.tijdlijn.Regime;
import org.junit.jupiter.api.Test;

/**
 * The checklist under the Ziektewet vangnet (docs/ziektewet-vangnet.md, "Checklist"): the checks
 * that prepare a werkgever's RIV-toets (C01's late start, C12, C14, C17) fall away; the rest holds.
 */
class UwvtoetsVangnetTest {

    /** A report that breaks C01 (late, no exception), C12, C14 and C17, under {@code regime}. */
    static UwvtoetsTest.Builder werkgeverPlichtenGemist(Regime regime) {
        UwvtoetsTest.Builder b = UwvtoetsTest.goed();
        b.traject = new RapportModel.Traject(E, EJE.plusDays(43), EJE, EJE.plusDays(10), null, null, null, null, regime);
        b.spoor1 = " ";
        b.knelpunten.add(new RapportModel.Knelpunt("Verschil van inzicht over het zoekprofiel", true, null));
        b.ontbrekend.add("EINDEVALUATIE");
        if (regime == Regime.ZIEKTEWET_VANGNET) {
            naarOpdrachtgever(b);
        }
        return b;
    }

    /** The report sent as under the vangnet it should be: to the werknemer and to UWV as opdrachtgever. */
    static void naarOpdrachtgever(UwvtoetsTest.Builder b) {
        b.distributie.replaceAll(o -> o.soort() != RapportModel.OntvangerSoort.WERKGEVER ? o
                : new RapportModel.Ontvanger(RapportModel.OntvangerSoort.OPDRACHTGEVER, "UWV Utrecht", o.datum()));
    }

    @Test
    void underLoondoorbetalingTheWerkgeversDutiesAreChecked() {
        assertEquals(List.of("C01:B", "C12:W", "C14:W", "C17:W"),
                controles(werkgeverPlichtenGemist(Regime.LOONDOORBETALING).bouw()));
    }

    @Test
    void underTheVangnetNoWerkgeversDutyIsAskedFor() {
        assertEquals(List.of(), controles(werkgeverPlichtenGemist(Regime.ZIEKTEWET_VANGNET).bouw()));
    }

    @Test
    void underTheVangnetAStartDateAndTheWerknemersVoiceAreStillRequired() {
        UwvtoetsTest.Builder b = werkgeverPlichtenGemist(Regime.ZIEKTEWET_VANGNET);
        b.traject = new RapportModel.Traject(E, null, null, EJE, null, null, null, null, Regime.ZIEKTEWET_VANGNET);
        assertEquals(List.of("C01:B"), controles(b.bouw()));
        b = werkgeverPlichtenGemist(Regime.ZIEKTEWET_VANGNET);
        b.akkoord = new RapportModel.Akkoord(" ", RapportModel.AkkoordSoort.GETEKEND, UwvtoetsTest.TOT, null);
        assertTrue(controles(b.bouw()).contains("C15:B"), "C15 binds UWV's plan too since 2023");
    }

    /**
     * Issue 18 (reviewer): under the vangnet UWV is the usual recipient, not an "Anders" to be checked; a report that
     * names the vangnet sent to a (former) werkgever is warned about, since the werkgever may not learn it.
     */
    @Test
    void underTheVangnetTheOpdrachtgeverIsAUsualRecipientAndTheWerkgeverIsWarnedAbout() {
        UwvtoetsTest.Builder b = werkgeverPlichtenGemist(Regime.ZIEKTEWET_VANGNET);
        assertEquals(List.of(), controles(b.bouw()), "to UWV as opdrachtgever: nothing to check");
        b.distributie.add(new RapportModel.Ontvanger(RapportModel.OntvangerSoort.WERKGEVER, "Bakkerij De Korenaar",
                UwvtoetsTest.TOT));
        List<Bevinding> gevonden = UwvtoetsTest.TOETS.controleer(b.bouw(), java.util.Locale.of("nl"));
        assertEquals(List.of("uwv.c16.vangnetWerkgever"), gevonden.stream().map(Bevinding::berichtKey).toList());
        assertEquals(List.of("Bakkerij De Korenaar"), gevonden.getFirst().args());
        assertEquals(Bevinding.Ernst.WAARSCHUWING, gevonden.getFirst().ernst());
        // Under loondoorbetaling the werkgever is the usual recipient, UWV as opdrachtgever too.
        UwvtoetsTest.Builder l = UwvtoetsTest.goed();
        naarOpdrachtgever(l);
        l.distributie.add(new RapportModel.Ontvanger(RapportModel.OntvangerSoort.WERKGEVER, "Casemanager", UwvtoetsTest.TOT));
        assertEquals(List.of(), controles(l.bouw()));
    }

    @Test
    void aTrajectWithoutRegimeIsLoondoorbetaling() {
        assertEquals(Regime.LOONDOORBETALING,
                new RapportModel.Traject(E, null, null, null, null, null, null, null).regime());
    }
}
