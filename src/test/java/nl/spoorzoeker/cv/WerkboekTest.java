package nl.spoorzoeker.cv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.spoorzoeker.instrument.Afname;
import nl.spoorzoeker.instrument.Drijfveren;
import nl.spoorzoeker.instrument.InstrumentService;
import nl.spoorzoeker.instrument.Interessetest;
import nl.spoorzoeker.instrument.Kernkwadrant;
import nl.spoorzoeker.instrument.KernkwadrantService;
import nl.spoorzoeker.instrument.Vraag;
import nl.spoorzoeker.instrument.WaardenService;
import nl.spoorzoeker.instrument.Waardensortering;
import nl.spoorzoeker.instrument.Waardensortering.Stapel;
import nl.spoorzoeker.rapportage.PdfaValidatie;
import nl.spoorzoeker.rapportage.Privacypoort;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.taal.Teksten;
import nl.spoorzoeker.testsupport.Taalproef;
import nl.spoorzoeker.testsupport.TestDossiers;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.spoorzoeker.fase.FaseSoort;
import nl.spoorzoeker.fase.Zoekprofiel;
import nl.spoorzoeker.fase.Zoekrichting;

/**
 * Issue 19 item 6: the werknemer's werkboek of the roeping phase, a real PDF read back as the
 * werknemer's PDF reader would (PDFBox text, veraPDF PDF/A-2a and PDF/UA-1): every exercise, the
 * werknemer's own answers in full — also what the employer's reports leave out — and the privacy
 * rules of an own copy (health words stay and are shown to the coach, a BSN goes). Kept under
 * target/werkboek to be looked at with pdftoppm.
 */
class WerkboekTest {

    static final LocalDate VANDAAG = LocalDate.now(TestDossiers.CLOCK);
    /** Passes the elfproef. */
    static final String BSN = "111222333";

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

    /** Every exercise done once: S highest, then E, then C; a values top; the drives; a kernkwadrant. */
    void alles() {
        InstrumentService s = new InstrumentService(db, TestDossiers.CLOCK, d.profielen);
        Afname a = s.hervatOfStart(d.id);
        for (Vraag v : Interessetest.vragen()) {
            s.antwoord(a.id(), v.nummer(), switch (v.schaal()) {
                case S -> 5;
                case E -> 4;
                case C -> 3;
                default -> 1;
            });
        }
        assertEquals("SEC", s.voltooi(a.id()).uitkomst());
        WaardenService waarden = new WaardenService(db, TestDossiers.CLOCK, d.profielen);
        Waardensortering w = Waardensortering.nieuw(VANDAAG.minusDays(3));
        for (String k : List.of("ZEKERHEID", "SAMENWERKEN", "RESULTAAT_ZIEN", "DICHT_BIJ_HUIS", "EERLIJKHEID")) {
            w = w.leg(k, Stapel.HEEL_BELANGRIJK);
        }
        for (String k : List.of("SAMENWERKEN", "ZEKERHEID", "EERLIJKHEID", "RESULTAAT_ZIEN", "DICHT_BIJ_HUIS")) {
            w = w.wisselTop(k);
        }
        waarden.bewaar(d.id, w);
        waarden.bewaarDrijfveren(d.id, new Drijfveren(VANDAAG.minusDays(2), "klanten blij maken", "lange dagen in de kou",
                "mijn ploeg in de nachtdienst", null, "mijn BSN " + BSN + " overal noemen"), false, x -> "");
        new KernkwadrantService(db, TestDossiers.CLOCK).bewaar(d.id, new Kernkwadrant(null, "zorgzaam",
                "te veel voor anderen doen", "grenzen stellen", "egoïsme"));
    }

    static void bewaar(String naam, byte[] pdf) throws Exception {
        Path map = Path.of("target", "werkboek");
        Files.createDirectories(map);
        Files.write(map.resolve(naam), pdf);
    }

