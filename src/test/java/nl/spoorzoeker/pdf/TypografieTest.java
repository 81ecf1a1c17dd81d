package nl.spoorzoeker.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import nl.spoorzoeker.rapportage.PdfaValidatie;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Issue 16 item 6: hyphenation at Dutch and English syllables, no heading alone at the foot of a
 * page, no single line of a paragraph alone at the foot or head of a page, and the structure a
 * screen reader walks (headings, table header cells with their scope, figures with alt text).
 */
class TypografieTest {

    private static final Locale NL = Locale.of("nl", "NL");
    private static final Locale EN = Locale.of("en", "GB");
    private static final String SH = Regelbreker.AFBREEKSTREEP;
    /** Every character 5 points wide: widths in characters, so the expected lines are plain to read. */
    private static final ToDoubleFunction<String> VIJF = s -> 5.0 * s.length();

    @Test
    void aLongDutchCompoundBreaksAtASyllableWithAHyphen() {
        // 13 characters fit: "Arbeidsmarkt" and its hyphen, at the compound's seam.
        assertEquals(List.of("Arbeidsmarkt" + SH, "benadering"),
                Regelbreker.breek("Arbeidsmarktbenadering", 65, VIJF, Afbreker.voor(NL)));
        assertEquals(List.of("Ziekteverzuim" + SH, "begeleiding"),
                Regelbreker.breek("Ziekteverzuimbegeleiding", 70, VIJF, Afbreker.voor(NL)));
        // One character less: the syllable before the seam; without patterns, a blind cut mid-syllable.
        assertEquals("Arbeids" + SH, Regelbreker.breek("Arbeidsmarktbenadering", 60, VIJF, Afbreker.voor(NL)).getFirst());
        assertEquals("Arbeidsmark" + SH, Regelbreker.breek("Arbeidsmarktbenadering", 60, VIJF).getFirst());
    }

    @Test
    void englishReportsUseEnglishPatterns() {
        assertEquals(List.of("rehabil" + SH, "itation"),
                Regelbreker.breek("rehabilitation", 45, VIJF, Afbreker.voor(EN)));
        assertEquals(List.of("rehabi" + SH, "litation"),
                Regelbreker.breek("rehabilitation", 45, VIJF, Afbreker.voor(NL)), "the Dutch syllables differ");
    }

    @Test
    void aLineIsFilledByHyphenatingTheNextWordButTheLastWordIsLeftWhole() {
        // "De werkervaringsplaats begint" in 20 characters: "De" alone would leave the line nearly empty.
        assertEquals(List.of("De werkervarings" + SH, "plaats begint"),
                Regelbreker.breek("De werkervaringsplaats begint", 100, VIJF, Afbreker.voor(NL)));
        // The last word takes a line of its own either way: no hyphen for nothing.
        assertEquals(List.of("Tweede", "gesprek"), Regelbreker.breek("Tweede gesprek", 50, VIJF, Afbreker.voor(NL)));
        // A hyphen the writer typed is where the word breaks, and no second hyphen is added.
        assertEquals("re-", Regelbreker.breek("re-integratie", 25, VIJF, Afbreker.voor(NL)).getFirst());
    }

    /** A writer with an empty running header, moved down so that exactly {@code regels} lines of 10 pt fit. */
    private static PdfSchrijver metRuimteVoor(int regels) {
        PdfSchrijver pdf = new PdfSchrijver(() -> { }, NL);
        pdf.begin();
        pdf.alinea("Eerste alinea.", pdf.gewoon, 10, PdfSchrijver.TEKST);
        float over = PdfSchrijver.MARGE_ONDER + regels * 10 * 1.45f + 1;
        pdf.omlaag(pdf.y() - over);
        return pdf;
    }

    private static byte[] klaar(PdfSchrijver pdf) {
        return pdf.klaar("Test", "voet", "pagina %d van %d", new GregorianCalendar(2026, Calendar.NOVEMBER, 24));
    }

