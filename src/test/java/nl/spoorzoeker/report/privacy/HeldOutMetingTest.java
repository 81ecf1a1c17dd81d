package nl.spoorzoeker.report.privacy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 item 8: the guard measured on text it was not written against. Two corpora, each with
 * medical lines (every one should be caught) and ordinary lines (none should be), in Dutch and English:
 *
 * <ul>
 *   <li>{@code /privacy/ontwikkel/}: the <em>development set</em>. Until the evening of 6-12-2026 it was
 *       the blind held-out set; its figures were measured and reported and its misses read, so since
 *       then the guard is tuned on it (its README). Its figures are a development score. This test
 *       prints every miss and every false positive, and holds floors at what the tuning reached.</li>
 *   <li>{@code /privacy/heldout-v2/}: the fresh blind set that replaces it for measurement, written by
 *       someone who saw neither the lexicon nor the development set. Only its aggregate figures are
 *       printed — never its lines, so nobody tunes on it by accident. When the folder is not there
 *       (it is merged separately), the test says so and measures the development set only.</li>
 * </ul>
 *
 * English lines are checked as an English report is ({@code toets(tekst, Locale.ENGLISH)}). The
 * targets of the issue (recall ≥ 98 %, false positives ≤ 2 %) and the figures are in
 * docs/privacy-toets.md.
 */
class HeldOutMetingTest {

    static final String ONTWIKKEL = "/privacy/ontwikkel/";
    static final String HELDOUT_V2 = "/privacy/heldout-v2/";

    /**
     * Floors and ceilings of the development set. History: measured blind on 6-12-2026 (then the
     * held-out set), Dutch 83.9 % recall / 4.9 % false positives, English 84.4 % / 4.4 % (English then
     * checked without the English locale; 84.4 % / 4.4 % with it too). After the tuning of the
     * evening of 6-12-2026 (docs/privacy-toets.md, "Development set"): Dutch 99.7 % (360 of 361; the miss
     * is "Mondriaan", left out on purpose) / 0.0 %, English 100 % / 0.0 % — the values below. These are
     * figures on the set the guard was tuned on, so they say little about text written by others; the
     * blind set does. Never lower a recall floor; raise a ceiling only with the reason written here.
     */
    static final double RECALL_NL_VLOER = 360.0 / 361;
    static final double FP_NL_PLAFOND = 0.0;
    static final double RECALL_EN_VLOER = 1.0;
    static final double FP_EN_PLAFOND = 0.0;

