package nl.spoorzoeker.report.privacy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The third kind of check (sixth round, docs/privacy-toets.md "Sixth round"): a small sentence
 * classifier for what neither the lexicon nor the {@link Toestand} patterns name — lay words,
 * euphemisms, care situations ("ze zit niet lekker in haar vel", "he has been in and out of
 * appointments"). The fifth round's blind set showed that word lists and hand-made patterns carry
 * over poorly to wording nobody tuned on; a model that weighs every word, word pair and four-letter
 * piece of a sentence at once generalises better (measured by leaving one development set out at a
 * time, docs/privacy-toets.md).
 *
 * <p>The model is a <em>multinomial naive Bayes</em> over the set of a sentence's features: its words,
 * its word pairs and the four-letter pieces of its words (so "depressief" and "depressieve", or a
 * compound nobody wrote before, still share pieces). The words are those of the guard itself
 * ({@link Privacytoets#woorden}, after {@link Normalisatie}), so a soft hyphen, zero-width character
 * or look-alike letter changes nothing here either. Naive Bayes was chosen over logistic regression
 * because it measured better on the held-back sets (94.7 % against 85.9 % of medical lines at 2 %
 * ordinary lines, in the prototype) and because it is counts: the shipped file is integers that a
 * test recounts exactly from the development sets ({@code ZinsmodelTraining}), so it cannot drift.
 *
 * <p>The file ({@code zinsmodel.txt}) holds per feature how many medical and how many ordinary
 * development lines contain it (features in at least two lines), the number of lines of each kind,
 * the smoothing and the threshold; the weights are worked out when it is read. A sentence whose score
 * (log-odds, medical against ordinary) is above the threshold is a <em>twijfel</em>, never a block on
 * its own: the coach can confirm a false hit with a reason, and the threshold was set so that at most
 * 1 % of ordinary development lines, each scored by a model that had not seen its set, are doubted (1.5 % in
 * the sixth round; the seventh leaves the other half of the brief's 2 % for the lexicon's blocks on new text).
 *
 * <p>Per sentence (the same split as {@link Toestand}: a full stop after "Mw." or "ivm" does not end
 * one), so one medical sentence in a long note is found and only that sentence is redacted in a
 * concept. Immutable once read, so one instance serves every thread.
 */
public final class Zinsmodel {

    static final String BRON = "/nl/spoorzoeker/report/privacy/zinsmodel.txt";
    /** The term of a twijfel from this model, as Toestand's hits carry their family. */
    static final String TERM = "ZINSMODEL";

    private final Map<String, Double> gewicht;
    private final double basis;
    private final double drempel;

    private Zinsmodel(Map<String, Double> gewicht, double basis, double drempel) {
        this.gewicht = gewicht;
        this.basis = basis;
        this.drempel = drempel;
    }

    private static final class Gedeeld {
        static final Zinsmodel MODEL = lees(Privacytoets.regels(BRON));
    }

    /** The shipped model: read once, shared. */
    public static Zinsmodel standaard() {
        return Gedeeld.MODEL;
    }

    /**
     * A model from the lines of its file (comments already left out): {@code alpha A}, {@code drempel D},
     * {@code regels M G} and then one {@code feature TAB medical TAB ordinary} per line.
     */
    static Zinsmodel lees(List<String> regels) {
        double alpha = Double.NaN;
        double drempel = Double.NaN;
        long regelsMedisch = -1;
        long regelsGewoon = -1;
        Map<String, long[]> tellingen = new HashMap<>();
        long totaalMedisch = 0;
        long totaalGewoon = 0;
        for (String regel : regels) {
            String[] delen = regel.split("\t");
            if (delen.length == 3) {
                long m = Long.parseLong(delen[1]);
                long g = Long.parseLong(delen[2]);
                tellingen.put(delen[0], new long[] {m, g});
                totaalMedisch += m;
                totaalGewoon += g;
                continue;
            }
            String[] woorden = regel.split(" ");
            switch (woorden[0]) {
                case "alpha" -> alpha = Double.parseDouble(woorden[1]);
                case "drempel" -> drempel = Double.parseDouble(woorden[1]);
                case "regels" -> {
                    regelsMedisch = Long.parseLong(woorden[1]);
                    regelsGewoon = Long.parseLong(woorden[2]);
                }
                default -> throw new IllegalArgumentException("zinsmodel: unknown line " + regel);
            }
        }
        if (Double.isNaN(alpha) || Double.isNaN(drempel) || regelsMedisch <= 0 || regelsGewoon <= 0 || tellingen.isEmpty()) {
            throw new IllegalArgumentException("zinsmodel: incomplete model");
        }
        // Laplace smoothing over the kept features: a feature seen in one kind of line only still
        // weighs finitely, and a feature the model never saw weighs nothing.
        double v = tellingen.size();
        double noemerMedisch = Math.log(totaalMedisch + alpha * v);
        double noemerGewoon = Math.log(totaalGewoon + alpha * v);
        Map<String, Double> gewicht = new HashMap<>(tellingen.size() * 2);
        for (Map.Entry<String, long[]> e : tellingen.entrySet()) {
            long[] t = e.getValue();
            gewicht.put(e.getKey(), Math.log(t[0] + alpha) - noemerMedisch - Math.log(t[1] + alpha) + noemerGewoon);
        }
        return new Zinsmodel(gewicht, Math.log((double) regelsMedisch / regelsGewoon), drempel);
    }

    double drempel() {
        return drempel;
    }

    /**
     * The features of a run of folded words: "w:" each word, "b:" each pair of neighbours, "c:" each
     * four-letter piece of each word with "_" marking its start and end ("_dep", "epre", "sie_").
     * A set: a word twice in a sentence counts once, so a long sentence does not outweigh by repetition.
     */
    static Set<String> kenmerken(List<String> woorden) {
        Set<String> uit = new LinkedHashSet<>();
        for (int i = 0; i < woorden.size(); i++) {
            String w = woorden.get(i);
            uit.add("w:" + w);
            if (i > 0) {
                uit.add("b:" + woorden.get(i - 1) + " " + w);
            }
            String omrand = "_" + w + "_";
            for (int k = 0; k + 4 <= omrand.length(); k++) {
                uit.add("c:" + omrand.substring(k, k + 4));
            }
        }
        return uit;
    }

    /** The folded words of a text, as the guard reads them. */
    static List<String> woorden(String tekst) {
        return Privacytoets.woorden(tekst).stream().map(Privacytoets.Woord::gevouwen).toList();
    }

    /** The log-odds that these features come from a medical line rather than an ordinary one. */
    double score(Set<String> kenmerken) {
        double s = basis;
        for (String k : kenmerken) {
            Double g = gewicht.get(k);
            if (g != null) {
                s += g;
            }
        }
        return s;
    }

    /**
     * Sentences of fewer words are not judged: two or three words give the model too little to weigh, and a
     * heading or list item ("Uitdaging: grenzen stellen.", a kernkwadrant in a trajectplan) then rides on one
     * word that happens to be common in medical lines. A short medical sentence names its fact, which the
     * lexicon and the patterns are there for.
     */
    static final int MIN_WOORDEN = 4;

    /** The score of one sentence's words, or {@link Double#NEGATIVE_INFINITY} when it is too short to judge. */
    double score(List<String> zin) {
        return zin.size() < MIN_WOORDEN ? Double.NEGATIVE_INFINITY : score(kenmerken(zin));
    }

    /** The highest score of the text's sentences ({@link Double#NEGATIVE_INFINITY} for a text without words). */
    double hoogsteScore(String tekst) {
        double hoogste = Double.NEGATIVE_INFINITY;
        for (List<String> zin : zinnen(Toestand.lezing(tekst))) {
            hoogste = Math.max(hoogste, score(zin));
        }
        return hoogste;
    }

    /** Every sentence of the text whose score is above the threshold, as a twijfel covering it as typed. */
    public List<Treffer> vind(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return List.of();
        }
        Toestand.Lezing l = Toestand.lezing(tekst);
        List<List<String>> zinnen = zinnen(l);
        List<Treffer> uit = new ArrayList<>();
        for (int z = 0; z < zinnen.size(); z++) {
            double s = score(zinnen.get(z));
            if (s > drempel) {
                uit.add(Toestand.zin(l, z, TERM + String.format(Locale.ROOT, ": %.1f", s)));
            }
        }
        return uit;
    }

    /** The folded words of each sentence, in order; sentence numbers as in {@link Toestand.Lezing#zin()}. */
    private static List<List<String>> zinnen(Toestand.Lezing l) {
        List<List<String>> zinnen = new ArrayList<>();
        for (int i = 0; i < l.woorden().size(); i++) {
            int z = l.zin()[i];
            while (zinnen.size() <= z) {
                zinnen.add(new ArrayList<>());
            }
            zinnen.get(z).add(l.woorden().get(i).gevouwen());
        }
        return zinnen;
    }
}
