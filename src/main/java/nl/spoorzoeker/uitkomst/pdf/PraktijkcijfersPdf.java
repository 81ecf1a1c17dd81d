package nl.spoorzoeker.uitkomst.pdf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import nl.spoorzoeker.uitkomst.Cijfertekst;
import nl.spoorzoeker.uitkomst.Programmacijfers;
import nl.spoorzoeker.uitkomst.Suppressie;
import nl.spoorzoeker.uitkomst.Suppressie.Kolom;
import nl.spoorzoeker.pdf.PdfSchrijver;
import nl.spoorzoeker.taal.Teksten;
import nl.spoorzoeker.tijdlijn.Tijdzone;

/**
 * The practice figures (issue 18), for a practice to hand to employers: PDF/A like the reports, and
 * with no personal data at all — the practice's name, the year or the programme's name and period,
 * and counts that passed the k-anonymity rule ({@link Suppressie}); a hidden cell prints "×". One
 * page per view the screen offers: a year (or all closed years) with its table and chart, or a
 * group programme (or all programmes together) with its line, table and chart, each its own export,
 * so the page a practice hands over says one thing. Nothing here reads a dossier: it is given the
 * tables the screen shows, suppressed together, and prints them with the screen's texts
 * ({@link Cijfertekst}), so every figure equals the screen's. Its language is the caller's
 * ({@code taal}), never read from the screen while it is made (ADR 0008).
 */
public final class PraktijkcijfersPdf {

    private PraktijkcijfersPdf() {
    }

    /**
     * The practice's own figures of one closed year, or of all closed years: one page.
     *
     * @param praktijk the practice's name (not the coach's: that is a person's)
     * @param jaar     the year the figures cover, or null for all years
     * @param tabel    that year's table, from the year tables suppressed with the programmes' ({@link Programmacijfers#pas})
     */
    public static byte[] render(String praktijk, Integer jaar, Suppressie.Tabel tabel, Instant gemaakt, Teksten taal) {
        String titel = taal.t("praktijkcijfers.pdf.kop", praktijk);
        try (PdfSchrijver pdf = new PdfSchrijver(() -> { }, taal.taal())) {
            pdf.begin();
            pdf.titel(titel, 18);
            pdf.alinea(taal.t("praktijkcijfers.pdf.periode", jaar == null ? 0 : 1, jaar == null ? "" : Integer.toString(jaar)),
                    pdf.vet, 11, PdfSchrijver.TEKST);
            // Even the total is a count: below five it says only that there are too few; a total hidden as a
            // complement (five or more) says that it is hidden, as the screen does (Cijfertekst.samenvatting).
            int totaal = tabel.totaal().regel().aantal();
            pdf.alinea(totaal > 0 && tabel.totaal().verborgen() ? Cijfertekst.samenvatting(tabel, taal)
                    : taal.t("praktijkcijfers.pdf.aantal", totaal), pdf.gewoon, 10, PdfSchrijver.TEKST);
            pdf.omlaag(6);
            tabel(pdf, tabel, taal);
            pdf.omlaag(10);
            staven(pdf, tabel, taal);
            pdf.omlaag(6);
            pdf.alinea(taal.t("praktijkcijfers.anoniem"), pdf.gewoon, 8.5f, PdfSchrijver.GRIJS);
            pdf.alinea(taal.t("praktijkcijfers.pdf.jaareinde"), pdf.gewoon, 8.5f, PdfSchrijver.GRIJS);
            pdf.alinea(taal.t("praktijkcijfers.uitleg.2"), pdf.gewoon, 8.5f, PdfSchrijver.GRIJS);
            return klaar(pdf, titel, praktijk, gemaakt, taal);
        }
    }

    /**
     * One group programme's figures ({@code id}), or all programmes' together ({@code id} null): one
     * page with the line the screen shows above its table (period, participants, attendance, how
     * many closed), the table when it counts any, and the chart. Over all closed years, like the screen's.
     *
     * @param programmas the programmes' names, periods and participants
     * @param getoond    every table suppressed together ({@link Programmacijfers#pas}): the same as the screen's
     */
    public static byte[] renderProgramma(String praktijk, Programmacijfers programmas, Programmacijfers.Getoond getoond,
                                         Integer id, Instant gemaakt, Teksten taal) {
        Suppressie.Tabel t = id == null ? getoond.tabellen().alle() : getoond.tabellen().perProgramma().get(id);
        if (t == null) {
            throw new IllegalArgumentException("no programme " + id);
        }
        String naam = id == null ? taal.t("praktijkcijfers.programma.alle") : programmas.programmas().stream()
                .filter(p -> p.id() == id).findFirst().orElseThrow().naam();
        String titel = taal.t("praktijkcijfers.pdf.kop", praktijk);
        try (PdfSchrijver pdf = new PdfSchrijver(() -> { }, taal.taal())) {
            pdf.begin();
            pdf.titel(titel, 18);
            pdf.alinea(taal.t("praktijkcijfers.pdf.programma", naam), pdf.vet, 11, PdfSchrijver.TEKST);
            pdf.alinea(Cijfertekst.programmaregel(programmas, getoond, id, t, taal), pdf.gewoon, 10, PdfSchrijver.TEKST);
            if (t.totaal().regel().aantal() > 0) {
                pdf.omlaag(6);
                tabel(pdf, t, taal);
                pdf.omlaag(10);
                staven(pdf, t, taal);
            }
            pdf.omlaag(6);
            pdf.alinea(taal.t("praktijkcijfers.pdf.programmasUitleg"), pdf.gewoon, 8.5f, PdfSchrijver.GRIJS);
            pdf.alinea(taal.t("praktijkcijfers.anoniem"), pdf.gewoon, 8.5f, PdfSchrijver.GRIJS);
            pdf.alinea(taal.t("praktijkcijfers.pdf.jaareinde"), pdf.gewoon, 8.5f, PdfSchrijver.GRIJS);
            return klaar(pdf, titel, praktijk, gemaakt, taal);
        }
    }

