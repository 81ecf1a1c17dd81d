package nl.spoorzoeker.tijdlijn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Ziektewet-vangnet clock (issue 18 item 1) against the table in docs/ziektewet-vangnet.md,
 * which states each rule with its source, and at its edges.
 */
class VangnetKlokTest {

    static final LocalDate E = LocalDate.of(2025, 1, 6);

    record Rij(MijlpaalSoort soort, String loondoorbetaling, String vangnet) {
    }

    /** The milestone table of the document: code, loondoorbetaling column, vangnet column. */
    static List<Rij> tabel() throws Exception {
        List<Rij> rijen = new ArrayList<>();
        boolean inTabel = false;
        for (String regel : Files.readAllLines(Path.of("docs", "ziektewet-vangnet.md"))) {
            if (regel.startsWith("| Code |")) {
                inTabel = true;
                continue;
            }
            if (inTabel && !regel.startsWith("|")) {
                break;
            }
            if (inTabel && !regel.startsWith("|---")) {
                String[] cel = regel.split("\\|");
                rijen.add(new Rij(MijlpaalSoort.valueOf(cel[1].strip()), cel[2].strip(), cel[3].strip()));
            }
        }
        return rijen;
    }

    static List<Mijlpaal> klok(Regime regime, Verzuimklok klok, Gebeurtenissen gedaan, LocalDate vandaag) {
        return Poortwachter.mijlpalen(klok, E.plusWeeks(30), gedaan, KlokInstellingen.STANDAARD, vandaag,
                Overname.GEEN, regime);
    }

    static Map<MijlpaalSoort, LocalDate> eerste(List<Mijlpaal> m) {
        return m.stream().filter(x -> x.volgnummer() == 1).collect(Collectors.toMap(Mijlpaal::soort, Mijlpaal::deadline));
    }

    @Test
    void everyRegimeHasExactlyTheMilestonesOfTheSourcedTableAtItsWeeks() throws Exception {
        List<Rij> rijen = tabel();
        assertEquals(Set.of(MijlpaalSoort.values()), rijen.stream().map(Rij::soort).collect(Collectors.toSet()),
                "the table names every milestone kind once");
        for (Regime regime : Regime.values()) {
            Map<MijlpaalSoort, LocalDate> d = eerste(klok(regime, Verzuimklok.vanaf(E), Gebeurtenissen.GEEN, E));
            for (Rij r : rijen) {
                String cel = regime == Regime.LOONDOORBETALING ? r.loondoorbetaling() : r.vangnet();
                String wat = regime + " " + r.soort();
                if (cel.equals("—")) {
                    assertFalse(d.containsKey(r.soort()), wat + " does not exist");
                } else if (cel.matches("\\d+")) {
                    assertEquals(E.plusDays(7L * Integer.parseInt(cel) - 1), d.get(r.soort()), wat);
                } else {
                    // "herhaald" needs a plan or traject start; the traject start here gives its reports.
                    if (r.soort() != MijlpaalSoort.EVALUATIE_PLAN_VAN_AANPAK) {
                        assertTrue(d.containsKey(r.soort()), wat + " exists");
                    }
                }
            }
        }
    }

    @Test
    void theEerstejaarsZiektewetBeoordelingFollowsTheEffectiveClockThroughSamentelling() {
        // Sick 2025-01-06 to 2025-02-02 (4 weeks), well again 14 days, sick from 2025-02-17: the gap is
        // shorter than 28 days, so the periods add up and week 52 ends 14 days later than without it.
        Verzuimklok samen = Verzuimklok.van(List.of(new Periode(E, LocalDate.of(2025, 2, 2)),
                Periode.vanaf(LocalDate.of(2025, 2, 17))), List.of());
        Map<MijlpaalSoort, LocalDate> d = eerste(klok(Regime.ZIEKTEWET_VANGNET, samen, Gebeurtenissen.GEEN, E));
        assertEquals(E.plusDays(7L * 52 - 1 + 14), d.get(MijlpaalSoort.EERSTEJAARS_ZW_BEOORDELING));
        assertEquals(E.plusDays(7L * 93 - 1 + 14), d.get(MijlpaalSoort.WIA_AANVRAAG));
    }

