package nl.spoorzoeker.tijdlijn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The worked example of domain.md §1.2 exactly, and the rules around it. */
class PoortwachterTest {

    static final LocalDate E = LocalDate.of(2025, 1, 6);

    static Map<MijlpaalSoort, LocalDate> eersteDeadlines(List<Mijlpaal> mijlpalen) {
        return mijlpalen.stream().filter(m -> m.volgnummer() == 1)
                .collect(Collectors.toMap(Mijlpaal::soort, Mijlpaal::deadline));
    }

    @Test
    void theWorkedExampleFromTheDomainBrief() {
        List<Mijlpaal> m = Poortwachter.mijlpalen(Verzuimklok.vanaf(E), null, Gebeurtenissen.GEEN,
                KlokInstellingen.STANDAARD, E);
        Map<MijlpaalSoort, LocalDate> d = eersteDeadlines(m);
        assertEquals(LocalDate.of(2025, 2, 16), d.get(MijlpaalSoort.PROBLEEMANALYSE));
        assertEquals(LocalDate.of(2025, 3, 2), d.get(MijlpaalSoort.PLAN_VAN_AANPAK));
        assertEquals(LocalDate.of(2025, 10, 27), d.get(MijlpaalSoort.WEEKMELDING_42));
        assertEquals(LocalDate.of(2026, 1, 4), d.get(MijlpaalSoort.EERSTEJAARSEVALUATIE));
        assertEquals(LocalDate.of(2026, 2, 15), d.get(MijlpaalSoort.START_SPOOR_2));
        assertEquals(LocalDate.of(2026, 4, 20), d.get(MijlpaalSoort.VERVROEGDE_IVA));
        assertEquals(LocalDate.of(2026, 10, 4), d.get(MijlpaalSoort.EINDEVALUATIE));
        assertEquals(LocalDate.of(2026, 10, 18), d.get(MijlpaalSoort.WIA_AANVRAAG));
        assertEquals(LocalDate.of(2027, 1, 3), d.get(MijlpaalSoort.EINDE_WACHTTIJD));
        assertEquals(LocalDate.of(2026, 9, 20), d.get(MijlpaalSoort.EINDRAPPORTAGE));
    }

    @Test
    void targetDatesLieTheMarginBeforeTheDeadline() {
        var settings = new KlokInstellingen(10, 14, 6);
        for (Mijlpaal m : Poortwachter.mijlpalen(Verzuimklok.vanaf(E), null, Gebeurtenissen.GEEN, settings, E)) {
            assertEquals(m.deadline().minusDays(10), m.streefdatum(), m.soort().name());
        }
    }

    @Test
    void anEarlierProbleemanalyseMovesThePlanVanAanpak() {
        var done = new Gebeurtenissen(LocalDate.of(2025, 1, 31), null, List.of(), null, null, null, null, null,
                null, null, List.of());
        Map<MijlpaalSoort, LocalDate> d = eersteDeadlines(Poortwachter.mijlpalen(Verzuimklok.vanaf(E), null, done,
                KlokInstellingen.STANDAARD, LocalDate.of(2025, 2, 1)));
        assertEquals(LocalDate.of(2025, 2, 14), d.get(MijlpaalSoort.PLAN_VAN_AANPAK));
    }

    @Test
    void spoor2StartsAtTheLatestSixWeeksAfterTheEerstejaarsevaluatie() {
        var done = Gebeurtenissen.GEEN.metEerstejaarsevaluatie(LocalDate.of(2025, 12, 15));
        Map<MijlpaalSoort, LocalDate> d = eersteDeadlines(Poortwachter.mijlpalen(Verzuimklok.vanaf(E), null, done,
                KlokInstellingen.STANDAARD, LocalDate.of(2025, 12, 16)));
        assertEquals(LocalDate.of(2026, 1, 26), d.get(MijlpaalSoort.START_SPOOR_2));
    }

