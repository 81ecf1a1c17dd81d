package nl.spoorzoeker.rapportage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.spoorzoeker.rapportage.RapportModel.Activiteit;
import nl.spoorzoeker.rapportage.privacy.Privacytoets;
import org.junit.jupiter.api.Test;
import nl.spoorzoeker.ui.I18n;

/**
 * The UWV checklist on report models: a complete voortgangsrapportage passes, and every criterion
 * fails on exactly the gap it is about.
 */
class UwvtoetsTest {

    static final Uwvtoets TOETS = new Uwvtoets(Privacytoets.standaard(), Uwvtoets.Drempels.STANDAARD);
    static final LocalDate E = LocalDate.of(2025, 6, 2);
    static final LocalDate EJE = E.plusWeeks(50);
    static final LocalDate VAN = LocalDate.of(2026, 10, 5);
    static final LocalDate TOT = LocalDate.of(2026, 11, 15);

    /** A voortgangsrapportage that meets every criterion. */
    static Builder goed() {
        return new Builder();
    }

    static final class Builder {
        RapportSoort soort = RapportSoort.VOORTGANG;
        LocalDate van = VAN;
        LocalDate tot = TOT;
        RapportModel.Traject traject = new RapportModel.Traject(E, EJE.plusWeeks(4), EJE, EJE.minusWeeks(2), null, null,
                E.plusWeeks(89), VAN.minusDays(1));
        List<Activiteit> activiteiten = new ArrayList<>();
        RapportModel.Sollicitaties sollicitaties = new RapportModel.Sollicitaties(List.of(
                new RapportModel.Sollicitatie(VAN.plusDays(3), "Gemeente Utrecht", "Baliemedewerker", "Vacature",
                        "Verstuurd", true)), 12, 2, 12);
        int netwerk = 2;
        List<RapportModel.Werkervaring> werkervaring = new ArrayList<>();
        RapportModel.Belastbaarheid belastbaarheid = new RapportModel.Belastbaarheid(VAN.minusMonths(2), "BEDRIJFSARTS",
                "FML", 24 * 60, false);
        RapportModel.Profielen profielen = new RapportModel.Profielen(true, List.of(
                new RapportModel.Zoekrichting("Baliemedewerker", "MBO 2", 20 * 60, "Utrecht, 30 min", "40 vacatures"),
                new RapportModel.Zoekrichting("Administratief medewerker", "MBO 3", 24 * 60, "Utrecht", "25 vacatures")),
                false);
        boolean arbeidsmarkt = true;
        String spoor1 = "Geen passende functies, laatst getoetst op 01-11-2026";
        Map<Sectie, String> teksten = new EnumMap<>(Map.of(Sectie.ANALYSE_PROFIELEN, "Afstand is klein.",
                Sectie.BIJSTELLINGEN, "Geen bijstelling nodig: plan loopt.", Sectie.SAMENVATTING, "Goede periode.",
                Sectie.PLANNING, "Twee sollicitaties per week; WEP-gesprek in week 48."));
        RapportModel.Akkoord akkoord = new RapportModel.Akkoord("Ik ben tevreden over de voortgang.",
                RapportModel.AkkoordSoort.GETEKEND, TOT.plusDays(2), null);
        List<RapportModel.Ontvanger> distributie = new ArrayList<>(List.of(
                new RapportModel.Ontvanger(RapportModel.OntvangerSoort.WERKGEVER, "Casemanager", TOT.plusDays(3)),
                new RapportModel.Ontvanger(RapportModel.OntvangerSoort.WERKNEMER, "Werknemer", TOT.plusDays(3))));
        List<RapportModel.Knelpunt> knelpunten = new ArrayList<>();
        List<String> ontbrekend = new ArrayList<>();
        List<RapportModel.Doel> doelen = new ArrayList<>(List.of(new RapportModel.Doel("ARBEIDSMARKT",
                "Twee sollicitaties per week op administratieve functies", "Overzicht met bewijs", TOT, "BEZIG")));
        List<RapportModel.Termijn> termijnen = new ArrayList<>(List.of(
                new RapportModel.Termijn("EERSTEJAARSEVALUATIE", 1, TOT.minusWeeks(30), TOT.minusWeeks(31), "GEDAAN"),
                new RapportModel.Termijn("EINDRAPPORTAGE", 1, TOT.plusWeeks(20), null, "GEPLAND"),
                new RapportModel.Termijn("VOORTGANGSRAPPORTAGE", 4, TOT.plusWeeks(6), null, "GEPLAND")));
        boolean werkGevonden;

