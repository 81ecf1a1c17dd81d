package nl.spoorzoeker.rapportage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.spoorzoeker.rapportage.pdf.RapportPdf;
import nl.spoorzoeker.rapportage.pdf.Rapportkop;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.spoorzoeker.ui.I18n;

/** Reports rendered to real PDFs and read back: every section and row, embedded fonts, margins. */
class RapportPdfTest {

    static final Rapportkop KOP = new Rapportkop("Praktijk Zoë & Çiğdem", "Oudegracht 12, 3511 AB Utrecht · 030-1234567",
            "Çiğdem Yılmaz-Łukasz", "Zorggroep De Linde");
    static final Instant NU = Instant.parse("2026-11-24T10:00:00Z");

    @TempDir
    Path dir;

    /** The text as a reader gets it: a word hyphenated at a line end (soft hyphen, issue 16) read whole. */
    static String tekst(PDDocument doc) throws IOException {
        return heel(new PDFTextStripper().getText(doc));
    }

    /** Joins what line breaking hyphenated: the soft hyphen and the line end after it go. */
    static String heel(String tekst) {
        return tekst.replaceAll("\u00AD\\R", "");
    }

    /** Every glyph drawn lies within the page's side margins and above the footer line's bottom. */
    static void binnenDeMarges(PDDocument doc) throws IOException {
        List<String> buiten = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> posities) {
                for (TextPosition p : posities) {
                    float breedte = p.getPageWidth();
                    if (p.getXDirAdj() < 55 || p.getXDirAdj() + p.getWidthDirAdj() > breedte - 55
                            || p.getYDirAdj() > p.getPageHeight() - 20) {
                        buiten.add(p.getUnicode() + "@" + p.getXDirAdj() + "," + p.getYDirAdj());
                    }
                }
            }
        };
        stripper.getText(doc);
        assertEquals(List.of(), buiten.stream().limit(5).toList(), "text outside the margins");
    }

    static void fontsIngebed(PDDocument doc) throws IOException {
        for (PDPage page : doc.getPages()) {
            for (var naam : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(naam);
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                assertTrue(font.getName().contains("DejaVu"), "never a standard 14 font: " + font.getName());
            }
        }
    }

    @Test
    void aVoortgangsrapportageHasEverySectionAndRow() throws Exception {
        UwvtoetsTest.Builder b = UwvtoetsTest.goed();
        b.teksten.put(Sectie.PLANNING, "Volgende periode: twee sollicitaties per week, netwerkgesprek bij de Rotary.");
        RapportModel m = b.bouw();
        byte[] pdf = RapportPdf.render(Privacypoort.concept(m, I18n.locale()), KOP, NU, I18n.teksten());
        Files.write(dir.resolve("voortgang.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String t = tekst(doc);
            for (String kop : List.of("Voortgangsrapportage", "Samenvatting", "Activiteiten in deze periode",
                    "Sollicitaties", "Belastbaarheid", "Zoekprofiel", "Analyse persoonsprofiel en zoekprofiel",
                    "Bijstellingen", "Planning volgende periode", "Stand van spoor 1", "Visie en akkoord werknemer",
                    "Doelen", "Twee sollicitaties per week", "Poortwachter-termijnen", "Eerstejaarsevaluatie",
                    "Eerstvolgende termijn: Voortgangsrapportage, uiterlijk", "Ondertekening",
                    "VERTROUWELIJK", "pagina 1 van")) {
                assertTrue(t.contains(kop), "section " + kop);
            }
            assertTrue(t.contains("Çiğdem Yılmaz-Łukasz"), "Unicode name");
            assertTrue(t.contains("Praktijk Zoë & Çiğdem"));
            for (RapportModel.Activiteit a : m.activiteiten()) {
                assertTrue(t.contains(a.datum().format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-uuuu"))),
                        "activity of " + a.datum());
            }
            assertTrue(t.contains("Gemeente Utrecht"), "the sollicitatie row");
            assertEquals("Voortgangsrapportage", doc.getDocumentInformation().getTitle(),
                    "metadata holds the title and no client data");
            assertTrue(doc.getDocumentCatalog().getMetadata() != null, "XMP metadata");
            assertEquals(1, doc.getDocumentCatalog().getOutputIntents().size(), "sRGB output intent");
            fontsIngebed(doc);
            binnenDeMarges(doc);
        }
        assertEquals(List.of(), PdfaValidatie.toegankelijk(pdf), "veraPDF: PDF/A-2a and PDF/UA-1");
    }

    @Test
    void inEnglishTheEmployerReadsEnglishLabels() throws Exception {
        I18n.setLocale(I18n.ENGLISH);
        try {
            byte[] pdf = RapportPdf.render(Privacypoort.concept(UwvtoetsTest.goed().bouw(), I18n.locale()), KOP, NU, I18n.teksten());
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                String t = tekst(doc);
                for (String label : List.of("Progress report", "Activities in this period", "Applications",
                        "Capacity for work", "company doctor", "Search profile", "Goals", "Gatekeeper Act deadlines",
                        "CONFIDENTIAL", "page 1 of")) {
                    assertTrue(t.contains(label), "English label " + label);
                }
                for (String dutch : List.of("Voortgangsrapportage", "Sollicitaties", "bedrijfsarts", "VERTROUWELIJK",
                        "pagina ", "Poortwachter")) {
                    assertFalse(t.contains(dutch), "Dutch left in the English report: " + dutch);
                }
                assertEquals("Progress report", doc.getDocumentInformation().getTitle());
                assertEquals("en-GB", doc.getDocumentCatalog().getLanguage(), "a screen reader speaks English");
            }
            assertEquals(List.of(), PdfaValidatie.toegankelijk(pdf), "veraPDF: PDF/A-2a and PDF/UA-1");
        } finally {
            I18n.setLocale(I18n.DUTCH);
        }
    }

    @Test
    void longNotesLongWordsOddCharactersAndAThousandSollicitaties() throws IOException {
        UwvtoetsTest.Builder b = UwvtoetsTest.goed();
        b.teksten.put(Sectie.SAMENVATTING, "Lange notitie.\t Met tab\u00a0en harde spatie. "
                + "woord ".repeat(16_000) + " " + "x".repeat(500) + " https://www.werk.nl/vacatures/"
                + "a".repeat(300) + " € ß Zoë 💼 مرحبا");
        List<RapportModel.Sollicitatie> veel = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            veel.add(new RapportModel.Sollicitatie(LocalDate.of(2026, 1, 1).plusDays(i % 300), "Organisatie " + i,
                    "Functie met een vrij lange naam " + i, "VACATURE", "VERSTUURD", i % 2 == 0));
        }
        b.sollicitaties = new RapportModel.Sollicitaties(veel, 1000, 2, 12);
        byte[] pdf = RapportPdf.render(Privacypoort.concept(b.bouw(), I18n.locale()), KOP, NU, I18n.teksten());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() > 40, "pages: " + doc.getNumberOfPages());
            String t = tekst(doc);
            assertTrue(t.contains("Organisatie 999"), "the last row");
            assertTrue(t.contains("€") && t.contains("Zoë"));
            assertTrue(t.contains("?"), "a character the font lacks becomes ?");
            binnenDeMarges(doc);
            fontsIngebed(doc);
            // The table header is repeated on the pages the table runs onto: the page with its last row.
            String laatste = "";
            for (int p = doc.getNumberOfPages(); p >= 1 && !laatste.contains("Organisatie 999"); p--) {
                int pagina = p;
                laatste = new PDFTextStripper() {
                    {
                        setStartPage(pagina);
                        setEndPage(pagina);
                    }
                }.getText(doc);
            }
            assertTrue(laatste.contains("Organisatie 999") && laatste.contains("Kanaal"), "repeated header");
        }
    }

    @Test
    void theValidatorRejectsAnOrdinaryPdf() throws Exception {
        java.io.ByteArrayOutputStream uit = new java.io.ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(uit);
        }
        assertTrue(!PdfaValidatie.fouten(uit.toByteArray()).isEmpty(), "no metadata, no output intent: not PDF/A");
        assertTrue(!PdfaValidatie.toegankelijk(uit.toByteArray()).isEmpty(), "untagged: not PDF/A-2a nor PDF/UA-1");
    }

    /**
     * The same report with its tagging taken out (structure tree and MarkInfo gone, the rest kept:
     * fonts, metadata, output intent) still passes PDF/A-2b but fails PDF/A-2a and PDF/UA-1, so the
     * accessibility check the other tests make can fail.
     */
    @Test
    void aReportWithoutItsTagsFailsTheAccessibilityCheck() throws Exception {
        byte[] pdf = RapportPdf.render(Privacypoort.concept(UwvtoetsTest.goed().bouw(), I18n.locale()), KOP, NU, I18n.teksten());
        java.io.ByteArrayOutputStream uit = new java.io.ByteArrayOutputStream();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals("nl-NL", doc.getDocumentCatalog().getLanguage());
            assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked(), "MarkInfo Marked");
            doc.getDocumentCatalog().setStructureTreeRoot(null);
            doc.getDocumentCatalog().setMarkInfo(null);
            for (PDPage page : doc.getPages()) {
                page.getCOSObject().removeItem(org.apache.pdfbox.cos.COSName.STRUCT_PARENTS);
            }
            doc.save(uit);
        }
        byte[] zonder = uit.toByteArray();
        assertEquals(List.of(), PdfaValidatie.fouten(zonder), "still PDF/A-2b");
        List<String> a = PdfaValidatie.fouten(zonder, org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_A);
        List<String> ua = PdfaValidatie.fouten(zonder, org.verapdf.pdfa.flavours.PDFAFlavour.PDFUA_1);
        assertTrue(a.stream().anyMatch(f -> f.contains("6.7.2") || f.contains("6.7.3")), "PDF/A-2a wants tags: " + a);
        assertTrue(ua.stream().anyMatch(f -> f.contains("7.1-11") || f.contains("6.2-1")), "PDF/UA-1 wants tags: " + ua);
    }

    @Test
    void theLetterheadCarriesThePracticesLogoAndStaysPdfA() throws Exception {
        java.awt.image.BufferedImage beeld = new java.awt.image.BufferedImage(240, 80,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        var g = beeld.createGraphics();
        g.setColor(new java.awt.Color(20, 90, 180));
        g.fillOval(5, 5, 70, 70);
        g.dispose();
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(beeld, "png", png);
        Rapportkop metLogo = new Rapportkop(KOP.praktijk(), KOP.praktijkRegel(), KOP.werknemer(), KOP.werkgever(),
                png.toByteArray());
        byte[] pdf = RapportPdf.render(Privacypoort.concept(UwvtoetsTest.goed().bouw(), I18n.locale()), metLogo, NU, I18n.teksten());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                boolean beeldOpPagina = false;
                for (var naam : page.getResources().getXObjectNames()) {
                    beeldOpPagina |= page.getResources().getXObject(naam)
                            instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
                }
                assertTrue(beeldOpPagina, "the logo on every page");
            }
            binnenDeMarges(doc);
        }
        assertEquals(List.of(), PdfaValidatie.toegankelijk(pdf),
                "veraPDF: PDF/A-2a and PDF/UA-1 with a transparent PNG logo (a Figure with its alt text)");
        byte[] kapot = RapportPdf.render(Privacypoort.concept(UwvtoetsTest.goed().bouw(), I18n.locale()), new Rapportkop("P", null, "W", "G",
                new byte[] {1, 2, 3}), NU, I18n.teksten());
        assertTrue(kapot.length > 0, "an unreadable logo is left out, the report still renders");
    }
}