    @Test
    void statusFollowsTodayAndWhatWasDone() {
        var done = new Gebeurtenissen(LocalDate.of(2025, 2, 20), null, List.of(), null, null, null, null, null,
                null, null, List.of());
        LocalDate today = LocalDate.of(2025, 3, 1);
        Map<MijlpaalSoort, Mijlpaal> byType = Poortwachter.mijlpalen(Verzuimklok.vanaf(E), null, done,
                KlokInstellingen.STANDAARD, today).stream()
                .collect(Collectors.toMap(Mijlpaal::soort, m -> m, (a, b) -> a));
        Mijlpaal pa = byType.get(MijlpaalSoort.PROBLEEMANALYSE);
        assertEquals(MijlpaalStatus.GEDAAN, pa.status());
        assertTrue(pa.teLaatGedaan(), "done on 20-2, due 16-2");
        assertEquals(MijlpaalStatus.BINNENKORT, byType.get(MijlpaalSoort.PLAN_VAN_AANPAK).status(), "due 20-2 + 14 days = 6-3");
        assertEquals(MijlpaalStatus.GEPLAND, byType.get(MijlpaalSoort.WIA_AANVRAAG).status());
        LocalDate late = LocalDate.of(2025, 3, 7);
        Mijlpaal pva = Poortwachter.mijlpalen(Verzuimklok.vanaf(E), null, done, KlokInstellingen.STANDAARD,
                late.plusDays(1)).stream().filter(m -> m.soort() == MijlpaalSoort.PLAN_VAN_AANPAK).findFirst().orElseThrow();
        assertEquals(MijlpaalStatus.TE_LAAT, pva.status());
        Mijlpaal wachttijd = Poortwachter.mijlpalen(Verzuimklok.vanaf(E), null, done, KlokInstellingen.STANDAARD,
                LocalDate.of(2027, 6, 1)).stream().filter(m -> m.soort() == MijlpaalSoort.EINDE_WACHTTIJD).findFirst().orElseThrow();
        assertEquals(MijlpaalStatus.VERSTREKEN, wachttijd.status(), "a date of the timeline is never 'te laat'");
    }