    /** The non-blank lines of a corpus file, or null when the file is not there. */
    static List<String> regels(String map, String naam) throws IOException {
        try (InputStream in = HeldOutMetingTest.class.getResourceAsStream(map + naam)) {
            if (in == null) {
                return null;
            }
            List<String> regels = new ArrayList<>();
            for (String r : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!r.isBlank()) {
                    regels.add(r.strip());
                }
            }
            return regels;
        }
    }

    record Meting(int regels, int geraakt, List<String> afwijkend) {
        double deel() {
            return regels == 0 ? 0 : (double) geraakt / regels;
        }
    }

    static Meting meet(Privacytoets toets, List<String> regels, Locale taal, boolean geraaktIsGoed) {
        int geraakt = 0;
        List<String> afwijkend = new ArrayList<>();
        for (String r : regels) {
            List<Treffer> treffers = toets.toets(r, taal);
            boolean raak = !treffers.isEmpty();
            if (raak) {
                geraakt++;
            }
            if (raak != geraaktIsGoed) {
                afwijkend.add(raak ? r + "   <- " + treffers.getFirst().gevonden() : r);
            }
        }
        return new Meting(regels.size(), geraakt, afwijkend);
    }

    /** The four figures of one corpus. */
    record Corpus(Meting nlMedisch, Meting nlGewoon, Meting enMedisch, Meting enGewoon) {

        static Corpus meet(Privacytoets toets, String map) throws IOException {
            return new Corpus(HeldOutMetingTest.meet(toets, regels(map, "nl-medisch.txt"), null, true),
                    HeldOutMetingTest.meet(toets, regels(map, "nl-gewoon.txt"), null, false),
                    HeldOutMetingTest.meet(toets, regels(map, "en-medisch.txt"), Locale.ENGLISH, true),
                    HeldOutMetingTest.meet(toets, regels(map, "en-gewoon.txt"), Locale.ENGLISH, false));
        }

        String regel(String naam) {
            return String.format(Locale.ROOT, "%s: Dutch recall %.1f %% (%d of %d medical lines caught), false positives "
                            + "%.1f %% (%d of %d ordinary lines); English recall %.1f %% (%d of %d), false positives %.1f %% "
                            + "(%d of %d)", naam, 100 * nlMedisch.deel(), nlMedisch.geraakt(), nlMedisch.regels(),
                    100 * nlGewoon.deel(), nlGewoon.geraakt(), nlGewoon.regels(), 100 * enMedisch.deel(),
                    enMedisch.geraakt(), enMedisch.regels(), 100 * enGewoon.deel(), enGewoon.geraakt(), enGewoon.regels());
        }
    }

    @Test
    void theGuardOnTheDevelopmentSet() throws IOException {
        Corpus c = Corpus.meet(Privacytoets.standaard(), ONTWIKKEL);
        System.out.println(c.regel("Development set (privacy/ontwikkel, tuned on)"));
        druk("Dutch medical lines missed", c.nlMedisch());
        druk("Dutch ordinary lines flagged", c.nlGewoon());
        druk("English medical lines missed", c.enMedisch());
        druk("English ordinary lines flagged", c.enGewoon());
        assertTrue(c.nlMedisch().regels() >= 250 && c.nlGewoon().regels() >= 250 && c.enMedisch().regels() >= 80
                && c.enGewoon().regels() >= 80, "the corpus is complete");
        assertTrue(c.nlMedisch().deel() >= RECALL_NL_VLOER, "Dutch recall fell below its floor: " + c.nlMedisch().deel());
        assertTrue(c.nlGewoon().deel() <= FP_NL_PLAFOND, "Dutch false positives rose above their ceiling: " + c.nlGewoon().deel());
        assertTrue(c.enMedisch().deel() >= RECALL_EN_VLOER, "English recall fell below its floor: " + c.enMedisch().deel());
        assertTrue(c.enGewoon().deel() <= FP_EN_PLAFOND, "English false positives rose above their ceiling: " + c.enGewoon().deel());
    }

    /**
     * Floors and ceilings of the blind set (written on 6-12-2026 by a writer who read only
     * domain.md; merged before the tuning above and measured after it, never read by whoever tunes).
     * Measured on merging: Dutch 89.5 % recall (358 of 400) / 1.0 % false positives (4 of 400),
     * English 94.0 % (141 of 150) / 2.0 % (3 of 150). The targets (≥ 98 %, ≤ 2 %) are met for
     * the false positives only. Never lower a floor; a line used for tuning leaves the set (its README).
     */
    static final double V2_RECALL_NL_VLOER = 358.0 / 400;
    static final double V2_FP_NL_PLAFOND = 4.0 / 400;
    static final double V2_RECALL_EN_VLOER = 141.0 / 150;
    static final double V2_FP_EN_PLAFOND = 3.0 / 150;

    /** The blind set: aggregate figures only (its lines are never printed, so nobody tunes on them). */
    @Test
    void theGuardOnTheBlindHeldOutSet() throws IOException {
        Corpus c = Corpus.meet(Privacytoets.standaard(), HELDOUT_V2);
        System.out.println(c.regel("Held-out set v2 (privacy/heldout-v2, blind)"));
        assertTrue(c.nlMedisch().deel() >= V2_RECALL_NL_VLOER, "blind Dutch recall fell: " + c.nlMedisch().deel());
        assertTrue(c.nlGewoon().deel() <= V2_FP_NL_PLAFOND, "blind Dutch false positives rose: " + c.nlGewoon().deel());
        assertTrue(c.enMedisch().deel() >= V2_RECALL_EN_VLOER, "blind English recall fell: " + c.enMedisch().deel());
        assertTrue(c.enGewoon().deel() <= V2_FP_EN_PLAFOND, "blind English false positives rose: " + c.enGewoon().deel());
    }

    private static void druk(String kop, Meting m) {
        System.out.println(kop + " (" + m.afwijkend().size() + "):");
        m.afwijkend().forEach(r -> System.out.println("  " + r));
    }
}
