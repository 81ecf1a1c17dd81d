package nl.spoorzoeker.rapportage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import nl.spoorzoeker.rapportage.pdf.RapportPdf;
import nl.spoorzoeker.taal.Teksten;
import org.junit.jupiter.api.Test;

/**
 * The preview's page 1 comes before the rest is laid out, and is the page the saved PDF has: the
 * same fonts (an earlier try drew it before PDFBox had embedded them, in a substitute font), and
 * with the whole document every page as the saved PDF draws it (issue 21 item 10).
 */
class VoorbeeldSchermTest {

    private static final float DPI = 96;

    @Test
    void pageOneComesEarlyInTheSavedPdfsFontsAndEveryPageMatchesTheSavedPdf() throws Exception {
        Teksten taal = Teksten.nederlands();
        RapportModel m = UwvtoetsTest.goed().bouw();
        byte[] opgeslagen = RapportPdf.render(Privacypoort.concept(m, taal.taal()), RapportPdfTest.KOP,
                RapportPdfTest.NU, taal);
        List<BufferedImage> vroeg = new ArrayList<>();
        try (Voorbeeld bewaard = new Voorbeeld(opgeslagen, DPI);
             Voorbeeld scherm = new Voorbeeld(RapportPdf.voorHetScherm(Privacypoort.concept(m, taal.taal()),
                     RapportPdfTest.KOP, RapportPdfTest.NU, taal, DPI, vroeg::add), DPI)) {
            assertTrue(bewaard.aantal() > 1, "a report of more than one page");
            assertEquals(bewaard.aantal(), scherm.aantal(), "the same layout, page for page");
            assertEquals(1, vroeg.size(), "page 1 handed over once, before the document was done");

            BufferedImage eerste = bewaard.pagina(0);
            // The footer (rule at 46 pt from the bottom, text below it) is written when the page count is known.
            int voet = eerste.getHeight() - Math.round(50 * DPI / 72);
            assertEquals(0, verschil(vroeg.getFirst(), eerste, 0, voet), "page 1 above the footer, pixel for pixel");
            assertTrue(verschil(vroeg.getFirst(), eerste, voet, eerste.getHeight()) > 0,
                    "the early page 1 was drawn before the footers: it was laid out, not yet finished");
            for (int i = 0; i < bewaard.aantal(); i++) {
                BufferedImage b = bewaard.pagina(i);
                assertEquals(0, verschil(scherm.pagina(i), b, 0, b.getHeight()), "page " + (i + 1) + " whole");
            }
        }
    }

    @Test
    void aOnePageReportGivesNoEarlyPage() throws Exception {
        UwvtoetsTest.Builder b = UwvtoetsTest.goed();
        b.soort = RapportSoort.INTAKEVERSLAG;
        b.activiteiten.clear();
        List<BufferedImage> vroeg = new ArrayList<>();
        Teksten taal = Teksten.engels();
        try (Voorbeeld scherm = new Voorbeeld(RapportPdf.voorHetScherm(Privacypoort.concept(b.bouw(), taal.taal()),
                RapportPdfTest.KOP, RapportPdfTest.NU, taal, DPI, vroeg::add), DPI)) {
            assertEquals(scherm.aantal() > 1 ? 1 : 0, vroeg.size(), "page 1 early only when a page 2 begins");
        }
    }

    /** How many pixels differ between two images of the same size, in the rows from {@code van} to {@code tot}. */
    private static int verschil(BufferedImage a, BufferedImage b, int van, int tot) {
        assertEquals(a.getWidth(), b.getWidth());
        assertEquals(a.getHeight(), b.getHeight());
        int n = 0;
        for (int y = van; y < tot; y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    n++;
                }
            }
        }
        return n;
    }
}