        Builder() {
            for (LocalDate d = VAN.plusDays(1); d.isBefore(TOT); d = d.plusWeeks(1)) {
                activiteiten.add(new Activiteit(d, 60, "GESPREK_OP_LOCATIE", "Voortgang", "Besproken: drie vacatures.",
                        "Cv aanpassen", "Volgende week", d.getDayOfMonth() % 2 == 0));
            }
        }

        RapportModel bouw() {
            return new RapportModel(soort, van, tot, traject, activiteiten, sollicitaties, netwerk, werkervaring,
                    belastbaarheid, profielen, arbeidsmarkt, spoor1, teksten, akkoord, distributie, knelpunten, ontbrekend,
                    werkGevonden, null, doelen, termijnen);
        }
    }

    static List<String> controles(RapportModel m) {
        return TOETS.controleer(m, I18n.locale()).stream().map(b -> b.controle() + ":" + b.ernst().name().charAt(0)).toList();
    }

    @Test
    void aCompleteReportPasses() {
        assertEquals(List.of(), TOETS.controleer(goed().bouw(), I18n.locale()));
        assertTrue(Uwvtoets.magDefinitief(List.of()));
    }

    @Test
    void c01LateStartNeedsAnExceptionWithItsDocument() {
        Builder b = goed();
        b.traject = new RapportModel.Traject(E, EJE.plusDays(43), EJE, EJE.plusDays(10), null, null, null, null);
        assertEquals(List.of("C01:B"), controles(b.bouw()));
        b.traject = new RapportModel.Traject(E, EJE.plusDays(43), EJE, EJE.plusDays(10), "AOW", null, null, null);
        assertEquals(List.of("C01:B"), controles(b.bouw()), "the reason alone is not enough");
        b.traject = new RapportModel.Traject(E, EJE.plusDays(43), EJE, EJE.plusDays(10), "AOW", "AD-rapport 3-3", null,
                null);
        assertEquals(List.of(), controles(b.bouw()));
        b.traject = new RapportModel.Traject(E, E.plusWeeks(58), null, E.plusWeeks(55), null, null, null, null);
        assertEquals(List.of("C01:B"), controles(b.bouw()), "without an EJE: end of week 58");
        b.traject = new RapportModel.Traject(E, E.plusWeeks(58).minusDays(1), null, E.plusWeeks(55), null, null, null,
                null);
        assertEquals(List.of(), controles(b.bouw()));
    }

    @Test
    void c02AndC03AdviceAndBelastbaarheid() {
        Builder b = goed();
        b.traject = new RapportModel.Traject(E, EJE.plusWeeks(4), EJE, EJE.plusWeeks(4).minusDays(43), null, null, null,
                null);
        assertEquals(List.of("C02:W"), controles(b.bouw()));
        b = goed();
        b.belastbaarheid = null;
        assertEquals(List.of("C03:B"), controles(b.bouw()));
        b = goed();
        b.belastbaarheid = new RapportModel.Belastbaarheid(TOT.minusMonths(6).minusDays(1), "BEDRIJFSARTS", "FML",
                24 * 60, false);
        assertEquals(List.of("C03:W"), controles(b.bouw()));
        b = goed();
        b.traject = new RapportModel.Traject(E, EJE.plusWeeks(4), EJE, null, null, null, null, null);
        assertEquals(List.of("C03:B"), controles(b.bouw()), "no AD report");
    }

    @Test
    void c04AndC05Profiles() {
        Builder b = goed();
        b.teksten.remove(Sectie.ANALYSE_PROFIELEN);
        assertEquals(List.of("C04:B"), controles(b.bouw()));
        b = goed();
        b.profielen = new RapportModel.Profielen(false, List.of(), false);
        assertEquals(List.of("C04:B", "C04:B"), controles(b.bouw()));
        b = goed();
        b.profielen = new RapportModel.Profielen(true, List.of(
                new RapportModel.Zoekrichting("Baliemedewerker", "MBO 2", 30 * 60, "Utrecht", "40 vacatures"),
                new RapportModel.Zoekrichting("Planner", null, 20 * 60, "Utrecht", "10 vacatures")), false);
        assertEquals(List.of("C05:B", "C05:B"), controles(b.bouw()), "too many hours; no level");
        b = goed();
        b.profielen = new RapportModel.Profielen(true, List.of(b.profielen.zoekrichtingen().getFirst()), false);
        assertEquals(List.of("C05:W"), controles(b.bouw()), "one direction only");
    }

