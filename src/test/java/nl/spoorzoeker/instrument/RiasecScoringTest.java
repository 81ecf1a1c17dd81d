package nl.spoorzoeker.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Scoring against hand-computed answer sets: an answer 1..5 counts 0..4, ten items a scale, the
 * code from the three highest scales with the documented tie rule.
 */
class RiasecScoringTest {

    private static final List<Vraag> VRAGEN = Interessetest.vragen();

    /** Every item of a scale gets the answer the scale's function gives for the item's number. */
    private static Map<Integer, Integer> antwoorden(Map<Holland, IntUnaryOperator> perSchaal) {
        Map<Integer, Integer> a = new HashMap<>();
        for (Vraag v : VRAGEN) {
            a.put(v.nummer(), perSchaal.get(v.schaal()).applyAsInt(v.nummer()));
        }
        return a;
    }

    private static IntUnaryOperator altijd(int waarde) {
        return n -> waarde;
    }

    @Test
    void theItemBankHasSixtyItemsTenPerScaleInTheFormsOrder() {
        assertEquals(60, VRAGEN.size());
        for (Holland h : Holland.values()) {
            assertEquals(10, VRAGEN.stream().filter(v -> v.schaal() == h).count(), h.name());
        }
        // The form runs in pairs R R I I A A S S E E C C, five times.
        assertEquals(Holland.R, VRAGEN.get(0).schaal());
        assertEquals(Holland.I, VRAGEN.get(2).schaal());
        assertEquals(Holland.C, VRAGEN.get(59).schaal());
        assertEquals("Keukenkastjes bouwen", VRAGEN.get(0).tekst(java.util.Locale.of("nl")));
        assertEquals("Build kitchen cabinets", VRAGEN.get(0).tekst(java.util.Locale.ENGLISH));
    }

    @Test
    void aDamagedItemBankIsRefusedAtLoading() {
        String goed = VRAGEN.stream().map(v -> v.nummer() + "\t" + v.schaal() + "\t" + v.nl() + "\t" + v.en())
                .reduce("# header\n", (s, r) -> s + r + "\n");
        assertEquals(60, Interessetest.lees(stream(goed)).size());
        assertThrows(IllegalStateException.class, () -> Interessetest.lees(stream(goed.replace("\n60\tC", "\n60\tR"))));
        assertThrows(IllegalStateException.class, () -> Interessetest.lees(stream(goed.replace("\n59\t", "\n61\t"))));
        assertThrows(IllegalStateException.class, () -> Interessetest.lees(stream(goed + "61\tC\tx\n")));
        assertThrows(IllegalStateException.class, () -> Interessetest.lees(null));
    }

