package nl.spoorzoeker.uitkomst;

import nl.spoorzoeker.taal.Teksten;
import nl.spoorzoeker.uitkomst.Suppressie.Kolom;
import nl.spoorzoeker.uitkomst.Suppressie.Stand;

/**
 * The practice figures as the screen and the PDF print them, one text per cell, so both say the
 * same: a hidden figure is "×" (whether it is small or hidden with a small one: "&lt; 5" on a complement of 300 was
 * false, and a total "&lt; 5" under rows of 43 and 32 read as nonsense), one with nothing to compute it over "—". The late starts are a
 * percentage of the known ones, never "3 of 12": a count below five is what the rule hides. The
 * language is the caller's: the screen passes its own, the PDF the one it is made in (ADR 0008).
 */
public final class Cijfertekst {

    /** What a hidden figure prints, small or hidden as a complement alike (CBS's sign for a secret figure). */
    public static final String VERBORGEN = "×";

    private Cijfertekst() {
    }

    public static String naam(Suppressie.Rij rij, Teksten taal) {
        // The short names the chart uses too: the table beside it must fit a laptop screen.
        return rij.regel().soort() == null ? taal.t("praktijkcijfers.totaal")
                : taal.t("praktijkcijfers.kort." + rij.regel().soort().name());
    }

    public static String cel(Suppressie.Rij rij, Kolom kolom, Teksten taal) {
        Stand stand = rij.stand(kolom);
        if (stand == Stand.VERBORGEN) {
            return VERBORGEN;
        }
        Praktijkcijfers.Regel r = rij.regel();
        if (stand == Stand.LEEG) {
            return "—";
        }
        return switch (kolom) {
            case AANTAL -> Integer.toString(r.aantal());
            case DUUR -> r.medianeDagen() == null ? "—"
                    : taal.t("praktijkcijfers.weken", Math.round(r.medianeDagen() / 7.0));
            // Whole hours: "340 u 30 min" over a year of trajecten is precision nobody reads.
            case UREN -> r.medianeMinuten() == null ? "—" : taal.duur((int) Math.round(r.medianeMinuten() / 60) * 60);
            case UREN_TOTAAL -> taal.duur((int) Math.round(r.totaalMinuten() / 60.0) * 60);
            case LAAT -> r.aandeelLaat() == null ? "—"
                    : taal.t("praktijkcijfers.laatAandeel", Math.round(r.aandeelLaat() * 100));
            case SOLLICITATIES -> r.sollicitatiesPerPlaatsing() == null ? "—"
                    : taal.t("praktijkcijfers.decimaal", r.sollicitatiesPerPlaatsing());
            case ZACHT -> r.zachtGemiddeld() == null ? "—"
                    : taal.t("praktijkcijfers.verandering", r.zachtGemiddeld());
        };
    }

    /** The column headings, in the columns' order. */
    public static String kop(Kolom kolom, Teksten taal) {
        return taal.t("praktijkcijfers.kol." + kolom.name());
    }

    /** The line above a table: how many closed trajecten it counts, or that there are too few to say. */
    public static String samenvatting(Suppressie.Tabel tabel, Teksten taal) {
        int aantal = tabel.totaal().regel().aantal();
        if (tabel.totaal().verborgen() && aantal > 0) {
            // Too few, or a total hidden so that a small figure cannot be worked back from it: two different things.
            return taal.t(aantal < Suppressie.K ? "praktijkcijfers.pdf.teWeinig" : "praktijkcijfers.totaalVerborgen");
        }
        return taal.t("praktijkcijfers.samenvatting", aantal);
    }

    /**
     * Who took part in a programme ({@code id}) or in all of them ({@code id} null) and the
     * attendance, as far as the k-anonymity rule lets them be shown.
     */
    public static String deelname(Programmacijfers cijfers, Programmacijfers.Getoond getoond, Integer id,
                                  Teksten taal) {
        if (id == null) {
            return getoond.totaalVerborgen() ? taal.t("praktijkcijfers.programma.weinig")
                    : taal.t("praktijkcijfers.programma.alleDeelnemers", cijfers.deelnemers(), cijfers.programmas().size());
        }
        Programmacijfers.Programma gekozen = cijfers.programmas().stream().filter(p -> p.id() == id).findFirst().orElse(null);
        if (gekozen == null || Boolean.TRUE.equals(getoond.deelnemersVerborgen().get(id)) || gekozen.deelnemers() == 0) {
            return taal.t("praktijkcijfers.programma.weinig");
        }
        Double opkomst = gekozen.opkomst();
        return opkomst == null ? taal.t("praktijkcijfers.programma.deelnemers", gekozen.deelnemers())
                : taal.t("praktijkcijfers.programma.opkomst", gekozen.deelnemers(), Math.round(opkomst * 100));
    }

    /**
     * A programme's period: from its start to its end (set by the coach, else its last meeting's day),
     * or from its start when it has no end yet; empty for all programmes together ({@code id} null).
     */
    public static String periode(Programmacijfers cijfers, Integer id, Teksten taal) {
        if (id == null) {
            return "";
        }
        Programmacijfers.Programma p = cijfers.programmas().stream().filter(x -> x.id() == id).findFirst().orElse(null);
        if (p == null || p.start() == null) {
            return "";
        }
        return p.einde() == null ? taal.t("praktijkcijfers.programma.vanaf", DATUM.format(p.start()))
                : taal.t("praktijkcijfers.programma.periode", DATUM.format(p.start()), DATUM.format(p.einde()));
    }

    /**
     * The line above a programme's table, on screen and on its page alike: its period, who took part
     * and how many closed ({@link #periode}, {@link #deelname}, {@link #samenvatting}).
     */
    public static String programmaregel(Programmacijfers cijfers, Programmacijfers.Getoond getoond, Integer id,
                                        Suppressie.Tabel tabel, Teksten taal) {
        String periode = periode(cijfers, id, taal);
        return (periode.isEmpty() ? "" : periode + " ") + deelname(cijfers, getoond, id, taal) + " "
                + samenvatting(tabel, taal);
    }

    /** Dates as the rest of the program writes them, in either language. */
    private static final java.time.format.DateTimeFormatter DATUM = java.time.format.DateTimeFormatter.ofPattern("dd-MM-uuuu");
}