    @Test
    void c06C07C08JobSearch() {
        Builder b = goed();
        b.sollicitaties = new RapportModel.Sollicitaties(List.of(), 0, 2, 12);
        b.netwerk = 0;
        b.activiteiten.replaceAll(a -> new Activiteit(a.datum(), a.minuten(), a.soort(), a.doel(), a.samenvatting(),
                a.afspraken(), a.vervolg(), false));
        assertEquals(List.of("C06:B", "C07:W"), controles(b.bouw()));
        b.teksten.put(Sectie.VERKLARING_GEEN_SOLLICITATIES, "Eerst werkervaring opbouwen, afgesproken met werkgever.");
        b.teksten.put(Sectie.VERKLARING_NORM, "Zie boven.");
        assertEquals(List.of(), controles(b.bouw()));
        b.arbeidsmarkt = false;
        b.teksten.clear();
        b.teksten.putAll(Map.of(Sectie.ANALYSE_PROFIELEN, "x", Sectie.BIJSTELLINGEN, "y", Sectie.SAMENVATTING, "z",
                Sectie.PLANNING, "p"));
        // No search is asked outside the job market phase; a norm the period still carries is printed
        // with its explanation, so the explanation is asked as an empty section (not as C07).
        assertEquals(List.of("TEKST:W"), controles(b.bouw()), "outside the job market phase no search is asked");
        b.teksten.put(Sectie.VERKLARING_NORM, "De arbeidsmarktfase is afgesloten.");
        assertEquals(List.of(), controles(b.bouw()));
        b = goed();
        b.sollicitaties = new RapportModel.Sollicitaties(List.of(new RapportModel.Sollicitatie(VAN, "X", "", "Vacature",
                "Verstuurd", false)), 12, null, null);
        assertEquals(List.of("C08:B", "C07:W", "C08:W"), controles(b.bouw()));
    }

    @Test
    void c09TheLogIsCompleteAndWithoutGaps() {
        Builder b = goed();
        b.activiteiten.set(0, new Activiteit(VAN.plusDays(1), 60, "TELEFONISCH", "Voortgang", " ", null, null, false));
        assertEquals(List.of("C09:B"), controles(b.bouw()));
        b = goed();
        b.activiteiten.removeIf(a -> a.datum().isAfter(VAN.plusDays(10)) && a.datum().isBefore(VAN.plusDays(40)));
        assertEquals(List.of("C09:B"), controles(b.bouw()), "a gap of more than three weeks");
        b.teksten.put(Sectie.KNELPUNTEN, "Werknemer was drie weken op vakantie, afgesproken.");
        assertEquals(List.of(), controles(b.bouw()), "explained under knelpunten");
    }

