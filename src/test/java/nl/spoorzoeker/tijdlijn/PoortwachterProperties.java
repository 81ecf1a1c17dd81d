package nl.spoorzoeker.tijdlijn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of the clock over 2000–2100. */
class PoortwachterProperties {

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.of(2000, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<List<Periode>> periods() {
        Arbitrary<int[]> piece = Arbitraries.integers().between(0, 60).array(int[].class).ofSize(2);
        return Arbitraries.integers().between(1, 5).flatMap(n -> piece.list().ofSize(n)).flatMap(pieces ->
                dates().map(start -> {
                    List<Periode> result = new ArrayList<>();
                    LocalDate day = start;
                    for (int i = 0; i < pieces.size(); i++) {
                        LocalDate from = day.plusDays(pieces.get(i)[0]);
                        boolean last = i == pieces.size() - 1;
                        LocalDate to = last ? null : from.plusDays(pieces.get(i)[1]);
                        result.add(new Periode(from, to));
                        day = last ? from : to.plusDays(1);
                    }
                    return result;
                }));
    }

    @Property(tries = 300)
    void weekNumbersNeverGoBackwards(@ForAll("periods") List<Periode> periods, @ForAll @IntRange(min = 0, max = 900) int offset) {
        Verzuimklok klok = Verzuimklok.van(periods, List.of());
        LocalDate day = klok.eersteZiektedag().plusDays(offset);
        int today = klok.week(day).orElse(0);
        int tomorrow = klok.week(day.plusDays(1)).orElse(0);
        assertTrue(tomorrow >= today, day + ": " + today + " -> " + tomorrow);
        assertTrue(tomorrow - today <= 1);
    }

    @Property(tries = 300)
    void everyDeadlineLiesAfterTheFirstSickDay(@ForAll("periods") List<Periode> periods, @ForAll("dates") LocalDate today) {
        Verzuimklok klok = Verzuimklok.van(periods, List.of());
        for (Mijlpaal m : Poortwachter.mijlpalen(klok, null, Gebeurtenissen.GEEN, KlokInstellingen.STANDAARD, today)) {
            assertTrue(m.deadline().isAfter(klok.eersteZiektedag()), m.toString());
            assertFalse(m.streefdatum().isAfter(m.deadline()));
        }
    }

    @Property(tries = 300)
    void theDayOfSickDayNHasCounterN(@ForAll("periods") List<Periode> periods, @ForAll @IntRange(min = 1, max = 800) int n) {
        Verzuimklok klok = Verzuimklok.van(periods, List.of());
        klok.datumVanZiektedag(n).ifPresent(day -> {
            assertEquals(n, klok.ziektedagen(day));
            assertEquals(n - 1, klok.ziektedagen(day.minusDays(1)), "the day before has one fewer");
        });
    }

    @Property(tries = 300)
    void aLaterPeriodNeverMovesAnEarlierMilestoneEarlier(@ForAll("dates") LocalDate e,
                                                          @ForAll @IntRange(min = 1, max = 300) int sickDays,
                                                          @ForAll @IntRange(min = 1, max = 27) int healthy) {
        // First a closed period; then the werknemer falls ill again within four weeks.
        List<Periode> before = List.of(new Periode(e, e.plusDays(sickDays - 1)));
        List<Periode> after = List.of(before.getFirst(), Periode.vanaf(e.plusDays(sickDays - 1L + healthy + 1)));
        Map<MijlpaalSoort, LocalDate> earlier = firstDeadlines(Verzuimklok.van(before, List.of()));
        Map<MijlpaalSoort, LocalDate> later = firstDeadlines(Verzuimklok.van(after, List.of()));
        earlier.forEach((soort, deadline) -> {
            if (later.containsKey(soort)) {
                assertFalse(later.get(soort).isBefore(deadline), soort + " moved earlier");
            }
        });
        assertTrue(later.keySet().containsAll(earlier.keySet()));
    }

    private static Map<MijlpaalSoort, LocalDate> firstDeadlines(Verzuimklok klok) {
        return Poortwachter.mijlpalen(klok, null, Gebeurtenissen.GEEN, KlokInstellingen.STANDAARD, klok.eersteZiektedag())
                .stream().filter(m -> m.volgnummer() == 1)
                .collect(Collectors.toMap(Mijlpaal::soort, Mijlpaal::deadline));
    }
}
