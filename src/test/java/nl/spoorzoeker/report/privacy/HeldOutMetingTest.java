package nl.spoorzoeker.report.privacy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 item 8: the guard measured on a corpus it was never tuned on. The sentences in
 * {@code src/test/resources/privacy/heldout/} were written blind, from domain.md §5 only, by someone
 * who never saw the lexicon (see its README); they may not be used to tune it. Prints recall on the
 * medical lines and the false-positive rate on the ordinary ones, per language, with the misses, and
 * holds the floors measured when the corpus came in, so a change can only keep or improve them.
 * The targets of the issue (recall ≥ 98 %, false positives ≤ 2 %) are in docs/privacy-toets.md with
 * the figures; they are not met yet, and this test says so rather than pretending.
 */
class HeldOutMetingTest {

    /**
     * Floors and ceilings, raised as the guard improves. First measured on 6-12-2026 with the lexicon
     * as it was (Dutch 72.9 % recall, 3.7 % false positives; English 26.7 %, 1.1 %); then, the same
     * day, after look-alike folding, the new categories and the English lexicon (written without
     * this corpus): Dutch 83.9 % / 4.9 %, English 84.4 % / 4.4 %. The false positives rose (care
     * organisations named in running text, now accepted only in organisation fields); the higher
     * recall was taken over them on purpose, because a missed diagnosis in an employer report is the
     * worse error. Never lower a recall floor; raise a ceiling only with such a reason written here.
     */
    static final double RECALL_NL_VLOER = 0.839;
    static final double FP_NL_PLAFOND = 0.049;
    static final double RECALL_EN_VLOER = 0.844;
    static final double FP_EN_PLAFOND = 0.044;

    static List<String> regels(String naam) throws IOException {
        try (InputStream in = HeldOutMetingTest.class.getResourceAsStream("/privacy/heldout/" + naam)) {
            List<String> regels = new ArrayList<>();
            for (String r : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!r.isBlank()) {
                    regels.add(r.strip());
                }
            }
            return regels;
        }
    }

    record Meting(int regels, int geraakt, List<String> voorbeelden) {
        double deel() {
            return regels == 0 ? 0 : (double) geraakt / regels;
        }
    }

    static Meting meet(Privacytoets toets, List<String> regels, boolean geraaktIsGoed) {
        int geraakt = 0;
        List<String> voorbeelden = new ArrayList<>();
        for (String r : regels) {
            boolean raak = !toets.toets(r).isEmpty();
            if (raak) {
                geraakt++;
            }
            if (raak != geraaktIsGoed && voorbeelden.size() < 12) {
                voorbeelden.add(raak ? r + "   <- " + toets.toets(r).getFirst().gevonden() : r);
            }
        }
        return new Meting(regels.size(), geraakt, voorbeelden);
    }

    @Test
    void theGuardOnTheHeldOutCorpus() throws IOException {
        Privacytoets toets = Privacytoets.standaard();
        Meting nlMedisch = meet(toets, regels("nl-medisch.txt"), true);
        Meting nlGewoon = meet(toets, regels("nl-gewoon.txt"), false);
        Meting enMedisch = meet(toets, regels("en-medisch.txt"), true);
        Meting enGewoon = meet(toets, regels("en-gewoon.txt"), false);
        System.out.printf("Held-out corpus: Dutch recall %.1f %% (%d of %d medical lines caught), false positives %.1f %% "
                        + "(%d of %d ordinary lines); English recall %.1f %% (%d of %d), false positives %.1f %% (%d of %d)%n",
                100 * nlMedisch.deel(), nlMedisch.geraakt(), nlMedisch.regels(), 100 * nlGewoon.deel(), nlGewoon.geraakt(),
                nlGewoon.regels(), 100 * enMedisch.deel(), enMedisch.geraakt(), enMedisch.regels(), 100 * enGewoon.deel(),
                enGewoon.geraakt(), enGewoon.regels());
        System.out.println("Dutch medical lines missed (first 12):");
        nlMedisch.voorbeelden().forEach(r -> System.out.println("  " + r));
        System.out.println("Dutch ordinary lines flagged (first 12):");
        nlGewoon.voorbeelden().forEach(r -> System.out.println("  " + r));
        System.out.println("English medical lines missed (first 12):");
        enMedisch.voorbeelden().forEach(r -> System.out.println("  " + r));
        assertTrue(nlMedisch.regels() >= 250 && nlGewoon.regels() >= 250 && enMedisch.regels() >= 80
                && enGewoon.regels() >= 80, "the corpus is complete");
        assertTrue(nlMedisch.deel() >= RECALL_NL_VLOER, "Dutch recall fell below its floor: " + nlMedisch.deel());
        assertTrue(nlGewoon.deel() <= FP_NL_PLAFOND, "Dutch false positives rose above their ceiling: " + nlGewoon.deel());
        assertTrue(enMedisch.deel() >= RECALL_EN_VLOER, "English recall fell below its floor: " + enMedisch.deel());
        assertTrue(enGewoon.deel() <= FP_EN_PLAFOND, "English false positives rose above their ceiling: " + enGewoon.deel());
    }
}