    private static String pagina(PDDocument doc, int nummer) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(nummer);
        stripper.setEndPage(nummer);
        return stripper.getText(doc);
    }

    private static final String VIJF_REGELS = "regel een\nregel twee\nregel drie\nregel vier\nregel vijf";

    @Test
    void aParagraphLeavesNoSingleLineAtTheFootOrHeadOfAPage() throws Exception {
        try (PdfSchrijver pdf = metRuimteVoor(1)) {
            pdf.alinea(VIJF_REGELS, pdf.gewoon, 10, PdfSchrijver.TEKST);
            try (PDDocument doc = Loader.loadPDF(klaar(pdf))) {
                assertFalse(pagina(doc, 1).contains("regel een"), "not its first line alone at the foot");
                assertTrue(pagina(doc, 2).contains("regel een") && pagina(doc, 2).contains("regel vijf"));
            }
        }
        try (PdfSchrijver pdf = metRuimteVoor(4)) {
            pdf.alinea(VIJF_REGELS, pdf.gewoon, 10, PdfSchrijver.TEKST);
            try (PDDocument doc = Loader.loadPDF(klaar(pdf))) {
                assertTrue(pagina(doc, 1).contains("regel drie") && !pagina(doc, 1).contains("regel vier"),
                        "three lines stay, so that the last does not go over alone");
                assertTrue(pagina(doc, 2).contains("regel vier") && pagina(doc, 2).contains("regel vijf"));
            }
        }
        try (PdfSchrijver pdf = metRuimteVoor(2)) {
            pdf.alinea(VIJF_REGELS, pdf.gewoon, 10, PdfSchrijver.TEKST);
            try (PDDocument doc = Loader.loadPDF(klaar(pdf))) {
                assertTrue(pagina(doc, 1).contains("regel twee") && !pagina(doc, 1).contains("regel drie"),
                        "two at the foot, three at the head: no single line either side");
            }
        }
    }

    @Test
    void aHeadingIsNeverAloneAtTheFootOfAPage() throws Exception {
        // Room for the heading and one line of text, not two: the heading goes over with its text.
        try (PdfSchrijver pdf = metRuimteVoor(3)) {
            pdf.kop("Activiteiten in deze periode", 12);
            pdf.alinea(VIJF_REGELS, pdf.gewoon, 10, PdfSchrijver.TEKST);
            try (PDDocument doc = Loader.loadPDF(klaar(pdf))) {
                assertFalse(pagina(doc, 1).contains("Activiteiten"), "heading left at the foot of page 1");
                assertTrue(pagina(doc, 2).startsWith("Activiteiten in deze periode"));
            }
        }
        // Room for the heading and two lines: that is enough for a paragraph...
        try (PdfSchrijver pdf = metRuimteVoor(5)) {
            pdf.kop("Activiteiten in deze periode", 12);
            pdf.alinea(VIJF_REGELS, pdf.gewoon, 10, PdfSchrijver.TEKST);
            try (PDDocument doc = Loader.loadPDF(klaar(pdf))) {
                assertTrue(pagina(doc, 1).contains("Activiteiten") && pagina(doc, 1).contains("regel twee"));
            }
        }
        // ...but not for a table, whose header row and first row must fit under it.
        try (PdfSchrijver pdf = metRuimteVoor(6)) {
            pdf.kop("Sollicitaties", 12);
            pdf.tabel(new String[] {"Datum", "Organisatie"}, new float[] {0.3f, 0.7f},
                    List.<String[]>of(new String[] {"01-10-2026", "Gemeente Utrecht\nafdeling Werk\nen Inkomen"}));
            try (PDDocument doc = Loader.loadPDF(klaar(pdf))) {
                assertFalse(pagina(doc, 1).contains("Sollicitaties"), "heading left above a table that went over");
                assertTrue(pagina(doc, 2).contains("Sollicitaties") && pagina(doc, 2).contains("Gemeente Utrecht"));
            }
        }
    }

    /** The structure types under {@code node}, depth first, as "Type" or "Type(children…)". */
    private static String boom(PDStructureNode node) {
        List<String> delen = new ArrayList<>();
        for (Object kind : node.getKids()) {
            if (kind instanceof PDStructureElement e) {
                String kinderen = boom(e);
                delen.add(e.getStructureType() + (kinderen.isEmpty() ? "" : "(" + kinderen + ")"));
            }
        }
        return String.join(" ", delen);
    }

    @Test
    void theStructureIsWhatAScreenReaderWalks() throws Exception {
        // Headings, a table over two pages, a chart, a list.
        List<String[]> rijen = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            rijen.add(new String[] {"0" + (i % 9 + 1) + "-10-2026", "Organisatie " + i});
        }
        byte[] bytes;
        try (PdfSchrijver pdf = new PdfSchrijver(() -> { }, NL)) {
            pdf.begin();
            pdf.titel("Voortgangsrapportage", 18);
            pdf.alinea("Periode 01-10-2026 t/m 31-10-2026", pdf.gewoon, 9.5f, PdfSchrijver.GRIJS);
            pdf.kop("Sollicitaties", 12);
            pdf.tabel(new String[] {"Datum", "Organisatie"}, new float[] {0.3f, 0.7f}, rijen);
            pdf.figuur("Trechter: verstuurd 80, gesprek 3", () -> {
                pdf.omlaag(12);
                pdf.vlak(PdfSchrijver.MARGE, pdf.y(), 100, 9, PdfSchrijver.ACCENT);
                pdf.tekst("80", pdf.gewoon, 8.5f, PdfSchrijver.MARGE + 110, PdfSchrijver.TEKST);
            });
            pdf.lijst(List.of("Reistijd naar Utrecht", "Verschil van inzicht over de belastbaarheid"), pdf.gewoon, 10,
                    PdfSchrijver.TEKST);
            bytes = klaar(pdf);
        }
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertTrue(doc.getNumberOfPages() >= 2, "the table runs onto a second page");
            assertTrue(pagina(doc, 2).contains("Organisatie") && pagina(doc, 2).contains("Datum"),
                    "its header repeated there");
            var root = doc.getDocumentCatalog().getStructureTreeRoot();
            String boom = boom(root);
            StringBuilder tabel = new StringBuilder("TR(TH TH)");
            for (int i = 0; i < 80; i++) {
                tabel.append(" TR(TD TD)");
            }
            assertEquals("Document(H1 P H2 Table(" + tabel + ") Figure L(LI(Lbl LBody) LI(Lbl LBody)))", boom,
                    "one header row in the structure, however often it is drawn");
            PDStructureElement document = (PDStructureElement) root.getKids().getFirst();
            PDStructureElement table = (PDStructureElement) document.getKids().get(3);
            PDStructureElement th = (PDStructureElement) ((PDStructureElement) table.getKids().getFirst()).getKids()
                    .getFirst();
            assertEquals(PDTableAttributeObject.SCOPE_COLUMN,
                    ((PDTableAttributeObject) th.getAttributes().getObject(0)).getScope());
            PDStructureElement figuur = (PDStructureElement) document.getKids().get(4);
            assertEquals("Trechter: verstuurd 80, gesprek 3", figuur.getAlternateDescription());
            assertEquals("nl-NL", doc.getDocumentCatalog().getLanguage());
            assertTrue(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle());
        }
        assertEquals(List.of(), PdfaValidatie.toegankelijk(bytes));
    }

    @Test
    void aChartWithoutAltTextFailsPdfUa() throws Exception {
        byte[] bytes;
        try (PdfSchrijver pdf = new PdfSchrijver(() -> { }, NL)) {
            pdf.begin();
            pdf.titel("Voortgangsrapportage", 18);
            pdf.figuur(null, () -> {
                pdf.omlaag(12);
                pdf.vlak(PdfSchrijver.MARGE, pdf.y(), 100, 9, PdfSchrijver.ACCENT);
            });
            bytes = klaar(pdf);
        }
        List<String> ua = PdfaValidatie.fouten(bytes, PDFAFlavour.PDFUA_1);
        assertTrue(ua.stream().anyMatch(f -> f.contains("7.3-1")), "a figure without alt text: " + ua);
    }
}