    @Test
    void voortgangsrapportagesFollowEveryIntervalFromTheLastOne() {
        LocalDate start = LocalDate.of(2026, 2, 2);
        var done = new Gebeurtenissen(null, null, List.of(), null, null, null, null, null, null, null,
                List.of(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 5, 1)));
        List<Mijlpaal> reports = Poortwachter.mijlpalen(Verzuimklok.vanaf(E), start, done, KlokInstellingen.STANDAARD,
                LocalDate.of(2026, 5, 20)).stream().filter(m -> m.soort() == MijlpaalSoort.VOORTGANGSRAPPORTAGE).toList();
        assertEquals(3, reports.size());
        assertEquals(LocalDate.of(2026, 3, 16), reports.get(0).deadline());
        assertTrue(reports.get(0).teLaatGedaan());
        assertEquals(LocalDate.of(2026, 5, 1), reports.get(1).deadline());
        assertEquals(LocalDate.of(2026, 6, 12), reports.get(2).deadline());
        assertEquals(MijlpaalStatus.BINNENKORT, reports.get(2).status());
        assertEquals(3, reports.get(2).volgnummer());
    }

    @Test
    void evaluationsOfThePlanComeEverySixWeeksOnceThePlanExists() {
        var noPlan = Poortwachter.mijlpalen(Verzuimklok.vanaf(E), null, Gebeurtenissen.GEEN, KlokInstellingen.STANDAARD, E);
        assertFalse(noPlan.stream().anyMatch(m -> m.soort() == MijlpaalSoort.EVALUATIE_PLAN_VAN_AANPAK));
        var plan = new Gebeurtenissen(null, LocalDate.of(2025, 3, 1), List.of(), null, null, null, null, null, null,
                null, List.of());
        var evals = Poortwachter.mijlpalen(Verzuimklok.vanaf(E), null, plan, KlokInstellingen.STANDAARD, E).stream()
                .filter(m -> m.soort() == MijlpaalSoort.EVALUATIE_PLAN_VAN_AANPAK).toList();
        assertEquals(1, evals.size());
        assertEquals(LocalDate.of(2025, 4, 12), evals.getFirst().deadline());
    }

    @Test
    void theWeekmeldingMovesOffTheWeekend() {
        // E on a Sunday: E + 294 is a Sunday too, so the deadline is the Monday after.
        LocalDate sunday = LocalDate.of(2025, 1, 5);
        Map<MijlpaalSoort, LocalDate> d = eersteDeadlines(Poortwachter.mijlpalen(Verzuimklok.vanaf(sunday), null,
                Gebeurtenissen.GEEN, KlokInstellingen.STANDAARD, sunday));
        assertEquals(LocalDate.of(2025, 10, 27), d.get(MijlpaalSoort.WEEKMELDING_42));
        assertEquals(LocalDate.of(2025, 10, 27), Poortwachter.volgendeWerkdag(LocalDate.of(2025, 10, 25)));
        assertEquals(LocalDate.of(2025, 10, 28), Poortwachter.volgendeWerkdag(LocalDate.of(2025, 10, 28)));
    }

    @Test
    void theWeekmeldingMovesOffAPublicHolidayOfTheAlgemeneTermijnenwet() {
        // Without holidays the deadline would be Friday 25 December 2026 (E + 294, as above): Christmas,
        // then a weekend, so Monday the 28th.
        LocalDate ziek = LocalDate.of(2026, 12, 25).minusDays(294);
        Map<MijlpaalSoort, LocalDate> d = eersteDeadlines(Poortwachter.mijlpalen(Verzuimklok.vanaf(ziek), null,
                Gebeurtenissen.GEEN, KlokInstellingen.STANDAARD, ziek));
        assertEquals(LocalDate.of(2026, 12, 28), d.get(MijlpaalSoort.WEEKMELDING_42));
        assertEquals(LocalDate.of(2026, 4, 28), Poortwachter.volgendeWerkdag(LocalDate.of(2026, 4, 27)), "Koningsdag");
        assertEquals(LocalDate.of(2026, 5, 6), Poortwachter.volgendeWerkdag(LocalDate.of(2026, 5, 5)), "5 mei, every year");
        assertEquals(LocalDate.of(2027, 5, 7), Poortwachter.volgendeWerkdag(LocalDate.of(2027, 5, 5)),
                "Bevrijdingsdag, then Hemelvaartsdag");
        assertEquals(LocalDate.of(2026, 5, 26), Poortwachter.volgendeWerkdag(LocalDate.of(2026, 5, 23)),
                "Saturday, Pinksteren and Tweede Pinksterdag");
        assertEquals(LocalDate.of(2026, 4, 3), Poortwachter.volgendeWerkdag(LocalDate.of(2026, 4, 3)),
                "Goede Vrijdag is no holiday of the law");
        assertEquals(LocalDate.of(2027, 1, 4), Poortwachter.volgendeWerkdag(LocalDate.of(2027, 1, 1)), "Nieuwjaarsdag on a Friday");
    }

    @Test
    void aRecoveredWerknemerHasNoLaterDeadlines() {
        var klok = Verzuimklok.van(List.of(new Periode(E, LocalDate.of(2025, 3, 31))), List.of());
        List<Mijlpaal> m = Poortwachter.mijlpalen(klok, null, Gebeurtenissen.GEEN, KlokInstellingen.STANDAARD, E);
        assertTrue(m.stream().anyMatch(x -> x.soort() == MijlpaalSoort.PROBLEEMANALYSE));
        assertFalse(m.stream().anyMatch(x -> x.soort() == MijlpaalSoort.WIA_AANVRAAG));
    }

    @Test
    void theNextTaskIsTheFirstOpenOne() {
        var done = new Gebeurtenissen(LocalDate.of(2025, 2, 10), LocalDate.of(2025, 2, 20), List.of(), null, null,
                null, null, null, null, null, List.of());
        var next = Poortwachter.volgende(Poortwachter.mijlpalen(Verzuimklok.vanaf(E), null, done,
                KlokInstellingen.STANDAARD, LocalDate.of(2025, 3, 1)));
        assertEquals(MijlpaalSoort.EVALUATIE_PLAN_VAN_AANPAK, next.orElseThrow().soort());
    }
}
