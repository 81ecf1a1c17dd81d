package nl.spoorzoeker.cv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.spoorzoeker.arbeidsmarkt.Kanaal;
import nl.spoorzoeker.arbeidsmarkt.WerkervaringService;
import nl.spoorzoeker.arbeidsmarkt.Werkervaringsplek;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.arbeidsmarkt.Sollicitatie;
import nl.spoorzoeker.arbeidsmarkt.SollicitatieStatus;
import nl.spoorzoeker.fase.FaseSoort;
import nl.spoorzoeker.rapportage.PdfaValidatie;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.testsupport.TestDossiers;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.uitkomst.Schaalmeting;
import nl.spoorzoeker.uitkomst.Schaalmeting.Schaal;
import nl.spoorzoeker.uitkomst.UitkomstService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.spoorzoeker.taal.Teksten;

/**
 * Issue 19 item 6, the remaining phases: the werkboeken of the intake, the arbeidsmarktbenadering and
 * the afsluiting, real PDFs read back (PDFBox text, veraPDF PDF/A-2a and PDF/UA-1), with the werknemer's
 * own scores and applications, blank space when there is nothing yet, a BSN replaced as in every own
 * copy, in Dutch and English. Kept under target/werkboek to be looked at with pdftoppm.
 */
class WerkboekFasenTest {

    static final LocalDate VANDAAG = LocalDate.now(TestDossiers.CLOCK);

    @TempDir
    Path dir;
    Database db;
    CvDossier d;
    Locale was;

    @BeforeEach
    void open() throws Exception {
        was = I18n.locale();
        I18n.setLocale(I18n.DUTCH);
        db = Database.open(dir.resolve("spoorzoeker.db"));
        d = new CvDossier(db);
    }

    @AfterEach
    void close() {
        db.close();
        I18n.setLocale(was);
    }

    private void schalen() {
        UitkomstService u = new UitkomstService(db, TestDossiers.CLOCK);
        u.bewaarMeting(d.id, Schaalmeting.Moment.BEGIN, new Schaalmeting(LocalDate.of(2026, 10, 6),
                Map.of(Schaal.ENERGIE, 4, Schaal.ZELFVERTROUWEN, 3, Schaal.DAGSTRUCTUUR, 5)));
        u.bewaarMeting(d.id, Schaalmeting.Moment.EIND, new Schaalmeting(VANDAAG,
                Map.of(Schaal.ENERGIE, 7, Schaal.ZELFVERTROUWEN, 6, Schaal.EIGEN_REGIE, 8)));
    }

    private String tekst(String bestand, int dossier, FaseSoort fase) throws Exception {
        return tekst(bestand, dossier, fase, Teksten.nederlands());
    }

    /** The werkboek in the language its caller names (ADR 0008), not the screen's. */
    private String tekst(String bestand, int dossier, FaseSoort fase, Teksten taal) throws Exception {
        byte[] pdf = d.cv.in(taal).werkboekPdf(dossier, fase);
        WerkboekTest.bewaar(bestand, pdf);
        assertEquals(List.of(), PdfaValidatie.toegankelijk(pdf), bestand);
        return CvServiceTest.pdfTekst(pdf);
    }

    private static void bevat(String t, String... delen) {
        for (String deel : delen) {
            assertTrue(t.contains(deel), deel + " in " + t);
        }
    }

    @Test
    void theIntakeWerkboekShowsTheIntakesScoresToLookAtAgain() throws Exception {
        schalen();
        String t = tekst("werkboek-intake.pdf", d.id, FaseSoort.INTAKE);
        bevat(t, "Werkboek: waar sta ik nu?", "Van Zoë de Vries-Müller.",
                "U hoeft dit werkboek aan niemand te laten zien.", "1. Hoe gaat het nu?",
                "Bij het intakegesprek op 06-10-2026 gaf u uzelf een cijfer van 1 tot 10.",
                "Energie: hoeveel energie hebt u op een gewone dag? Uw cijfer bij de intake: 4",
                "Zelfvertrouwen: hoeveel vertrouwt u op wat u kunt? Uw cijfer bij de intake: 3",
                "2. Wat is er gebeurd?", "U hoeft niets over uw ziekte op te schrijven.", "4. Uw doelen",
                "'s Ochtends", "6. Vragen voor uw coach");
        // Only the intake's scores: the end's are for the afsluiting werkboek.
        assertFalse(t.contains("Uw cijfer bij de intake: 7"), t);
        assertFalse(t.contains("Eigen regie: hoeveel hebt u zelf in de hand? Uw cijfer"), "a scale not scored: " + t);

        int leeg = TestDossiers.create(db, "Jan Jansen");
        bevat(tekst("werkboek-intake-leeg.pdf", leeg, FaseSoort.INTAKE),
                "Geef uzelf bij elke vraag een cijfer van 1 tot 10.", "Acceptatie: hoe goed kunt u leven met wat er gebeurd is?");
    }

