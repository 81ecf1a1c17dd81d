package nl.spoorzoeker.rapportage.privacy;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 17 item 8: the guard measured on corpora of realistic coach notes, each with medical lines
 * (every one should be caught) and ordinary lines (none should be), in Dutch and English.
 *
 * <p>The <em>development sets</em> ({@link #ONTWIKKELSETS}, {@code /privacy/ontwikkel/} to
 * {@code /privacy/ontwikkel-v9/}) were each written blind by someone who saw neither the guard nor the other
 * sets, measured blind once or twice, and then retired to tuning material (each README says when). A
 * development set ({@link #meetTuning}) prints every miss and every false positive and holds floors at what
 * the tuning reached; its figures are tuning figures, not a measure of quality (the sentence model's
 * cross-validated figures are in {@link ZinsmodelMetingTest}).
 *
 * <p>A <em>blind set</em> ({@link #meetBlind}) prints only its aggregate figures, so nobody tunes on it by
 * accident. The next one, {@code heldout-v10}, is written by someone else and wired in here by its folder
 * name only: {@link #theGuardOnTheBlindSetV10} skips while it is absent. English lines are checked as an
 * English report is ({@code toets(tekst, Locale.ENGLISH)}). The targets of the issue (recall ≥ 98 %, false
 * positives ≤ 2 %, on a blind set) and the figures are in docs/privacy-toets.md.
 */
class HeldOutMetingTest {

    /**
     * A development set: its folder, its name in the output and the floors and ceilings it is held to. Never lower
     * a floor; raise a ceiling only with the reason written here. Each set's blind history is in its README and in
     * docs/privacy-toets.md; in short:
     * <ul>
     *   <li>ontwikkel: blind until the evening of 6-12-2026 (Dutch 83.9 % recall / 4.9 % false positives, English
     *       84.4 % / 4.4 %). One line, "afspraken met zijn behandelaar", relabelled medical (fifth round).</li>
     *   <li>ontwikkel-v2: blind until 7-12-2026, measured once (Dutch 89.5 % / 1.0 %, English 94.0 % / 2.0 %). The
     *       Dutch miss, "vervolgafspraak bij Mondriaan", is left out on purpose; the Dutch false positive is "de
     *       vacaturemarkt … is nogal verkouden".</li>
     *   <li>ontwikkel-v3: blind until 7-12-2026, measured twice (last: Dutch 91.0 % / 1.8 %, English 89.5 % / 2.5 %).
     *       Its four Dutch misses ("angsten", "vaste behandelaar", an intake at Karakter, "zijn hulpverlener") are
     *       left out on purpose.</li>
     *   <li>ontwikkel-v4: blind until 7-12-2026, measured twice (last: Dutch 94.5 % / 0.5 %, English 89.5 % / 1.5 %).
     *       Its recall floors are blocks only: the rest is caught by the twijfel verdict (fifth round).</li>
     *   <li>ontwikkel-v5: blind until 7-12-2026, measured twice (last, with the sentence model: blocked or to confirm
     *       Dutch 97.3 % / English 95.0 %, ordinary blocked 0.8 / 1.5 %, to confirm 3.5 / 6.0 %); tuned on since the
     *       seventh round.</li>
     *   <li>ontwikkel-v6: blind until 7-12-2026, measured twice (last, with the sentence model: blocked or to confirm
     *       Dutch 97.3 % / English 96.0 %, ordinary blocked 2.0 / 4.7 %, to confirm 2.3 / 3.3 %); tuned on since the
     *       seventh round.</li>
     *   <li>ontwikkel-v7: blind until 7-12-2026, measured once (after the seventh round: blocked or to confirm
     *       Dutch 97.7 % / English 95.3 %, ordinary blocked 1.3 / 3.3 %, to confirm 3.3 / 8.0 %); tuned on since the
     *       eighth round.</li>
     *   <li>ontwikkel-v8: blind until 7-12-2026, measured once (after the eighth round: blocked or to confirm
     *       Dutch 95.3 % / English 89.3 %, ordinary blocked 1.7 / 2.7 %, to confirm 5.3 / 6.7 %) and walked twice for the
     *       ninth round's learning; tuned on since the tenth round (branch priv10).</li>
     *   <li>ontwikkel-v9: blind until 8-12-2026, measured twice (after the tenth round: blocked or to confirm Dutch
     *       78.3 % / English 79.3 %, ordinary blocked 2.0 / 3.3 %, to confirm 2.7 / 2.7 %; after the eleventh the same,
     *       with the read-through marking 90.8 / 71.0 % of the lines that passed); tuned on since the twelfth round
     *       (branch priv12).</li>
     * </ul>
     * The values are what the seventh round reached (7-12-2026, docs/privacy-toets.md): no ordinary line of any set is
     * blocked except the figure of speech in v2, "nogal verkouden" eight words after "vacaturemarkt" (beeldspraak.txt
     * looks five words away). Eighth round: three twijfel floors were lowered by one to six lines (v3 Dutch 400 to 399,
     * v5 Dutch 397 to 392 and English 196 to 194, v6 English 150 to 149): the sentence model, retrained on seven sets,
     * has a higher threshold (16.09 against 11.95), chosen by cross-validation because the held-back v7 showed the
     * six-set threshold doubted far more than 1 % of unseen ordinary lines; these are training-set figures, and the
     * cross-validated ones are in {@link ZinsmodelMetingTest}. Tenth round (v8 retired to development): the model retrained
     * on eight sets has a threshold of 19.44 (against 16.09), so four twijfel floors fell again, by one to three lines
     * (v5 Dutch 392 to 391 and English 194 to 192, v6 Dutch 297 to 295 and English 149 to 148, v7 Dutch 296 to 294):
     * training-set figures, for the same reason. v8's blocks on ordinary lines (5 Dutch, 4 English) are its blind-time
     * figures, not read for rules in the tenth round. Twelfth round (v9 retired to development, its voices tuned on, the
     * model retrained on nine sets: threshold 16.70 against 19.44): v8's Dutch ceiling of ordinary lines to confirm rose
     * from 1 to 2 lines of 300 (the lower threshold doubts one more of its training lines: a training-set figure, the
     * cross-validated burden is in {@link ZinsmodelMetingTest}), and its floors rose with what the round caught (Dutch
     * blocks 215 to 216, blocked or to confirm 292 to 294, English 140 to 143). v9's floors and ceilings are its tuning
     * figures after the round. The twijfel ceilings are training-set figures: the sentence model was trained on every development set, so on
     * them it doubts fewer ordinary lines than on text it did not see ({@link ZinsmodelMetingTest} has that figure).
     */
    record Ontwikkelset(String map, String naam, Grenzen grenzen) {
        @Override
        public String toString() {
            return map;
        }
    }

    static final List<Ontwikkelset> ONTWIKKELSETS = List.of(
            new Ontwikkelset("/privacy/ontwikkel/", "Development set (privacy/ontwikkel)",
                    new Grenzen(1.0, 0.0, 1.0, 0.0, 1.0, 1.0 / 346, 1.0, 0.0)),
            new Ontwikkelset("/privacy/ontwikkel-v2/", "Second development set (privacy/ontwikkel-v2)",
                    new Grenzen(399.0 / 400, 1.0 / 400, 1.0, 0.0, 1.0, 1.0 / 400, 1.0, 0.0)),
            new Ontwikkelset("/privacy/ontwikkel-v3/", "Third development set (privacy/ontwikkel-v3)",
                    new Grenzen(396.0 / 400, 0.0, 1.0, 0.0, 399.0 / 400, 1.0 / 400, 1.0, 0.0)),
            new Ontwikkelset("/privacy/ontwikkel-v4/", "Fourth development set (privacy/ontwikkel-v4)",
                    new Grenzen(378.0 / 400, 0.0, 179.0 / 200, 0.0, 1.0, 0.0, 1.0, 0.0)),
            new Ontwikkelset("/privacy/ontwikkel-v5/", "Fifth development set (privacy/ontwikkel-v5)",
                    new Grenzen(272.0 / 400, 0.0, 131.0 / 200, 0.0, 391.0 / 400, 2.0 / 400, 192.0 / 200, 1.0 / 200)),
            new Ontwikkelset("/privacy/ontwikkel-v6/", "Sixth development set (privacy/ontwikkel-v6)",
                    new Grenzen(204.0 / 300, 0.0, 96.0 / 150, 0.0, 295.0 / 300, 4.0 / 300, 148.0 / 150, 0.0)),
            new Ontwikkelset("/privacy/ontwikkel-v7/", "Seventh development set (privacy/ontwikkel-v7)",
                    new Grenzen(230.0 / 300, 1.0 / 300, 114.0 / 150, 0.0, 294.0 / 300, 4.0 / 300, 148.0 / 150,
                            1.0 / 150)),
            new Ontwikkelset("/privacy/ontwikkel-v8/", "Eighth development set (privacy/ontwikkel-v8)",
                    new Grenzen(216.0 / 300, 5.0 / 300, 102.0 / 150, 4.0 / 150, 294.0 / 300, 2.0 / 300, 143.0 / 150,
                            2.0 / 150)),
            new Ontwikkelset("/privacy/ontwikkel-v9/", "Ninth development set (privacy/ontwikkel-v9)",
                    new Grenzen(187.0 / 300, 4.0 / 300, 93.0 / 150, 2.0 / 150, 288.0 / 300, 5.0 / 300, 145.0 / 150,
                            3.0 / 150)));

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
    record Meting(int regels, int geraakt, int twijfel, int gemarkeerd, List<String> afwijkend) {
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

        /** Of the lines neither blocked nor doubted, the share the read-through marks for the coach's attention. */
        double gemarkeerdDeel() {
            int door = regels - geraakt - twijfel;
            return door == 0 ? 0 : (double) gemarkeerd / door;
        }
    }

    static Meting meet(Privacytoets toets, List<String> regels, Locale taal, boolean geraaktIsGoed) {
        int geraakt = 0;
        int twijfel = 0;
        int gemarkeerd = 0;
        List<String> afwijkend = new ArrayList<>();
        for (String r : regels) {
            List<Treffer> treffers = toets.toets(r, taal);
            boolean raak = !treffers.isEmpty();
            List<Treffer> twijfels = raak ? List.of() : toets.twijfel(r, treffers);
            if (raak) {
                geraakt++;
            } else if (!twijfels.isEmpty()) {
                twijfel++;
            } else if (!toets.zinsmodel().aandacht(r).isEmpty()) {
                gemarkeerd++; // the eleventh round's read-through: no verdict, a mark when the coach reads it through
            }
            if (geraaktIsGoed ? !raak && twijfels.isEmpty() : raak || !twijfels.isEmpty()) {
                afwijkend.add(raak ? r + "   <- " + treffers.getFirst().gevonden()
                        : twijfels.isEmpty() ? r : r + "   <? " + twijfels.getFirst().term());
            }
        }
        return new Meting(regels.size(), geraakt, twijfel, gemarkeerd, afwijkend);
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

        /** The read-through (eleventh round): of the lines that passed, those marked for the coach's attention. */
        String doorleesRegel(String naam) {
            return String.format(Locale.ROOT, "%s, read-through marks: Dutch medical lines that passed %d, marked %d (%.1f %%); "
                            + "ordinary lines that passed %d, marked %d (%.1f %%); English medical %d, marked %d (%.1f %%); "
                            + "ordinary %d, marked %d (%.1f %%)", naam,
                    door(nlMedisch), nlMedisch.gemarkeerd(), 100 * nlMedisch.gemarkeerdDeel(),
                    door(nlGewoon), nlGewoon.gemarkeerd(), 100 * nlGewoon.gemarkeerdDeel(),
                    door(enMedisch), enMedisch.gemarkeerd(), 100 * enMedisch.gemarkeerdDeel(),
                    door(enGewoon), enGewoon.gemarkeerd(), 100 * enGewoon.gemarkeerdDeel());
        }

        private static int door(Meting m) {
            return m.regels() - m.geraakt() - m.twijfel();
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

    /**
     * A recall floor and a false-positive ceiling per language (blocks only); and, for the twijfel verdict
     * (fifth round), a floor on the medical lines blocked or to be confirmed ({@code dekking}) and a
     * ceiling on the ordinary lines the coach is asked to confirm ({@code twijfel}: the coach's burden).
     */
    record Grenzen(double recallNl, double fpNl, double recallEn, double fpEn, double dekkingNl, double twijfelNl,
                   double dekkingEn, double twijfelEn) {
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ontwikkelsets")
    void theGuardOnADevelopmentSet(Ontwikkelset set) throws IOException {
        meetTuning(set.map(), set.naam(), set.grenzen());
    }

    static List<Ontwikkelset> ontwikkelsets() {
        return ONTWIKKELSETS;
    }

    static final String HELDOUT_V10 = "/privacy/heldout-v10/";

    /**
     * The blind set v10, written by someone else (branch corpus10) while the twelfth round retired v9 to development and
     * tuned on it; merged after that round and measured once by the lead on 8-12-2026 (docs/privacy-toets.md, "The blind
     * figure of the twelfth round"). The test skips while the folder is absent and prints aggregates only (the same
     * three lines as v9 did: blocks, the twijfel verdict, the read-through's marks).
     *
     * <p>Its limits, per language, pinned at that measurement (Dutch 188 of 300 medical lines blocked, 257 blocked or to
     * confirm, ordinary 6 blocked and 14 to confirm; English 79 of 150, 124, ordinary 3 and 11). None of the goals can be asserted yet: medical lines blocked or to confirm
     * ≥ 98 % and ordinary lines blocked plus to confirm ≤ 2 % failed on every blind set so far (v9: 78.3 / 79.3 % and
     * 4.7 / 6.0 %), and a test that is known to fail protects nothing. So the limits are, as V9's were, "not worse than
     * the last blind set" (v9's figures after the tenth round, and its read-through marks after the eleventh), and the
     * lead replaces them by v10's own figures after its one measurement, as V9's were replaced: each of the eight
     * numbers in {@link #V10_GRENZEN} and the four in {@link #V10_AANDACHT} a hair beyond what was printed (a floor
     * 0.001 below, a ceiling 0.001 above). The goals are printed beside the figures ({@link #V10_DOEL}), so the
     * distance is read at every measurement.
     * (v9, pinned until it retired: Dutch 180 of 300 medical lines blocked, 235 blocked or to confirm, ordinary 6 blocked
     * and 8 to confirm; English 88 of 150, 119, ordinary 5 and 4; of the lines that passed, marked: Dutch 90.8 % of the
     * medical and 10.1 % of the ordinary, English 71.0 % and 17.0 % — docs/privacy-toets.md.)
     */
    static final Grenzen V10_GRENZEN = new Grenzen(0.626, 0.0201, 0.526, 0.0201, 0.856, 0.0477, 0.826, 0.0743);
    /**
     * The read-through's marks on v10, of the lines that passed (eleventh round): medical lines marked at least, ordinary
     * lines marked at most, Dutch then English. Pinned at the first measurement (86.0 / 76.9 % of the misses, 20.7 /
     * 25.7 % of the ordinary lines), so a mark that helps the coach less on a new writer fails.
     */
    static final double[] V10_AANDACHT = {0.860, 0.769, 0.208, 0.258};
    /** The goals on a blind set (item 8): medical lines blocked or to confirm, ordinary lines blocked plus to confirm. */
    static final double[] V10_DOEL = {0.98, 0.02};

    @Test
    void theGuardOnTheBlindSetV10() throws IOException {
        assumeTrue(HeldOutMetingTest.class.getResource(HELDOUT_V10 + "nl-medisch.txt") != null,
                "heldout-v10 is not there yet");
        Corpus c = meetBlind(HELDOUT_V10, "Held-out set v10 (privacy/heldout-v10, blind)", V10_GRENZEN);
        System.out.println(String.format(Locale.ROOT, "Held-out set v10 against the issue's goals (blocked or to confirm "
                        + "≥ %.0f %%, ordinary blocked plus to confirm ≤ %.0f %%): Dutch %.1f %% / %.1f %%, English %.1f %% / %.1f %%",
                100 * V10_DOEL[0], 100 * V10_DOEL[1], 100 * c.nlMedisch().dekking(), 100 * last(c.nlGewoon()),
                100 * c.enMedisch().dekking(), 100 * last(c.enGewoon())));
        assertTrue(c.nlMedisch().gemarkeerdDeel() >= V10_AANDACHT[0] && c.enMedisch().gemarkeerdDeel() >= V10_AANDACHT[1],
                c.doorleesRegel("v10"));
        assertTrue(c.nlGewoon().gemarkeerdDeel() <= V10_AANDACHT[2] && c.enGewoon().gemarkeerdDeel() <= V10_AANDACHT[3],
                c.doorleesRegel("v10"));
    }

    /** Ordinary lines blocked plus to confirm: the coach's burden, the issue's ≤ 2 %. */
    static double last(Meting m) {
        return m.regels() == 0 ? 0 : (double) (m.geraakt() + m.twijfel()) / m.regels();
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
     * A blind set (for instance {@code /privacy/heldout-v10/}): aggregate figures only — its
     * lines are never printed, so nobody tunes on them by accident — and the floors and ceilings held.
     */
    static Corpus meetBlind(String map, String naam, Grenzen grenzen) throws IOException {
        Corpus c = Corpus.meet(Privacytoets.standaard(), map);
        System.out.println(c.regel(naam));
        System.out.println(c.twijfelRegel(naam));
        System.out.println(c.doorleesRegel(naam));
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
