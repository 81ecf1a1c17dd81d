package nl.spoorzoeker.rapportage.privacy;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The ninth round (docs/privacy-toets.md "Ninth round"): does the sentence model adapt to the coach who writes?
 * Every coach is a new writer, and on a new writer's ordinary lines the model's burden was 3–5 times its
 * cross-validated 1 % (heldout-v7, -v8). Here each development set in turn plays the new coach: the model is trained
 * and thresholded on the other six ({@link ZinsmodelTraining}, as {@link ZinsmodelMetingTest}), and the held-back
 * set's lines are walked in a fixed shuffled order as the coach would meet them: every doubt on an ordinary line is
 * confirmed and becomes a learnt sentence ({@link Zinsmodel#aangepast}, only what {@link Privacytoets#leerbaar}
 * allows), every medical line stays as the guard judged it (a doubt on it is not confirmed). The figures compare
 * the second half of the walk (after adaptation) with its first half and with the same walk without learning.
 * Development figures only: no blind set is read here, except by {@link #theWalkOnTheBlindSetV10}, which prints
 * aggregates and skips while the set is absent.
 */
class ZinsmodelAanpassingMetingTest {

    /** The order of the walk: fixed, so the figures are reproducible. */
    static final long VOLGORDE = 17;

    /** One development set, read once: its lines, their sentences' features and its counts for training. */
    record Set7(String naam, List<ZinsmodelTraining.Regel> regels, List<List<Set<String>>> zinnen,
                Map<String, int[]> tellingen, int medisch, int gewoon) {

        static Set7 van(String naam, List<ZinsmodelTraining.Regel> regels) {
            Map<String, int[]> tellingen = new HashMap<>();
            List<List<Set<String>>> zinnen = new ArrayList<>();
            int medisch = 0;
            for (ZinsmodelTraining.Regel r : regels) {
                ZinsmodelTraining.tel(tellingen, Zinsmodel.kenmerken(Zinsmodel.woorden(r.tekst())), r.medisch());
                zinnen.add(Zinsmodel.zinKenmerken(r.tekst()));
                medisch += r.medisch() ? 1 : 0;
            }
            return new Set7(naam, regels, zinnen, tellingen, medisch, regels.size() - medisch);
        }
    }

    /**
     * A model on these sets with this threshold: the model {@link ZinsmodelTraining#train} makes from their lines
     * (same counts, same cut at {@link ZinsmodelTraining#MIN_REGELS}, same smoothing), from counts made once per set
     * (training the 28 models line by line took most of a minute).
     */
    static Zinsmodel model(List<Set7> sets, double drempel) {
        Map<String, long[]> samen = new HashMap<>();
        int medisch = 0;
        int gewoon = 0;
        for (Set7 s : sets) {
            s.tellingen().forEach((k, t) -> {
                long[] u = samen.computeIfAbsent(k, x -> new long[2]);
                u[0] += t[0];
                u[1] += t[1];
            });
            medisch += s.medisch();
            gewoon += s.gewoon();
        }
        samen.values().removeIf(t -> t[0] + t[1] < ZinsmodelTraining.MIN_REGELS);
        long totaalMedisch = samen.values().stream().mapToLong(t -> t[0]).sum();
        long totaalGewoon = samen.values().stream().mapToLong(t -> t[1]).sum();
        return Zinsmodel.van(samen, totaalMedisch, totaalGewoon, medisch, gewoon, ZinsmodelTraining.ALPHA, drempel);
    }

    /** The models on every development set but two, by the pair left out: each is needed by both of its sets. */
    private static final Map<Set<String>, Zinsmodel> ZONDER_TWEE = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The ordinary lines' scores that set a threshold for a model on these sets: each set scored by a model on the
     * others ({@link ZinsmodelTraining#drempel}); {@link ZinsmodelTraining#drempel(List, double)} takes the share.
     */
    static List<Double> drempelScores(List<Set7> sets, Set7 uitgehouden) {
        List<Double> gewoon = new ArrayList<>();
        for (Set7 s : sets) {
            Zinsmodel m = ZONDER_TWEE.computeIfAbsent(Set.of(s.naam(), uitgehouden.naam()),
                    x -> model(sets.stream().filter(y -> y != s).toList(), 0));
            for (int i = 0; i < s.regels().size(); i++) {
                if (!s.regels().get(i).medisch()) {
                    gewoon.add(m.hoogsteScore(s.zinnen().get(i)));
                }
            }
        }
        return gewoon;
    }

    /** Per language and half of the walk: lines, and how many the guard blocked or asked to confirm. */
    static final class Telling {
        final int[][] medisch = new int[2][2];
        final int[][] medischGevangen = new int[2][2];
        final int[][] gewoon = new int[2][2];
        final int[][] gewoonLast = new int[2][2];
        int geleerd;

        void voegToe(Telling t) {
            for (int taal = 0; taal < 2; taal++) {
                for (int helft = 0; helft < 2; helft++) {
                    medisch[taal][helft] += t.medisch[taal][helft];
                    medischGevangen[taal][helft] += t.medischGevangen[taal][helft];
                    gewoon[taal][helft] += t.gewoon[taal][helft];
                    gewoonLast[taal][helft] += t.gewoonLast[taal][helft];
                }
            }
            geleerd += t.geleerd;
        }

        double recall(int taal, int helft) {
            return ZinsmodelMetingTest.pct(medischGevangen[taal][helft], medisch[taal][helft]);
        }

        double last(int taal, int helft) {
            return ZinsmodelMetingTest.pct(gewoonLast[taal][helft], gewoon[taal][helft]);
        }

        String regel(int taal) {
            return String.format(Locale.ROOT, "%s: medical blocked or to confirm %.1f %% (%d of %d) → %.1f %% (%d of %d); "
                            + "ordinary blocked or to confirm %.1f %% (%d of %d) → %.1f %% (%d of %d)",
                    taal == 0 ? "Dutch" : "English",
                    recall(taal, 0), medischGevangen[taal][0], medisch[taal][0], recall(taal, 1), medischGevangen[taal][1],
                    medisch[taal][1], last(taal, 0), gewoonLast[taal][0], gewoon[taal][0], last(taal, 1), gewoonLast[taal][1],
                    gewoon[taal][1]);
        }
    }

    /** How a walk learns: not at all, or with this weight per learnt sentence and this cap per sentence scored. */
    record Leren(boolean aan, double gewicht, double max, double maxGelijk) {
        static final Leren NIET = new Leren(false, 0, 0, 0);
        static final Leren ZOALS_GELEVERD = new Leren(true, Zinsmodel.LEERGEWICHT, Zinsmodel.MAX_VERLAGING,
                Zinsmodel.MAX_VERLAGING_GELIJK);
    }

    /**
     * One coach's walk over these lines in this order: the guard with {@code model} (re-thresholded to
     * {@code drempel}), learning from every doubt on an ordinary line that is {@link Privacytoets#leerbaar}.
     * {@code blokken} are the lexicon's hits per line (the same for every walk, so read once).
     */
    static Telling loop(List<ZinsmodelTraining.Regel> regels, List<List<Treffer>> blokken, Zinsmodel model, double drempel,
                        Leren leren) {
        Privacytoets basis = Privacytoets.standaard();
        List<String> geleerd = new ArrayList<>();
        Privacytoets toets = basis.metZinsmodel(model.aangepast(geleerd, leren.gewicht(), leren.max(), leren.maxGelijk(), drempel));
        Telling t = new Telling();
        for (int i = 0; i < regels.size(); i++) {
            ZinsmodelTraining.Regel r = regels.get(i);
            int taal = r.engels() ? 1 : 0;
            int helft = 2 * i < regels.size() ? 0 : 1;
            List<Treffer> blok = blokken.get(i);
            List<Treffer> twijfel = toets.twijfel(r.tekst(), blok);
            boolean gevangen = !blok.isEmpty() || !twijfel.isEmpty();
            if (r.medisch()) {
                t.medisch[taal][helft]++;
                t.medischGevangen[taal][helft] += gevangen ? 1 : 0;
                continue;
            }
            t.gewoon[taal][helft]++;
            t.gewoonLast[taal][helft] += gevangen ? 1 : 0;
            if (leren.aan()) {
                int voor = geleerd.size();
                // What the coach confirms is each doubted passage (C18T), as the checklist shows it.
                twijfel.stream().map(Treffer::gevonden).filter(basis::leerbaar).forEach(geleerd::add);
                if (geleerd.size() > voor) {
                    toets = basis.metZinsmodel(model.aangepast(geleerd, leren.gewicht(), leren.max(), leren.maxGelijk(), drempel));
                }
            }
        }
        t.geleerd = geleerd.size();
        return t;
    }

    /** The lines of a set in the walk's fixed order. */
    static List<ZinsmodelTraining.Regel> volgorde(List<ZinsmodelTraining.Regel> regels) {
        List<ZinsmodelTraining.Regel> uit = new ArrayList<>(regels);
        Collections.shuffle(uit, new Random(VOLGORDE));
        return uit;
    }

    static List<List<Treffer>> blokken(List<ZinsmodelTraining.Regel> regels) {
        Privacytoets toets = Privacytoets.standaard();
        return regels.stream().map(r -> toets.toets(r.tekst(), r.engels() ? Locale.ENGLISH : null)).toList();
    }

    /** Each development set held back in turn: its model and the ordinary scores its threshold comes from. */
    record Uitgehouden(Set7 set, Zinsmodel model, List<Double> drempelScores, List<ZinsmodelTraining.Regel> volgorde,
                       List<List<Treffer>> blokken) {
    }

    static List<Uitgehouden> uitgehouden() {
        List<ZinsmodelTraining.Regel> alle = ZinsmodelTraining.ontwikkelRegels();
        List<Set7> sets = ZinsmodelTraining.SETS.stream()
                .map(n -> Set7.van(n, alle.stream().filter(r -> r.set().equals(n)).toList())).toList();
        List<Uitgehouden> uit = new ArrayList<>();
        for (Set7 s : sets) {
            List<Set7> training = sets.stream().filter(x -> x != s).toList();
            List<ZinsmodelTraining.Regel> volgorde = volgorde(s.regels());
            uit.add(new Uitgehouden(s, model(training, 0), drempelScores(training, s), volgorde, blokken(volgorde)));
        }
        return uit;
    }

    /** The pooled walk over every held-back set, each with the threshold its training sets give for {@code doel}. */
    static Telling wandel(List<Uitgehouden> sets, double doel, Leren leren, boolean perSet) {
        Telling samen = new Telling();
        for (Uitgehouden u : sets) {
            double drempel = ZinsmodelTraining.drempel(u.drempelScores(), doel);
            Telling t = loop(u.volgorde(), u.blokken(), u.model(), drempel, leren);
            if (perSet) {
                System.out.println(String.format(Locale.ROOT, "walk %s, threshold %.2f, %s, learnt %d: %s; %s", u.set().naam(),
                        drempel, leren, t.geleerd, t.regel(0), t.regel(1)));
            }
            samen.voegToe(t);
        }
        return samen;
    }

    /**
     * The walk as shipped (threshold from {@link ZinsmodelTraining#DOEL}, {@link Zinsmodel#aangepast}'s settings), against
     * the same walk without learning. Measured 7-12-2026 (docs/privacy-toets.md, ninth round), second half without →
     * with learning: Dutch ordinary lines blocked or to confirm 9 → 8 of 1,258 (0.7 → 0.6 %), medical 1,246 → 1,245 of
     * 1,263 (98.7 → 98.6 %); English ordinary 6 → 4 of 578 (1.0 → 0.7 %), medical 580 → 579 of 595 (97.5 → 97.3 %);
     * 39 sentences learnt over the seven walks. On v7 alone (a writer whose ordinary lines are as personal as the medical
     * ones) English ordinary 3 → 1 of 79 and medical 80 → 79 of 85. 14–19 s at load 7–8 on 2 cores.
     */
    @Test
    void aCoachsWalkOverEachDevelopmentSetHeldBack() {
        List<Uitgehouden> sets = uitgehouden();
        Telling zonder = wandel(sets, ZinsmodelTraining.DOEL, Leren.NIET, false);
        Telling met = wandel(sets, ZinsmodelTraining.DOEL, Leren.ZOALS_GELEVERD, true);
        for (int taal = 0; taal < 2; taal++) {
            System.out.println("Walk, first half → second half, without learning: " + zonder.regel(taal));
            System.out.println("Walk, first half → second half, learning as shipped: " + met.regel(taal));
        }
        System.out.println("Walk: learnt sentences " + met.geleerd);
        for (int taal = 0; taal < 2; taal++) {
            String regel = met.regel(taal) + " / without: " + zonder.regel(taal);
            // The brief: learning may cost at most half a point of the medical lines blocked or to confirm, in the half
            // of the walk after it learnt.
            assertTrue(met.recall(taal, 1) >= zonder.recall(taal, 1) - 0.5, regel);
            // Learning only lowers the model's doubts, so it never adds to the burden.
            assertTrue(met.gewoonLast[taal][1] <= zonder.gewoonLast[taal][1], regel);
            // Pinned at what was measured (above): a change that learns less, or costs more recall, shows here.
            assertTrue(met.gewoonLast[taal][1] <= LAST_NA[taal], regel);
            assertTrue(met.medischGevangen[taal][1] >= GEVANGEN_NA[taal], regel);
        }
        assertTrue(met.geleerd >= 35, "sentences learnt: " + met.geleerd);
    }

    /**
     * Second half, learning as shipped: ordinary lines blocked or to confirm (Dutch, English), as measured. Was {8, 4}
     * with a general cap of 2; since the lead set that cap to 0 after the blind v8 walk ({@link Zinsmodel#MAX_VERLAGING}),
     * only near-copies of a confirmed sentence are lowered, and no development line is a near-copy of another: the walk
     * with learning equals the walk without, {9, 6}.
     */
    static final int[] LAST_NA = {14, 10};
    /**
     * Second half, learning as shipped: medical lines blocked or to confirm (Dutch, English), as measured.
     * Tenth round: eight walks since v8 retired to development (was {1246, 580} of 1,263 and 595 over seven, and
     * {@link #LAST_NA} {9, 6} of 1,258 and 578; now 15 of 1,409 and 10 of 657): v8 is a writer whose ordinary lines the
     * model doubts more than the others', and with it in the pool the thresholds rise (docs/privacy-toets.md, tenth round).
     * Twelfth round: nine walks since v9 retired to development, {1490, 727} of 1,533 and 765 (97.2 / 95.0 %), and
     * {@link #LAST_NA} {14, 10} of 1,560 and 736; learning as shipped still equals no learning on these walks.
     */
    static final int[] GEVANGEN_NA = {1490, 727};

    /**
     * The grids the shipped settings and the threshold proposal come from (docs/privacy-toets.md, ninth round): the
     * cap on any sentence, and the share of held-back ordinary lines the threshold allows (the recall/burden
     * trade-off), each without and with learning. About two minutes, so on request only:
     * {@code AANPASSING_VERKEN=1 ./mvnw -B -ntp -q test -Dtest='ZinsmodelAanpassingMetingTest#theSettingsAndThresholdGrid'}.
     */
    @Test
    void theSettingsAndThresholdGrid() {
        assumeTrue(System.getenv("AANPASSING_VERKEN") != null, "run with AANPASSING_VERKEN=1 in the environment");
        List<Uitgehouden> sets = uitgehouden();
        for (double doel : new double[] {0.01, 0.015, 0.02, 0.03}) {
            Telling zonder = wandel(sets, doel, Leren.NIET, true);
            System.out.println(String.format(Locale.ROOT, "grid doel %.3f no learning: %s; %s", doel, zonder.regel(0), zonder.regel(1)));
            for (double max : new double[] {2, 4, 8}) {
                Leren leren = new Leren(true, Zinsmodel.LEERGEWICHT, max, Zinsmodel.MAX_VERLAGING_GELIJK);
                Telling met = wandel(sets, doel, leren, true);
                System.out.println(String.format(Locale.ROOT, "grid doel %.3f %s learnt %d: %s; %s", doel, leren,
                        met.geleerd, met.regel(0), met.regel(1)));
            }
        }
    }

    /**
     * For the lead, once: the same walk over the blind set heldout-v10 (v9 retired to development in the twelfth round)
     * with the shipped model (trained on all nine development sets) and learning
     * as shipped. Aggregates only, never a line; skips while the set is absent.
     */
    @Test
    void theWalkOnTheBlindSetV10() throws IOException {
        assumeTrue(HeldOutMetingTest.class.getResource(HeldOutMetingTest.HELDOUT_V10 + "nl-medisch.txt") != null,
                "heldout-v10 is not there");
        List<ZinsmodelTraining.Regel> regels = new ArrayList<>();
        for (String taal : List.of("nl", "en")) {
            for (String soort : List.of("medisch", "gewoon")) {
                HeldOutMetingTest.regels(HeldOutMetingTest.HELDOUT_V10, taal + "-" + soort + ".txt")
                        .forEach(r -> regels.add(new ZinsmodelTraining.Regel(r, soort.equals("medisch"), taal.equals("en"), "v10")));
            }
        }
        List<ZinsmodelTraining.Regel> volgorde = volgorde(regels);
        List<List<Treffer>> blokken = blokken(volgorde);
        Zinsmodel model = Zinsmodel.standaard();
        Telling zonder = loop(volgorde, blokken, model, model.drempel(), Leren.NIET);
        Telling met = loop(volgorde, blokken, model, model.drempel(), Leren.ZOALS_GELEVERD);
        for (int taal = 0; taal < 2; taal++) {
            System.out.println("heldout-v10 walk (blind), first half → second half, without learning: " + zonder.regel(taal));
            System.out.println("heldout-v10 walk (blind), first half → second half, learning as shipped: " + met.regel(taal));
        }
        System.out.println("heldout-v10 walk (blind): learnt sentences " + met.geleerd);
        assertTrue(met.geleerd >= 0);
    }
}