    @Test
    void theArbeidsmarktWerkboekListsTheApplicationsNewestFirstWithTheirVacancyReferences() throws Exception {
        d.arbeidsmarkt.zetNorm(d.id, 2);
        d.arbeidsmarkt.nieuweSollicitatie(d.id, new Sollicitatie(null, LocalDate.of(2026, 11, 22), "Gemeente Utrecht",
                "Medewerker planning, ref " + WerkboekTest.BSN, null, Kanaal.VACATURE, "Niet aangenomen", null, List.of(),
                null), SollicitatieStatus.VERSTUURD);
        String t = tekst("werkboek-arbeidsmarkt.pdf", d.id, FaseSoort.ARBEIDSMARKT);
        bevat(t, "Werkboek: op zoek naar werk", "1. Uw sollicitaties",
                "U hebt met uw coach afgesproken: 2 sollicitaties per week.",
                "Deze 2 sollicitaties hebt u al gedaan, de nieuwste eerst:",
                "22-11-2026 · Gemeente Utrecht · Medewerker planning, ref " + WerkboekTest.BSN + " · Verstuurd",
                "20-11-2026 · Bakkerij De Korenaar · Planner logistiek · Voorbereid",
                "2. Uzelf voorstellen in een halve minuut", "3. Een sollicitatiegesprek voorbereiden",
                "U hoeft een werkgever niet te vertellen welke ziekte u hebt.", "5. Na een afwijzing", "6. Uw zoekweek");
        assertTrue(t.indexOf("22-11-2026") < t.indexOf("20-11-2026"), "newest first");
        // Issue 21: nine digits that pass the elfproef, in a sentence without "BSN", are the vacancy's
        // reference on the werknemer's own paper (WerkboekTest: with the word, the number goes).
        assertFalse(t.contains("[nummer weggelaten]"), t);
        assertFalse(t.contains("Niet aangenomen"), "the feedback is the coach's record, not printed");

        int leeg = TestDossiers.create(db, "Jan Jansen");
        String niets = tekst("werkboek-arbeidsmarkt-leeg.pdf", leeg, FaseSoort.ARBEIDSMARKT);
        bevat(niets, "U hebt nog geen sollicitaties.", "Schrijf hier uw nieuwe sollicitaties op");
        assertFalse(niets.contains("afgesproken"), "no number agreed, none printed");
    }

    @Test
    void theAfsluitingWerkboekSetsTheScoresSideBySideInDutchAndEnglish() throws Exception {
        schalen();
        String t = tekst("werkboek-afsluiting.pdf", d.id, FaseSoort.AFSLUITING);
        bevat(t, "Werkboek: terugkijken en verder", "1. Uw cijfers aan het begin en nu",
                "Energie: hoeveel energie hebt u op een gewone dag? Aan het begin: 4. Aan het eind: 7.",
                "Eigen regie: hoeveel hebt u zelf in de hand? Aan het begin: –. Aan het eind: 8.",
                "Structuur in de dag: hoe vast is uw dag? Aan het begin: 5. Aan het eind: –.",
                "2. Terugkijken", "Waar bent u trots op?", "3. Vooruitkijken", "4. Een brief aan uzelf");

        var engels = Teksten.engels();
        String en = tekst("werkboek-afsluiting-en.pdf", d.id, FaseSoort.AFSLUITING, engels);
        bevat(en, "Workbook: looking back and moving on", "Energy: how much energy do you have on a normal day? "
                + "At the start: 4. At the end: 7.", "4. A letter to yourself");
        bevat(tekst("werkboek-intake-en.pdf", d.id, FaseSoort.INTAKE, engels), "Workbook: where am I now?",
                "Your mark at the intake: 4", "In the morning");
        bevat(tekst("werkboek-arbeidsmarkt-en.pdf", d.id, FaseSoort.ARBEIDSMARKT, engels), "Workbook: looking for work",
                "You have already made this application:", "Bakkerij De Korenaar · Planner logistiek · Prepared");
    }