    @Test
    void c10C11C12C13C14C16C17Warnings() {
        Builder b = goed();
        b.van = TOT.minusWeeks(6);
        assertEquals(List.of("C10:W"), controles(b.bouw()), "period longer than six weeks");
        b = goed();
        b.teksten.remove(Sectie.BIJSTELLINGEN);
        assertEquals(List.of("C10:W"), controles(b.bouw()));
        b = goed();
        b.belastbaarheid = new RapportModel.Belastbaarheid(VAN.plusDays(5), "BEDRIJFSARTS", "FML", 24 * 60, true);
        assertEquals(List.of("C11:W"), controles(b.bouw()));
        b.profielen = new RapportModel.Profielen(true, b.profielen.zoekrichtingen(), true);
        assertEquals(List.of(), controles(b.bouw()));
        b = goed();
        b.spoor1 = " ";
        assertEquals(List.of("C12:W"), controles(b.bouw()));
        b = goed();
        b.werkervaring.add(new RapportModel.Werkervaring("Kringloop", TOT.minusMonths(4), null, true, "CONTRACT", null,
                null));
        assertEquals(List.of("C13:W", "C13:W"), controles(b.bouw()), "no end date; no evaluation for 4 months");
        b = goed();
        b.werkervaring.add(new RapportModel.Werkervaring("Kringloop", TOT.minusMonths(4), TOT.plusMonths(2), true,
                "GEEN", "Geen vacatureruimte", TOT.minusMonths(1)));
        assertEquals(List.of(), controles(b.bouw()));
        b = goed();
        b.knelpunten.add(new RapportModel.Knelpunt("Werkgever vindt zoekprofiel te smal", true, null));
        assertEquals(List.of("C14:W"), controles(b.bouw()));
        b = goed();
        b.distributie.removeIf(o -> o.soort() == RapportModel.OntvangerSoort.WERKNEMER);
        b.distributie.add(new RapportModel.Ontvanger(RapportModel.OntvangerSoort.ANDERS, "Schoonzus", TOT));
        assertEquals(List.of("C16:W", "C16:W"), controles(b.bouw()));
        b = goed();
        b.ontbrekend.add("eindevaluatie");
        assertEquals(List.of("C17:W"), controles(b.bouw()));
    }

    @Test
    void c15TheWerknemersVoiceAndAgreement() {
        Builder b = goed();
        b.akkoord = null;
        assertEquals(List.of("C15:B", "C15:B"), controles(b.bouw()));
        b.akkoord = new RapportModel.Akkoord("Niet eens met de zoekrichting.", RapportModel.AkkoordSoort.WEIGERT, TOT, "");
        assertEquals(List.of("C15:B"), controles(b.bouw()));
        b.akkoord = new RapportModel.Akkoord("Niet eens met de zoekrichting.", RapportModel.AkkoordSoort.WEIGERT, TOT,
                "Wil terug naar eigen werk");
        assertEquals(List.of(), controles(b.bouw()));
        b.akkoord = new RapportModel.Akkoord("Akkoord.", RapportModel.AkkoordSoort.MONDELING, TOT, null);
        assertEquals(List.of(), controles(b.bouw()), "mondeling akkoord op een datum");
    }

    @Test
    void c18MedicalDetailsAnywhereBlock() {
        Builder b = goed();
        b.teksten.put(Sectie.SAMENVATTING, "Door de hernia ging het langzaam.");
        b.akkoord = new RapportModel.Akkoord("Mijn fysiotherapeut is positief.", RapportModel.AkkoordSoort.GETEKEND, TOT,
                null);
        b.activiteiten.add(new Activiteit(TOT.minusDays(1), 30, "TELEFONISCH", "Voortgang", "Gebeld over de MRI.", null,
                null, false));
        List<Bevinding> bevindingen = TOETS.controleer(b.bouw(), I18n.locale());
        assertEquals(List.of("C18:B", "C18:B", "C18:B"), bevindingen.stream()
                .map(x -> x.controle() + ":" + x.ernst().name().charAt(0)).toList());
        assertEquals(java.util.Set.of(Bevinding.Herstel.RAPPORT, Bevinding.Herstel.AKKOORD, Bevinding.Herstel.LOGBOEK),
                bevindingen.stream().map(Bevinding::herstel).collect(java.util.stream.Collectors.toSet()),
                "each hit says where to fix it");
        assertEquals(Sectie.SAMENVATTING, bevindingen.stream().filter(x -> x.herstel() == Bevinding.Herstel.RAPPORT)
                .findFirst().orElseThrow().sectie());
        assertFalse(Uwvtoets.magDefinitief(bevindingen));
    }

