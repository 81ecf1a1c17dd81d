package nl.spoorzoeker.cv;

import java.nio.file.Path;
import java.util.List;
import nl.spoorzoeker.phase.FaseSoort;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.testsupport.Taalproef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The werkboeken of the three phases are in the language their caller names, whatever the screen
 * shows or switches to meanwhile (ADR 0008): made in Dutch and English at once while the screen's
 * language flips ({@link Taalproef}), with every exercise filled in as in {@link WerkboekTest}.
 */
class WerkboekTaalTest {

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
    void everyWerkboekKeepsItsCallersLanguage() throws Exception {
        WerkboekTest.alles(db, d);
        Taalproef.tweeTalenTegelijk(taal -> {
            CvService cv = d.cv.in(taal);
            StringBuilder tekst = new StringBuilder();
            for (FaseSoort fase : CvService.WERKBOEKFASEN) {
                tekst.append(CvServiceTest.pdfTekst(cv.werkboekPdf(d.id, fase))).append('\n');
            }
            return tekst.toString();
        }, List.of("werkboek.", "riasec.", "drijfveren.", "waarden.", "kk."), 20);
    }
}
