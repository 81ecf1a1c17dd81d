package nl.spoorzoeker.cv;

import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import nl.spoorzoeker.rapportage.Privacypoort;
import nl.spoorzoeker.pdf.PdfSchrijver;
import nl.spoorzoeker.taal.Teksten;
import nl.spoorzoeker.tijdlijn.Tijdzone;

/**
 * Lays a CV and a letter out as PDF/A (with the reports' writer: tagged, PDF/A-2a and PDF/UA-1)
 * and as DOCX. Both take only what passed the privacy gate: the type proves it. Neither carries the
 * practice's name or a "confidential" footer: a CV tells nothing of the traject it was made in.
 * The language is the caller's ({@code taal}), never the screen's: a document half made when the
 * coach switches language must not come out in two (ADR 0008).
 */
public final class Documenten {

    private static final float TEKST = 10.5f;
    private static final String GRIJS = "5F6670";

    private Documenten() {
    }

    public static byte[] cvPdf(Privacypoort.Gezeefd<CvDocument> gezeefd, Instant gemaakt, Teksten taal) {
        CvDocument cv = gezeefd.model();
        try (PdfSchrijver pdf = new PdfSchrijver(() -> { }, taal.taal())) {
            pdf.begin();
            pdf.titel(cv.naam(), 20);
            if (cv.contact() != null) {
                pdf.alinea(cv.contact(), pdf.gewoon, 9.5f, PdfSchrijver.GRIJS);
            }
            if (cv.zoekrichting() != null) {
                pdf.omlaag(2);
                pdf.alinea(cv.zoekrichting(), pdf.vet, 12, PdfSchrijver.ACCENT);
            }
            pdf.omlaag(4);
            pdf.lijn(PdfSchrijver.MARGE, PdfSchrijver.MARGE + PdfSchrijver.BREEDTE, PdfSchrijver.LIJN, 0.75f);
            pdf.omlaag(6);
            if (cv.profielzin() != null) {
                pdf.kop(taal.t("cv.kop.profiel"), 13);
                pdf.alinea(cv.profielzin(), pdf.gewoon, TEKST, PdfSchrijver.TEKST);
            }
            if (!cv.werkervaring().isEmpty()) {
                pdf.kop(taal.t("cv.kop.werkervaring"), 13);
                pdf.lijst(cv.werkervaring(), pdf.gewoon, TEKST, PdfSchrijver.TEKST);
            }
            if (!cv.opleiding().isEmpty()) {
                pdf.kop(taal.t("cv.kop.opleiding"), 13);
                pdf.lijst(cv.opleiding(), pdf.gewoon, TEKST, PdfSchrijver.TEKST);
            }
            if (!cv.competenties().isEmpty()) {
                pdf.kop(taal.t("cv.kop.competenties"), 13);
                pdf.alinea(competenties(cv), pdf.gewoon, TEKST, PdfSchrijver.TEKST);
            }
            List<CvDocument.Highlight> highlights = cv.highlights().stream().filter(Documenten::heeftTekst).toList();
            if (!highlights.isEmpty()) {
                pdf.kop(taal.t("cv.kop.highlights"), 13);
                for (CvDocument.Highlight h : highlights) {
                    if (h.titel() != null) {
                        pdf.kop(h.titel(), 11, 3);
                    }
                    String verhaal = Briefsjabloon.zinnen(h.situatie(), h.taak(), h.actie());
                    if (!verhaal.isEmpty()) {
                        pdf.alinea(verhaal, pdf.gewoon, TEKST, PdfSchrijver.TEKST);
                    }
                    if (h.resultaat() != null) {
                        pdf.alinea(taal.t("cv.resultaat", Briefsjabloon.zin(h.resultaat())), pdf.gewoon, TEKST,
                                PdfSchrijver.TEKST);
                    }
                    pdf.omlaag(4);
                }
            }
            return pdf.klaar(taal.t("cv.titel", cv.naam()), taal.t("cv.titel", cv.naam()), taal.t("rapport.pagina"),
                    kalender(gemaakt));
        }
    }

