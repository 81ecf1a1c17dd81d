package nl.spoorzoeker.rapportage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import nl.spoorzoeker.rapportage.pdf.RapportPdf;
import nl.spoorzoeker.taal.Teksten;
import nl.spoorzoeker.testsupport.Taalproef;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * The report's language is the one its caller gives, not the screen's (ADR 0008). The same report is
 * made in Dutch and in English at the same time, on several threads, while the screen is set to the
 * other language and switched back and forth: each PDF must read exactly as a calm, single-threaded
 * render in its language, and none may carry a text of the other language's bundle ({@link Taalproef}).
 */
class RapportTaalTest {

    @Test
    void dutchAndEnglishReportsMadeAtOnceEachStayInTheirLanguage() throws Exception {
        // Sentences of 14 characters or more: the coach's Dutch texts are printed in the English report too.
        Taalproef.tweeTalenTegelijk(taal -> tekst(render(taal)),
                List.of("rapport.", "voorinvulling.", "mijlpaal.", "privacy.redactie"), 21, 14);
        try (PDDocument nlDoc = Loader.loadPDF(render(Teksten.nederlands()));
             PDDocument enDoc = Loader.loadPDF(render(Teksten.engels()))) {
            assertEquals("nl-NL", nlDoc.getDocumentCatalog().getLanguage());
            assertEquals("en-GB", enDoc.getDocumentCatalog().getLanguage());
            assertEquals("Voortgangsrapportage", nlDoc.getDocumentInformation().getTitle());
            assertEquals("Progress report", enDoc.getDocumentInformation().getTitle());
        }
    }

    /** One progress report, its drafts written in {@code taal} as a new report's are, guarded and rendered in it. */
    private static byte[] render(Teksten taal) {
        UwvtoetsTest.Builder b = UwvtoetsTest.goed();
        b.teksten.putAll(Voorinvulling.voor(b.bouw(), taal));
        return RapportPdf.render(Privacypoort.concept(b.bouw(), taal.taal()), RapportPdfTest.KOP, RapportPdfTest.NU, taal);
    }

    private static String tekst(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return RapportPdfTest.tekst(doc);
        }
    }
}