    @Test
    void theWerkboekHoldsEveryExerciseWithTheWerknemersOwnAnswersInFull() throws Exception {
        alles();
        byte[] pdf = d.cv.werkboekPdf(d.id);
        bewaar("werkboek.pdf", pdf);
        String t = CvServiceTest.pdfTekst(pdf);
        String dag = VANDAAG.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-uuuu"));
        for (String deel : List.of("Werkboek: wie ben ik, wat kan ik, wat wil ik?", "Van Zoë de Vries-Müller. Gemaakt op "
                        + dag + ".", "U hoeft dit werkboek aan niemand te laten zien. Ook niet aan uw werkgever.",
                "1. Wat vindt u leuk om te doen?", "code SEC",
                "Sociaal (S): u helpt, leert of verzorgt graag andere mensen.",
                "Uw scores (van 0 tot 40): Praktisch 0, Onderzoekend 0, Creatief 0, Sociaal 40, Ondernemend 30, Ordenend 20.",
                "2. Wat vindt u belangrijk in werk?", "1. Samenwerken", "5. Dicht bij huis",
                "3. Waar krijgt u energie van?", "Waar krijgt u energie van in werk? klanten blij maken",
                "4. Waar bent u goed in?", "Kernkwadrant 1 Kwaliteit zorgzaam", "Valkuil te veel voor anderen doen",
                "5. Wat hebt u bereikt?", "Nieuwe planning voor het magazijn",
                "Dit verhaal laat zien: plannen, samenwerken", "Schrijf hier een nieuw verhaal")) {
            assertTrue(t.contains(deel), deel + " in " + t);
        }
        // What the employer's reports leave out is the werknemer's own: in the werkboek it stays.
        assertTrue(t.contains("Waar wordt u moe van in werk? lange dagen in de kou"), "what tires: " + t);
        assertTrue(t.contains("Allergie egoïsme"), "the allergy: " + t);
        assertTrue(t.contains("Reflectie: wat hebt u ervan geleerd? Ik vraag nu eerder om hulp"), "the reflection: " + t);
        assertEquals(List.of(), PdfaValidatie.toegankelijk(pdf));
    }

    @Test
    void healthWordsStayInTheOwnCopyAndAreShownToTheCoachButABsnGoes() throws Exception {
        alles();
        Privacypoort.EigenKopie<Werkboek> kopie = d.cv.werkboek(d.id);
        String t = CvServiceTest.pdfTekst(d.cv.werkboekPdf(d.id));
        assertTrue(t.contains("Ik begon " + CvDossier.BURNOUT + " met halve dagen"), t);
        assertTrue(kopie.gevonden().stream().anyMatch(w -> w.tekst().contains(CvDossier.BURNOUT)),
                kopie.gevonden().toString());
        assertFalse(t.contains(BSN), "a BSN has no place on a paper that goes home");
        assertTrue(t.contains("mijn BSN [nummer weggelaten] overal noemen"), "the werknemer reads what went: " + t);
    }

    @Test
    void anEmptyWerkboekHasEveryExerciseWithBlankLines() throws Exception {
        int leeg = TestDossiers.create(db, "Jan Jansen");
        byte[] pdf = d.cv.werkboekPdf(leeg);
        bewaar("werkboek-leeg.pdf", pdf);
        String t = CvServiceTest.pdfTekst(pdf);
        for (String deel : List.of("U hebt de test nog niet gedaan.", "U hebt de kaarten nog niet gesorteerd.",
                "Wat wilt u niet meer in werk?", "Vul hier uw eerste kernkwadrant in", "Schrijf hier uw eerste verhaal")) {
            assertTrue(t.contains(deel), deel + " in " + t);
        }
        assertTrue(d.cv.werkboek(leeg).gevonden().isEmpty());
    }

    @Test
    void inEnglishTheWerkboekIsEnglishAndSaysSo() throws Exception {
        alles();
        byte[] pdf = d.cv.in(Teksten.engels()).werkboekPdf(d.id);
        bewaar("werkboek-en.pdf", pdf);
        String t = CvServiceTest.pdfTekst(pdf);
        for (String deel : List.of("Workbook: who am I, what can I do, what do I want?", "3. What gives you energy?",
                "What gives you energy in work? klanten blij maken", "1. Teamwork")) {
            assertTrue(t.contains(deel), deel + " in " + t);
        }
        try (var doc = Loader.loadPDF(pdf)) {
            assertEquals("en-GB", doc.getDocumentCatalog().getLanguage(), "a screen reader reads it as English");
        }
        assertEquals(List.of(), PdfaValidatie.toegankelijk(pdf));
    }

