package nl.spoorzoeker.rapportage.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The tenth round's exploration tool (docs/privacy-toets.md, "Tenth round"): variants of {@link Zinsmodel} measured by
 * leaving each development set out in turn, exactly as {@link ZinsmodelMetingTest} does (model and threshold from the
 * other sets, the threshold from their own leave-one-out), printing per held-back v7 and v8 (the newest writers, the
 * honest rows) and pooled: the model alone and the whole guard (lexicon block or pattern as shipped, or the model),
 * medical caught / ordinary burden in %; and per row the whole guard's recall when the model may add 1–9 % of that
 * set's ordinary lines (threshold on the held-back set itself: separability only, never a shipped setting) and the
 * AUC over the lines neither blocked nor matched by a pattern. Not a test; the guard's verdicts are cached in
 * {@code target/zinsmodel-verken-guard.tsv} (delete it after a lexicon change).
 *
 * <p>Run (after {@code ./mvnw -B -ntp -q test-compile}), one argument of comma-separated variants
 * {@code name:features:alpha:norm:doel:perLanguage:clip:consistency:lambda:epochs} (features b = shipped, s = + subject
 * words, k = + skip pairs, w = no four-letter pieces; norm 0 = sum, 1 = sum/√n, 2 = mean, 3 = the {@code TOPK}
 * strongest medical features plus every ordinary one; consistency &gt; 0 shrinks a medical-leaning feature that leans
 * ordinary in some training set, &lt; 0 averages per-set log-odds with that smoothing; lambda &gt; 0 = logistic
 * regression instead). In the environment: {@code MIL=0|1} multiple-instance training, {@code WIN=n} the best window of
 * n words instead of the sentence, {@code TOPK=n} for norm 3 (20), {@code PERSET=1} the other held-back sets' whole-guard
 * figures too. {@code toon} as second argument prints v7's and v8's misses and doubted ordinary lines:
 * <pre>./mvnw -B -ntp -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=nl.spoorzoeker.rapportage.privacy.ZinsmodelVerken -Dexec.args="basis,n1skip:k:0.2:1"</pre>
 */
final class ZinsmodelVerken {

    record Lijn(ZinsmodelTraining.Regel r, List<String> woorden, List<List<String>> zinnen, boolean blok, boolean patroon) {
    }

