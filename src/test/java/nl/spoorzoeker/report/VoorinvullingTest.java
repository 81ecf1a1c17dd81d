package nl.spoorzoeker.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The first draft from the data: the facts filled in, the substance left as a marked gap that blocks finalising. */
class VoorinvullingTest {

    @Test
    void aVoortgangsrapportageDraftStatesTheFactsOfThePeriod() {
        UwvtoetsTest.Builder b = UwvtoetsTest.goed();
        RapportModel m = b.bouw();
        Map<Sectie, String> t = Voorinvulling.voor(m);
        assertEquals(Set.of(Sectie.SAMENVATTING, Sectie.ANALYSE_PROFIELEN, Sectie.BIJSTELLINGEN, Sectie.PLANNING),
                t.keySet(), "the norm was met, so no explanation is drafted");
        String samenvatting = t.get(Sectie.SAMENVATTING);
        assertTrue(samenvatting.contains(m.activiteiten().size() + " contactmomenten"), samenvatting);
        assertTrue(samenvatting.contains("Er zijn " + m.sollicitaties().verstuurd() + " sollicitaties verstuurd"));
        assertTrue(Voorinvulling.heeftOpenPlek(samenvatting), "the coach must still write how it went");
        assertTrue(t.get(Sectie.ANALYSE_PROFIELEN).contains("• "
                + m.profielen().zoekrichtingen().getFirst().functie()));
        assertTrue(t.get(Sectie.PLANNING).contains("Twee sollicitaties per week op administratieve functies"),
                "open goals are the plan");
        assertTrue(t.get(Sectie.PLANNING).contains("Eerstvolgende termijn: Voortgangsrapportage"));
        assertFalse(Voorinvulling.heeftOpenPlek(t.get(Sectie.BIJSTELLINGEN)));
    }

    @Test
    void belowTheNormTheExplanationIsDraftedAsAGap() {
        UwvtoetsTest.Builder b = UwvtoetsTest.goed();
        b.sollicitaties = new RapportModel.Sollicitaties(List.of(), 3, 2, 12);
        String norm = Voorinvulling.voor(b.bouw()).get(Sectie.VERKLARING_NORM);
        assertTrue(norm.startsWith("Er zijn 3 sollicitaties verstuurd tegen een norm van 12."), norm);
        assertTrue(Voorinvulling.heeftOpenPlek(norm));
    }

    @Test
    void eachReportTypeGetsItsOwnSections() {
        UwvtoetsTest.Builder b = UwvtoetsTest.goed();
        b.soort = RapportSoort.INTAKEVERSLAG;
        assertEquals(Set.of(Sectie.SAMENVATTING), Voorinvulling.voor(b.bouw()).keySet());
        b.soort = RapportSoort.EIND;
        Map<Sectie, String> eind = Voorinvulling.voor(b.bouw());
        assertTrue(eind.containsKey(Sectie.RESULTAAT) && !eind.containsKey(Sectie.PLANNING));
        assertEquals("Het traject heeft (nog) niet geleid tot werk.", eind.get(Sectie.RESULTAAT));
        b.werkGevonden = true;
        assertTrue(Voorinvulling.heeftOpenPlek(Voorinvulling.voor(b.bouw()).get(Sectie.RESULTAAT)),
                "where and from when is for the coach to fill in");
    }

    @Test
    void aGapLeftInAnySectionBlocksFinalising() {
        UwvtoetsTest.Builder b = UwvtoetsTest.goed();
        assertTrue(Uwvtoets.magDefinitief(UwvtoetsTest.TOETS.controleer(b.bouw())));
        b.teksten.put(Sectie.BIJSTELLINGEN, "Geen. " + Voorinvulling.AANVULLEN + " waarom niet?]");
        List<Bevinding> bevindingen = UwvtoetsTest.TOETS.controleer(b.bouw());
        assertFalse(Uwvtoets.magDefinitief(bevindingen));
        Bevinding tekst = bevindingen.stream().filter(x -> x.controle().equals("TEKST")).findFirst().orElseThrow();
        assertEquals(Sectie.BIJSTELLINGEN, tekst.sectie());
        b.teksten.putAll(Voorinvulling.voor(b.bouw()));
        assertTrue(UwvtoetsTest.TOETS.controleer(b.bouw()).stream().filter(x -> x.controle().equals("TEKST")).count() >= 2,
                "an untouched draft cannot be finalised");
    }

    @Test
    void aGapIsRecognisedInEitherLanguage() {
        nl.spoorzoeker.ui.I18n.setLocale(nl.spoorzoeker.ui.I18n.ENGLISH);
        try {
            UwvtoetsTest.Builder b = UwvtoetsTest.goed();
            b.soort = RapportSoort.EIND;
            b.werkGevonden = true;
            String english = Voorinvulling.voor(b.bouw()).get(Sectie.RESULTAAT);
            assertTrue(english.contains("[TO COMPLETE:"), english);
            assertFalse(english.contains("AANVULLEN"), english);
            assertTrue(Voorinvulling.heeftOpenPlek(english));
            assertTrue(Voorinvulling.heeftOpenPlek("Geen. " + Voorinvulling.AANVULLEN + " waarom niet?]"),
                    "a draft prefilled in Dutch stays blocked after switching to English");
        } finally {
            nl.spoorzoeker.ui.I18n.setLocale(nl.spoorzoeker.ui.I18n.DUTCH);
        }
        assertTrue(Voorinvulling.heeftOpenPlek("None. [TO COMPLETE: why not?]"), "and the other way round");
    }
}