    public static byte[] cvDocx(Privacypoort.Gezeefd<CvDocument> gezeefd, Teksten taal) {
        CvDocument cv = gezeefd.model();
        try (Docx docx = new Docx(taal.taal(), taal.t("cv.titel", cv.naam()), cv.naam())) {
            docx.titel(cv.naam());
            if (cv.contact() != null) {
                docx.alinea(cv.contact(), GRIJS);
            }
            if (cv.zoekrichting() != null) {
                docx.kop(cv.zoekrichting(), 2);
            }
            if (cv.profielzin() != null) {
                docx.kop(taal.t("cv.kop.profiel"), 1);
                docx.alinea(cv.profielzin());
            }
            if (!cv.werkervaring().isEmpty()) {
                docx.kop(taal.t("cv.kop.werkervaring"), 1);
                docx.lijst(cv.werkervaring());
            }
            if (!cv.opleiding().isEmpty()) {
                docx.kop(taal.t("cv.kop.opleiding"), 1);
                docx.lijst(cv.opleiding());
            }
            if (!cv.competenties().isEmpty()) {
                docx.kop(taal.t("cv.kop.competenties"), 1);
                docx.alinea(competenties(cv));
            }
            List<CvDocument.Highlight> highlights = cv.highlights().stream().filter(Documenten::heeftTekst).toList();
            if (!highlights.isEmpty()) {
                docx.kop(taal.t("cv.kop.highlights"), 1);
                for (CvDocument.Highlight h : highlights) {
                    if (h.titel() != null) {
                        docx.kop(h.titel(), 2);
                    }
                    String verhaal = Briefsjabloon.zinnen(h.situatie(), h.taak(), h.actie());
                    if (!verhaal.isEmpty()) {
                        docx.alinea(verhaal);
                    }
                    if (h.resultaat() != null) {
                        docx.alinea(taal.t("cv.resultaat", Briefsjabloon.zin(h.resultaat())));
                    }
                }
            }
            return docx.klaar();
        }
    }

    public static byte[] briefPdf(Privacypoort.Gezeefd<BriefDocument> gezeefd, Instant gemaakt, Teksten taal) {
        BriefDocument b = gezeefd.model();
        try (PdfSchrijver pdf = new PdfSchrijver(() -> { }, taal.taal())) {
            pdf.begin();
            pdf.titel(b.naam(), 14);
            for (String regel : b.afzender()) {
                pdf.alinea(regel, pdf.gewoon, 9.5f, PdfSchrijver.GRIJS);
            }
            pdf.omlaag(24);
            if (b.organisatie() != null) {
                pdf.alinea(b.organisatie(), pdf.gewoon, TEKST, PdfSchrijver.TEKST);
                pdf.omlaag(12);
            }
            pdf.alinea(b.datum(), pdf.gewoon, TEKST, PdfSchrijver.TEKST);
            pdf.omlaag(8);
            if (b.onderwerp() != null) {
                pdf.alinea(b.onderwerp(), pdf.vet, TEKST, PdfSchrijver.TEKST);
            }
            pdf.omlaag(14);
            for (String alinea : b.alineas()) {
                pdf.alinea(alinea, pdf.gewoon, TEKST, PdfSchrijver.TEKST);
                pdf.omlaag(8);
            }
            String titel = b.onderwerp() == null ? taal.t("brief.titel", b.naam()) : b.onderwerp();
            return pdf.klaar(titel, b.naam(), taal.t("rapport.pagina"), kalender(gemaakt));
        }
    }

    public static byte[] briefDocx(Privacypoort.Gezeefd<BriefDocument> gezeefd, Teksten taal) {
        BriefDocument b = gezeefd.model();
        String titel = b.onderwerp() == null ? taal.t("brief.titel", b.naam()) : b.onderwerp();
        try (Docx docx = new Docx(taal.taal(), titel, b.naam())) {
            docx.alinea(String.join("\n", java.util.stream.Stream.concat(java.util.stream.Stream.of(b.naam()),
                    b.afzender().stream()).toList()));
            docx.alinea("");
            if (b.organisatie() != null) {
                docx.alinea(b.organisatie());
            }
            docx.alinea(b.datum());
            if (b.onderwerp() != null) {
                docx.alinea(b.onderwerp());
            }
            docx.alinea("");
            b.alineas().forEach(docx::alinea);
            return docx.klaar();
        }
    }

    /**
     * The competencies on one line, each starting with a capital: tags are typed as they come
     * ("plannen, klantgericht"), and a row of them on a CV reads as a list of names.
     */
    static String competenties(CvDocument cv) {
        return cv.competenties().stream().map(c -> c.isEmpty() ? c : Character.toUpperCase(c.charAt(0)) + c.substring(1))
                .collect(java.util.stream.Collectors.joining("  ·  "));
    }

    private static boolean heeftTekst(CvDocument.Highlight h) {
        return h.titel() != null || h.situatie() != null || h.taak() != null || h.actie() != null
                || h.resultaat() != null;
    }

    private static Calendar kalender(Instant gemaakt) {
        return GregorianCalendar.from(gemaakt.atZone(Tijdzone.PRAKTIJK));
    }
}