    @Test
    void c18AlsoGuardsKnelpuntenPlacementsProfilesAndTheRefusalReason() {
        Builder b = goed();
        b.knelpunten.add(new RapportModel.Knelpunt("Wachten op de uitslag van de MRI.", false, null));
        b.werkervaring.add(new RapportModel.Werkervaring("Bakkerij De Korf", TOT.minusDays(30), null, true,
                "Ritme opbouwen na de chemo.", null, TOT.minusDays(5)));
        b.profielen = new RapportModel.Profielen(true, List.of(new RapportModel.Zoekrichting("Administratief medewerker",
                "MBO", 1200, "Utrecht", "Past bij haar reuma.")), false);
        b.akkoord = new RapportModel.Akkoord("Oneens.", RapportModel.AkkoordSoort.WEIGERT, TOT,
                "Vindt dat haar depressie niet meegewogen is.");
        List<Bevinding> c18 = TOETS.controleer(b.bouw(), I18n.locale()).stream().filter(x -> x.controle().equals("C18")).toList();
        assertEquals(java.util.Set.of("mri", "chemo", "reuma", "depressie"), c18.stream()
                .map(x -> String.valueOf(x.args().getFirst()).toLowerCase(java.util.Locale.ROOT))
                .collect(java.util.stream.Collectors.toSet()));
        assertEquals(java.util.Set.of(Bevinding.Herstel.RAPPORT, Bevinding.Herstel.WERKERVARING,
                Bevinding.Herstel.PROFIELEN, Bevinding.Herstel.AKKOORD), c18.stream().map(Bevinding::herstel)
                .collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void c19AndC20TheEindrapportage() {
        Builder b = goed();
        b.soort = RapportSoort.EIND;
        b.teksten.put(Sectie.ADVIES, "Deskundigenoordeel aanvragen bij UWV; WGA-aanvraag voorbereiden.");
        assertEquals(List.of("C19:B", "C19:B"), controles(b.bouw()));
        b.teksten.put(Sectie.RESULTAAT, "Geen passend werk gevonden.");
        b.teksten.put(Sectie.VERKLARING_GEEN_RESULTAAT, "Krappe markt voor de zoekrichtingen; 40 sollicitaties.");
        assertEquals(List.of(), controles(b.bouw()));
        b.teksten.remove(Sectie.VERKLARING_GEEN_RESULTAAT);
        b.werkGevonden = true;
        assertEquals(List.of(), controles(b.bouw()), "with work found no explanation is asked");
        b.traject = new RapportModel.Traject(E, EJE.plusWeeks(4), EJE, EJE.minusWeeks(2), null, null, TOT.minusDays(1),
                null);
        assertEquals(List.of("C20:W"), controles(b.bouw()));
    }

    @Test
    void anIntakeverslagOnlyAsksWhatAnIntakeCanHave() {
        Builder b = goed();
        b.soort = RapportSoort.INTAKEVERSLAG;
        b.belastbaarheid = null;
        b.profielen = new RapportModel.Profielen(false, List.of(), false);
        b.teksten.clear();
        b.activiteiten.clear();
        b.distributie.clear();
        b.teksten.putAll(Map.of(Sectie.SAMENVATTING, "Kennismaking verliep goed.", Sectie.AFSPRAKEN,
                "Elke week een gesprek.", Sectie.PLANNING, "Trajectplan binnen vier weken."));
        assertEquals(List.of(), controles(b.bouw()));
    }

    @Test
    void anEmptySectionOfItsTypeIsAWarningOnceAndOnlyForThatType() {
        Builder b = goed();
        b.teksten.remove(Sectie.PLANNING);
        List<Bevinding> gevonden = TOETS.controleer(b.bouw(), I18n.locale());
        assertEquals(List.of("TEKST:W"), controles(b.bouw()));
        assertEquals(Sectie.PLANNING, gevonden.getFirst().sectie());
        assertEquals("uwv.tekst.leeg", gevonden.getFirst().berichtKey());
        // An eindrapportage has no planning section, so nothing is asked of it there.
        b.soort = RapportSoort.EIND;
        b.werkGevonden = true;
        b.teksten.put(Sectie.RESULTAAT, "Geplaatst als baliemedewerker.");
        b.teksten.put(Sectie.ADVIES, "Nazorg in de eerste drie maanden.");
        assertEquals(List.of(), controles(b.bouw()));
        // A criterion that already names the section is not repeated as an empty section.
        b.teksten.remove(Sectie.RESULTAAT);
        assertEquals(List.of("C19:B"), controles(b.bouw()));
        // An empty analysis is C04's blocker, not also a warning.
        b.soort = RapportSoort.VOORTGANG;
        b.teksten.put(Sectie.PLANNING, "Twee sollicitaties per week.");
        b.teksten.remove(Sectie.ANALYSE_PROFIELEN);
        assertEquals(List.of("C04:B"), controles(b.bouw()));
    }
}
