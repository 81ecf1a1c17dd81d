package nl.spoorzoeker.rapportage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.spoorzoeker.tijdlijn.Regime;
import nl.spoorzoeker.ui.I18n;
import org.junit.jupiter.api.Test;
import nl.spoorzoeker.ui.I18n;

/** The first draft from the data: the facts filled in, the substance left as a marked gap that blocks finalising. */
class VoorinvullingTest {

    @Test
    void aVoortgangsrapportageDraftStatesTheFactsOfThePeriod() {
        UwvtoetsTest.Builder b = UwvtoetsTest.goed();
        RapportModel m = b.bouw();
        Map<Sectie, String> t = Voorinvulling.voor(m, I18n.teksten());
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
    void theNormIsPlannedOnceWhenAGoalAlreadyStatesIt() {
        UwvtoetsTest.Builder b = UwvtoetsTest.goed();
        b.doelen.clear();
        b.doelen.add(new RapportModel.Doel("ARBEIDSMARKT", "Netwerkgesprekken met drie werkgevers", "verslag", null,
                "BEZIG"));
        String zonder = Voorinvulling.voor(b.bouw(), I18n.teksten()).get(Sectie.PLANNING);
        assertTrue(zonder.contains(I18n.t("voorinvulling.normDoorgaan", b.bouw().sollicitaties().normPerWeek())), zonder);
        b.doelen.add(new RapportModel.Doel("ARBEIDSMARKT", "Twee sollicitaties per week", "bewijs in het dossier",
                null, "BEZIG"));
        String met = Voorinvulling.voor(b.bouw(), I18n.teksten()).get(Sectie.PLANNING);
        assertTrue(met.contains("Twee sollicitaties per week"), met);
        assertTrue(!met.contains(I18n.t("voorinvulling.normDoorgaan", b.bouw().sollicitaties().normPerWeek())),
                "was listed twice in a row: " + met);
        assertTrue(!Voorinvulling.isNormdoel("Netwerkgesprekken voeren met drie werkgevers"));
        assertTrue(Voorinvulling.isNormdoel("Apply for two jobs a week"));
    }

    @Test
    void belowTheNormTheExplanationIsDraftedAsAGap() {
        UwvtoetsTest.Builder b = UwvtoetsTest.goed();
        b.sollicitaties = new RapportModel.Sollicitaties(List.of(), 3, 2, 12);
        String norm = Voorinvulling.voor(b.bouw(), I18n.teksten()).get(Sectie.VERKLARING_NORM);
        assertTrue(norm.startsWith("Er zijn 3 sollicitaties verstuurd tegen een norm van 12."), norm);
        assertTrue(Voorinvulling.heeftOpenPlek(norm));
    }

    @Test
    void eachReportTypeGetsItsOwnSections() {
        UwvtoetsTest.Builder b = UwvtoetsTest.goed();
        b.soort = RapportSoort.INTAKEVERSLAG;
        assertEquals(Set.of(Sectie.SAMENVATTING), Voorinvulling.voor(b.bouw(), I18n.teksten()).keySet());
        b.soort = RapportSoort.EIND;
        Map<Sectie, String> eind = Voorinvulling.voor(b.bouw(), I18n.teksten());
        assertTrue(eind.containsKey(Sectie.RESULTAAT) && !eind.containsKey(Sectie.PLANNING));
        assertEquals("Het traject heeft (nog) niet geleid tot werk.", eind.get(Sectie.RESULTAAT));
        b.werkGevonden = true;
        assertTrue(Voorinvulling.heeftOpenPlek(Voorinvulling.voor(b.bouw(), I18n.teksten()).get(Sectie.RESULTAAT)),
                "where and from when is for the coach to fill in");
    }

    @Test
    void aRecordedOutcomeIsNotAskedForAgain() {
        UwvtoetsTest.Builder b = UwvtoetsTest.goed();
        b.soort = RapportSoort.EIND;
        b.werkGevonden = true;
        RapportModel zonder = b.bouw();
        RapportModel.Afsluiting geplaatst = new RapportModel.Afsluiting("GEPLAATST_EXTERN", true, UwvtoetsTest.TOT,
                "Gemeente Utrecht", "Medewerker klantcontact", "TIJDELIJK", "WERKERVARINGSPLEK", UwvtoetsTest.TOT, true,
                24 * 60, null, null, List.of(), null, null, null, List.of());
        RapportModel met = new RapportModel(zonder.soort(), zonder.van(), zonder.tot(), zonder.traject(),
                zonder.activiteiten(), zonder.sollicitaties(), zonder.netwerkcontacten(), zonder.werkervaring(),
                zonder.belastbaarheid(), zonder.profielen(), zonder.arbeidsmarktfase(), zonder.statusSpoor1(),
                zonder.teksten(), zonder.akkoord(), zonder.distributie(), zonder.knelpunten(),
                zonder.ontbrekendeRivDelen(), true, zonder.uren(), zonder.doelen(), zonder.termijnen(), zonder.inhoud(),
                geplaatst);
        assertFalse(Voorinvulling.voor(met, I18n.teksten()).containsKey(Sectie.RESULTAAT),
                "the outcome prints employer, job and hours as its own part; a gap asking for them again contradicts it");
        assertTrue(Voorinvulling.heeftOpenPlek(Voorinvulling.voor(zonder, I18n.teksten()).get(Sectie.RESULTAAT)),
                "without a recorded outcome the coach still writes where and from when");
    }

    @Test
    void underTheVangnetTheReportHasNoSpoor1Part() {
        UwvtoetsTest.Builder b = UwvtoetsTest.goed();
        b.soort = RapportSoort.TRAJECTPLAN;
        assertTrue(Rapportopbouw.onderdelen(b.bouw()).contains(Rapportopbouw.Onderdeel.SPOOR1));
        RapportModel.Traject t = b.traject;
        b.traject = new RapportModel.Traject(t.eersteZiektedag(), t.startdatum(), t.ejeDatum(), t.adRapportDatum(),
                t.uitzonderingLateStart(), t.uitzonderingDocument(), t.eindevaluatieUiterlijk(), t.vorigeRapportageTot(),
                Regime.ZIEKTEWET_VANGNET);
        for (RapportSoort soort : RapportSoort.values()) {
            b.soort = soort;
            assertFalse(Rapportopbouw.onderdelen(b.bouw()).contains(Rapportopbouw.Onderdeel.SPOOR1),
                    soort + ": no own employer, so no spoor 1 to report on");
        }
    }

    @Test
    void aGapLeftInAnySectionBlocksFinalising() {
        UwvtoetsTest.Builder b = UwvtoetsTest.goed();
        assertTrue(Uwvtoets.magDefinitief(UwvtoetsTest.TOETS.controleer(b.bouw(), I18n.locale())));
        b.teksten.put(Sectie.BIJSTELLINGEN, "Geen. " + Voorinvulling.AANVULLEN + " waarom niet?]");
        List<Bevinding> bevindingen = UwvtoetsTest.TOETS.controleer(b.bouw(), I18n.locale());
        assertFalse(Uwvtoets.magDefinitief(bevindingen));
        Bevinding tekst = bevindingen.stream().filter(x -> x.controle().equals("TEKST")).findFirst().orElseThrow();
        assertEquals(Sectie.BIJSTELLINGEN, tekst.sectie());
        b.teksten.putAll(Voorinvulling.voor(b.bouw(), I18n.teksten()));
        assertTrue(UwvtoetsTest.TOETS.controleer(b.bouw(), I18n.locale()).stream().filter(x -> x.controle().equals("TEKST")).count() >= 2,
                "an untouched draft cannot be finalised");
    }

    @Test
    void aGapIsRecognisedInEitherLanguage() {
        I18n.setLocale(I18n.ENGLISH);
        try {
            UwvtoetsTest.Builder b = UwvtoetsTest.goed();
            b.soort = RapportSoort.EIND;
            b.werkGevonden = true;
            String english = Voorinvulling.voor(b.bouw(), I18n.teksten()).get(Sectie.RESULTAAT);
            assertTrue(english.contains("[TO COMPLETE:"), english);
            assertFalse(english.contains("AANVULLEN"), english);
            assertTrue(Voorinvulling.heeftOpenPlek(english));
            assertTrue(Voorinvulling.heeftOpenPlek("Geen. " + Voorinvulling.AANVULLEN + " waarom niet?]"),
                    "a draft prefilled in Dutch stays blocked after switching to English");
        } finally {
            I18n.setLocale(I18n.DUTCH);
        }
        assertTrue(Voorinvulling.heeftOpenPlek("None. [TO COMPLETE: why not?]"), "and the other way round");
    }
}
