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
 * <p>What this does not cover: differences between two tables (one year against all years) can
 * still give back a hidden cell; the screen and the PDF show one table at a time.
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

    public static Tabel pas(Praktijkcijfers.Cijfers c) {
        List<Praktijkcijfers.Regel> regels = c.perUitkomst();
        int n = regels.size();
        List<Map<Kolom, Stand>> standen = new ArrayList<>();
        for (int i = 0; i <= n; i++) {
            standen.add(new EnumMap<>(Kolom.class));
        }
        // Rows first: a row of fewer than five hides all its figures, and one hidden row hides a second.
        boolean[] rijWeg = new boolean[n];
        for (int i = 0; i < n; i++) {
            rijWeg[i] = regels.get(i).aantal() < K;
        }
        boolean totaalWeg = c.totaal().aantal() < K;
        totaalWeg = complement(regels, rijWeg, Kolom.AANTAL, totaalWeg);
        for (Kolom k : Kolom.values()) {
            boolean[] weg = new boolean[n];
            for (int i = 0; i < n; i++) {
                int b = basis(regels.get(i), k);
                weg[i] = rijWeg[i] || b > 0 && b < K;
            }
            int tb = basis(c.totaal(), k);
            boolean totaalCelWeg = totaalWeg || tb > 0 && tb < K;
            if (k.optelbaar && !totaalCelWeg) {
                totaalCelWeg = complement(regels, weg, k, false);
            }
            for (int i = 0; i < n; i++) {
                standen.get(i).put(k, weg[i] ? Stand.VERBORGEN
                        : basis(regels.get(i), k) == 0 ? Stand.LEEG : Stand.TONEN);
            }
            standen.get(n).put(k, totaalCelWeg ? Stand.VERBORGEN : tb == 0 && k != Kolom.AANTAL ? Stand.LEEG
                    : tb == 0 ? Stand.VERBORGEN : Stand.TONEN);
        }
        List<Rij> rijen = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rijen.add(new Rij(regels.get(i), standen.get(i)));
        }
        return new Tabel(rijen, new Rij(c.totaal(), standen.get(n)));
    }

    /**
     * When exactly one cell of the column is hidden and the total is shown, hides the shown cell with
     * the smallest basis (among those that have the figure at all). Returns whether the total must go
     * instead, because no such cell is left.
     */
    private static boolean complement(List<Praktijkcijfers.Regel> regels, boolean[] weg, Kolom k, boolean totaalWeg) {
        if (totaalWeg) {
            return true;
        }
        int verborgen = 0;
        for (int i = 0; i < weg.length; i++) {
            if (weg[i] && basis(regels.get(i), k) > 0) {
                verborgen++;
            }
        }
        if (verborgen != 1) {
            return false;
        }
        int kleinste = -1;
        for (int i = 0; i < weg.length; i++) {
            int b = basis(regels.get(i), k);
            if (!weg[i] && b > 0 && (kleinste < 0 || b < basis(regels.get(kleinste), k))) {
                kleinste = i;
            }
        }
        if (kleinste < 0) {
            return true;
        }
        weg[kleinste] = true;
        return false;
    }
}
