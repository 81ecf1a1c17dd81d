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
 * Issue 17 item 8: the guard measured on corpora of realistic coach notes, each with medical lines
 * (every one should be caught) and ordinary lines (none should be), in Dutch and English.
 *
 * <ul>
 *   <li>{@code /privacy/ontwikkel/}: the first <em>development set</em>, blind until the evening of
 *       6-12-2026, tuned on since (its README).</li>
 *   <li>{@code /privacy/ontwikkel-v2/}: the second development set, blind until 7-12-2026 (as
 *       {@code heldout-v2}, measured blind once), tuned on since (its README).</li>
 *   <li>{@code /privacy/ontwikkel-v3/}: the third development set, blind until 7-12-2026 (as
 *       {@code heldout-v3}, measured blind twice), tuned on since (its README).</li>
 *   <li>{@code /privacy/ontwikkel-v4/}: the fourth development set, blind until 7-12-2026 (as
 *       {@code heldout-v4}, measured blind twice), tuned on since (its README).</li>
 * </ul>
 *
 * A tuning set ({@link #meetTuning}) prints every miss and every false positive and holds floors at
 * what the tuning reached; its figures are tuning figures, not a measure of quality. A blind set
 * ({@link #meetBlind}; {@code heldout-v3} and {@code heldout-v4} were blind until 7-12-2026 and are now the
 * development sets {@code ontwikkel-v3} and {@code ontwikkel-v4}; the next, {@code heldout-v5}, is wired in
 * by the lead) prints only its aggregate figures, so
 * nobody tunes on it by accident. English lines are checked as an English report is
 * ({@code toets(tekst, Locale.ENGLISH)}). The targets of the issue (recall ≥ 98 %, false positives
 * ≤ 2 %, on a blind set) and the figures are in docs/privacy-toets.md.
 */
class HeldOutMetingTest {

    static final String ONTWIKKEL = "/privacy/ontwikkel/";
    static final String ONTWIKKEL_V2 = "/privacy/ontwikkel-v2/";

    /**
     * Floors and ceilings of the development set. History: measured blind on 6-12-2026 (then the
     * held-out set), Dutch 83.9 % recall / 4.9 % false positives, English 84.4 % / 4.4 % (English then
     * checked without the English locale; 84.4 % / 4.4 % with it too). After the tuning of the
     * evening of 6-12-2026 (docs/privacy-toets.md, "Development set"): Dutch 99.7 % (360 of 361; the miss
     * is "Mondriaan", left out on purpose) / 0.0 %, English 100 % / 0.0 % — the values below. These are
     * figures on the set the guard was tuned on, so they say little about text written by others; the
     * blind set does. After the second tuning round of 7-12-2026 (on ontwikkel-v2, docs/privacy-toets.md):
     * Dutch 100 % (361 of 361; "in behandeling bij Mondriaan" is now found by the rule for a named
     * place of treatment) / 0.0 %, English 100 % / 0.0 %. Never lower a recall floor; raise a ceiling
     * only with the reason written here. Fifth round (7-12-2026): one line, "afspraken met zijn behandelaar", was
     * relabelled from ordinary to medical by the lead's decision on "zijn behandelaar" (its README): Dutch 362 of 362 /
     * 0 of 346; no line of this set is a twijfel (none asks a confirmation). Sixth round (7-12-2026): the sentence model
     * ({@link Zinsmodel}) is trained on this set and the other three, so one Dutch ordinary line of it now asks a
     * confirmation (1 of 346) — a training-set figure; the model's burden on sets it did not see is in
     * {@link ZinsmodelMetingTest} (about 1.2 %), and that is the ceiling that matters.
     */
    static final Grenzen ONTWIKKEL_GRENZEN = new Grenzen(1.0, 0.0, 1.0, 0.0, 1.0, 1.0 / 346, 1.0, 0.0);

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

    /**
     * One corpus file: how many lines the guard blocks ({@code geraakt}), how many of the others need the
     * coach's confirmation ({@code twijfel}: the second verdict, {@link Toestand}), and the lines that
     * went the wrong way — for a medical file, those neither blocked nor doubted; for an ordinary file,
     * those blocked (marked "<-") and those doubted (marked "<? ").
     */
    record Meting(int regels, int geraakt, int twijfel, List<String> afwijkend) {
        double deel() {
            return regels == 0 ? 0 : (double) geraakt / regels;
        }

        /** Blocked or doubted: what cannot reach a final report without the coach's word. */
        double dekking() {
            return regels == 0 ? 0 : (double) (geraakt + twijfel) / regels;
        }

        double twijfelDeel() {
            return regels == 0 ? 0 : (double) twijfel / regels;
        }
    }

    static Meting meet(Privacytoets toets, List<String> regels, Locale taal, boolean geraaktIsGoed) {
        int geraakt = 0;
        int twijfel = 0;
        List<String> afwijkend = new ArrayList<>();
        for (String r : regels) {
            List<Treffer> treffers = toets.toets(r, taal);
            boolean raak = !treffers.isEmpty();
            List<Treffer> twijfels = raak ? List.of() : toets.twijfel(r, treffers);
            if (raak) {
                geraakt++;
            } else if (!twijfels.isEmpty()) {
                twijfel++;
            }
            if (geraaktIsGoed ? !raak && twijfels.isEmpty() : raak || !twijfels.isEmpty()) {
                afwijkend.add(raak ? r + "   <- " + treffers.getFirst().gevonden()
                        : twijfels.isEmpty() ? r : r + "   <? " + twijfels.getFirst().term());
            }
        }
        return new Meting(regels.size(), geraakt, twijfel, afwijkend);
    }

    /** The four figures of one corpus. */
    record Corpus(Meting nlMedisch, Meting nlGewoon, Meting enMedisch, Meting enGewoon) {

        static Corpus meet(Privacytoets toets, String map) throws IOException {
            for (String naam : List.of("nl-medisch.txt", "nl-gewoon.txt", "en-medisch.txt", "en-gewoon.txt")) {
                assertTrue(regels(map, naam) != null, "missing corpus file " + map + naam);
            }
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

        /** The second verdict: medical lines blocked or to be confirmed, and the confirmations asked on ordinary lines. */
        String twijfelRegel(String naam) {
            return String.format(Locale.ROOT, "%s, with the twijfel verdict: Dutch medical lines blocked %d, to confirm %d, "
                            + "blocked or to confirm %.1f %% (%d of %d); ordinary lines blocked %d (%.1f %%), to confirm %d "
                            + "(%.1f %%); English medical lines blocked %d, to confirm %d, blocked or to confirm %.1f %% (%d of %d); "
                            + "ordinary lines blocked %d (%.1f %%), to confirm %d (%.1f %%)", naam,
                    nlMedisch.geraakt(), nlMedisch.twijfel(), 100 * nlMedisch.dekking(), nlMedisch.geraakt() + nlMedisch.twijfel(),
                    nlMedisch.regels(), nlGewoon.geraakt(), 100 * nlGewoon.deel(), nlGewoon.twijfel(), 100 * nlGewoon.twijfelDeel(),
                    enMedisch.geraakt(), enMedisch.twijfel(), 100 * enMedisch.dekking(), enMedisch.geraakt() + enMedisch.twijfel(),
                    enMedisch.regels(), enGewoon.geraakt(), 100 * enGewoon.deel(), enGewoon.twijfel(), 100 * enGewoon.twijfelDeel());
        }
    }

    @Test
    void theGuardOnTheDevelopmentSet() throws IOException {
        meetTuning(ONTWIKKEL, "Development set (privacy/ontwikkel, tuned on)", ONTWIKKEL_GRENZEN);
    }

    /**
     * Floors and ceilings of the second tuning set. History: written blind on 6-12-2026 (as
     * {@code heldout-v2}, by a writer who read only domain.md) and measured blind once, after the
     * first tuning: Dutch 89.5 % recall (358 of 400) / 1.0 % false positives (4 of 400), English
     * 94.0 % (141 of 150) / 2.0 % (3 of 150). From 7-12-2026 a tuning set (its README); the values
     * below are what the tuning on it reached on 7-12-2026 (docs/privacy-toets.md): Dutch 99.8 %
     * (399 of 400; the miss, "vervolgafspraak bij Mondriaan", is left out on purpose) / 0.3 % (1 of 400:
     * "de vacaturemarkt … is nogal verkouden", the market six words away), English 100 % / 0.0 %.
     * Tuning figures: they say little about text nobody tuned on. Never lower a recall floor; raise a
     * ceiling only with the reason written here. Sixth round (7-12-2026): with the sentence model, trained on all four
     * development sets, Dutch 400 of 400 are blocked or to confirm and 3 of 400 ordinary lines ask a confirmation
     * (training-set figures; the held-back burden is in {@link ZinsmodelMetingTest}). The same applies to v3 (400 of 400,
     * 1 of 400) and v4 (Dutch 400 of 400, 3 of 400; English 200 of 200, 1 of 200).
     */
    static final Grenzen V2_GRENZEN = new Grenzen(399.0 / 400, 1.0 / 400, 1.0, 0.0, 1.0, 3.0 / 400, 1.0, 0.0);

    /**
     * A recall floor and a false-positive ceiling per language (blocks only); and, for the twijfel verdict
     * (fifth round), a floor on the medical lines blocked or to be confirmed ({@code dekking}) and a
     * ceiling on the ordinary lines the coach is asked to confirm ({@code twijfel}: the coach's burden).
     */
    record Grenzen(double recallNl, double fpNl, double recallEn, double fpEn, double dekkingNl, double twijfelNl,
                   double dekkingEn, double twijfelEn) {
    }

    @Test
    void theGuardOnTheSecondDevelopmentSet() throws IOException {
        meetTuning(ONTWIKKEL_V2, "Second development set (privacy/ontwikkel-v2, blind until 7-12-2026, tuned on)",
                V2_GRENZEN);
    }

    static final String ONTWIKKEL_V3 = "/privacy/ontwikkel-v3/";

    /**
     * Floors and ceilings of the third tuning set. History: written blind on 7-12-2026 (as
     * {@code heldout-v3}, from domain.md alone; its README) and measured blind twice, aggregates only:
     * with the guard of b45b571 Dutch 88.8 % recall (355 of 400) / 2.0 % false positives (8 of 400),
     * English 82.5 % (165 of 200) / 3.0 % (6 of 200); after the second tuning round (lexicon3, on
     * ontwikkel-v2) Dutch 91.0 % (364 of 400) / 1.8 % (7 of 400), English 89.5 % (179 of 200) / 2.5 %
     * (5 of 200) — the last blind figures. From 7-12-2026 a tuning set: its misses are printed and read.
     * After the third tuning round of 7-12-2026 (lexicon4, docs/privacy-toets.md): Dutch 99.0 % (396 of
     * 400; the misses are "angsten", "vaste behandelaar" at Mondriaan, an intake at Karakter and "zijn
     * hulpverlener", left out on purpose) / 0.0 %, English 100 % / 0.0 % — the values below.
     * Tuning figures: they say little about text nobody tuned on. Never lower a recall floor; raise a
     * ceiling only with the reason written here.
     */
    static final Grenzen V3_GRENZEN = new Grenzen(396.0 / 400, 0.0, 1.0, 0.0, 1.0, 1.0 / 400, 1.0, 0.0);

    @Test
    void theGuardOnTheThirdDevelopmentSet() throws IOException {
        meetTuning(ONTWIKKEL_V3, "Third development set (privacy/ontwikkel-v3, blind until 7-12-2026, tuned on)",
                V3_GRENZEN);
    }

    static final String ONTWIKKEL_V4 = "/privacy/ontwikkel-v4/";

    /**
     * Floors and ceilings of the fourth tuning set. History: written blind on 7-12-2026 (as
     * {@code heldout-v4}, from domain.md §5 alone; 112 lines carry a Unicode trap; its README) and
     * measured blind twice, aggregates only: with the guard of 4cc0c15 Dutch 93.5 % recall (374 of 400)
     * / 1.0 % false positives (4 of 400), English 88.0 % (176 of 200) / 2.0 % (4 of 200); after the third
     * round (lexicon4) Dutch 94.5 % (378 of 400) / 0.5 % (2 of 400), English 89.5 % (179 of 200) / 1.5 %
     * (3 of 200) — the last blind figures, and the values below. From 7-12-2026 (fifth round) a tuning set:
     * its misses are printed and read. With the twijfel verdict of the fifth round (tuned on this set by
     * kind, docs/privacy-toets.md): Dutch 378 blocked + 20 to confirm = 398 of 400, English 179 + 21 = 200 of
     * 200, no ordinary line asks a confirmation — the last four values. Never lower a floor; raise a ceiling
     * only with the reason written here.
     */
    static final Grenzen V4_GRENZEN = new Grenzen(378.0 / 400, 2.0 / 400, 179.0 / 200, 3.0 / 200, 1.0, 3.0 / 400, 1.0, 1.0 / 200);

    @Test
    void theGuardOnTheFourthDevelopmentSet() throws IOException {
        meetTuning(ONTWIKKEL_V4, "Fourth development set (privacy/ontwikkel-v4, blind until 7-12-2026, tuned on)",
                V4_GRENZEN);
    }

    static final String HELDOUT_V5 = "/privacy/heldout-v5/";

    /**
     * Floors and ceilings of the blind set heldout-v5 (written on 7-12-2026 by a helper session, branch
     * corpus5, from domain.md alone; 300 of its 1,200 lines carry a Unicode trap; its README). Measured
     * first with the guard of the fifth round (lexicon + twijfel verdict, main after the priv5 merge),
     * aggregates only: Dutch 68.0 % blocked (272 of 400), 72.5 % blocked or to confirm (290), ordinary
     * lines 0.8 % blocked (3 of 400) and 0.3 % to confirm (1); English 65.5 % (131 of 200), 71.5 % (143),
     * ordinary 1.5 % (3 of 200) and 0.5 % (1) — the values below. Lines with a Unicode trap are caught
     * more often than the others (Dutch 80 of 100 against 192 of 300): what is missed is indirect
     * wording, which this set has far more of than v4 (its README: about half of the medical lines).
     * See docs/privacy-toets.md. Never tune on it: a line read to decide a rule moves out (its README).
     * Sixth round (branch priv6, 7-12-2026): measured once more, at the end, with the sentence model ({@link Zinsmodel}),
     * aggregates only and nothing tuned after: blocks unchanged; blocked or to confirm Dutch 97.3 % (389 of 400), English
     * 95.0 % (190 of 200); ordinary lines to confirm Dutch 3.5 % (14 of 400), English 6.0 % (12 of 200) — above the
     * brief's 2 %: the values below, and the ceilings raised with this reason (docs/privacy-toets.md, sixth round).
     */
    static final Grenzen V5_GRENZEN = new Grenzen(272.0 / 400, 3.0 / 400, 131.0 / 200, 3.0 / 200, 389.0 / 400,
            14.0 / 400, 190.0 / 200, 12.0 / 200);

    @Test
    void theGuardOnTheBlindSetV5() throws IOException {
        meetBlind(HELDOUT_V5, "Held-out set v5 (privacy/heldout-v5, blind)", V5_GRENZEN);
    }

    static final String HELDOUT_V6 = "/privacy/heldout-v6/";

    /**
     * Floors and ceilings of the blind set heldout-v6 (written on 7-12-2026 by a helper session, branch
     * corpus6, from domain.md alone; 150 of its 900 lines carry a Unicode trap; about half of its medical
     * lines are indirect; its README). Measured first with the guard of main at 7-12-2026 09:45 (the fifth
     * round, before any tuning for v6), aggregates only: Dutch 68.0 % blocked (204 of 300), 74.3 % blocked or
     * to confirm (223), ordinary lines 2.0 % blocked (6 of 300) and 0.0 % to confirm; English 64.0 % (96 of
     * 150), 71.3 % (107), ordinary 4.7 % (7 of 150) and 0.0 % — the values below: the same picture as v5,
     * written by another hand. Measured a second (and last) time after the sixth round's sentence classifier
     * (priv6, trained on the four development sets only, never on v5 or v6): blocked unchanged; blocked or
     * to confirm Dutch 97.3 % (292 of 300), English 96.0 % (144 of 150); ordinary lines to confirm Dutch
     * 2.3 % (7 of 300), English 3.3 % (5 of 150) — the values below. Nothing was tuned after either run.
     * Never tune on it: a line read to decide a rule moves out (its README).
     */
    static final Grenzen V6_GRENZEN = new Grenzen(204.0 / 300, 6.0 / 300, 96.0 / 150, 7.0 / 150, 292.0 / 300,
            7.0 / 300, 144.0 / 150, 5.0 / 150);

    @Test
    void theGuardOnTheBlindSetV6() throws IOException {
        meetBlind(HELDOUT_V6, "Held-out set v6 (privacy/heldout-v6, blind)", V6_GRENZEN);
    }

    /**
     * A set the guard is tuned on: its figures, every miss and false positive (to be read), and the
     * floors and ceilings held.
     */
    static Corpus meetTuning(String map, String naam, Grenzen grenzen) throws IOException {
        Corpus c = Corpus.meet(Privacytoets.standaard(), map);
        System.out.println(c.regel(naam));
        System.out.println(c.twijfelRegel(naam));
        druk("Dutch medical lines neither blocked nor to confirm", c.nlMedisch());
        druk("Dutch ordinary lines blocked (<-) or to confirm (<?)", c.nlGewoon());
        druk("English medical lines neither blocked nor to confirm", c.enMedisch());
        druk("English ordinary lines blocked (<-) or to confirm (<?)", c.enGewoon());
        houd(c, grenzen, naam);
        return c;
    }

    /**
     * A blind set (for instance {@code /privacy/heldout-v5/}): aggregate figures only — its
     * lines are never printed, so nobody tunes on them by accident — and the floors and ceilings held.
     */
    static Corpus meetBlind(String map, String naam, Grenzen grenzen) throws IOException {
        Corpus c = Corpus.meet(Privacytoets.standaard(), map);
        System.out.println(c.regel(naam));
        System.out.println(c.twijfelRegel(naam));
        houd(c, grenzen, naam);
        return c;
    }

    private static void houd(Corpus c, Grenzen g, String naam) {
        assertTrue(c.nlMedisch().deel() >= g.recallNl(), naam + ": Dutch recall fell below its floor: " + c.nlMedisch().deel());
        assertTrue(c.nlGewoon().deel() <= g.fpNl(), naam + ": Dutch false positives rose above their ceiling: " + c.nlGewoon().deel());
        assertTrue(c.enMedisch().deel() >= g.recallEn(), naam + ": English recall fell below its floor: " + c.enMedisch().deel());
        assertTrue(c.enGewoon().deel() <= g.fpEn(), naam + ": English false positives rose above their ceiling: " + c.enGewoon().deel());
        assertTrue(c.nlMedisch().dekking() >= g.dekkingNl(), naam + ": Dutch lines blocked or to confirm fell below their floor: "
                + c.nlMedisch().dekking());
        assertTrue(c.nlGewoon().twijfelDeel() <= g.twijfelNl(), naam + ": Dutch ordinary lines to confirm rose above their ceiling: "
                + c.nlGewoon().twijfelDeel());
        assertTrue(c.enMedisch().dekking() >= g.dekkingEn(), naam + ": English lines blocked or to confirm fell below their floor: "
                + c.enMedisch().dekking());
        assertTrue(c.enGewoon().twijfelDeel() <= g.twijfelEn(), naam + ": English ordinary lines to confirm rose above their ceiling: "
                + c.enGewoon().twijfelDeel());
        assertTrue(c.nlMedisch().regels() >= 250 && c.nlGewoon().regels() >= 250 && c.enMedisch().regels() >= 80
                && c.enGewoon().regels() >= 80, naam + ": the corpus is complete");
    }

    private static void druk(String kop, Meting m) {
        System.out.println(kop + " (" + m.afwijkend().size() + "):");
        m.afwijkend().forEach(r -> System.out.println("  " + r));
    }
}
