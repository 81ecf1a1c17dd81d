package nl.spoorzoeker.tijdlijn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A case taken on in week 61 (issue 21): deadlines of others before the assignment are declared in
 * one step and then neither late nor open for the coach; a series of evaluations before it collapses
 * into one row; nothing after the assignment is touched.
 */
class OvernameTest {

    static final LocalDate E = LocalDate.of(2025, 1, 6);
    /** Week 61 of a clock from E: the day the coach got the case. */
    static final LocalDate OPDRACHT = E.plusWeeks(60).plusDays(2);
    static final LocalDate VANDAAG = OPDRACHT.plusDays(3);
    static final Set<MijlpaalSoort> ANDEREN = EnumSet.of(MijlpaalSoort.PROBLEEMANALYSE, MijlpaalSoort.PLAN_VAN_AANPAK,
            MijlpaalSoort.WEEKMELDING_42, MijlpaalSoort.EERSTEJAARSEVALUATIE, MijlpaalSoort.EVALUATIE_PLAN_VAN_AANPAK);

    private static List<Mijlpaal> mijlpalen(Gebeurtenissen gedaan, Overname overname) {
        return Poortwachter.mijlpalen(Verzuimklok.vanaf(E), OPDRACHT.plusDays(1), gedaan, KlokInstellingen.STANDAARD,
                VANDAAG, overname);
    }

    private static Mijlpaal eerste(List<Mijlpaal> m, MijlpaalSoort soort) {
        return m.stream().filter(x -> x.soort() == soort).findFirst().orElseThrow();
    }

    @Test
    void withoutTheTakeoverEveryDeadlineOfOthersIsLate() {
        List<Mijlpaal> m = mijlpalen(Gebeurtenissen.GEEN, Overname.GEEN);
        for (MijlpaalSoort s : List.of(MijlpaalSoort.PROBLEEMANALYSE, MijlpaalSoort.PLAN_VAN_AANPAK,
                MijlpaalSoort.WEEKMELDING_42, MijlpaalSoort.EERSTEJAARSEVALUATIE)) {
            assertEquals(MijlpaalStatus.TE_LAAT, eerste(m, s).status(), s.name());
        }
        assertEquals(MijlpaalSoort.PROBLEEMANALYSE, Poortwachter.volgende(m).orElseThrow().soort());
    }

    @Test
    void declaredDeadlinesBeforeTheAssignmentAreNeitherLateNorOpen() {
        List<Mijlpaal> m = mijlpalen(Gebeurtenissen.GEEN, new Overname(OPDRACHT, ANDEREN));
        for (MijlpaalSoort s : List.of(MijlpaalSoort.PROBLEEMANALYSE, MijlpaalSoort.PLAN_VAN_AANPAK,
                MijlpaalSoort.WEEKMELDING_42, MijlpaalSoort.EERSTEJAARSEVALUATIE)) {
            Mijlpaal x = eerste(m, s);
            assertEquals(MijlpaalStatus.VOOR_OPDRACHT, x.status(), s.name());
            assertFalse(x.open(), s.name());
        }
        assertTrue(m.stream().noneMatch(x -> x.status() == MijlpaalStatus.TE_LAAT
                && x.deadline().isBefore(OPDRACHT) && ANDEREN.contains(x.soort())));
        // What lies after the assignment is untouched: the eindevaluatie and WIA-aanvraag are still planned.
        assertEquals(MijlpaalStatus.GEPLAND, eerste(m, MijlpaalSoort.EINDEVALUATIE).status());
        assertEquals(MijlpaalSoort.START_SPOOR_2, eerste(m, MijlpaalSoort.START_SPOOR_2).soort());
    }

    @Test
    void aDeclarationDoesNotReachADeadlineAfterTheAssignment() {
        // Declaring the eindevaluatie (due in week 91) as "before my assignment" of week 61 changes nothing.
        List<Mijlpaal> m = mijlpalen(Gebeurtenissen.GEEN,
                new Overname(OPDRACHT, EnumSet.of(MijlpaalSoort.EINDEVALUATIE)));
        assertEquals(MijlpaalStatus.GEPLAND, eerste(m, MijlpaalSoort.EINDEVALUATIE).status());
    }