    static List<Lijn> lijnen() throws IOException {
        Path cache = Path.of("target/zinsmodel-verken-guard.tsv");
        Map<String, String> gecached = new HashMap<>();
        if (Files.exists(cache)) {
            for (String l : Files.readAllLines(cache, StandardCharsets.UTF_8)) {
                int t = l.lastIndexOf('\t');
                gecached.put(l.substring(0, t), l.substring(t + 1));
            }
        }
        Privacytoets toets = Privacytoets.standaard();
        Toestand toestand = Toestand.standaard();
        List<Lijn> uit = new ArrayList<>();
        StringBuilder nieuw = new StringBuilder();
        for (ZinsmodelTraining.Regel r : ZinsmodelTraining.ontwikkelRegels()) {
            String sleutel = (r.engels() ? "en|" : "nl|") + r.tekst().replace('\t', ' ');
            String v = gecached.get(sleutel);
            if (v == null) {
                boolean blok = !toets.toets(r.tekst(), r.engels() ? Locale.ENGLISH : null).isEmpty();
                boolean patroon = !toestand.vind(r.tekst()).isEmpty();
                v = (blok ? "1" : "0") + (patroon ? "1" : "0");
                nieuw.append(sleutel).append('\t').append(v).append('\n');
            }
            Toestand.Lezing l = Toestand.lezing(r.tekst());
            List<List<String>> zinnen = new ArrayList<>();
            for (int i = 0; i < l.woorden().size(); i++) {
                int z = l.zin()[i];
                while (zinnen.size() <= z) {
                    zinnen.add(new ArrayList<>());
                }
                zinnen.get(z).add(l.woorden().get(i).gevouwen());
            }
            zinnen.removeIf(z -> z.size() < Zinsmodel.MIN_WOORDEN);
            uit.add(new Lijn(r, Zinsmodel.woorden(r.tekst()), zinnen, v.charAt(0) == '1', v.charAt(1) == '1'));
        }
        if (!nieuw.isEmpty()) {
            Files.writeString(cache, nieuw.toString(), StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        }
        return uit;
    }

    // ---- feature variants ----

    static final Set<String> SUBJECT = Set.of("hij", "zij", "ze", "wn", "mw", "mevrouw", "meneer", "dhr", "werknemer",
            "betrokkene", "he", "she", "they", "client", "employee", "ik", "i");
    static final Set<String> BEZIT = Set.of("zijn", "haar", "mijn", "his", "her", "my", "hun", "their");

    static Set<String> basis(List<String> w) {
        return Zinsmodel.kenmerken(w);
    }

    /** Subject-bound words: the next three words after a subject pronoun, the noun after a possessive. */
    static Set<String> subject(List<String> w) {
        Set<String> uit = new LinkedHashSet<>(Zinsmodel.kenmerken(w));
        for (int i = 0; i < w.size(); i++) {
            if (SUBJECT.contains(w.get(i))) {
                for (int k = i + 1; k < Math.min(w.size(), i + 4); k++) {
                    uit.add("s:" + w.get(k));
                }
            }
        }
        return uit;
    }

    static Set<String> skip(List<String> w) {
        Set<String> uit = new LinkedHashSet<>(Zinsmodel.kenmerken(w));
        for (int i = 2; i < w.size(); i++) {
            uit.add("k:" + w.get(i - 2) + " " + w.get(i));
        }
        return uit;
    }

    static Set<String> woordenParen(List<String> w) {
        Set<String> uit = new LinkedHashSet<>();
        for (String k : Zinsmodel.kenmerken(w)) {
            if (!k.startsWith("c:")) {
                uit.add(k);
            }
        }
        return uit;
    }

    // ---- model ----

    static final class Model {
        final Map<String, Double> w = new HashMap<>();
        double basis;

        double score(Set<String> f, int norm) {
            if (norm == 3) {
                // the k strongest medical features plus every ordinary one: evidence that is concentrated, not spread
                double[] pos = new double[f.size()];
                int np = 0;
                double neg = 0;
                for (String k : f) {
                    Double g = w.get(k);
                    if (g == null) continue;
                    if (g > 0) pos[np++] = g; else neg += g;
                }
                Arrays.sort(pos, 0, np);
                double top = 0;
                for (int i = np - 1; i >= Math.max(0, np - TOPK); i--) top += pos[i];
                return basis + top + neg;
            }
            double s = 0;
            int n = 0;
            for (String k : f) {
                Double g = w.get(k);
                if (g != null) {
                    s += g;
                    n++;
                }
            }
            return switch (norm) {
                case 1 -> n == 0 ? basis : basis + s / Math.sqrt(n);
                case 2 -> n == 0 ? basis : basis + s / n;
                default -> basis + s;
            };
        }
    }

    record Instelling(String naam, Function<List<String>, Set<String>> f, double alpha, int norm, double doel,
                      boolean perTaal, double clip, double consistent, double lambda, int epochs) {
    }

    /** Logistic regression on binary features, L2, Adagrad; same features. Returns a Model with weights by name. */
    static Model trainLr(List<List<Lijn>> sets, Map<Lijn, Set<String>> lijnF, double lambda, int epochs) {
        List<Lijn> alle = new ArrayList<>();
        sets.forEach(alle::addAll);
        Map<String, Integer> index = new HashMap<>();
        List<int[]> x = new ArrayList<>();
        for (Lijn l : alle) {
            Set<String> f = lijnF.get(l);
            int[] ids = new int[f.size()];
            int i = 0;
            for (String k : f) {
                ids[i++] = index.computeIfAbsent(k, z -> index.size());
            }
            x.add(ids);
        }
        double[] w = new double[index.size()];
        double[] g2 = new double[index.size()];
        double b = 0;
        double gb2 = 0;
        double eta = 0.5;
        int n = alle.size();
        int[] volgorde = new int[n];
        for (int i = 0; i < n; i++) volgorde[i] = i;
        java.util.Random rnd = new java.util.Random(17);
        for (int e = 0; e < epochs; e++) {
            for (int i = n - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                int t = volgorde[i]; volgorde[i] = volgorde[j]; volgorde[j] = t;
            }
            for (int idx : volgorde) {
                int[] ids = x.get(idx);
                double z = b;
                for (int id : ids) z += w[id];
                double p = 1 / (1 + Math.exp(-z));
                double y = alle.get(idx).r().medisch() ? 1 : 0;
                double g = p - y;
                for (int id : ids) {
                    double gr = g + lambda * w[id];
                    g2[id] += gr * gr;
                    w[id] -= eta * gr / Math.sqrt(g2[id] + 1e-8);
                }
                gb2 += g * g;
                b -= eta * g / Math.sqrt(gb2 + 1e-8);
            }
        }
        Model m = new Model();
        index.forEach((k, id) -> m.w.put(k, w[id]));
        m.basis = b;
        return m;
    }

    static Model train(List<Map<String, int[]>> tellingen, int[] regels, double alpha, double clip, double consistent,
                       List<Map<String, int[]>> perSet, int[][] regelsPerSet) {
        Map<String, long[]> samen = new HashMap<>();
        for (Map<String, int[]> t : tellingen) {
            t.forEach((k, v) -> {
                long[] u = samen.computeIfAbsent(k, x -> new long[2]);
                u[0] += v[0];
                u[1] += v[1];
            });
        }
        samen.values().removeIf(t -> t[0] + t[1] < ZinsmodelTraining.MIN_REGELS);
        long tm = 0;
        long tg = 0;
        for (long[] t : samen.values()) {
            tm += t[0];
            tg += t[1];
        }
        double v = samen.size();
        double nm = Math.log(tm + alpha * v);
        double ng = Math.log(tg + alpha * v);
        Model m = new Model();
        if (consistent < 0) {
            // average of per-set log-odds (each writer one vote); -consistent = smoothing
            double a = -consistent;
            double[] nmS = new double[perSet.size()];
            double[] ngS = new double[perSet.size()];
            for (int s = 0; s < perSet.size(); s++) {
                long tms = 0, tgs = 0;
                for (Map.Entry<String, int[]> e : perSet.get(s).entrySet()) {
                    if (samen.containsKey(e.getKey())) { tms += e.getValue()[0]; tgs += e.getValue()[1]; }
                }
                nmS[s] = Math.log(tms + a * v);
                ngS[s] = Math.log(tgs + a * v);
            }
            for (String k : samen.keySet()) {
                double g = 0;
                for (int s = 0; s < perSet.size(); s++) {
                    int[] c = perSet.get(s).get(k);
                    int cm = c == null ? 0 : c[0];
                    int cg = c == null ? 0 : c[1];
                    g += Math.log(cm + a) - nmS[s] - Math.log(cg + a) + ngS[s];
                }
                m.w.put(k, g / perSet.size());
            }
            m.basis = Math.log((double) regels[0] / regels[1]);
            return m;
        }
        for (Map.Entry<String, long[]> e : samen.entrySet()) {
            long[] t = e.getValue();
            double g = Math.log(t[0] + alpha) - nm - Math.log(t[1] + alpha) + ng;
            if (clip > 0) {
                g = Math.max(-clip, Math.min(clip, g));
            }
            if (consistent > 0 && g > 0) {
                // shrink a medical-leaning feature that is ordinary-leaning in some training set (writer-specific)
                int tegen = 0;
                int gezien = 0;
                for (int s = 0; s < perSet.size(); s++) {
                    int[] c = perSet.get(s).get(e.getKey());
                    if (c == null || c[0] + c[1] == 0) {
                        continue;
                    }
                    gezien++;
                    double pm = (c[0] + 0.5) / (regelsPerSet[s][0] + 1.0);
                    double pg = (c[1] + 0.5) / (regelsPerSet[s][1] + 1.0);
                    if (pg >= pm) {
                        tegen++;
                    }
                }
                if (gezien > 0) {
                    g *= Math.pow(1 - (double) tegen / gezien, consistent);
                }
            }
            m.w.put(e.getKey(), g);
        }
        m.basis = Math.log((double) regels[0] / regels[1]);
        return m;
    }

    static boolean MIL = false;
    static int MILMODE = 0;

    /** Multiple instance: a medical line of several sentences teaches only its most medical sentence (by the first model). */
    static Model mil(Model m0, List<List<Lijn>> sets, Map<Lijn, Set<String>> lijnF, Map<Lijn, List<Set<String>>> zinF,
                     Instelling ins, int[] regels) {
        Map<String, int[]> tel = new HashMap<>();
        for (List<Lijn> set : sets) {
            for (Lijn l : set) {
                List<Set<String>> z = zinF.get(l);
                if (l.r().medisch() && z.size() > 1) {
                    Set<String> best = null;
                    double bs = Double.NEGATIVE_INFINITY;
                    for (Set<String> f : z) {
                        double sc = m0.score(f, ins.norm());
                        if (sc > bs) { bs = sc; best = f; }
                    }
                    ZinsmodelTraining.tel(tel, best, true);
                    if (MILMODE == 1) {
                        for (Set<String> f : z) if (f != best) ZinsmodelTraining.tel(tel, f, false);
                    }
                } else {
                    ZinsmodelTraining.tel(tel, lijnF.get(l), l.r().medisch());
                }
            }
        }
        return train(List.of(tel), regels, ins.alpha(), ins.clip(), 0, List.of(tel), new int[][] {regels});
    }

    static int WIN = 0;
    static int TOPK = System.getenv("TOPK") == null ? 20 : Integer.parseInt(System.getenv("TOPK"));
    static final Map<String, Integer> DICT = new HashMap<>();

    /** One sentence for window scoring: per word its bigram id (-1 first), its other ids; local remap. */
    record Zin(int[] bigram, int[][] rest, int[] lokaal) {
    }

    static int id(String k) {
        return DICT.computeIfAbsent(k, z -> DICT.size());
    }

    static Zin zin(List<String> w) {
        int n = w.size();
        int[] bigram = new int[n];
        int[][] rest = new int[n][];
        for (int i = 0; i < n; i++) {
            String x = w.get(i);
            bigram[i] = i > 0 ? id("b:" + w.get(i - 1) + " " + x) : -1;
            List<Integer> r = new ArrayList<>();
            r.add(id("w:" + x));
            String omrand = "_" + x + "_";
            for (int k = 0; k + 4 <= omrand.length(); k++) {
                r.add(id("c:" + omrand.substring(k, k + 4)));
            }
            rest[i] = r.stream().mapToInt(Integer::intValue).toArray();
        }
        // local remap
        Map<Integer, Integer> lok = new HashMap<>();
        List<Integer> terug = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (bigram[i] >= 0) {
                int g = bigram[i];
                bigram[i] = lok.computeIfAbsent(g, z -> { terug.add(g); return terug.size() - 1; });
            }
            for (int j = 0; j < rest[i].length; j++) {
                int g = rest[i][j];
                rest[i][j] = lok.computeIfAbsent(g, z -> { terug.add(g); return terug.size() - 1; });
            }
        }
        return new Zin(bigram, rest, terug.stream().mapToInt(Integer::intValue).toArray());
    }