    /**
     * Issue 19 item 6, other phases: the zoekprofiel werkboek holds the active directions of the latest
     * zoekprofiel (a dropped one not), what the roeping exercises found as a reminder, and the exercises
     * to test each direction; a BSN in a direction's reasons goes, as in every own copy.
     */
    @Test
    void theZoekprofielWerkboekHoldsTheActiveDirectionsAndWhatTheRoepingFound() throws Exception {
        alles();
        d.profielen.bewaarZoekprofiel(d.id, new Zoekprofiel(null, null, List.of(
                new Zoekrichting("Planner logistiek", "mbo 4", "logistiek", 24 * 60, "Utrecht",
                        "Plannen is mijn sterkste kant.", true, null),
                new Zoekrichting("Klantenservice", null, null, null, null,
                        "Mijn burgerservicenummer " + BSN + " kent de klantenservice al.", true, null),
                new Zoekrichting("Heftruckchauffeur", null, null, null, null, null, false,
                        "Te zwaar"))));
        byte[] pdf = d.cv.werkboekPdf(d.id, FaseSoort.ZOEKPROFIEL);
        bewaar("werkboek-zoekprofiel.pdf", pdf);
        String t = CvServiceTest.pdfTekst(pdf);
        for (String deel : List.of("Werkboek: welk werk zoek ik?", "1. Wat weet u al over uzelf?",
                "Uw interessecode: SEC (Sociaal, Ondernemend, Ordenend)",
                "Wat u belangrijk vindt in werk: Samenwerken, Zekerheid, Eerlijkheid, Resultaat zien, Dicht bij huis",
                "Richting 1: Planner logistiek", "mbo 4 · 24 uur per week · Utrecht",
                "Waarom dit werk: Plannen is mijn sterkste kant.", "Richting 2: Klantenservice",
                "Wat trekt u aan in dit werk?", "Nog een richting", "3. Praten met iemand die dit werk doet",
                "Hoe ziet een gewone werkdag eruit?", "4. Wie kent u?")) {
            assertTrue(t.contains(deel), deel + " in " + t);
        }
        assertFalse(t.contains("Heftruckchauffeur"), "a direction dropped is not the werknemer's choice any more");
        assertFalse(t.contains(BSN), "a BSN has no place on a paper that goes home");
        assertTrue(t.contains("Mijn burgerservicenummer [nummer weggelaten] kent de klantenservice al."), t);
        assertEquals(List.of(), PdfaValidatie.toegankelijk(pdf));

        int leeg = TestDossiers.create(db, "Jan Jansen");
        String niets = CvServiceTest.pdfTekst(d.cv.werkboekPdf(leeg, FaseSoort.ZOEKPROFIEL));
        for (String deel : List.of("U hebt de oefeningen over wie u bent nog niet gedaan.",
                "Schrijf hier uw eerste richting", "Welk werk is het?")) {
            assertTrue(niets.contains(deel), deel + " in " + niets);
        }
    }

    /** The acceptatie werkboek: saying goodbye, six exercises with room to write, in Dutch and English. */
    @Test
    void theAcceptatieWerkboekHasItsExercisesInDutchAndEnglish() throws Exception {
        byte[] pdf = d.cv.werkboekPdf(d.id, FaseSoort.ACCEPTATIE);
        bewaar("werkboek-acceptatie.pdf", pdf);
        String t = CvServiceTest.pdfTekst(pdf);
        for (String deel : List.of("Werkboek: afscheid nemen van uw oude werk", "Van Zoë de Vries-Müller.",
                "Praat dan ook met uw huisarts.", "1. Uw werkleven in één lijn", "Mooie momenten", "Moeilijke momenten",
                "2. Wat was waardevol?", "3. Wat mist u?", "4. Wie steunt u?", "5. Een brief aan uw oude werk",
                "6. Wat neemt u mee?")) {
            assertTrue(t.contains(deel), deel + " in " + t);
        }
        assertEquals(List.of(), PdfaValidatie.toegankelijk(pdf));
        CvService engels = d.cv.in(Teksten.engels());
        byte[] en = engels.werkboekPdf(d.id, FaseSoort.ACCEPTATIE);
        bewaar("werkboek-acceptatie-en.pdf", en);
        String e = CvServiceTest.pdfTekst(en);
        assertTrue(e.contains("Workbook: saying goodbye to your old work") && e.contains("5. A letter to your old work"), e);
        assertTrue(CvServiceTest.pdfTekst(engels.werkboekPdf(d.id, FaseSoort.ZOEKPROFIEL))
                .contains("Workbook: which work am I looking for?"));
    }

    /**
     * The werkboeken of the three phases are in the language their caller names, whatever the screen
     * shows or switches to meanwhile (ADR 0008): made in Dutch and English at once while the screen's
     * language flips ({@link Taalproef}), every exercise filled in.
     */
    @Test
    void everyWerkboekKeepsItsCallersLanguage() throws Exception {
        alles();
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
