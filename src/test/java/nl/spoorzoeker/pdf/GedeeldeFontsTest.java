package nl.spoorzoeker.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import nl.spoorzoeker.rapportage.PdfaValidatie;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The report fonts are read and parsed once per run and shared by every document (issue 21 item 3: each
 * preview and final PDF parsed both DejaVu fonts anew). Each document still gets its own PDFont and its
 * own subset, so a PDF made after others have been made and closed is the same and still PDF/A.
 */
class GedeeldeFontsTest {

    private static final Locale NL = Locale.of("nl", "NL");

    private static TrueTypeFont ttf(PDType0Font font) {
        return ((PDCIDFontType2) font.getDescendantFont()).getTrueTypeFont();
    }

    private static byte[] pdf() {
        try (PdfSchrijver pdf = new PdfSchrijver(() -> { }, NL)) {
            pdf.begin();
            pdf.kop("Voortgangsrapportage", 14);
            pdf.alinea("Werknemer solliciteert actief; Zoë bespreekt profiel en belastbaarheid.", pdf.gewoon, 10,
                    PdfSchrijver.TEKST);
            return pdf.klaar("Test", "voet", "pagina %d van %d", new GregorianCalendar(2026, Calendar.NOVEMBER, 24));
        }
    }

    private static String tekst(byte[] bytes) throws Exception {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void everyDocumentDrawsWithTheFontsParsedOnceAndEachPdfStaysTheSameAndValid() throws Exception {
        try (PdfSchrijver een = new PdfSchrijver(() -> { }, NL);
             PdfSchrijver scherm = PdfSchrijver.voorHetScherm(() -> { }, NL)) {
            assertSame(ttf(een.gewoon), ttf(scherm.gewoon), "one parsed regular font");
            assertSame(ttf(een.vet), ttf(scherm.vet), "one parsed bold font");
            assertTrue(een.gewoon != scherm.gewoon, "a PDFont of its own per document");
        }
        // Made one after the other, each closed before the next: the shared font outlives them.
        byte[] eerste = pdf();
        byte[] tweede = pdf();
        assertEquals(tekst(eerste), tekst(tweede));
        assertTrue(tekst(tweede).contains("Zoë bespreekt profiel"), tekst(tweede));
        var fouten = PdfaValidatie.fouten(tweede, org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_A);
        assertTrue(fouten.isEmpty(), fouten.toString());
    }
}
