package nl.spoorzoeker.cv;

import nl.spoorzoeker.instrument.StarrVerhaal;
import nl.spoorzoeker.instrument.Competenties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.spoorzoeker.input.Weigering;
import nl.spoorzoeker.rapportage.PdfaValidatie;
import nl.spoorzoeker.rapportage.Privacypoort;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.taal.Teksten;
import nl.spoorzoeker.testsupport.Taalproef;
import nl.spoorzoeker.testsupport.TestDossiers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.spoorzoeker.fase.FaseSoort;
import nl.spoorzoeker.testsupport.Uitvoerweg;

/**
 * The CV and the letter on a real SQLite file, read back as a werknemer's Word or PDF reader would:
 * PDF text through PDFBox (and veraPDF for PDF/A-2a and PDF/UA-1), DOCX through POI. Health
 * information written in a STARR story or a letter never reaches either.
 */
public class CvServiceTest {

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

    /** PDF text with words hyphenated at a line end joined again and white space as single spaces. */
    public static String pdfTekst(byte[] pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf)) {
            return heel(new PDFTextStripper().getText(doc));
        }
    }

    public static String docxTekst(byte[] docx) throws Exception {
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx)); var uit = new XWPFWordExtractor(doc)) {
            return heel(uit.getText());
        }
    }

    static String heel(String tekst) {
        return tekst.replaceAll("(\\p{L})-\\s*\\n\\s*(\\p{Ll})", "$1$2").replaceAll("\\s+", " ");
    }

    /** Every section of the CV, as the werknemer must find it back. */
    static final List<String> CV_DELEN = List.of("Zoë de Vries-Müller", "Lindelaan 4", "zoe@voorbeeld.nl",
            "Planner logistiek", "Profiel", "Ervaren planner die rust brengt in drukke weken.", "Werkervaring",
            "2004-2025 Planner bij Transport Van Dijk", "1999-2004 Magazijnmedewerker bij Albert Heijn distributie",
            "Opleiding", "MBO 4 Logistiek teamleider, Utrecht (1998)", "VCA-basis (2019)", "Competenties",
            "Plannen · Klantgericht", "Wat ik heb bereikt", "Nieuwe planning voor het magazijn",
            "Ik maakte een rooster met vaste blokken en besprak het met het team.",
            "Resultaat: De achterstand was binnen twee weken weg.");

    int variant(List<Integer> highlights) {
        return d.cv.bewaar(d.id, new CvVariant(null, "Planner logistiek",
                "Ervaren planner die rust brengt in drukke weken.", List.of("plannen", "klantgericht"), highlights));
    }

    @Test
    void theCvHasEverySectionInPdfAndDocxAndThePdfIsPdfAAndPdfUa() throws Exception {
        int v = variant(List.of(d.magazijn));
        byte[] pdf = d.cv.cvBestand(d.id, v, CvService.Formaat.PDF);
        byte[] docx = d.cv.cvBestand(d.id, v, CvService.Formaat.DOCX);
        Files.createDirectories(Path.of("target", "cv"));
        Files.write(Path.of("target", "cv", "cv-nl.pdf"), pdf);
        Files.write(Path.of("target", "cv", "cv-nl.docx"), docx);
        String inPdf = pdfTekst(pdf);
        String inDocx = docxTekst(docx);
        for (String deel : CV_DELEN) {
            assertTrue(inPdf.contains(deel), "PDF misses: " + deel + "\n" + inPdf);
            assertTrue(inDocx.contains(deel), "DOCX misses: " + deel + "\n" + inDocx);
        }
        // Limitations, the reflection, and anything of the practice never reach a CV.
        for (String tekst : List.of(inPdf, inDocx)) {
            assertFalse(tekst.contains("tilwerk"), tekst);
            assertFalse(tekst.contains("eerder om hulp"), tekst);
            assertFalse(tekst.contains("Vertrouwelijk"), tekst);
            assertFalse(tekst.toLowerCase(Locale.ROOT).contains("samenwerken"), "only the competencies the variant chose: " + tekst);
        }
        assertEquals(List.of(), PdfaValidatie.toegankelijk(pdf));
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertEquals(List.of("Profiel", "Werkervaring", "Opleiding", "Competenties", "Wat ik heb bereikt"),
                    doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                            .map(XWPFParagraph::getText).toList(), "sections as Word headings");
            assertEquals("Zoë de Vries-Müller", doc.getProperties().getCoreProperties().getCreator());
        }
    }

    @Test
    void inEnglishTheCvAndTheLetterHaveEnglishHeadingsAndTemplate() throws Exception {
        CvService engels = d.cv.in(Teksten.engels());
        int v = variant(List.of(d.magazijn));
        d.cv.bewaarBrief(d.id, d.sollicitatie, engels.briefUitSjabloon(d.id, d.sollicitatie, List.of(d.magazijn)));
        byte[] cv = engels.cvBestand(d.id, v, CvService.Formaat.PDF);
        byte[] brief = engels.briefBestand(d.id, d.sollicitatie, CvService.Formaat.PDF);
        Files.createDirectories(Path.of("target", "cv"));
        Files.write(Path.of("target", "cv", "cv-en.pdf"), cv);
        Files.write(Path.of("target", "cv", "brief-en.pdf"), brief);
        Files.write(Path.of("target", "cv", "cv-en.docx"), engels.cvBestand(d.id, v, CvService.Formaat.DOCX));
        String inCv = pdfTekst(cv);
        for (String deel : List.of("Profile", "Work experience", "Education", "Skills", "Achievements", "Result: ")) {
            assertTrue(inCv.contains(deel), deel + " in:\n" + inCv);
        }
        String inBrief = pdfTekst(brief);
        for (String deel : List.of("Dear Sir or Madam,", "Re: application for the position of Planner logistiek",
                "Utrecht, 24 November 2026", "Kind regards,")) {
            assertTrue(inBrief.contains(deel), deel + " in:\n" + inBrief);
        }
    }

    @Test
    void aStoryAfterABurnOutNeverReachesTheCvAndTheCoachIsShownWhatWasLeftOut() throws Exception {
        int v = variant(List.of(d.magazijn, d.burnout));
        Privacypoort.Gezeefd<CvDocument> cv = d.cv.cv(d.id, v);
        assertEquals(List.of("Ik begon " + CvDossier.BURNOUT + " met halve dagen"),
                cv.weggelaten().stream().map(Privacypoort.Weglating::tekst).toList());
        assertEquals(List.of("Nieuwe planning voor het magazijn"),
                cv.model().highlights().stream().map(CvDocument.Highlight::titel).toList(),
                "the whole story goes, not only its sentence about the burn-out");
        for (String tekst : List.of(pdfTekst(d.cv.cvBestand(d.id, v, CvService.Formaat.PDF)),
                docxTekst(d.cv.cvBestand(d.id, v, CvService.Formaat.DOCX)))) {
            assertFalse(tekst.toLowerCase(Locale.ROOT).contains("burn"), tekst);
            assertFalse(tekst.contains("Terug in het team"), tekst);
            assertFalse(tekst.contains("halve dagen"), tekst);
            assertTrue(tekst.contains("Nieuwe planning voor het magazijn"), tekst);
        }
    }

    @Test
    void aVariantIsChangedPerDossierAndOnlyLinksTheDossiersOwnStories() {
        int v = variant(List.of(d.magazijn));
        int ander = TestDossiers.create(db, "Sam Jansen");
        int vanSam = d.starr.bewaar(ander, new StarrVerhaal(null, "Van Sam", null, null, null, null, null, List.of()));
        d.cv.bewaar(d.id, new CvVariant(v, "Planner", null, List.of(), List.of(d.burnout, vanSam, d.magazijn)));
        assertEquals(List.of(new CvVariant(v, "Planner", null, List.of(), List.of(d.burnout, d.magazijn))),
                d.cv.varianten(d.id));
        assertEquals("cv.fout.weg", assertThrows(Weigering.class, () -> d.cv.bewaar(ander,
                new CvVariant(v, "Overgenomen", null, List.of(), List.of()))).messageKey());
        // No competencies chosen: those of the persoonsprofiel.
        assertEquals(List.of("plannen", "samenwerken", "klantgericht"), d.cv.cv(d.id, v).model().competenties());
        d.cv.verwijder(d.id, v);
        assertEquals(List.of(), d.cv.varianten(d.id));
    }

    @Test
    void theLetterIsMergedFromTheTemplateKeptAsProofAndLeavesAParagraphAboutHealthOut() throws Exception {
        String tekst = d.cv.briefUitSjabloon(d.id, d.sollicitatie, List.of(d.magazijn));
        for (String deel : List.of("Geachte heer, mevrouw,", "functie van Planner logistiek bij Bakkerij De Korenaar",
                "(plannen, samenwerken)", "Ik maakte een rooster met vaste blokken", "Met vriendelijke groet,\nZoë")) {
            assertTrue(tekst.contains(deel), deel + " in:\n" + tekst);
        }
        String eigen = tekst.replace("Met vriendelijke groet,", "Ik ben " + CvDossier.BURNOUT + " weer fit.\n\n"
                + "Met vriendelijke groet,");
        d.cv.bewaarBrief(d.id, d.sollicitatie, eigen);
        assertEquals(eigen.strip(), d.cv.brief(d.id, d.sollicitatie).orElseThrow());

        Path pdfBestand = dir.resolve("brief.pdf");
        d.cv.bewaarBriefAls(d.id, d.sollicitatie, CvService.Formaat.PDF, pdfBestand);
        byte[] pdf = Files.readAllBytes(pdfBestand);
        byte[] docx = d.cv.briefBestand(d.id, d.sollicitatie, CvService.Formaat.DOCX);
        Files.createDirectories(Path.of("target", "cv"));
        Files.write(Path.of("target", "cv", "brief-nl.pdf"), pdf);
        Files.write(Path.of("target", "cv", "brief-nl.docx"), docx);
        assertEquals(List.of(), PdfaValidatie.toegankelijk(pdf));
        for (String t : List.of(pdfTekst(pdf), docxTekst(docx))) {
            for (String deel : List.of("Zoë de Vries-Müller", "Lindelaan 4", "3512 AB Utrecht", "Bakkerij De Korenaar",
                    "Utrecht, 24 november 2026", "Betreft: sollicitatie naar de functie van Planner logistiek",
                    "Geachte heer, mevrouw,", "Ik maakte een rooster met vaste blokken", "Met vriendelijke groet,")) {
                assertTrue(t.contains(deel), deel + " in:\n" + t);
            }
            assertFalse(t.toLowerCase(Locale.ROOT).contains("burn"), t);
        }
        assertEquals(1, d.cv.briefDocument(d.id, d.sollicitatie).weggelaten().size());

        // The letter's PDF is the sollicitatie's proof.
        var bewijs = d.arbeidsmarkt.bewijs(d.sollicitatie).orElseThrow();
        assertEquals("Sollicitatiebrief Bakkerij De Korenaar.pdf", bewijs.bestandsnaam());
        assertEquals("application/pdf", bewijs.mediatype());
        assertTrue(pdfTekst(bewijs.inhoud()).contains("Betreft: sollicitatie naar de functie van Planner logistiek"));

        int ander = TestDossiers.create(db, "Sam Jansen");
        assertEquals("brief.fout.geenSollicitatie", assertThrows(Weigering.class,
                () -> d.cv.bewaarBrief(ander, d.sollicitatie, "Overgenomen")).messageKey());
        assertEquals("brief.fout.leeg", assertThrows(Weigering.class,
                () -> d.cv.bewaarBrief(d.id, d.sollicitatie, "  ")).messageKey());
    }

    /**
     * Issue 23: every file the werknemer takes along is written in the data folder first and then
     * put at the chosen place, never under a temporary name beside it (a kill there left a plain
     * copy nothing removed). Fails when an export writes beside its target.
     */
    @Test
    void everyCvLetterAndWerkboekExportGoesByWayOfTheDataFolder() throws Exception {
        int v = variant(List.of(d.magazijn));
        d.cv.bewaarBrief(d.id, d.sollicitatie, d.cv.briefUitSjabloon(d.id, d.sollicitatie, List.of(d.magazijn)));
        Path uit = Files.createDirectories(dir.resolve("uit"));
        for (CvService.Formaat f : CvService.Formaat.values()) {
            String ext = f.name().toLowerCase(Locale.ROOT);
            Path cv = uit.resolve("cv." + ext);
            Uitvoerweg.gaatLangsDeDatamap(dir, cv, () -> d.cv.bewaarCvAls(d.id, v, f, cv));
            Path brief = uit.resolve("brief." + ext);
            Uitvoerweg.gaatLangsDeDatamap(dir, brief,
                    () -> d.cv.bewaarBriefAls(d.id, d.sollicitatie, f, brief));
        }
        Path werkboek = uit.resolve("werkboek.pdf");
        Uitvoerweg.gaatLangsDeDatamap(dir, werkboek, () -> d.cv.bewaarWerkboekAls(d.id, werkboek));
        Path fase = uit.resolve("werkboek-zoekprofiel.pdf");
        Uitvoerweg.gaatLangsDeDatamap(dir, fase,
                () -> d.cv.bewaarWerkboekAls(d.id, FaseSoort.ZOEKPROFIEL, fase));
    }

    /**
     * The CV and the letter are in the language their caller names, whatever the screen shows or
     * switches to meanwhile (ADR 0008): PDF and DOCX of each, and the letter's template text, made in
     * Dutch and English at once while the screen's language flips ({@link Taalproef}).
     */
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