    static double[] gewichten(Model m) {
        double[] a = new double[DICT.size()];
        m.w.forEach((k, v) -> {
            Integer i = DICT.get(k);
            if (i != null) a[i] = v;
        });
        return a;
    }

    /** The highest score of any window of WIN words (the whole sentence when shorter). */
    static double venster(double[] wa, double basis, Zin z) {
        int n = z.bigram().length;
        double[] wl = new double[z.lokaal().length];
        for (int i = 0; i < wl.length; i++) wl[i] = wa[z.lokaal()[i]];
        int[] tel = new int[wl.length];
        int k = Math.min(WIN, n);
        double som = 0;
        double beste = Double.NEGATIVE_INFINITY;
        // slide a window of k words over the sentence, counting each feature once (a set, as the model scores)
        for (int i = 0; i < n; i++) {
            // add word i
            for (int id : z.rest()[i]) if (tel[id]++ == 0) som += wl[id];
            // the pair (i-1, i) belongs to the window only when word i-1 does
            int start = i - k + 1;
            if (z.bigram()[i] >= 0 && start <= i - 1) {
                if (tel[z.bigram()[i]]++ == 0) som += wl[z.bigram()[i]];
            }
            if (start > 0) {
                // remove word start-1 and the bigram of word start (pair with start-1)
                int weg = start - 1;
                for (int id : z.rest()[weg]) if (--tel[id] == 0) som -= wl[id];
                // (the pair before weg went when weg became the window's first word)
                if (z.bigram()[start] >= 0) {
                    if (--tel[z.bigram()[start]] == 0) som -= wl[z.bigram()[start]];
                }
            }
            if (start >= 0) beste = Math.max(beste, basis + som);
        }
        return beste;
    }

