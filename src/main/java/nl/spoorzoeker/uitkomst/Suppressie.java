package nl.spoorzoeker.uitkomst;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The k-anonymity rule of the practice figures (issue 18, domain.md §5.4: only anonymised counts):
 * no figure computed over fewer than {@link #K} trajecten is shown, so no client is recognisable in
 * a table a practice publishes to win employers. Such a figure is shown as "&lt; 5"; a row of fewer
 * than five hides all its figures, medians included.
 *
 * <p>Hiding one cell is not enough when the table also shows what it adds up to: the total minus
 * the other rows gives it back. So for each figure that adds up over the rows (the count, the hours,
 * the late starts, the sollicitaties, the soft-score changes) the rule is <em>complementary
 * suppression</em>: when exactly one row's figure is hidden, the smallest shown one is hidden too
 * (then only the sum of two is known); when no other row has that figure, the total's is hidden.
 * Medians do not add up and need no complement.
 *
 * <p>The same holds between tables: a year's figure is part of the all-years figure, so the year
 * tables and the all-years table are suppressed together ({@link #pasPerJaar}) and the coach can
 * publish any of them side by side. Group programmes are a family of the same kind
 * ({@link #pasPerProgramma}): each programme's table and the table of all programme participations
 * together. What this does not cover: figures published earlier from trajecten that have since
 * changed.
 */
public final class Suppressie {

    /** The smallest number of trajecten a shown figure may be computed over. */
    public static final int K = 5;

    private Suppressie() {
    }

    /** The figures of a row, left to right. */
    public enum Kolom {
        AANTAL(true), DUUR(false), UREN(false), UREN_TOTAAL(true), LAAT(true), SOLLICITATIES(true), ZACHT(true);

        /** Whether the rows add up to the total, so a hidden cell could be subtracted back. */
        final boolean optelbaar;

        Kolom(boolean optelbaar) {
            this.optelbaar = optelbaar;
        }
    }

    /** How one figure may be shown. */
    public enum Stand {
        /** Shown as computed. */
        TONEN,
        /** Computed over fewer than five, or hidden as its complement: "< 5". */
        VERBORGEN,
        /** Nothing to compute it over (no placements, lateness never known): "—". */
        LEEG
    }

    /** A row of figures with how each may be shown. */
    public record Rij(Praktijkcijfers.Regel regel, Map<Kolom, Stand> stand) {
        public Rij {
            stand = Map.copyOf(stand);
        }

        public Stand stand(Kolom kolom) {
            return stand.get(kolom);
        }

        /** Whether the whole row is hidden (its count is). */
        public boolean verborgen() {
            return stand.get(Kolom.AANTAL) == Stand.VERBORGEN;
        }
    }

    /** The table as it may be shown: the outcome rows in their order, and the total. */
    public record Tabel(List<Rij> rijen, Rij totaal) {
        public Tabel {
            rijen = List.copyOf(rijen);
        }
    }

    /** How many trajecten a figure of a row is computed over. */
    static int basis(Praktijkcijfers.Regel r, Kolom k) {
        return switch (k) {
            case AANTAL, UREN, UREN_TOTAAL -> r.aantal();
            case DUUR -> r.dagenBekend();
            case LAAT -> r.laatBekend();
            case SOLLICITATIES -> r.plaatsingen();
            case ZACHT -> r.zachtGemeten();
        };
    }

    /**
     * The tables of every year and of all years together, suppressed as one: the practice can show
     * and publish any of them side by side without a hidden figure coming back by subtraction.
     */
    public record Tabellen(Tabel alle, Map<Integer, Tabel> perJaar) {
        public Tabellen {
            perJaar = Map.copyOf(perJaar);
        }

        /** The table of {@code jaar}; null for all years. */
        public Tabel van(Integer jaar) {
            return jaar == null ? alle : perJaar.get(jaar);
        }
    }

    /** One table on its own (no other table is shown beside it). */
    public static Tabel pas(Praktijkcijfers.Cijfers c) {
        return pas(List.of(c), false).get(0);
    }

    /**
     * Every year's table and the all-years table. A year's figure is part of the all-years figure in
     * the same row, so besides the rows of a table adding up to its total, the years of a row add up
     * to that row over all years: a figure hidden in 2025 alone would come back as "all years minus
     * the other years". Each of those sums must therefore have no hidden figure or at least two.
     */
    public static Tabellen pasPerJaar(List<Praktijkcijfers.Afgesloten> trajecten) {
        List<Integer> jaren = Praktijkcijfers.jaren(trajecten);
        List<Praktijkcijfers.Cijfers> cijfers = new ArrayList<>();
        cijfers.add(Praktijkcijfers.bereken(trajecten, null));
        for (int jaar : jaren) {
            cijfers.add(Praktijkcijfers.bereken(trajecten, jaar));
        }
        List<Tabel> tabellen = pas(cijfers, true);
        Map<Integer, Tabel> perJaar = new java.util.HashMap<>();
        for (int j = 0; j < jaren.size(); j++) {
            perJaar.put(jaren.get(j), tabellen.get(j + 1));
        }
        return new Tabellen(tabellen.get(0), perJaar);
    }

    /**
     * The tables of every group programme and of all of them together, suppressed as one, like the
     * years: a programme's figure is part of the all-programmes figure in the same row. Someone in two
     * programmes counts in both and twice in the total (it counts participations), so the total is
     * exactly the sum of the programmes and the rule holds as for the years.
     *
     * @param perProgramma per programme id the closed trajecten that took part in it
     */
    public static <P> Programmatabellen<P> pasPerProgramma(Map<P, List<Praktijkcijfers.Afgesloten>> perProgramma) {
        List<P> programmas = new ArrayList<>(perProgramma.keySet());
        List<Praktijkcijfers.Afgesloten> alle = new ArrayList<>();
        perProgramma.values().forEach(alle::addAll);
        List<Praktijkcijfers.Cijfers> cijfers = new ArrayList<>();
        cijfers.add(Praktijkcijfers.bereken(alle));
        for (P p : programmas) {
            cijfers.add(Praktijkcijfers.bereken(perProgramma.get(p)));
        }
        List<Tabel> tabellen = pas(cijfers, true);
        Map<P, Tabel> uit = new java.util.LinkedHashMap<>();
        for (int i = 0; i < programmas.size(); i++) {
            uit.put(programmas.get(i), tabellen.get(i + 1));
        }
        return new Programmatabellen<>(tabellen.get(0), uit);
    }

    /** The all-programmes table and each programme's, suppressed together. */
    public record Programmatabellen<P>(Tabel alle, Map<P, Tabel> perProgramma) {
        public Programmatabellen {
            perProgramma = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(perProgramma));
        }
    }

    /**
     * Which counts of a list that adds up to a total may be shown (the last flag is the total's):
     * a count below {@link #K} is hidden, and then complementary suppression as in the tables, so
     * the total minus the shown ones never gives a hidden one back. Zero is a known nothing, shown.
     */
    public static boolean[] verbergAantallen(List<Integer> aantallen) {
        int n = aantallen.size();
        int totaal = aantallen.stream().mapToInt(Integer::intValue).sum();
        boolean[] weg = new boolean[n + 1];
        for (int i = 0; i < n; i++) {
            weg[i] = aantallen.get(i) > 0 && aantallen.get(i) < K;
        }
        weg[n] = totaal > 0 && totaal < K;
        long onbekend = java.util.stream.IntStream.rangeClosed(0, n).filter(i -> weg[i]).count();
        if (onbekend == 1) {
            int kies = -1;
            for (int i = 0; i < n; i++) {
                if (!weg[i] && aantallen.get(i) > 0 && (kies < 0 || aantallen.get(i) < aantallen.get(kies))) {
                    kies = i;
                }
            }
            weg[kies < 0 ? n : kies] = true;
        }
        return weg;
    }

    /** A figure's place: table {@code t}, row {@code r} (the row after the last outcome is the total). */
    private record Cel(int t, int r) {
    }

    /** The parts that add up to {@code som}. */
    private record Som(List<Cel> delen, Cel som) {
    }

    /**
     * The rule over a set of tables. With {@code optellend}, the first table is the sum of the
     * others row by row (all years, then each year).
     */
    private static List<Tabel> pas(List<Praktijkcijfers.Cijfers> cijfers, boolean optellend) {
        List<List<Praktijkcijfers.Regel>> regels = new ArrayList<>();
        for (Praktijkcijfers.Cijfers c : cijfers) {
            List<Praktijkcijfers.Regel> rijen = new ArrayList<>(c.perUitkomst());
            rijen.add(c.totaal());
            regels.add(rijen);
        }
        List<Som> sommen = sommen(cijfers, regels, optellend);
        // The count first: a row of fewer than five hides all its figures, and so does a row (or a
        // total) whose count is hidden as a complement.
        boolean[][] rijWeg = new boolean[regels.size()][];
        for (int t = 0; t < regels.size(); t++) {
            rijWeg[t] = new boolean[regels.get(t).size()];
            for (int r = 0; r < rijWeg[t].length; r++) {
                rijWeg[t][r] = regels.get(t).get(r).aantal() < K;
            }
        }
        aanvullen(regels, sommen, rijWeg, Kolom.AANTAL);
        List<List<Map<Kolom, Stand>>> standen = new ArrayList<>();
        for (List<Praktijkcijfers.Regel> rijen : regels) {
            List<Map<Kolom, Stand>> tabel = new ArrayList<>();
            for (int r = 0; r < rijen.size(); r++) {
                tabel.add(new EnumMap<>(Kolom.class));
            }
            standen.add(tabel);
        }
        for (Kolom k : Kolom.values()) {
            boolean[][] weg = new boolean[regels.size()][];
            for (int t = 0; t < regels.size(); t++) {
                weg[t] = new boolean[regels.get(t).size()];
                for (int r = 0; r < weg[t].length; r++) {
                    int b = basis(regels.get(t).get(r), k);
                    weg[t][r] = rijWeg[t][r] || b > 0 && b < K;
                }
            }
            if (k.optelbaar) {
                aanvullen(regels, sommen, weg, k);
            }
            for (int t = 0; t < regels.size(); t++) {
                int totaal = regels.get(t).size() - 1;
                for (int r = 0; r <= totaal; r++) {
                    int b = basis(regels.get(t).get(r), k);
                    Stand stand = weg[t][r] ? Stand.VERBORGEN
                            : b > 0 ? Stand.TONEN
                            : r == totaal && k == Kolom.AANTAL ? Stand.VERBORGEN : Stand.LEEG;
                    standen.get(t).get(r).put(k, stand);
                }
            }
        }
        List<Tabel> uit = new ArrayList<>();
        for (int t = 0; t < regels.size(); t++) {
            List<Rij> rijen = new ArrayList<>();
            int totaal = regels.get(t).size() - 1;
            for (int r = 0; r < totaal; r++) {
                rijen.add(new Rij(regels.get(t).get(r), standen.get(t).get(r)));
            }
            uit.add(new Tabel(rijen, new Rij(regels.get(t).get(totaal), standen.get(t).get(totaal))));
        }
        return uit;
    }

    /** The sums a reader can subtract with: rows to their total, and (optellend) years to all years. */
    private static List<Som> sommen(List<Praktijkcijfers.Cijfers> cijfers, List<List<Praktijkcijfers.Regel>> regels,
                                    boolean optellend) {
        List<Som> sommen = new ArrayList<>();
        for (int t = 0; t < regels.size(); t++) {
            int totaal = regels.get(t).size() - 1;
            List<Cel> delen = new ArrayList<>();
            for (int r = 0; r < totaal; r++) {
                delen.add(new Cel(t, r));
            }
            sommen.add(new Som(delen, new Cel(t, totaal)));
        }
        if (optellend) {
            List<Praktijkcijfers.Regel> alle = regels.get(0);
            for (int r = 0; r < alle.size(); r++) {
                boolean isTotaal = r == alle.size() - 1;
                Uitkomst.Soort soort = alle.get(r).soort();
                List<Cel> delen = new ArrayList<>();
                for (int t = 1; t < regels.size(); t++) {
                    List<Praktijkcijfers.Regel> jaar = regels.get(t);
                    if (isTotaal) {
                        delen.add(new Cel(t, jaar.size() - 1));
                        continue;
                    }
                    // A year without this outcome has no row: its part is a known zero.
                    for (int j = 0; j < jaar.size() - 1; j++) {
                        if (jaar.get(j).soort() == soort) {
                            delen.add(new Cel(t, j));
                        }
                    }
                }
                sommen.add(new Som(delen, new Cel(0, r)));
            }
        }
        return sommen;
    }

    /**
     * Complementary suppression until nothing changes: wherever a sum has exactly one hidden figure,
     * hides the shown part with the smallest basis, or the sum itself when no part is left to hide.
     * Each round hides one more figure, so it ends.
     */
    private static void aanvullen(List<List<Praktijkcijfers.Regel>> regels, List<Som> sommen, boolean[][] weg, Kolom k) {
        boolean veranderd = true;
        while (veranderd) {
            veranderd = false;
            for (Som som : sommen) {
                List<Cel> alle = new ArrayList<>(som.delen());
                alle.add(som.som());
                long onbekend = alle.stream().filter(c -> weg[c.t()][c.r()] && basis(regels, c, k) > 0).count();
                if (onbekend != 1) {
                    continue;
                }
                Cel kies = null;
                for (Cel c : som.delen()) {
                    int b = basis(regels, c, k);
                    if (!weg[c.t()][c.r()] && b > 0 && (kies == null || b < basis(regels, kies, k))) {
                        kies = c;
                    }
                }
                if (kies == null && !weg[som.som().t()][som.som().r()] && basis(regels, som.som(), k) > 0) {
                    kies = som.som();
                }
                if (kies != null) {
                    weg[kies.t()][kies.r()] = true;
                    veranderd = true;
                }
            }
        }
    }

    private static int basis(List<List<Praktijkcijfers.Regel>> regels, Cel c, Kolom k) {
        return basis(regels.get(c.t()).get(c.r()), k);
    }
}
