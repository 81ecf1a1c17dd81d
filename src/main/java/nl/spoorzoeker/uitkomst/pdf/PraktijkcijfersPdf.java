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
 * with no personal data at all — the practice's name, the year, the programmes' names, and counts
 * that passed the k-anonymity rule ({@link Suppressie}); a hidden cell prints "&lt; 5". The first
 * page is the chosen year's table and chart; then, when the practice runs group programmes, all
 * programmes together and each programme, as the screen shows them. Nothing here reads a dossier:
 * it is given the tables the screen shows, suppressed together, and prints them with the screen's
 * texts ({@link Cijfertekst}), so every figure equals the screen's. Its language is the caller's
 * ({@code taal}), never read from the screen while it is made (ADR 0008).
 */
public final class PraktijkcijfersPdf {

    private PraktijkcijfersPdf() {
    }

    /**
     * @param praktijk the practice's name (not the coach's: that is a person's)
     * @param jaar     the year the figures cover, or null for all years
     */
    public static byte[] render(String praktijk, Integer jaar, Suppressie.Tabel tabel, Instant gemaakt, Teksten taal) {
        Programmacijfers geen = new Programmacijfers(List.of());
        return render(praktijk, jaar, tabel, geen, geen.pas(List.of()), gemaakt, taal);
    }

    /**
     * @param tabel      the chosen year's table, from {@code getoond}'s year tables
     * @param programmas the programmes' names and participants, in the screen's order
     * @param getoond    every table suppressed together ({@link Programmacijfers#pas})
     */
    public static byte[] render(String praktijk, Integer jaar, Suppressie.Tabel tabel, Programmacijfers programmas,
                                Programmacijfers.Getoond getoond, Instant gemaakt, Teksten taal) {
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
            if (!programmas.programmas().isEmpty()) {
                programmas(pdf, programmas, getoond, taal);
            }
            Calendar wanneer = GregorianCalendar.from(gemaakt.atZone(Tijdzone.PRAKTIJK));
            return pdf.klaar(titel, taal.t("praktijkcijfers.pdf.voet", praktijk), taal.t("rapport.pagina"), wanneer);
        }
    }

    /**
     * All programmes together, then each: the line the screen shows above its table (participants,
     * attendance, how many closed), and the table when it counts any. Over all years, like the screen's.
     */
    private static void programmas(PdfSchrijver pdf, Programmacijfers programmas, Programmacijfers.Getoond getoond,
                                   Teksten taal) {
        pdf.begin();
        pdf.kop(taal.t("praktijkcijfers.pdf.programmas"), 14);
        pdf.alinea(taal.t("praktijkcijfers.pdf.programmasUitleg"), pdf.gewoon, 9, PdfSchrijver.GRIJS);
        List<Integer> ids = new ArrayList<>();
        ids.add(null);
        programmas.programmas().forEach(p -> ids.add(p.id()));
        for (Integer id : ids) {
            Suppressie.Tabel t = id == null ? getoond.tabellen().alle() : getoond.tabellen().perProgramma().get(id);
            String naam = id == null ? taal.t("praktijkcijfers.programma.alle") : programmas.programmas().stream()
                    .filter(p -> p.id() == id).findFirst().orElseThrow().naam();
            // Heading, line and a table of up to nine rows stay together on a page.
            pdf.ruimte(60 + (t.rijen().size() + 2) * 16f);
            pdf.omlaag(8);
            pdf.kop(naam, 11, 3);
            pdf.alinea(Cijfertekst.deelname(programmas, getoond, id, taal) + " " + Cijfertekst.samenvatting(t, taal), pdf.gewoon, 9.5f,
                    PdfSchrijver.TEKST);
            if (t.totaal().regel().aantal() > 0) {
                pdf.omlaag(4);
                tabel(pdf, t, taal);
            }
        }
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
