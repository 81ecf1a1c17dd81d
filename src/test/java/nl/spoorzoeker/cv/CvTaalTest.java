package nl.spoorzoeker.cv;

import java.nio.file.Path;
import java.util.List;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.testsupport.Taalproef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CV and the sollicitatiebrief are in the language their caller names, whatever the screen shows
 * or switches to meanwhile (ADR 0008): PDF and DOCX of each, and the letter's template text, made in
 * Dutch and English at once while the screen's language flips ({@link Taalproef}).
 */
class CvTaalTest {

    @TempDir
    Path dir;
    Database db;
    CvDossier d;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("spoorzoeker.db"));
        d = new CvDossier(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theCvPdfAndDocxKeepTheirCallersLanguage() throws Exception {
        int v = d.cv.bewaar(d.id, new CvVariant(null, "Planner logistiek",
                "Ervaren planner die rust brengt in drukke weken.", List.of("plannen", "klantgericht"),
                List.of(d.magazijn)));
        Taalproef.tweeTalenTegelijk(taal -> {
            CvService cv = d.cv.in(taal);
            return CvServiceTest.pdfTekst(cv.cvBestand(d.id, v, CvService.Formaat.PDF)) + "\n"
                    + CvServiceTest.docxTekst(cv.cvBestand(d.id, v, CvService.Formaat.DOCX));
        }, List.of("cv."), 2);
    }

    @Test
    void theLetterAndItsTemplateKeepTheirCallersLanguage() throws Exception {
        // The stored text is the werknemer's own, in no bundle's words; the rest is the caller's language.
        d.cv.bewaarBrief(d.id, d.sollicitatie, "Zoë schrijft hier haar eigen brief.");
        Taalproef.tweeTalenTegelijk(taal -> {
            CvService cv = d.cv.in(taal);
            return cv.briefUitSjabloon(d.id, d.sollicitatie, List.of(d.magazijn)) + "\n"
                    + CvServiceTest.pdfTekst(cv.briefBestand(d.id, d.sollicitatie, CvService.Formaat.PDF)) + "\n"
                    + CvServiceTest.docxTekst(cv.briefBestand(d.id, d.sollicitatie, CvService.Formaat.DOCX));
        }, List.of("brief."), 4);
    }
}
