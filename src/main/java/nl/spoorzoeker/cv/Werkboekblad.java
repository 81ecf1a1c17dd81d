package nl.spoorzoeker.cv;

import java.time.Instant;
import java.time.LocalDate;
import java.util.GregorianCalendar;
import java.util.function.Consumer;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.pdf.PdfSchrijver;
import nl.spoorzoeker.taal.Teksten;
import nl.spoorzoeker.tijdlijn.Tijdzone;

/**
 * The layout every werkboek shares (issue 19 item 6): the cover with the werknemer's name and the day,
 * headings, plain paragraphs, a question with the werknemer's answer in blue and ruled lines to write
 * on, numbered lines, and the footer. Large type (12 pt) for reading at the kitchen table; PDF/A-2a
 * and PDF/UA-1 as the reports. The language is the caller's ({@code tk}, ADR 0008).
 */
final class Werkboekblad {

    static final float TEKST = 12f;
    static final float KOP = 16f;
    /** The distance between two writing lines: room for handwriting. */
    static final float SCHRIJFREGEL = 24f;

    final PdfSchrijver pdf;
    final Teksten tk;

    private Werkboekblad(PdfSchrijver pdf, Teksten tk) {
        this.pdf = pdf;
        this.tk = tk;
    }

    /** The cover, the exercises {@code inhoud} lays out, and the footer: the same for every phase. */
    static byte[] boek(Teksten tk, String titelKey, String naam, LocalDate datum, Instant gemaakt,
                       Consumer<Werkboekblad> inhoud) {
        try (PdfSchrijver pdf = new PdfSchrijver(() -> { }, tk.taal())) {
            Werkboekblad blad = new Werkboekblad(pdf, tk);
            pdf.begin();
            pdf.titel(tk.t(titelKey), 22);
            pdf.alinea(tk.t("werkboek.van", naam, DateInput.format(datum)), pdf.gewoon, TEKST, PdfSchrijver.GRIJS);
            pdf.omlaag(8);
            inhoud.accept(blad);
            return pdf.klaar(tk.t("werkboek.bestand", naam), tk.t("werkboek.voet", naam), tk.t("rapport.pagina"),
                    GregorianCalendar.from(gemaakt.atZone(Tijdzone.PRAKTIJK)));
        }
    }

    void kop(String sleutel) {
        pdf.omlaag(6);
        // A heading never ends a page: it keeps its explanation's first lines and a question's lines with it.
        pdf.ruimte(KOP * 1.6f + TEKST * 1.45f * 3 + SCHRIJFREGEL * 2);
        pdf.kop(tk.t(sleutel), KOP);
    }

    void tekst(String tekst) {
        tekst(tekst, false);
    }

    void tekst(String tekst, boolean vet) {
        pdf.alinea(tekst, vet ? pdf.vet : pdf.gewoon, TEKST, PdfSchrijver.TEKST);
        pdf.omlaag(4);
    }

    /**
     * A question in bold, the werknemer's answer under it in blue when there is one, then
     * {@code regels} ruled lines to write on (at least one under a question not answered yet).
     */
    void vraag(String vraag, String antwoord, int regels) {
        int lijnen = antwoord == null ? Math.max(1, regels) : regels;
        // A question stays on one page with its (first line of) answer and its ruled lines.
        pdf.ruimte(TEKST * 1.45f * (antwoord == null ? 1 : 2) + lijnen * SCHRIJFREGEL + 2);
        pdf.alinea(vraag, pdf.vet, TEKST, PdfSchrijver.TEKST);
        if (antwoord != null) {
            pdf.alinea(antwoord, pdf.gewoon, TEKST, PdfSchrijver.ACCENT);
        }
        schrijfregels(lijnen);
        pdf.omlaag(6);
    }

    /** Numbered lines to write on, kept together. */
    void genummerd(int aantal) {
        pdf.ruimte(aantal * (SCHRIJFREGEL + 4) + 4);
        for (int n = 1; n <= aantal; n++) {
            pdf.omlaag(SCHRIJFREGEL);
            pdf.tekst(n + ".", pdf.gewoon, TEKST, PdfSchrijver.MARGE, PdfSchrijver.TEKST);
            pdf.lijn(PdfSchrijver.MARGE + 20, PdfSchrijver.MARGE + PdfSchrijver.BREEDTE, PdfSchrijver.LIJN, 0.6f);
        }
        pdf.omlaag(8);
    }

    /** Ruled lines, kept together on one page. */
    void schrijfregels(int aantal) {
        if (aantal == 0) {
            return;
        }
        pdf.ruimte(aantal * SCHRIJFREGEL + 2);
        for (int n = 0; n < aantal; n++) {
            pdf.omlaag(SCHRIJFREGEL);
            pdf.lijn(PdfSchrijver.MARGE, PdfSchrijver.MARGE + PdfSchrijver.BREEDTE, PdfSchrijver.LIJN, 0.6f);
        }
    }
}