    /**
     * The werkervaring phase (issue 19 item 6): the placement, the tasks and the hours planned and worked around today,
     * the weeks ahead blank to fill in; not the contact person or the evaluations (the coach's record).
     */
    @Test
    void theWerkervaringWerkboekShowsThePlacementAndTheHoursAroundToday() throws Exception {
        WerkervaringService we = new WerkervaringService(db, TestDossiers.CLOCK);
        LocalDate start = VANDAAG.minusWeeks(8).with(java.time.DayOfWeek.MONDAY);
        int plek = we.nieuw(d.id, new Werkervaringsplek(null, Werkervaringsplek.Soort.WERKERVARINGSPLEK, "Bakkerij De Korenaar",
                "Piet Bakker", "06-11111111", "piet@korenaar.nl", "Medewerker inpak",
                "Brood inpakken en de bestellingen klaarzetten.", start, null, Werkervaringsplek.Uitkomst.CONTRACT, null,
                List.of(), List.of()));
        List<Werkervaringsplek.Week> weken = new java.util.ArrayList<>();
        for (int i = 0; i < 14; i++) {
            LocalDate maandag = start.plusWeeks(i);
            weken.add(new Werkervaringsplek.Week(maandag, (8 + 2 * i) * 60, maandag.isAfter(VANDAAG) ? null : (6 + 2 * i) * 60));
        }
        we.zetWeken(plek, weken);
        we.evalueer(plek, new Werkervaringsplek.Evaluatie(null, VANDAAG.minusDays(3), "Loopt goed; tempo nog laag."));

        String t = tekst("werkboek-werkervaring.pdf", d.id, FaseSoort.WERKERVARING);
        LocalDate eersteGetoond = start.plusWeeks(8 - Werkboekfase.WEKEN_TERUG + 1);
        bevat(t, "Werkboek: werkervaring opdoen", "Van Zoë de Vries-Müller.", "1. Uw werkplek",
                "Bakkerij De Korenaar · Medewerker inpak", "Werkervaringsplek vanaf " + DateInput.format(start) + ".",
                "Uw taken: Brood inpakken en de bestellingen klaarzetten.", "2. Uw uren",
                "Week van " + DateInput.format(eersteGetoond) + ": gepland 14 u, gewerkt 12 u",
                "Week van " + DateInput.format(start.plusWeeks(8)) + ": gepland 24 u, gewerkt 22 u",
                "Week van " + DateInput.format(start.plusWeeks(9)) + ": gepland 26 u, gewerkt ______",
                "3. Wat wilt u leren?", "4. Hoe ging uw week?", "5. Het gesprek over hoe het gaat", "6. Wat neemt u mee?");
        assertFalse(t.contains("Week van " + DateInput.format(eersteGetoond.minusWeeks(1))), "only the last six weeks worked: " + t);
        assertFalse(t.contains("Week van " + DateInput.format(start.plusWeeks(13))), "and the next four: " + t);
        assertFalse(t.contains("Piet Bakker") || t.contains("piet@korenaar.nl"), "the contact is the coach's record");
        assertFalse(t.contains("tempo nog laag"), "the evaluation is the coach's record");

        bevat(tekst("werkboek-werkervaring-en.pdf", d.id, FaseSoort.WERKERVARING, Teksten.engels()),
                "Workbook: gaining work experience", "Work experience placement from " + DateInput.format(start) + ".",
                "Week of " + DateInput.format(start.plusWeeks(8)) + ": planned 24 h, worked 22 h");

        // The tasks are the coach's words about the werknemer's own work: a health word stays in this own copy, and the
        // coach is shown it beside the button (CvPane reads gevonden() of every werkboek with such text).
        we.wijzig(d.id, new Werkervaringsplek(plek, Werkervaringsplek.Soort.WERKERVARINGSPLEK, "Bakkerij De Korenaar",
                "Piet Bakker", null, null, "Medewerker inpak", "Licht inpakwerk vanwege haar hernia.", start, null,
                Werkervaringsplek.Uitkomst.CONTRACT, null, List.of(), List.of()));
        assertTrue(d.cv.werkboek(d.id, FaseSoort.WERKERVARING).gevonden().stream()
                .anyMatch(w -> w.tekst().contains("hernia")), "the coach is told");
        assertTrue(tekst("werkboek-werkervaring-hernia.pdf", d.id, FaseSoort.WERKERVARING).contains("vanwege haar hernia"));

        int leeg = TestDossiers.create(db, "Jan Jansen");
        bevat(tekst("werkboek-werkervaring-leeg.pdf", leeg, FaseSoort.WERKERVARING),
                "U hebt nog geen werkplek.", "Er is nog geen schema met uren.");
    }
}
