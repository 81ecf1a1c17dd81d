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
 * together. The two families meet in the all-years table: it is the all-programmes table plus the
 * trajecten outside any programme (minus the extra participations of someone in two). That third
 * table is never shown, but a reader can compute it from the two that are, so {@link #pasSamen}
 * suppresses years and programmes as one system with it as an unpublished table: its small cells
 * must not come out by subtraction either, and when a practice runs only groups it is all zeros and
 * the programmes' table is the all-years table.
 *
 * <p>The reader of docs/praktijkcijfers-aanval.md (issue 18) does more than subtract one sum at a time:
 * they solve all sums as a linear system ({@link Stelsel}), and they hold the release made at the end of
 * every earlier year, whose shown figures stay known whatever this release hides. Both are part of the
 * rule. What it does not cover: releases at other moments than a year end, figures published earlier
 * from trajecten that have since changed, bounds (a hidden count is 1–4), and relations between columns.
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
        /** Computed over fewer than five, or hidden as its complement: "×" (Cijfertekst). */
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
        List<List<Praktijkcijfers.Regel>> regels = regels(List.of(c));
        return pas(regels, rijsommen(regels), alleGepubliceerd(1), Map.of()).get(0);
    }

    /**
     * Every year's table and the all-years table. A year's figure is part of the all-years figure in
     * the same row, so besides the rows of a table adding up to its total, the years of a row add up
     * to that row over all years: a figure hidden in 2025 alone would come back as "all years minus
     * the other years". Each of those sums must therefore have no hidden figure or at least two.
     */
    public static Tabellen pasPerJaar(List<Praktijkcijfers.Afgesloten> trajecten) {
        List<Integer> jaren = Praktijkcijfers.jaren(trajecten);
        // The release made at the end of every earlier year, each suppressed knowing the ones before it.
        List<Uitgave> eerder = new ArrayList<>();
        for (int jaar : eerdereJaren(jaren)) {
            List<Praktijkcijfers.Afgesloten> tot = tot(trajecten, jaar);
            eerder.add(new Uitgave(jaar, tot, pasPerJaar(tot, List.copyOf(eerder))));
        }
        return pasPerJaar(trajecten, eerder);
    }

    private static Tabellen pasPerJaar(List<Praktijkcijfers.Afgesloten> trajecten, List<Uitgave> eerder) {
        List<Integer> jaren = Praktijkcijfers.jaren(trajecten);
        List<Praktijkcijfers.Cijfers> cijfers = new ArrayList<>();
        cijfers.add(Praktijkcijfers.bereken(trajecten, null));
        for (int jaar : jaren) {
            cijfers.add(Praktijkcijfers.bereken(trajecten, jaar));
        }
        int eersteEerder = cijfers.size();
        eerder.forEach(u -> cijfers.add(Praktijkcijfers.bereken(u.trajecten(), null)));
        List<List<Praktijkcijfers.Regel>> regels = regels(cijfers);
        List<Som> sommen = rijsommen(regels);
        familie(sommen, regels, 0, bereik(1, eersteEerder));
        Map<Kolom, boolean[][]> vooraf = geschiedenis(regels, sommen, jaren, 1, eerder, eersteEerder);
        boolean[] gepubliceerd = alleGepubliceerd(regels.size());
        java.util.Arrays.fill(gepubliceerd, eersteEerder, regels.size(), false);
        return jaartabellen(jaren, pas(regels, sommen, gepubliceerd, vooraf), 0);
    }

    /**
     * A release of the year figures a reader may hold besides this one: made at the end of {@code jaar},
     * over the trajecten closed by then, as this rule suppressed it (docs/praktijkcijfers-aanval.md).
     */
    private record Uitgave(int jaar, List<Praktijkcijfers.Afgesloten> trajecten, Tabellen tabellen) {
    }

    /** Every year but the last, oldest first: the year ends at which a release may have been made. */
    private static List<Integer> eerdereJaren(List<Integer> jaren) {
        List<Integer> oplopend = jaren.stream().sorted().toList();
        return oplopend.subList(0, Math.max(0, oplopend.size() - 1));
    }

    private static List<Praktijkcijfers.Afgesloten> tot(List<Praktijkcijfers.Afgesloten> trajecten, int jaar) {
        return trajecten.stream().filter(a -> a.jaar() <= jaar).toList();
    }

    /**
     * What the earlier releases told a reader: each one's all-years table (table {@code eersteEerder + i},
     * never shown again, its rows the years up to then) and each figure shown there or in its year tables
     * (a closed year's table is the same in every release). Those figures are known, whatever this
     * release hides; their sums join the system so a small figure does not come back by them.
     */
    private static Map<Kolom, boolean[][]> geschiedenis(List<List<Praktijkcijfers.Regel>> regels, List<Som> sommen,
            List<Integer> jaren, int jaarVanaf, List<Uitgave> eerder, int eersteEerder) {
        Map<Kolom, boolean[][]> vooraf = new EnumMap<>(Kolom.class);
        for (Kolom k : Kolom.values()) {
            boolean[][] b = new boolean[regels.size()][];
            for (int t = 0; t < regels.size(); t++) {
                b[t] = new boolean[regels.get(t).size()];
            }
            vooraf.put(k, b);
        }
        for (int i = 0; i < eerder.size(); i++) {
            Uitgave u = eerder.get(i);
            int cum = eersteEerder + i;
            List<Integer> delen = new ArrayList<>();
            for (int j = 0; j < jaren.size(); j++) {
                if (jaren.get(j) <= u.jaar()) {
                    delen.add(jaarVanaf + j);
                }
            }
            familie(sommen, regels, cum, delen);
            for (Kolom k : Kolom.values()) {
                getoond(vooraf.get(k)[cum], u.tabellen().alle(), k);
                for (int t : delen) {
                    Tabel toen = u.tabellen().van(jaren.get(t - jaarVanaf));
                    if (toen != null && toen.rijen().size() + 1 == regels.get(t).size()) {
                        getoond(vooraf.get(k)[t], toen, k);
                    }
                }
            }
        }
        return vooraf;
    }

    private static void getoond(boolean[] bekend, Tabel tabel, Kolom k) {
        for (int r = 0; r < tabel.rijen().size(); r++) {
            bekend[r] |= tabel.rijen().get(r).stand(k) == Stand.TONEN;
        }
        bekend[bekend.length - 1] |= tabel.totaal().stand(k) == Stand.TONEN;
    }

    private static Tabellen jaartabellen(List<Integer> jaren, List<Tabel> tabellen, int vanaf) {
        Map<Integer, Tabel> perJaar = new java.util.HashMap<>();
        for (int j = 0; j < jaren.size(); j++) {
            perJaar.put(jaren.get(j), tabellen.get(vanaf + j + 1));
        }
        return new Tabellen(tabellen.get(vanaf), perJaar);
    }

    private static <P> Programmatabellen<P> programmatabellen(List<P> programmas, List<Tabel> tabellen, int vanaf) {
        Map<P, Tabel> uit = new java.util.LinkedHashMap<>();
        for (int i = 0; i < programmas.size(); i++) {
            uit.put(programmas.get(i), tabellen.get(vanaf + i + 1));
        }
        return new Programmatabellen<>(tabellen.get(vanaf), uit);
    }

    /** The year tables and the programme tables, suppressed as one system: what the screen and the PDF show. */
    public record Samen<P>(Tabellen jaren, Programmatabellen<P> programmas) {
    }

    /**
     * Every year's table, the all-years table, every programme's table and the all-programmes table,
     * suppressed as one: a coach can publish any of them side by side. Besides the sums of
     * {@link #pasPerJaar} and {@link #pasPerProgramma}, a row over all years is the same row over all
     * programmes plus the row of an unpublished table, the trajecten outside any programme less the
     * extra participations; a reader who subtracts the published two gets it. Its cells are unknown
     * to start with, may come out when not small, and must not when small; only published figures
     * are hidden to keep them in.
     *
     * @param trajecten    every closed traject of the practice
     * @param perProgramma per programme the closed trajecten that took part in it: the same objects as
     *                     in {@code trajecten} (matched by identity, as two trajecten can be equal in
     *                     every figure)
     * @throws IllegalArgumentException when a programme names a traject not in {@code trajecten}
     */
    public static <P> Samen<P> pasSamen(List<Praktijkcijfers.Afgesloten> trajecten,
                                        Map<P, List<Praktijkcijfers.Afgesloten>> perProgramma) {
        List<Integer> alleJaren = Praktijkcijfers.jaren(trajecten);
        // As pasPerJaar: the release at the end of every earlier year, programmes as they stood then.
        List<Uitgave> eerder = new ArrayList<>();
        for (int jaar : eerdereJaren(alleJaren)) {
            List<Praktijkcijfers.Afgesloten> tot = tot(trajecten, jaar);
            Map<P, List<Praktijkcijfers.Afgesloten>> toen = new java.util.LinkedHashMap<>();
            perProgramma.forEach((p, l) -> {
                List<Praktijkcijfers.Afgesloten> daar = tot(l, jaar);
                if (!daar.isEmpty()) {
                    toen.put(p, daar);
                }
            });
            eerder.add(new Uitgave(jaar, tot, pasSamen(tot, toen, List.copyOf(eerder)).jaren()));
        }
        return pasSamen(trajecten, perProgramma, eerder);
    }

    private static <P> Samen<P> pasSamen(List<Praktijkcijfers.Afgesloten> trajecten,
                                         Map<P, List<Praktijkcijfers.Afgesloten>> perProgramma, List<Uitgave> eerder) {
        Map<Praktijkcijfers.Afgesloten, Integer> keer = new java.util.IdentityHashMap<>();
        perProgramma.values().forEach(l -> l.forEach(a -> keer.merge(a, 1, Integer::sum)));
        java.util.Set<Praktijkcijfers.Afgesloten> bekend = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        bekend.addAll(trajecten);
        if (!bekend.containsAll(keer.keySet())) {
            throw new IllegalArgumentException("a programme names a traject that is not among the practice's");
        }
        // The unpublished difference: who took part in none, and once more for each programme past the first.
        List<Praktijkcijfers.Afgesloten> verschil = new ArrayList<>();
        for (Praktijkcijfers.Afgesloten a : trajecten) {
            int k = keer.getOrDefault(a, 0);
            for (int i = 0; i < (k == 0 ? 1 : k - 1); i++) {
                verschil.add(a);
            }
        }
        List<Integer> jaren = Praktijkcijfers.jaren(trajecten);
        List<P> programmas = new ArrayList<>(perProgramma.keySet());
        List<Praktijkcijfers.Afgesloten> deelnames = new ArrayList<>();
        perProgramma.values().forEach(deelnames::addAll);
        List<Praktijkcijfers.Cijfers> cijfers = new ArrayList<>();
        cijfers.add(Praktijkcijfers.bereken(trajecten, null));
        for (int jaar : jaren) {
            cijfers.add(Praktijkcijfers.bereken(trajecten, jaar));
        }
        int alleProgrammas = cijfers.size();
        cijfers.add(Praktijkcijfers.bereken(deelnames));
        for (P p : programmas) {
            cijfers.add(Praktijkcijfers.bereken(perProgramma.get(p)));
        }
        int buiten = cijfers.size();
        cijfers.add(Praktijkcijfers.bereken(verschil));
        int eersteEerder = cijfers.size();
        eerder.forEach(u -> cijfers.add(Praktijkcijfers.bereken(u.trajecten(), null)));
        List<List<Praktijkcijfers.Regel>> regels = regels(cijfers);
        List<Som> sommen = rijsommen(regels);
        familie(sommen, regels, 0, bereik(1, alleProgrammas));
        familie(sommen, regels, alleProgrammas, bereik(alleProgrammas + 1, buiten));
        familie(sommen, regels, 0, List.of(alleProgrammas, buiten));
        Map<Kolom, boolean[][]> vooraf = geschiedenis(regels, sommen, jaren, 1, eerder, eersteEerder);
        boolean[] gepubliceerd = alleGepubliceerd(regels.size());
        gepubliceerd[buiten] = false;
        java.util.Arrays.fill(gepubliceerd, eersteEerder, regels.size(), false);
        List<Tabel> tabellen = pas(regels, sommen, gepubliceerd, vooraf);
        return new Samen<>(jaartabellen(jaren, tabellen, 0), programmatabellen(programmas, tabellen, alleProgrammas));
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
        List<List<Praktijkcijfers.Regel>> regels = regels(cijfers);
        List<Som> sommen = rijsommen(regels);
        familie(sommen, regels, 0, bereik(1, cijfers.size()));
        return programmatabellen(programmas, pas(regels, sommen, alleGepubliceerd(regels.size()), Map.of()), 0);
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
    record Cel(int t, int r) {
    }

    /** The parts that add up to {@code som}. */
    record Som(List<Cel> delen, Cel som) {
        List<Cel> cellen() {
            List<Cel> alle = new ArrayList<>(delen);
            alle.add(som);
            return alle;
        }
    }

    /** Per table its outcome rows and then its total. */
    private static List<List<Praktijkcijfers.Regel>> regels(List<Praktijkcijfers.Cijfers> cijfers) {
        List<List<Praktijkcijfers.Regel>> regels = new ArrayList<>();
        for (Praktijkcijfers.Cijfers c : cijfers) {
            List<Praktijkcijfers.Regel> rijen = new ArrayList<>(c.perUitkomst());
            rijen.add(c.totaal());
            regels.add(rijen);
        }
        return regels;
    }

    private static boolean[] alleGepubliceerd(int n) {
        boolean[] uit = new boolean[n];
        java.util.Arrays.fill(uit, true);
        return uit;
    }

    private static List<Integer> bereik(int van, int tot) {
        return java.util.stream.IntStream.range(van, tot).boxed().toList();
    }

    /**
     * The rule over a set of tables and the sums a reader can subtract with. A table that is not
     * published ({@code gepubliceerd} false) is only there for what can be computed from the others:
     * its figures are never shown, so never hidden as a complement either, and it is left out of the result.
     */
    private static List<Tabel> pas(List<List<Praktijkcijfers.Regel>> regels, List<Som> sommen, boolean[] gepubliceerd,
                                   Map<Kolom, boolean[][]> vooraf) {
        // The count first: a row of fewer than five hides all its figures, and so does a row (or a
        // total) whose count is hidden as a complement.
        boolean[][] rijWeg = new boolean[regels.size()][];
        for (int t = 0; t < regels.size(); t++) {
            rijWeg[t] = new boolean[regels.get(t).size()];
            for (int r = 0; r < rijWeg[t].length; r++) {
                rijWeg[t][r] = regels.get(t).get(r).aantal() < K;
            }
        }
        aanvullen(regels, sommen, rijWeg, Kolom.AANTAL, gepubliceerd, vooraf.get(Kolom.AANTAL));
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
                aanvullen(regels, sommen, weg, k, gepubliceerd, vooraf.get(k));
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
            if (!gepubliceerd[t]) {
                continue;
            }
            List<Rij> rijen = new ArrayList<>();
            int totaal = regels.get(t).size() - 1;
            for (int r = 0; r < totaal; r++) {
                rijen.add(new Rij(regels.get(t).get(r), standen.get(t).get(r)));
            }
            uit.add(new Tabel(rijen, new Rij(regels.get(t).get(totaal), standen.get(t).get(totaal))));
        }
        return uit;
    }

    /** The rows of every table to its total. */
    private static List<Som> rijsommen(List<List<Praktijkcijfers.Regel>> regels) {
        List<Som> sommen = new ArrayList<>();
        for (int t = 0; t < regels.size(); t++) {
            int totaal = regels.get(t).size() - 1;
            List<Cel> delen = new ArrayList<>();
            for (int r = 0; r < totaal; r++) {
                delen.add(new Cel(t, r));
            }
            sommen.add(new Som(delen, new Cel(t, totaal)));
        }
        return sommen;
    }

    /** Each row of table {@code som} is the same row of the tables {@code delen} together (years, programmes). */
    private static void familie(List<Som> sommen, List<List<Praktijkcijfers.Regel>> regels, int som, List<Integer> delen) {
        List<Praktijkcijfers.Regel> alle = regels.get(som);
        for (int r = 0; r < alle.size(); r++) {
            boolean isTotaal = r == alle.size() - 1;
            Uitkomst.Soort soort = alle.get(r).soort();
            List<Cel> cellen = new ArrayList<>();
            for (int t : delen) {
                List<Praktijkcijfers.Regel> deel = regels.get(t);
                if (isTotaal) {
                    cellen.add(new Cel(t, deel.size() - 1));
                    continue;
                }
                // A part without this outcome has no row: its part is a known zero.
                for (int j = 0; j < deel.size() - 1; j++) {
                    if (deel.get(j).soort() == soort) {
                        cellen.add(new Cel(t, j));
                    }
                }
            }
            sommen.add(new Som(cellen, new Cel(som, r)));
        }
    }

    /**
     * Complementary suppression, as the reader attacks: a figure is known when shown or zero; a sum
     * with one unknown gives it, and what it gives helps with the next sum. When it gives a hidden
     * figure (or a small one of an unpublished table), the shown part with the smallest basis is
     * hidden too, or the sum itself when no part is left to hide, and the attack starts again from
     * the next sum (the order the tables were always filled in). A figure of an unpublished table
     * that is not small may come out. Each round hides one more figure, so it ends.
     */
    private static void aanvullen(List<List<Praktijkcijfers.Regel>> regels, List<Som> sommen, boolean[][] weg, Kolom k,
                                  boolean[] gepubliceerd, boolean[][] vooraf) {
        boolean[][] opgegeven = new boolean[weg.length][];
        for (int t = 0; t < weg.length; t++) {
            opgegeven[t] = new boolean[weg[t].length];
        }
        int vanaf = 0;
        while (true) {
            boolean[][] bekend = new boolean[weg.length][];
            for (int t = 0; t < weg.length; t++) {
                bekend[t] = new boolean[weg[t].length];
                for (int r = 0; r < weg[t].length; r++) {
                    bekend[t][r] = basis(regels, new Cel(t, r), k) == 0 || gepubliceerd[t] && !weg[t][r] || opgegeven[t][r]
                            || vooraf != null && vooraf[t][r];
                }
            }
            boolean[][] vooraan = new boolean[weg.length][];
            for (int t = 0; t < weg.length; t++) {
                vooraan[t] = bekend[t].clone();
            }
            int lek = -1;
            Cel u = null;
            boolean veranderd = true;
            while (veranderd && lek < 0) {
                veranderd = false;
                for (int i = 0; i < sommen.size() && lek < 0; i++) {
                    int s = (vanaf + i) % sommen.size();
                    List<Cel> onbekend = sommen.get(s).cellen().stream().filter(c -> !bekend[c.t()][c.r()]).toList();
                    if (onbekend.size() != 1) {
                        continue;
                    }
                    Cel c = onbekend.getFirst();
                    if (weg[c.t()][c.r()]) {
                        lek = s;
                        u = c;
                    } else {
                        bekend[c.t()][c.r()] = true;
                        veranderd = true;
                    }
                }
            }
            if (lek < 0) {
                // No sum has one unknown left; a reader who solves them as a system may still get one.
                Cel bepaald = Stelsel.bepaald(sommen, weg, vooraan);
                if (bepaald == null) {
                    return;
                }
                Cel kies = Stelsel.complement(sommen, bepaald, vooraan,
                        c -> gepubliceerd[c.t()] && !weg[c.t()][c.r()] && basis(regels, c, k) > 0
                                && (vooraf == null || !vooraf[c.t()][c.r()]),
                        c -> basis(regels, c, k));
                if (kies == null) {
                    opgegeven[bepaald.t()][bepaald.r()] = true;
                } else {
                    weg[kies.t()][kies.r()] = true;
                }
                continue;
            }
            Cel kies = complement(regels, sommen, sommen.get(lek), weg, bekend, k, gepubliceerd, vooraf);
            if (kies == null) {
                // Nothing shown is left that gives it: no sum of these tables gets here.
                opgegeven[u.t()][u.r()] = true;
            } else {
                weg[kies.t()][kies.r()] = true;
            }
            vanaf = lek + 1;
        }
    }

    /**
     * What to hide so that the one unknown figure of {@code som} stays unknown: its shown part with
     * the smallest basis, else the sum itself; when all it has besides are figures of an unpublished
     * table that came out, a shown figure of a sum that gave one of those.
     */
    private static Cel complement(List<List<Praktijkcijfers.Regel>> regels, List<Som> sommen, Som som, boolean[][] weg,
                                  boolean[][] bekend, Kolom k, boolean[] gepubliceerd, boolean[][] vooraf) {
        // A figure an earlier release showed is known whatever this one does: hiding it protects nothing.
        java.util.function.Predicate<Cel> zichtbaar = c -> gepubliceerd[c.t()] && !weg[c.t()][c.r()]
                && basis(regels, c, k) > 0 && (vooraf == null || !vooraf[c.t()][c.r()]);
        Cel kies = kleinste(regels, som.delen().stream().filter(zichtbaar).toList(), k);
        if (kies == null && zichtbaar.test(som.som())) {
            kies = som.som();
        }
        // Widening: the sums that gave those figures, then the sums that gave theirs, until one has a shown figure.
        java.util.Set<Cel> afgeleid = new java.util.LinkedHashSet<>();
        List<Som> gezien = new ArrayList<>(List.of(som));
        List<Cel> rand = som.cellen();
        while (kies == null) {
            List<Cel> nieuw = rand.stream().filter(c -> !gepubliceerd[c.t()] && bekend[c.t()][c.r()]
                    && basis(regels, c, k) > 0 && afgeleid.add(c)).toList();
            if (nieuw.isEmpty()) {
                return null;
            }
            List<Som> bron = sommen.stream().filter(s -> !gezien.contains(s) && s.cellen().stream().anyMatch(nieuw::contains))
                    .toList();
            gezien.addAll(bron);
            rand = bron.stream().flatMap(s -> s.cellen().stream()).distinct().toList();
            kies = kleinste(regels, rand.stream().filter(zichtbaar).toList(), k);
        }
        return kies;
    }

    private static Cel kleinste(List<List<Praktijkcijfers.Regel>> regels, List<Cel> cellen, Kolom k) {
        Cel kies = null;
        for (Cel c : cellen) {
            if (kies == null || basis(regels, c, k) < basis(regels, kies, k)) {
                kies = c;
            }
        }
        return kies;
    }

    private static int basis(List<List<Praktijkcijfers.Regel>> regels, Cel c, Kolom k) {
        return basis(regels.get(c.t()).get(c.r()), k);
    }
}
