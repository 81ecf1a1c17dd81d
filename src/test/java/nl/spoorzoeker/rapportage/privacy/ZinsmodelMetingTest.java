package nl.spoorzoeker.rapportage.privacy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The sixth and seventh rounds' measurement (docs/privacy-toets.md): how {@link Zinsmodel} does on text it was
 * not trained on, without a blind set. Each development set in turn is held back (six since the seventh round:
 * each written by another hand, so holding back a set is like meeting a new writer); the model is trained on
 * the other five, <em>its threshold too is set on those five alone</em> (each scored by a model on the other
 * four, {@link ZinsmodelTraining#drempel}), and the held-back set is scored. The held-back results are pooled
 * per language. So no figure here comes from a line the model or its threshold saw: these are cross-validated
 * development figures, not blind ones (the lead measures on heldout-v10).
 *
 * <p>Two views: the model alone (its recall and the share of ordinary lines it doubts — the coach's
 * burden), and the whole guard (lexicon block, or a twijfel from {@link Toestand} or the model). The
 * lexicon and the patterns were tuned on all four sets, so the whole guard's recall here overstates;
 * its block rate on ordinary lines understates too (the blocks the lexicon made on ordinary lines of these
 * sets were read and tuned away; on each blind set's first measurement they were 0.8–4.7 %).
 */
class ZinsmodelMetingTest {

    /** Counts of one language over the held-back sets. */
    static final class Telling {
        int medisch;
        int gewoon;
        int modelMedisch;
        int modelGewoon;
        int guardMedisch;
        int guardGewoonBlok;
        int guardGewoonTwijfel;
        int guardMedischZonderModel;
        int guardGewoonTwijfelZonderModel;

        String regel(String taal) {
            return String.format(Locale.ROOT, "%s: model alone %.1f %% of medical lines (%d of %d), %.1f %% of ordinary lines "
                            + "doubted (%d of %d); whole guard without the model %.1f %% blocked or to confirm (%d), ordinary to "
                            + "confirm %.1f %% (%d); with the model %.1f %% (%d), ordinary blocked %d, to confirm %.1f %% (%d)",
                    taal, pct(modelMedisch, medisch), modelMedisch, medisch, pct(modelGewoon, gewoon), modelGewoon, gewoon,
                    pct(guardMedischZonderModel, medisch), guardMedischZonderModel,
                    pct(guardGewoonTwijfelZonderModel, gewoon), guardGewoonTwijfelZonderModel,
                    pct(guardMedisch, medisch), guardMedisch, guardGewoonBlok, pct(guardGewoonTwijfel, gewoon), guardGewoonTwijfel);
        }
    }

    static double pct(int a, int b) {
        return b == 0 ? 0 : 100.0 * a / b;
    }

    /**
     * One development set held back: the other sets' ordinary lines scored by models that did not see them, the
     * threshold from those scores, and the model on the other sets. Made once per set for both measurements here
     * (the scoring trains a model per set again: most of this class's time).
     */
    record Vouw(List<Double> gescoord, double drempel, Zinsmodel model, List<ZinsmodelTraining.Gescoord> perTaal) {
        /** The other sets' ordinary lines of one language, scored as {@link #gescoord} (twelfth round: a mark per language). */
        List<Double> gescoord(boolean engels) {
            return perTaal.stream().filter(g -> g.engels() == engels).map(ZinsmodelTraining.Gescoord::score).toList();
        }
    }

    private static final java.util.Map<String, Vouw> VOUWEN = new java.util.concurrent.ConcurrentHashMap<>();

    static Vouw vouw(List<ZinsmodelTraining.Regel> alle, String set) {
        return VOUWEN.computeIfAbsent(set, s -> {
            List<ZinsmodelTraining.Regel> training = alle.stream().filter(r -> !r.set().equals(s)).toList();
            List<ZinsmodelTraining.Gescoord> perTaal = ZinsmodelTraining.gewoonGescoordPerTaal(training);
            List<Double> gescoord = perTaal.stream().map(ZinsmodelTraining.Gescoord::score).toList();
            double drempel = ZinsmodelTraining.drempel(gescoord, ZinsmodelTraining.DOEL);
            return new Vouw(gescoord, drempel, ZinsmodelTraining.train(training, drempel), perTaal);
        });
    }

    @Test
    void theModelOnEachDevelopmentSetHeldBack() {
        List<ZinsmodelTraining.Regel> alle = ZinsmodelTraining.ontwikkelRegels();
        Privacytoets toets = Privacytoets.standaard();
        Toestand toestand = Toestand.standaard();
        Telling nl = new Telling();
        Telling en = new Telling();
        double hoogsteLast = 0;
        for (String set : ZinsmodelTraining.SETS) {
            Vouw vouw = vouw(alle, set);
            double drempel = vouw.drempel();
            Zinsmodel model = vouw.model();
            Telling deze = new Telling();
            for (ZinsmodelTraining.Regel r : alle.stream().filter(r -> r.set().equals(set)).toList()) {
                boolean model1 = !model.vind(r.tekst()).isEmpty();
                boolean blok = !toets.toets(r.tekst(), r.engels() ? Locale.ENGLISH : null).isEmpty();
                boolean patroon = !toestand.vind(r.tekst()).isEmpty();
                for (Telling t : List.of(r.engels() ? en : nl, deze)) {
                    if (r.medisch()) {
                        t.medisch++;
                        t.modelMedisch += model1 ? 1 : 0;
                        t.guardMedisch += blok || patroon || model1 ? 1 : 0;
                        t.guardMedischZonderModel += blok || patroon ? 1 : 0;
                    } else {
                        t.gewoon++;
                        t.modelGewoon += model1 ? 1 : 0;
                        t.guardGewoonBlok += blok ? 1 : 0;
                        t.guardGewoonTwijfel += !blok && (patroon || model1) ? 1 : 0;
                        t.guardGewoonTwijfelZonderModel += !blok && patroon ? 1 : 0;
                    }
                }
            }
            System.out.println(String.format(Locale.ROOT, "Zinsmodel, held back %s (threshold %.2f from the other sets): ", set,
                    drempel) + deze.regel("both languages"));
            hoogsteLast = Math.max(hoogsteLast, pct(deze.guardGewoonBlok + deze.guardGewoonTwijfel, deze.gewoon));
        }
        System.out.println("Zinsmodel, each set held back in turn, Dutch: " + nl.regel("Dutch"));
        System.out.println("Zinsmodel, each set held back in turn, English: " + en.regel("English"));
        System.out.println(String.format(Locale.ROOT, "Zinsmodel, each set held back in turn: the worst set's ordinary lines "
                + "blocked or to confirm %.1f %%", hoogsteLast));
        // The brief (seventh round): ordinary lines blocked plus doubted at most 2 % per language on text the model did not
        // see, and the model alone at most about 1 % (ZinsmodelTraining.DOEL: the other half is left for the blocks that
        // these tuned sets no longer show).
        assertTrue(pct(nl.guardGewoonBlok + nl.guardGewoonTwijfel, nl.gewoon) <= 2.0, nl.regel("Dutch"));
        assertTrue(pct(en.guardGewoonBlok + en.guardGewoonTwijfel, en.gewoon) <= 2.0, en.regel("English"));
        assertTrue(pct(nl.modelGewoon, nl.gewoon) <= MODEL_LAST, nl.regel("Dutch"));
        assertTrue(pct(en.modelGewoon, en.gewoon) <= MODEL_LAST, en.regel("English"));
        // Floors a little below what was measured (docs/privacy-toets.md). Sixth round, four sets: Dutch 90.1 %, English
        // 88.6 % of medical lines by the model alone at 1.5 % ordinary lines. Seventh round, six sets, at 1 % ordinary lines
        // and alpha 0.2: Dutch 90.6 %, English 88.0 %. Eighth round, seven sets: Dutch 86.7 %, English 82.9 % — lowered because
        // v7 held back showed that the six-set threshold (11.95) doubted 4.7 % of a new writer's ordinary lines; with v7 in
        // the pool the thresholds rise to 16-19 and the model buys its 1 % burden with less recall. The whole guard keeps
        // 98.7 / 97.7 % (docs/privacy-toets.md, eighth round). Tenth round, eight sets (v8 retired to development): Dutch
        // 84.4 %, English 78.9 % — lowered for the same reason: v8 held back is doubted 5.0 / 6.7 % (Dutch / English) at the
        // seven-set threshold, and with v8 in the pool every threshold rises (the shipped one 16.09 → 19.44); the whole
        // guard keeps 97.9 / 96.0 % at 1.3 / 1.7 % (docs/privacy-toets.md, tenth round). Twelfth round, nine sets (v9 retired
        // to development): Dutch 82.2 %, English 77.4 % — lowered because the model held back from v9 catches only 47.3 % of its
        // medical lines (a writer whose medical lines name nothing clinical, in voices no other set has), which pulls the pool
        // down; the whole guard keeps 97.5 / 95.8 % at 1.4 / 1.6 % (docs/privacy-toets.md, twelfth round). The model must keep
        // earning its place. Never lower them without the reason written here.
        assertTrue(pct(nl.modelMedisch, nl.medisch) >= FLOOR_NL, nl.regel("Dutch"));
        assertTrue(pct(en.modelMedisch, en.medisch) >= FLOOR_EN, en.regel("English"));
    }

    /**
     * The eleventh round's read-through (docs/privacy-toets.md): before a report to the employer is final the coach
     * reads its free text once, and the sentences scoring above a second, lower mark are marked for attention. Here,
     * each development set held back in turn as above, for a few candidate marks (each set on the other sets like the
     * threshold): of the medical lines the whole guard lets through (not blocked, not doubted), how many the
     * read-through marks, and how many ordinary lines it marks. The mark shipped is {@link ZinsmodelTraining#DOEL_AANDACHT}.
     */
    @Test
    void theReadThroughMarksOnEachDevelopmentSetHeldBack() {
        List<ZinsmodelTraining.Regel> alle = ZinsmodelTraining.ontwikkelRegels();
        Privacytoets toets = Privacytoets.standaard();
        Toestand toestand = Toestand.standaard();
        List<Double> doelen = List.of(0.05, ZinsmodelTraining.DOEL_AANDACHT, 0.15, 0.20);
        // per candidate, per language: missed medical, of which marked, ordinary passed, of which marked
        int[][][] tel = new int[doelen.size()][2][4];
        // Twelfth round: the same with the mark set per language, on the other sets' ordinary lines of that language only.
        List<Double> doelenPerTaal = List.of(0.05, 0.075, 0.10, 0.125, 0.15);
        int[][][] telPerTaal = new int[doelenPerTaal.size()][2][4];
        for (String set : ZinsmodelTraining.SETS) {
            Vouw vouw = vouw(alle, set);
            List<Double> gescoord = vouw.gescoord();
            Zinsmodel model = vouw.model();
            for (ZinsmodelTraining.Regel r : alle.stream().filter(r -> r.set().equals(set)).toList()) {
                boolean door = toets.toets(r.tekst(), r.engels() ? Locale.ENGLISH : null).isEmpty()
                        && toestand.vind(r.tekst()).isEmpty() && model.vind(r.tekst()).isEmpty();
                if (!door) {
                    continue;
                }
                for (int d = 0; d < doelen.size(); d++) {
                    double aandacht = ZinsmodelTraining.drempel(gescoord, doelen.get(d));
                    boolean gemarkeerd = !model.metAandacht(aandacht).aandacht(r.tekst()).isEmpty();
                    int[] t = tel[d][r.engels() ? 1 : 0];
                    t[r.medisch() ? 0 : 2]++;
                    t[r.medisch() ? 1 : 3] += gemarkeerd ? 1 : 0;
                }
                for (int d = 0; d < doelenPerTaal.size(); d++) {
                    double aandacht = ZinsmodelTraining.drempel(vouw.gescoord(r.engels()), doelenPerTaal.get(d));
                    boolean gemarkeerd = !model.metAandacht(aandacht).aandacht(r.tekst()).isEmpty();
                    int[] t = telPerTaal[d][r.engels() ? 1 : 0];
                    t[r.medisch() ? 0 : 2]++;
                    t[r.medisch() ? 1 : 3] += gemarkeerd ? 1 : 0;
                }
            }
        }
        for (int d = 0; d < doelen.size(); d++) {
            for (int taal = 0; taal < 2; taal++) {
                int[] t = tel[d][taal];
                System.out.println(String.format(Locale.ROOT, "Read-through, each set held back, mark at %.0f %% of unseen ordinary "
                                + "lines, %s: %d of %d medical lines the guard let through marked (%.1f %%); %d of %d ordinary lines "
                                + "that passed marked (%.1f %%)", 100 * doelen.get(d), taal == 0 ? "Dutch" : "English", t[1], t[0],
                        pct(t[1], t[0]), t[3], t[2], pct(t[3], t[2])));
            }
        }
        for (int d = 0; d < doelenPerTaal.size(); d++) {
            for (int taal = 0; taal < 2; taal++) {
                int[] t = telPerTaal[d][taal];
                System.out.println(String.format(Locale.ROOT, "Read-through, each set held back, mark per language at %.1f %% of "
                                + "unseen ordinary lines of that language, %s: %d of %d medical lines the guard let through marked "
                                + "(%.1f %%); %d of %d ordinary lines that passed marked (%.1f %%)", 100 * doelenPerTaal.get(d),
                        taal == 0 ? "Dutch" : "English", t[1], t[0], pct(t[1], t[0]), t[3], t[2], pct(t[3], t[2])));
            }
        }
        int gekozen = doelen.indexOf(ZinsmodelTraining.DOEL_AANDACHT);
        for (int taal = 0; taal < 2; taal++) {
            int[] t = tel[gekozen][taal];
            // Floors and ceilings a little beyond what the eleventh round measured (docs/privacy-toets.md).
            assertTrue(pct(t[1], t[0]) >= AANDACHT_FLOOR[taal], "marked misses " + t[1] + " of " + t[0]);
            assertTrue(pct(t[3], t[2]) <= AANDACHT_LAST, "marked ordinary lines " + t[3] + " of " + t[2]);
        }
    }

    /**
     * Eleventh round, each of the eight sets held back, mark at 10 %: Dutch 53 of 60 medical lines the guard let through
     * marked (88.3 %), 7.8 % of ordinary lines that passed; English 48 of 52 (92.3 %), 10.2 %. At 5 % it marks 75.0 / 76.9 %
     * of the misses, at 15 % 91.7 / 96.2 % for 11.8 / 16.2 % of ordinary lines. Never lower without the reason written here.
     */
    static final double[] AANDACHT_FLOOR = {86.0, 90.0};
    /**
     * Twelfth round, nine sets: Dutch 68 of 78 misses marked (87.2 %), 7.5 % of ordinary lines that passed; English 55 of 61
     * (90.2 %), 11.4 % — the ceiling rose from 11 to 12 because v9, whose English lines the shipped model marked 17.0 % of
     * when blind, is now in the pool (the walk now sees what v9 showed; docs/privacy-toets.md, twelfth round, where the
     * mark per language was measured and not shipped).
     */
    static final double AANDACHT_LAST = 12.0;

    static final double FLOOR_NL = 82.0;
    static final double FLOOR_EN = 77.0;
    /**
     * The model's own share of ordinary lines doubted, held back: 1 % by design, a little room for rounding. Eighth
     * round: 1.75, because English pools to 1.6 % (18 of 1,141) with v7 held back at 4.7 % — the honest burden of a
     * new writer, which the whole-guard ceiling of 2 % above still holds.
     */
    static final double MODEL_LAST = 1.75;
}