    @Test
    void aPlanVanAanpakMonthsAgoGivesOneRowOfEvaluationsBeforeTheAssignmentAndOneOpenAfterIt() {
        LocalDate pva = E.plusWeeks(8).minusDays(3);
        var gedaan = new Gebeurtenissen(E.plusWeeks(5), pva, List.of(), null, null, null, null, null, null, null,
                List.of());
        List<Mijlpaal> zonder = mijlpalen(gedaan, Overname.GEEN).stream()
                .filter(x -> x.soort() == MijlpaalSoort.EVALUATIE_PLAN_VAN_AANPAK).toList();
        assertEquals(1, zonder.size());
        assertEquals(MijlpaalStatus.TE_LAAT, zonder.getFirst().status(), "six weeks after a plan of a year ago");

        List<Mijlpaal> met = mijlpalen(gedaan, new Overname(OPDRACHT, ANDEREN)).stream()
                .filter(x -> x.soort() == MijlpaalSoort.EVALUATIE_PLAN_VAN_AANPAK).toList();
        assertEquals(2, met.size(), met.toString());
        assertEquals(MijlpaalStatus.VOOR_OPDRACHT, met.getFirst().status());
        assertEquals(pva.plusWeeks(6), met.getFirst().deadline());
        Mijlpaal open = met.get(1);
        assertTrue(open.open());
        assertFalse(open.deadline().isBefore(OPDRACHT), "the next evaluation lies on or after the assignment");
        assertTrue(open.deadline().isBefore(OPDRACHT.plusWeeks(6)), "and within one interval of it");
        assertEquals(0, java.time.temporal.ChronoUnit.DAYS.between(pva, open.deadline()) % 42, "on the plan's cadence");
    }

    @Test
    void aDateKnownAfterAllIsDoneNotBeforeTheAssignment() {
        var gedaan = new Gebeurtenissen(E.plusWeeks(7), null, List.of(), null, null, null, null, null, null, null,
                List.of());
        Mijlpaal pa = eerste(mijlpalen(gedaan, new Overname(OPDRACHT, ANDEREN)), MijlpaalSoort.PROBLEEMANALYSE);
        assertEquals(MijlpaalStatus.GEDAAN, pa.status());
        assertTrue(pa.teLaatGedaan());
    }

    @Test
    void onlyStatutoryTasksOfOthersBeforeTheAssignmentCanBeDeclared() {
        List<Mijlpaal> m = mijlpalen(Gebeurtenissen.GEEN, Overname.GEEN);
        assertTrue(Overname.kanVoorOpdracht(eerste(m, MijlpaalSoort.PROBLEEMANALYSE), OPDRACHT));
        assertFalse(Overname.kanVoorOpdracht(eerste(m, MijlpaalSoort.PROBLEEMANALYSE), null));
        assertFalse(Overname.kanVoorOpdracht(eerste(m, MijlpaalSoort.START_SPOOR_2), OPDRACHT),
                "a late start of spoor 2 is not hidden: it needs its documented exception");
        assertFalse(Overname.kanVoorOpdracht(eerste(m, MijlpaalSoort.VOORTGANGSRAPPORTAGE), OPDRACHT.plusYears(2)),
                "the coach's own reports never");
        assertFalse(Overname.kanVoorOpdracht(eerste(m, MijlpaalSoort.VERVROEGDE_IVA), OPDRACHT.plusYears(1)),
                "not a task");
        assertFalse(Overname.kanVoorOpdracht(eerste(m, MijlpaalSoort.EINDEVALUATIE), OPDRACHT));
    }

    @Test
    void anExceptionIsCompleteOnlyWithItsReasonAndItsDocument() {
        assertTrue(new LateStartUitzondering("BA: deelname niet mogelijk tot 1 mei", "verklaring BA", null).volledig());
        assertFalse(new LateStartUitzondering("  ", "verklaring BA", null).volledig());
        assertFalse(new LateStartUitzondering("reden", null, LocalDate.of(2026, 5, 1)).volledig());
    }
}
