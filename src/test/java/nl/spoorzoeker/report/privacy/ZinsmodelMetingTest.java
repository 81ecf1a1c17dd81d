package nl.spoorzoeker.report.privacy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The sixth round's measurement (docs/privacy-toets.md): how {@link Zinsmodel} does on text it was not
 * trained on, without the blind set. Each development set in turn is held back; the model is trained on
 * the other three, <em>its threshold too is set on those three alone</em> (each scored by a model on the
 * other two, {@link ZinsmodelTraining#drempel}), and the held-back set is scored. The four held-back
 * results are pooled per language. So no figure here comes from a line the model or its threshold saw.
 *
 * <p>Two views: the model alone (its recall and the share of ordinary lines it doubts — the coach's
 * burden), and the whole guard (lexicon block, or a twijfel from {@link Toestand} or the model). The
 * lexicon and the patterns were tuned on all four sets, so the whole guard's recall here overstates;
 * its burden on ordinary lines does not (no set was tuned to make ordinary lines doubtful).
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

    @Test
    void theModelOnEachDevelopmentSetHeldBack() {
        List<ZinsmodelTraining.Regel> alle = ZinsmodelTraining.ontwikkelRegels();
        Privacytoets toets = Privacytoets.standaard();
        Toestand toestand = Toestand.standaard();
        Telling nl = new Telling();
        Telling en = new Telling();
        for (String set : ZinsmodelTraining.SETS) {
            List<ZinsmodelTraining.Regel> training = alle.stream().filter(r -> !r.set().equals(set)).toList();
            double drempel = ZinsmodelTraining.drempel(training);
            Zinsmodel model = ZinsmodelTraining.train(training, drempel);
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
        }
        System.out.println("Zinsmodel, four sets held back in turn, Dutch: " + nl.regel("Dutch"));
        System.out.println("Zinsmodel, four sets held back in turn, English: " + en.regel("English"));
        // The brief: ordinary lines doubted stay at most 2 % on text the model did not see.
        assertTrue(pct(nl.guardGewoonTwijfel, nl.gewoon) <= 2.0, nl.regel("Dutch"));
        assertTrue(pct(en.guardGewoonTwijfel, en.gewoon) <= 2.0, en.regel("English"));
        // Floors a little below what was measured on 7-12-2026 (docs/privacy-toets.md: Dutch 90.1 %, English 88.6 %
        // of medical lines by the model alone, sentences of four words or more): the model must keep earning its place. Never lower them without
        // the reason written here.
        assertTrue(pct(nl.modelMedisch, nl.medisch) >= FLOOR_NL, nl.regel("Dutch"));
        assertTrue(pct(en.modelMedisch, en.medisch) >= FLOOR_EN, en.regel("English"));
    }

    static final double FLOOR_NL = 89.0;
    static final double FLOOR_EN = 87.5;
}
