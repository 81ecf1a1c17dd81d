package nl.spoorzoeker.cv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import nl.spoorzoeker.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DOCX opens in a word processor other than the library that wrote it (issue 19: "the DOCX
 * opens in LibreOffice headless without errors"): LibreOffice converts it to PDF, and the PDF holds
 * every section of the CV. Skipped where LibreOffice is not installed.
 */
class CvLibreOfficeTest {

    @TempDir
    Path dir;

    static Path soffice() {
        for (String map : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(map, "soffice");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    @Test
    void libreOfficeConvertsTheCvAndTheLetterToPdfWithEverySection() throws Exception {
        Path soffice = soffice();
        assumeTrue(soffice != null, "LibreOffice (soffice) is not installed");
        try (Database db = Database.open(dir.resolve("spoorzoeker.db"))) {
            CvDossier d = new CvDossier(db);
            int v = d.cv.bewaar(d.id, new CvVariant(null, "Planner logistiek",
                    "Ervaren planner die rust brengt in drukke weken.", List.of("plannen", "klantgericht"),
                    List.of(d.magazijn, d.burnout)));
            Path cv = dir.resolve("cv.docx");
            Files.write(cv, d.cv.cvBestand(d.id, v, CvService.Formaat.DOCX));
            d.cv.bewaarBrief(d.id, d.sollicitatie, d.cv.briefUitSjabloon(d.id, d.sollicitatie, List.of(d.magazijn)));
            Path brief = dir.resolve("brief.docx");
            Files.write(brief, d.cv.briefBestand(d.id, d.sollicitatie, CvService.Formaat.DOCX));

            // A profile of its own, so a LibreOffice the user has open is neither used nor disturbed.
            Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + dir.resolve("lo").toUri(),
                    "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), cv.toString(), brief.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
            assertTrue(p.waitFor(180, TimeUnit.SECONDS), "soffice did not finish in 3 minutes");
            String log = Files.readString(dir.resolve("soffice.log"));
            assertEquals(0, p.exitValue(), log);
            assertTrue(!log.toLowerCase(Locale.ROOT).contains("error"), log);

            String cvTekst = CvServiceTest.pdfTekst(Files.readAllBytes(dir.resolve("cv.pdf")));
            for (String deel : CvServiceTest.CV_DELEN) {
                assertTrue(cvTekst.contains(deel), "LibreOffice's PDF misses: " + deel + "\n" + cvTekst);
            }
            assertTrue(!cvTekst.toLowerCase(Locale.ROOT).contains("burn"), cvTekst);
            String briefTekst = CvServiceTest.pdfTekst(Files.readAllBytes(dir.resolve("brief.pdf")));
            for (String deel : List.of("Betreft: sollicitatie naar de functie van Planner logistiek",
                    "Geachte heer, mevrouw,", "Met vriendelijke groet,", "Zoë de Vries-Müller")) {
                assertTrue(briefTekst.contains(deel), deel + " in:\n" + briefTekst);
            }
        }
    }
}
