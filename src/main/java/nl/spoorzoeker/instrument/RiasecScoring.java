package nl.spoorzoeker.instrument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Scores the interest test to the six Holland scales and the three-letter code.
 *
 * <p>An answer 1..5 (helemaal niet leuk … heel leuk) counts 0..4, as the O*NET Interest Profiler
 * scores it, so a scale of ten items runs from 0 to 40. The code is the letters of the three
 * highest scales, highest first. <b>Tie rule</b> (deterministic, so the same answers always give
 * the same code): between scales with the same sum, the one with more "heel leuk" answers comes
 * first (the stronger liking); if that is equal too, the hexagon order R, I, A, S, E, C decides.
 * When the rule had to decide between equal sums anywhere in the first four places (so within the
 * code, or which letter made it in), {@link Uitslag#gelijkspel()} says so and the screen tells
 * the werknemer and coach.
 *
 * <p>A test may be paused: scales are summed over the answers given so far, and there is a code
 * only when every item is answered. When all six scales have the same sum (for instance every
 * answer "weet ik niet") no code is given: the order would be the tie rule's alone.
 */
public final class RiasecScoring {

    private RiasecScoring() {
    }

    /**
     * @param sommen        per scale the sum of the item scores (0..4 each) answered so far
     * @param beantwoord    per scale the number of items answered
     * @param volgorde      the six scales from highest to lowest by the tie rule
     * @param code          the three-letter code, when every item is answered and the profile is not flat
     * @param gelijkspel    the tie rule decided between equal sums within the first four places
     * @param vlak          all six scales have the same sum
     */
    public record Uitslag(Map<Holland, Integer> sommen, Map<Holland, Integer> beantwoord, int aantalBeantwoord,
                          int aantalVragen, List<Holland> volgorde, Optional<String> code, boolean gelijkspel,
                          boolean vlak) {

        public boolean volledig() {
            return aantalBeantwoord == aantalVragen;
        }

        /** The highest sum one scale can reach: ten items at 4. */
        public int maximum() {
            return Interessetest.PER_SCHAAL * (Interessetest.HOOGSTE - Interessetest.LAAGSTE);
        }
    }

    /**
     * Scores {@code antwoorden} (item number → answer 1..5) against the items. An answer to an item
     * not in the bank, or outside 1..5, is a programming error and refused: stored answers pass the
     * same check in the database.
     */
    public static Uitslag scoor(List<Vraag> vragen, Map<Integer, Integer> antwoorden) {
        Map<Integer, Vraag> perNummer = vragen.stream().collect(Collectors.toMap(Vraag::nummer, v -> v));
        Map<Holland, Integer> sommen = nullen();
        Map<Holland, Integer> beantwoord = nullen();
        Map<Holland, Integer> heelLeuk = nullen();
        for (var antwoord : antwoorden.entrySet()) {
            Vraag vraag = perNummer.get(antwoord.getKey());
            if (vraag == null) {
                throw new IllegalArgumentException("no item " + antwoord.getKey());
            }
            int waarde = antwoord.getValue();
            if (waarde < Interessetest.LAAGSTE || waarde > Interessetest.HOOGSTE) {
                throw new IllegalArgumentException("answer " + waarde + " to item " + antwoord.getKey());
            }
            sommen.merge(vraag.schaal(), waarde - Interessetest.LAAGSTE, Integer::sum);
            beantwoord.merge(vraag.schaal(), 1, Integer::sum);
            if (waarde == Interessetest.HOOGSTE) {
                heelLeuk.merge(vraag.schaal(), 1, Integer::sum);
            }
        }
        List<Holland> volgorde = new ArrayList<>(List.of(Holland.values()));
        volgorde.sort(Comparator.<Holland>comparingInt(sommen::get).reversed()
                .thenComparing(Comparator.<Holland>comparingInt(heelLeuk::get).reversed())
                .thenComparing(Comparator.naturalOrder()));
        boolean gelijkspel = false;
        for (int i = 0; i < 3; i++) {
            if (sommen.get(volgorde.get(i)).equals(sommen.get(volgorde.get(i + 1)))) {
                gelijkspel = true;
            }
        }
        boolean vlak = sommen.values().stream().distinct().count() == 1;
        int aantal = antwoorden.size();
        Optional<String> code = aantal == vragen.size() && !vlak
                ? Optional.of(volgorde.subList(0, 3).stream().map(Holland::name).collect(Collectors.joining()))
                : Optional.empty();
        return new Uitslag(Map.copyOf(sommen), Map.copyOf(beantwoord), aantal, vragen.size(), List.copyOf(volgorde),
                code, gelijkspel, vlak);
    }

    private static Map<Holland, Integer> nullen() {
        Map<Holland, Integer> map = new EnumMap<>(Holland.class);
        for (Holland h : Holland.values()) {
            map.put(h, 0);
        }
        return map;
    }
}
