package nl.spoorzoeker.rapportage;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Validates PDF bytes with veraPDF's greenfield validator against one profile (PDF/A-2b, PDF/A-2a,
 * PDF/UA-1); returns the failed rules (empty: compliant).
 */
public final class PdfaValidatie {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfaValidatie() {
    }

    /** Failed rules of PDF/A-2b (the reports' level before they were tagged; kept for callers that check only that). */
    static List<String> fouten(byte[] pdf) throws Exception {
        return fouten(pdf, PDFAFlavour.PDFA_2_B);
    }

    public static List<String> fouten(byte[] pdf, PDFAFlavour profiel) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), profiel)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(profiel, false);
            ValidationResult result = validator.validate(parser);
            if (result.getPDFAFlavour() != profiel) {
                throw new IllegalStateException("veraPDF validated " + result.getPDFAFlavour() + ", not " + profiel);
            }
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> profiel.getId() + " " + a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber()
                            + ": " + a.getMessage())
                    .distinct().limit(20).toList();
        }
    }

    /** Failed rules of both PDF/A-2a (archival, tagged) and PDF/UA-1 (accessible): what every report must pass. */
    public static List<String> toegankelijk(byte[] pdf) throws Exception {
        List<String> fouten = new ArrayList<>(fouten(pdf, PDFAFlavour.PDFA_2_A));
        fouten.addAll(fouten(pdf, PDFAFlavour.PDFUA_1));
        return fouten;
    }
}