    static final Map<Lijn, List<Zin>> ZINNEN = new HashMap<>();

    static double score(Model m, double[] wa, Lijn l, Map<Lijn, List<Set<String>>> zinF, Instelling ins) {
        if (WIN <= 0) {
            return hoogste(m, zinF.get(l), ins.norm());
        }
        double h = Double.NEGATIVE_INFINITY;
        for (Zin z : ZINNEN.get(l)) {
            h = Math.max(h, venster(wa, m.basis, z));
        }
        return h;
    }

    static double hoogste(Model m, List<Set<String>> zinnen, int norm) {
        double h = Double.NEGATIVE_INFINITY;
        for (Set<String> z : zinnen) {
            h = Math.max(h, m.score(z, norm));
        }
        return h;
    }

    static double drempel(List<Double> gewoon, double doel) {
        if (gewoon.isEmpty()) {
            return Double.POSITIVE_INFINITY;
        }
        return ZinsmodelTraining.drempel(gewoon, doel);
    }

    /** Counts per set: [medical, ordinary, nl/en split later]. */
    static void meet(List<Lijn> lijnen, Instelling ins, boolean toon) {
        List<String> sets = ZinsmodelTraining.SETS;
        int n = sets.size();
        List<Map<String, int[]>> tel = new ArrayList<>();
        int[][] regels = new int[n][2];
        Map<Lijn, List<Set<String>>> zinF = new HashMap<>();
        Map<Lijn, Set<String>> lijnF = new HashMap<>();
        List<List<Lijn>> perSet = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            tel.add(new HashMap<>());
            perSet.add(new ArrayList<>());
        }
        for (Lijn l : lijnen) {
            int s = sets.indexOf(l.r().set());
            perSet.get(s).add(l);
            Set<String> lf = ins.f().apply(l.woorden());
            lijnF.put(l, lf);
            ZinsmodelTraining.tel(tel.get(s), lf, l.r().medisch());
            regels[s][l.r().medisch() ? 0 : 1]++;
            zinF.put(l, l.zinnen().stream().map(ins.f()).toList());
            if (WIN > 0) {
                ZINNEN.put(l, l.zinnen().stream().map(ZinsmodelVerken::zin).toList());
            }
        }
        // [set][lang][0 med,1 gew,2 modelMed,3 modelGew,4 guardMed,5 guardGew]
        int[][][] c = new int[n][2][6];
        for (int h = 0; h < n; h++) {
            List<List<Double>> gewoonScores = List.of(new ArrayList<>(), new ArrayList<>());
            for (int s = 0; s < n; s++) {
                if (s == h) {
                    continue;
                }
                List<Map<String, int[]>> t = new ArrayList<>();
                List<int[]> rs = new ArrayList<>();
                for (int u = 0; u < n; u++) {
                    if (u != h && u != s) {
                        t.add(tel.get(u));
                        rs.add(regels[u]);
                    }
                }
                Model m;
                if (ins.lambda() > 0) {
                    List<List<Lijn>> ls = new ArrayList<>();
                    for (int u = 0; u < n; u++) if (u != h && u != s) ls.add(perSet.get(u));
                    m = trainLr(ls, lijnF, ins.lambda(), ins.epochs());
                } else {
                    m = train(t, som(rs), ins.alpha(), ins.clip(), ins.consistent(), t, rs.toArray(new int[0][]));
                    if (MIL) {
                        List<List<Lijn>> ls = new ArrayList<>();
                        for (int u = 0; u < n; u++) if (u != h && u != s) ls.add(perSet.get(u));
                        m = mil(m, ls, lijnF, zinF, ins, som(rs));
                    }
                }
                double[] wa = WIN > 0 ? gewichten(m) : null;
                for (Lijn l : perSet.get(s)) {
                    if (!l.r().medisch()) {
                        gewoonScores.get(ins.perTaal() && l.r().engels() ? 1 : 0).add(score(m, wa, l, zinF, ins));
                    }
                }
            }
            double[] dr = new double[2];
            dr[0] = drempel(gewoonScores.get(0), ins.doel());
            dr[1] = ins.perTaal() ? drempel(gewoonScores.get(1), ins.doel()) : dr[0];
            List<Map<String, int[]>> t = new ArrayList<>();
            List<int[]> rs = new ArrayList<>();
            for (int u = 0; u < n; u++) {
                if (u != h) {
                    t.add(tel.get(u));
                    rs.add(regels[u]);
                }
            }
            Model m;
            if (ins.lambda() > 0) {
                List<List<Lijn>> ls = new ArrayList<>();
                for (int u = 0; u < n; u++) if (u != h) ls.add(perSet.get(u));
                m = trainLr(ls, lijnF, ins.lambda(), ins.epochs());
            } else {
                m = train(t, som(rs), ins.alpha(), ins.clip(), ins.consistent(), t, rs.toArray(new int[0][]));
                if (MIL) {
                    List<List<Lijn>> ls = new ArrayList<>();
                    for (int u = 0; u < n; u++) if (u != h) ls.add(perSet.get(u));
                    m = mil(m, ls, lijnF, zinF, ins, som(rs));
                }
            }
            double[] wa = WIN > 0 ? gewichten(m) : null;
            List<List<double[]>> sep = List.of(new ArrayList<>(), new ArrayList<>());
            for (Lijn l : perSet.get(h)) {
                int taal = l.r().engels() ? 1 : 0;
                double sc = score(m, wa, l, zinF, ins);
                sep.get(taal).add(new double[] {sc, l.r().medisch() ? 1 : 0, l.blok() || l.patroon() ? 1 : 0});
                boolean mod = sc > dr[taal];
                boolean guard = l.blok() || l.patroon() || mod;
                int[] x = c[h][taal];
                if (l.r().medisch()) {
                    x[0]++;
                    x[2] += mod ? 1 : 0;
                    x[4] += guard ? 1 : 0;
                    if (toon && !guard && h >= n - 2) {
                        System.out.printf(Locale.ROOT, "  MISS %s %.1f/%.1f %s%n", sets.get(h), sc, dr[taal], l.r().tekst());
                    }
                } else {
                    x[1]++;
                    x[3] += mod ? 1 : 0;
                    x[5] += guard ? 1 : 0;
                    if (toon && guard && h >= n - 2) {
                        System.out.printf(Locale.ROOT, "  FP %s %s %.1f/%.1f %s%n", sets.get(h), l.blok() ? "B" : l.patroon() ? "P" : "M",
                                sc, dr[taal], l.r().tekst());
                    }
                }
            }
            if (h >= n - 2) {
                for (int taal = 0; taal < 2; taal++) {
                    SEP.append(scheiding(sets.get(h) + (taal == 0 ? " NL" : " EN"), sep.get(taal)));
                }
            }
            if (toon) {
                System.out.printf(Locale.ROOT, "  %s thresholds %.2f/%.2f%n", sets.get(h), dr[0], dr[1]);
            }
        }
        StringBuilder sb = new StringBuilder(ins.naam()).append('\n');
        for (int taal = 0; taal < 2; taal++) {
            int[] p = new int[6];
            sb.append(taal == 0 ? "  NL " : "  EN ");
            for (int h = 0; h < n; h++) {
                for (int i = 0; i < 6; i++) {
                    p[i] += c[h][taal][i];
                }
                if (h >= n - 2) {
                    sb.append(String.format(Locale.ROOT, "| %s model %.1f/%.1f guard %.1f/%.1f ", sets.get(h).replace("/privacy/ontwikkel-", "").replace("/", ""),
                            pct(c[h][taal][2], c[h][taal][0]), pct(c[h][taal][3], c[h][taal][1]),
                            pct(c[h][taal][4], c[h][taal][0]), pct(c[h][taal][5], c[h][taal][1])));
                }
            }
            if (System.getenv("PERSET") != null) {
                for (int h = 0; h < n - 2; h++) {
                    sb.append(String.format(Locale.ROOT, "| %s %.1f/%.1f ", sets.get(h).replace("/privacy/ontwikkel", "").replace("/", ""),
                            pct(c[h][taal][4], c[h][taal][0]), pct(c[h][taal][5], c[h][taal][1])));
                }
            }
            sb.append(String.format(Locale.ROOT, "| pooled model %.1f/%.2f guard %.1f/%.2f", pct(p[2], p[0]), pct(p[3], p[1]),
                    pct(p[4], p[0]), pct(p[5], p[1])));
            sb.append('\n');
        }
        System.out.print(sb);
        System.out.print(SEP);
        SEP.setLength(0);
        System.out.flush();
    }

    static final StringBuilder SEP = new StringBuilder();

    /** Whole-guard recall when the model may add k % of ordinary lines (threshold on the held-out set itself: separability only). */
    static String scheiding(String naam, List<double[]> r) {
        int gewoon = 0;
        int medisch = 0;
        int medischVast = 0;
        int gewoonVast = 0;
        List<Double> vrijGewoon = new ArrayList<>();
        List<Double> vrijMedisch = new ArrayList<>();
        for (double[] x : r) {
            if (x[1] == 1) {
                medisch++;
                if (x[2] == 1) medischVast++; else vrijMedisch.add(x[0]);
            } else {
                gewoon++;
                if (x[2] == 1) gewoonVast++; else vrijGewoon.add(x[0]);
            }
        }
        vrijGewoon.sort(java.util.Comparator.reverseOrder());
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "    sep %s (fixed: med %d/%d, ord %d/%d):", naam.replace("/privacy/ontwikkel-", "").replace("/", ""),
                medischVast, medisch, gewoonVast, gewoon));
        for (int k : new int[] {1, 2, 3, 4, 6, 9}) {
            int toegestaan = (int) Math.round(k / 100.0 * gewoon);
            double dr = toegestaan < vrijGewoon.size() ? vrijGewoon.get(toegestaan) : Double.NEGATIVE_INFINITY;
            long pak = vrijMedisch.stream().filter(v -> v > dr).count();
            sb.append(String.format(Locale.ROOT, " +%d%%:%.1f", k, pct((int) (medischVast + pak), medisch)));
        }
        // AUC over the free lines
        long goed = 0;
        for (double a : vrijMedisch) for (double b : vrijGewoon) goed += a > b ? 2 : a == b ? 1 : 0;
        sb.append(String.format(Locale.ROOT, " auc %.4f%n", goed / 2.0 / Math.max(1, (long) vrijMedisch.size() * vrijGewoon.size())));
        return sb.toString();
    }

    static double pct(int a, int b) {
        return b == 0 ? 0 : 100.0 * a / b;
    }

    static int[] som(List<int[]> rs) {
        int[] s = new int[2];
        for (int[] r : rs) {
            s[0] += r[0];
            s[1] += r[1];
        }
        return s;
    }

    public static void main(String[] args) throws IOException {
        List<Lijn> lijnen = lijnen();
        String welke = args.length > 0 ? args[0] : "basis";
        MIL = System.getenv("MIL") != null;
        WIN = System.getenv("WIN") == null ? 0 : Integer.parseInt(System.getenv("WIN"));
        MILMODE = MIL ? Integer.parseInt(System.getenv("MIL")) : 0;
        boolean toon = args.length > 1 && args[1].equals("toon");
        for (String w : welke.split(",")) {
            meet(lijnen, instelling(w), toon);
        }
    }

    static Instelling instelling(String w) {
        // name:features:alpha:norm:doel:perTaal:clip:consistent
        String[] d = w.split(":");
        Function<List<String>, Set<String>> f = switch (d.length > 1 ? d[1] : "b") {
            case "s" -> ZinsmodelVerken::subject;
            case "k" -> ZinsmodelVerken::skip;
            case "w" -> ZinsmodelVerken::woordenParen;
            default -> ZinsmodelVerken::basis;
        };
        double alpha = d.length > 2 ? Double.parseDouble(d[2]) : 0.2;
        int norm = d.length > 3 ? Integer.parseInt(d[3]) : 0;
        double doel = d.length > 4 ? Double.parseDouble(d[4]) : 0.01;
        boolean perTaal = d.length > 5 && d[5].equals("1");
        double clip = d.length > 6 ? Double.parseDouble(d[6]) : 0;
        double cons = d.length > 7 ? Double.parseDouble(d[7]) : 0;
        double lambda = d.length > 8 ? Double.parseDouble(d[8]) : 0;
        int epochs = d.length > 9 ? Integer.parseInt(d[9]) : 10;
        return new Instelling(w, f, alpha, norm, doel, perTaal, clip, cons, lambda, epochs);
    }
}