    private static java.io.InputStream stream(String s) {
        return new java.io.ByteArrayInputStream(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void aFixedAnswerSetScoresAsComputedByHand() {
        // R all "niet leuk" (1 each → 10), I all "leuk" (3 → 30), A all "weet ik niet" (2 → 20),
        // S all "heel leuk" (4 → 40), E five "heel leuk" and five "helemaal niet leuk" (5×4 → 20),
        // C all "helemaal niet leuk" (0).
        var u = RiasecScoring.scoor(VRAGEN, antwoorden(Map.of(Holland.R, altijd(2), Holland.I, altijd(4),
                Holland.A, altijd(3), Holland.S, altijd(5), Holland.E, n -> n % 2 == 1 ? 5 : 1, Holland.C, altijd(1))));
        assertEquals(Map.of(Holland.R, 10, Holland.I, 30, Holland.A, 20, Holland.S, 40, Holland.E, 20, Holland.C, 0),
                u.sommen());
        assertTrue(u.volledig());
        // A and E both 20: E has five "heel leuk", A none, so E comes first.
        assertEquals(List.of(Holland.S, Holland.I, Holland.E, Holland.A, Holland.R, Holland.C), u.volgorde());
        assertEquals(Optional.of("SIE"), u.code());
        assertTrue(u.gelijkspel(), "the third letter was decided by the tie rule");
        assertFalse(u.vlak());
        assertEquals(40, u.maximum());
    }

    @Test
    void withoutATieTheCodeIsTheThreeHighestAndNoTieIsReported() {
        var u = RiasecScoring.scoor(VRAGEN, antwoorden(Map.of(Holland.R, altijd(5), Holland.I, altijd(4),
                Holland.A, altijd(3), Holland.S, altijd(2), Holland.E, altijd(1), Holland.C, altijd(1))));
        assertEquals(Optional.of("RIA"), u.code());
        assertEquals(40, u.sommen().get(Holland.R));
        assertEquals(0, u.sommen().get(Holland.C));
        // E and C tie at the bottom: that decides nothing in the code.
        assertFalse(u.gelijkspel());
    }

    @Test
    void equalSumsAndEqualStrongLikesFallBackToTheHexagonOrder() {
        var u = RiasecScoring.scoor(VRAGEN, antwoorden(Map.of(Holland.R, altijd(4), Holland.I, altijd(1),
                Holland.A, altijd(1), Holland.S, altijd(1), Holland.E, altijd(1), Holland.C, altijd(4))));
        assertEquals(30, u.sommen().get(Holland.R));
        assertEquals(30, u.sommen().get(Holland.C));
        assertEquals(Optional.of("RCI"), u.code());
        assertTrue(u.gelijkspel());
    }

    @Test
    void moreStrongLikesWinsATieEvenAgainstTheHexagonOrder() {
        // R: ten times "leuk" = 30, no strong like. C: five "heel leuk" (20) and five "weet ik niet"
        // (10) = 30, with five strong likes, so C comes before R although R comes first on the hexagon.
        var u = RiasecScoring.scoor(VRAGEN, antwoorden(Map.of(Holland.R, altijd(4), Holland.I, altijd(1),
                Holland.A, altijd(1), Holland.S, altijd(1), Holland.E, altijd(1), Holland.C, n -> n % 2 == 0 ? 5 : 3)));
        assertEquals(30, u.sommen().get(Holland.C));
        assertEquals(Optional.of("CRI"), u.code());
    }

    @Test
    void aFlatProfileGetsNoCode() {
        // Answers 1..5 in turn over the form: every scale gets each answer twice, so every sum is 20.
        Map<Integer, Integer> a = new HashMap<>();
        VRAGEN.forEach(v -> a.put(v.nummer(), (v.nummer() - 1) % 5 + 1));
        var u = RiasecScoring.scoor(VRAGEN, a);
        for (Holland h : Holland.values()) {
            assertEquals(20, u.sommen().get(h), h.name());
        }
        assertTrue(u.volledig());
        assertTrue(u.vlak());
        assertEquals(Optional.empty(), u.code());
    }

    @Test
    void aPausedTestIsSummedSoFarAndHasNoCodeYet() {
        Map<Integer, Integer> a = antwoorden(Map.of(Holland.R, altijd(5), Holland.I, altijd(4), Holland.A, altijd(3),
                Holland.S, altijd(2), Holland.E, altijd(1), Holland.C, altijd(1)));
        a.remove(60);
        var u = RiasecScoring.scoor(VRAGEN, a);
        assertEquals(59, u.aantalBeantwoord());
        assertFalse(u.volledig());
        assertEquals(Optional.empty(), u.code());
        assertEquals(9, u.beantwoord().get(Holland.C));
        assertEquals(10, u.beantwoord().get(Holland.R));
        assertEquals(40, u.sommen().get(Holland.R));

        var leeg = RiasecScoring.scoor(VRAGEN, Map.of());
        assertEquals(0, leeg.aantalBeantwoord());
        assertTrue(leeg.vlak());
        assertEquals(Optional.empty(), leeg.code());
    }

    @Test
    void answersOutsideTheScaleOrToUnknownItemsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> RiasecScoring.scoor(VRAGEN, Map.of(1, 0)));
        assertThrows(IllegalArgumentException.class, () -> RiasecScoring.scoor(VRAGEN, Map.of(1, 6)));
        assertThrows(IllegalArgumentException.class, () -> RiasecScoring.scoor(VRAGEN, Map.of(61, 3)));
        assertThrows(IllegalArgumentException.class, () -> RiasecScoring.scoor(VRAGEN, Map.of(0, 3)));
        assertEquals(4, RiasecScoring.scoor(VRAGEN, Map.of(1, 5)).sommen().get(Holland.R));
        assertEquals(0, RiasecScoring.scoor(VRAGEN, Map.of(1, 1)).sommen().get(Holland.R));
    }
}