    @Test
    void theBeoordelingIsUwvsFactPlannedUntilItsDayAndPassedTheDayAfter() {
        LocalDate einde52 = E.plusDays(7L * 52 - 1);
        Mijlpaal op = vind(klok(Regime.ZIEKTEWET_VANGNET, Verzuimklok.vanaf(E), Gebeurtenissen.GEEN, einde52),
                MijlpaalSoort.EERSTEJAARS_ZW_BEOORDELING);
        assertEquals(MijlpaalStatus.GEPLAND, op.status());
        Mijlpaal na = vind(klok(Regime.ZIEKTEWET_VANGNET, Verzuimklok.vanaf(E), Gebeurtenissen.GEEN,
                einde52.plusDays(1)), MijlpaalSoort.EERSTEJAARS_ZW_BEOORDELING);
        assertEquals(MijlpaalStatus.VERSTREKEN, na.status());
        assertFalse(MijlpaalSoort.EERSTEJAARS_ZW_BEOORDELING.taak());
        assertEquals(MijlpaalSoort.Actor.UWV, MijlpaalSoort.EERSTEJAARS_ZW_BEOORDELING.wie(Regime.ZIEKTEWET_VANGNET));
    }

    @Test
    void aRecordedEerstejaarsevaluationBringsNoWerkgeverMomentBackUnderTheVangnet() {
        var gedaan = new Gebeurtenissen(LocalDate.of(2025, 1, 31), LocalDate.of(2025, 2, 10), List.of(),
                LocalDate.of(2025, 10, 27), null, LocalDate.of(2025, 12, 15), LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 9, 20), null, null, List.of());
        List<Mijlpaal> m = klok(Regime.ZIEKTEWET_VANGNET, Verzuimklok.vanaf(E), gedaan, LocalDate.of(2026, 1, 1));
        for (MijlpaalSoort weg : Poortwachter.ALLEEN_LOONDOORBETALING) {
            assertTrue(m.stream().noneMatch(x -> x.soort() == weg), weg.name());
        }
        // What UWV and the werknemer did still counts: the plan is done, evaluations follow from it.
        assertEquals(MijlpaalStatus.GEDAAN, vind(m, MijlpaalSoort.PLAN_VAN_AANPAK).status());
        assertEquals(LocalDate.of(2025, 2, 10).plusWeeks(6), vind(m, MijlpaalSoort.EVALUATIE_PLAN_VAN_AANPAK).deadline());
        // The next task is never a werkgever's.
        Mijlpaal volgende = Poortwachter.volgende(m).orElseThrow();
        assertFalse(volgende.soort().wie(Regime.ZIEKTEWET_VANGNET).name().startsWith("WERKGEVER"));
    }

    @Test
    void underTheVangnetUwvDoesWhatTheWerkgeverAndBedrijfsartsDoOtherwise() {
        assertEquals(MijlpaalSoort.Actor.UWV, MijlpaalSoort.PROBLEEMANALYSE.wie(Regime.ZIEKTEWET_VANGNET));
        assertEquals(MijlpaalSoort.Actor.UWV_EN_WERKNEMER, MijlpaalSoort.PLAN_VAN_AANPAK.wie(Regime.ZIEKTEWET_VANGNET));
        assertEquals(MijlpaalSoort.Actor.BEDRIJFSARTS, MijlpaalSoort.PROBLEEMANALYSE.wie(Regime.LOONDOORBETALING));
        assertEquals(MijlpaalSoort.Actor.WERKGEVER_EN_WERKNEMER,
                MijlpaalSoort.PLAN_VAN_AANPAK.wie(Regime.LOONDOORBETALING));
        for (Mijlpaal m : klok(Regime.ZIEKTEWET_VANGNET, Verzuimklok.vanaf(E), Gebeurtenissen.GEEN, E)) {
            MijlpaalSoort.Actor wie = m.soort().wie(Regime.ZIEKTEWET_VANGNET);
            assertFalse(wie == MijlpaalSoort.Actor.WERKGEVER || wie == MijlpaalSoort.Actor.WERKGEVER_EN_WERKNEMER,
                    m.soort() + " is no werkgever's duty under the vangnet");
        }
    }

    @Test
    void theTijdlijnCarriesItsRegimeToTheClock() {
        Tijdlijn vangnet = new Tijdlijn(E, null, List.of(), List.of(), 6, Overname.GEEN, null, Regime.ZIEKTEWET_VANGNET);
        Tijdlijn gewoon = new Tijdlijn(E, null, List.of(), List.of(), 6);
        assertTrue(eerste(vangnet.mijlpalen(KlokInstellingen.STANDAARD, E)).containsKey(MijlpaalSoort.EERSTEJAARS_ZW_BEOORDELING));
        assertFalse(eerste(vangnet.mijlpalen(KlokInstellingen.STANDAARD, E)).containsKey(MijlpaalSoort.WEEKMELDING_42));
        assertTrue(eerste(gewoon.mijlpalen(KlokInstellingen.STANDAARD, E)).containsKey(MijlpaalSoort.WEEKMELDING_42));
        assertEquals(Regime.LOONDOORBETALING, gewoon.regime());
    }

    private static Mijlpaal vind(List<Mijlpaal> m, MijlpaalSoort soort) {
        return m.stream().filter(x -> x.soort() == soort).findFirst().orElseThrow();
    }
}
