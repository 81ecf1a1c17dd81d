package nl.spoorzoeker.uitkomst;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import nl.spoorzoeker.uitkomst.Suppressie.Cel;
import nl.spoorzoeker.uitkomst.Suppressie.Som;

/**
 * The practice figures as a reader who solves them as a linear system (docs/praktijkcijfers-aanval.md):
 * every sum is an equation, every figure not shown an unknown. Subtracting sums with one unknown
 * ({@code Suppressie.aanvullen}) finds most of what comes back, not all: two rectangles of hidden
 * figures joined by one figure leave every sum with two unknowns, yet that figure is fixed by the sums
 * of one rectangle's rows minus its columns. Here the system is reduced exactly (integers, Gauss–Jordan)
 * and an unknown is determined when its reduced row holds no other unknown.
 */
final class Stelsel {

    private Stelsel() {
    }

    /**
     * The first hidden figure ({@code weg}) that the sums determine while {@code bekend} is known, in
     * table and row order; null when none is.
     */
    static Cel bepaald(List<Som> sommen, boolean[][] weg, boolean[][] bekend) {
        Map<Cel, Integer> index = new LinkedHashMap<>();
        for (Som s : sommen) {
            for (Cel c : s.cellen()) {
                if (!bekend[c.t()][c.r()]) {
                    index.putIfAbsent(c, index.size());
                }
            }
        }
        if (index.isEmpty()) {
            return null;
        }
        List<Cel> cellen = new ArrayList<>(index.keySet());
        List<long[]> rijen = new ArrayList<>();
        for (Som s : sommen) {
            long[] rij = new long[index.size()];
            boolean iets = false;
            for (Cel c : s.delen()) {
                Integer j = index.get(c);
                if (j != null) {
                    rij[j]++;
                    iets = true;
                }
            }
            Integer j = index.get(s.som());
            if (j != null) {
                rij[j]--;
                iets = true;
            }
            if (iets) {
                rijen.add(rij);
            }
        }
        List<Cel> gevonden = new ArrayList<>();
        try {
            for (int j : bepaaldeKolommen(rijen, index.size())) {
                gevonden.add(cellen.get(j));
            }
        } catch (ArithmeticException e) {
            // Coefficients past a long: never seen on tables of this size. Assume the worst: the first hidden
            // unknown comes out, so one more figure is hidden and the caller checks again.
            gevonden.addAll(cellen);
        }
        return gevonden.stream().filter(c -> weg[c.t()][c.r()])
                .min(java.util.Comparator.comparingInt(Cel::t).thenComparingInt(Cel::r)).orElse(null);
    }

    /** The columns of the unknowns that Gauss–Jordan elimination over the integers pins to one value. */
    private static List<Integer> bepaaldeKolommen(List<long[]> a, int n) {
        int m = a.size();
        int[] spil = new int[m];
        int r = 0;
        for (int kolom = 0; kolom < n && r < m; kolom++) {
            int p = -1;
            for (int i = r; i < m; i++) {
                if (a.get(i)[kolom] != 0) {
                    p = i;
                    break;
                }
            }
            if (p < 0) {
                continue;
            }
            java.util.Collections.swap(a, r, p);
            long[] s = a.get(r);
            for (int i = 0; i < m; i++) {
                long[] rij = a.get(i);
                if (i == r || rij[kolom] == 0) {
                    continue;
                }
                long f = rij[kolom];
                long g = s[kolom];
                long deler = 0;
                for (int j = 0; j < n; j++) {
                    rij[j] = Math.subtractExact(Math.multiplyExact(rij[j], g), Math.multiplyExact(s[j], f));
                    deler = ggd(deler, Math.abs(rij[j]));
                }
                if (deler > 1) {
                    for (int j = 0; j < n; j++) {
                        rij[j] /= deler;
                    }
                }
            }
            spil[r] = kolom;
            r++;
        }
        List<Integer> uit = new ArrayList<>();
        for (int i = 0; i < r; i++) {
            long[] rij = a.get(i);
            boolean alleen = true;
            for (int j = 0; j < n && alleen; j++) {
                alleen = j == spil[i] || rij[j] == 0;
            }
            if (alleen) {
                uit.add(spil[i]);
            }
        }
        return uit;
    }

    private static long ggd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    /**
     * What to hide so that {@code doel} may stop being determined: the shown figure with the smallest
     * basis in a sum with it, else in a sum with an unknown of those sums, and so on outward; null when
     * no shown figure is reachable that way.
     */
    static Cel complement(List<Som> sommen, Cel doel, boolean[][] bekend, Predicate<Cel> zichtbaar,
                          ToIntFunction<Cel> basis) {
        Set<Cel> gezien = new HashSet<>(List.of(doel));
        List<Cel> rand = List.of(doel);
        Set<Som> gebruikt = new HashSet<>();
        while (!rand.isEmpty()) {
            Map<Cel, Integer> kandidaten = new HashMap<>();
            List<Cel> volgende = new ArrayList<>();
            for (Som s : sommen) {
                if (gebruikt.contains(s) || s.cellen().stream().noneMatch(rand::contains)) {
                    continue;
                }
                gebruikt.add(s);
                for (Cel c : s.cellen()) {
                    if (zichtbaar.test(c)) {
                        kandidaten.put(c, basis.applyAsInt(c));
                    } else if (!bekend[c.t()][c.r()] && gezien.add(c)) {
                        volgende.add(c);
                    }
                }
            }
            if (!kandidaten.isEmpty()) {
                return kandidaten.entrySet().stream().min(Map.Entry.<Cel, Integer>comparingByValue()
                        .thenComparing(e -> e.getKey().t()).thenComparing(e -> e.getKey().r())).orElseThrow().getKey();
            }
            rand = volgende;
        }
        return null;
    }
}