    private static byte[] klaar(PdfSchrijver pdf, String titel, String praktijk, Instant gemaakt, Teksten taal) {
        Calendar wanneer = GregorianCalendar.from(gemaakt.atZone(Tijdzone.PRAKTIJK));
        return pdf.klaar(titel, taal.t("praktijkcijfers.pdf.voet", praktijk), taal.t("rapport.pagina"), wanneer);
    }

    /** The outcome rows and the total, every figure as the screen prints it. */
    private static void tabel(PdfSchrijver pdf, Suppressie.Tabel tabel, Teksten taal) {
            List<Suppressie.Rij> rijen = new ArrayList<>(tabel.rijen());
            rijen.add(tabel.totaal());
            String[] koppen = new String[Kolom.values().length + 1];
            koppen[0] = taal.t("praktijkcijfers.col.uitkomst");
            for (Kolom k : Kolom.values()) {
                // The page has room for the whole heading the screen abbreviates.
                koppen[k.ordinal() + 1] = k == Kolom.SOLLICITATIES ? taal.t("praktijkcijfers.pdf.kolSollicitaties")
                        : Cijfertekst.kop(k, taal);
            }
            List<String[]> cellen = new ArrayList<>();
            for (Suppressie.Rij r : rijen) {
                String[] rij = new String[koppen.length];
                rij[0] = Cijfertekst.naam(r, taal);
                for (Kolom k : Kolom.values()) {
                    rij[k.ordinal() + 1] = Cijfertekst.cel(r, k, taal);
                }
                cellen.add(rij);
            }
            pdf.tabel(koppen, new float[] {0.22f, 0.08f, 0.11f, 0.1f, 0.11f, 0.11f, 0.12f, 0.15f}, cellen);
    }

    /** One bar per outcome shown (a hidden one has no bar), longest the full width, with its count. */
    private static void staven(PdfSchrijver pdf, Suppressie.Tabel tabel, Teksten taal) {
        List<Suppressie.Rij> getoond = tabel.rijen().stream().filter(r -> !r.verborgen()).toList();
        if (getoond.isEmpty()) {
            return;
        }
        pdf.kop(taal.t("praktijkcijfers.grafiek"), 11);
        float labelBreedte = 130;
        float baan = PdfSchrijver.BREEDTE - labelBreedte - 40;
        int grootste = getoond.stream().mapToInt(r -> r.regel().aantal()).max().orElse(1);
        List<String> alt = getoond.stream().map(r -> taal.t("praktijkcijfers.kort." + r.regel().soort().name()) + " "
                + r.regel().aantal()).toList();
        pdf.ruimte(getoond.size() * 15f + 10);
        pdf.figuur(taal.t("praktijkcijfers.pdf.alt", String.join(", ", alt)), () -> {
            for (Suppressie.Rij r : getoond) {
                pdf.omlaag(15);
                pdf.tekst(taal.t("praktijkcijfers.kort." + r.regel().soort().name()), pdf.gewoon, 9, PdfSchrijver.MARGE,
                        PdfSchrijver.TEKST);
                float b = baan * r.regel().aantal() / grootste;
                float x0 = PdfSchrijver.MARGE + labelBreedte;
                pdf.vlak(x0, pdf.y() - 2, Math.max(b, 2), 10,
                        r.regel().soort().werk() ? PdfSchrijver.GROEN : PdfSchrijver.ACCENT);
                pdf.tekst(Integer.toString(r.regel().aantal()), pdf.gewoon, 9, x0 + b + 6, PdfSchrijver.TEKST);
            }
        });
        pdf.omlaag(4);
        pdf.alinea(taal.t("praktijkcijfers.pdf.kleur"), pdf.gewoon, 8.5f, PdfSchrijver.GRIJS);
        List<String> weg = tabel.rijen().stream().filter(Suppressie.Rij::verborgen)
                .map(r -> taal.t("praktijkcijfers.kort." + r.regel().soort().name())).toList();
        if (!weg.isEmpty()) {
            pdf.omlaag(4);
            pdf.alinea(taal.t("praktijkcijfers.nietInGrafiek", String.join(", ", weg)), pdf.gewoon, 8.5f,
                    PdfSchrijver.GRIJS);
        }
    }
}
