package nl.spoorzoeker.rapportage;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.spoorzoeker.logboek.ContactService;
import nl.spoorzoeker.app.werkplek.Demoset;
import nl.spoorzoeker.cv.CvServiceTest;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.dossier.TijdlijnService;
import nl.spoorzoeker.input.Weigering;
import nl.spoorzoeker.arbeidsmarkt.ArbeidsmarktService;
import nl.spoorzoeker.arbeidsmarkt.WerkervaringService;
import nl.spoorzoeker.fase.FaseService;
import nl.spoorzoeker.fase.ProfielService;
import nl.spoorzoeker.praktijk.PraktijkService;
import nl.spoorzoeker.rapportage.privacy.Privacytoets;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.tijdlijn.KlokInstellingen;
import nl.spoorzoeker.ui.I18n;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.spoorzoeker.audit.AuditService;
import nl.spoorzoeker.audit.Handeling;
import nl.spoorzoeker.dossier.Adres;
import nl.spoorzoeker.praktijk.Praktijk;
import nl.spoorzoeker.testsupport.Uitvoerweg;

/**
 * Issue 19 item 6: the werknemer's own copy of the trajectplan in plain language (B1), made from a
 * demo dossier's trajectplan on a real SQLite file and read back as the werknemer's PDF reader would
 * (PDFBox text, veraPDF PDF/A-2a and PDF/UA-1). It holds the plan's own goals, phases, agreements and
 * dates, meets the readability measure ({@link Leesbaarheid}), and is the werknemer's own copy (health
 * words stay and are listed for the coach, a BSN goes). Kept under target/werknemerversie for pdftoppm.
 */
class WerknemerversieTest {

    /** Passes the elfproef. */
    static final String BSN = "111222333";
    static final String AFSPRAKEN = "We spreken elke twee weken af bij u thuis.\n"
            + "U belt of mailt als een afspraak niet door kan gaan.\n"
            + "Na drie maanden kijken we samen hoe het gaat.";

    @TempDir
    Path dir;
    Database db;
    RapportOpslag opslag;
    int dossier;
    int plan;
    Locale was;

    @BeforeEach
    void open() throws Exception {
        was = I18n.locale();
        I18n.setLocale(I18n.DUTCH);
        db = Database.open(dir.resolve("spoorzoeker.db"));
        Demoset.load(db, CLOCK);
        DossierService dossiers = new DossierService(db, CLOCK);
        RapportService modellen = new RapportService(dossiers, new TijdlijnService(db, CLOCK, KlokInstellingen.STANDAARD),
                new ContactService(db, CLOCK), new ArbeidsmarktService(db, CLOCK), new WerkervaringService(db, CLOCK),
                new ProfielService(db, CLOCK), new FaseService(db, CLOCK));
        PraktijkService praktijk = new PraktijkService(db, CLOCK);
        praktijk.save(new Praktijk("Çiğdem Yılmaz-Łukasz", "Praktijk De Brug", "12345678",
                new Adres("Oudegracht 12", "3511 AB", "Utrecht"), "030 123 45 67",
                "cigdem@debrug.nl", null, null));
        opslag = new RapportOpslag(db, CLOCK, modellen, dossiers, praktijk,
                new Uwvtoets(Privacytoets.standaard(), Uwvtoets.Drempels.STANDAARD));
        dossier = dossiers.list().stream().filter(r -> r.naam().equals("Mohammed El Amrani")).findFirst().orElseThrow()
                .trajectId();
        LocalDate tot = LocalDate.now(CLOCK).minusMonths(6);
        plan = opslag.nieuw(dossier, RapportSoort.TRAJECTPLAN, tot.minusWeeks(6), tot, I18n.teksten());
        afspraken(AFSPRAKEN);
    }

    @AfterEach
    void close() {
        db.close();
        I18n.setLocale(was);
    }

    void afspraken(String tekst) {
        Rapportinvoer i = opslag.invoer(plan);
        Map<Sectie, String> teksten = new EnumMap<>(Sectie.class);
        teksten.putAll(i.teksten());
        teksten.put(Sectie.AFSPRAKEN, tekst);
        opslag.bewaar(plan, new Rapportinvoer(teksten, i.statusSpoor1(),
                new RapportModel.Akkoord("Ik wil graag weer met mensen werken.", RapportModel.AkkoordSoort.MONDELING,
                        LocalDate.now(CLOCK), null), i.distributie(), i.knelpunten(), i.uitzonderingLateStart(),
                i.uitzonderingDocument()));
    }

    static void bewaar(String naam, byte[] pdf) throws Exception {
        Path map = Path.of("target", "werknemerversie");
        Files.createDirectories(map);
        Files.write(map.resolve(naam), pdf);
    }

    @Test
    void theCopyTellsThePlansOwnGoalsAgreementsAndDatesInPlainWords() throws Exception {
        Privacypoort.EigenKopie<Werknemerplan> kopie = opslag.werknemerversie(plan, I18n.teksten());
        byte[] pdf = opslag.werknemerversiePdf(plan, I18n.teksten());
        bewaar("werknemerversie.pdf", pdf);
        String t = CvServiceTest.pdfTekst(pdf);
        for (String deel : List.of("Uw plan voor nieuw werk", "Voor Mohammed El Amrani.", "Wat is dit plan?",
                "Wat gaat u doen?", "Wat doet uw coach?", "Uw coach is Çiğdem Yılmaz-Łukasz.", "Wat doet uw werkgever?",
                "Stap 2: Ontdekken wie u bent en wat u kunt Met deze stap bent u nu bezig.",
                "Uw doel in deze stap: • Persoonsprofiel is klaar en besproken (uiterlijk 06-06-2026)",
                "Wat hebben we afgesproken?", "We spreken elke twee weken af bij u thuis.",
                "Dit zei u zelf over het plan: Ik wil graag weer met mensen werken.", "Welke data zijn belangrijk?",
                "Hebt u een vraag?", "Bellen: 030 123 45 67", "Mailen: cigdem@debrug.nl",
                "Moeilijke woorden", "Tweede spoor: werk zoeken bij een andere werkgever.")) {
            assertTrue(t.contains(deel), deel + " in " + t);
        }
        // The same goals as the trajectplan itself: each of the plan's goals is in the copy, as an item
        // under its step (the list of dates names it too, after its date).
        RapportModel model = opslag.controleer(plan, I18n.teksten()).model();
        assertFalse(model.doelen().isEmpty(), "the demo dossier has goals");
        for (RapportModel.Doel d : model.doelen()) {
            if (!"VERVALLEN".equals(d.status())) {
                assertTrue(t.contains("• " + d.omschrijving().strip()), d.omschrijving() + " in " + t);
            }
        }
        Leesbaarheid.Uitslag maat = Leesbaarheid.meet(Werknemerplantekst.blokken(kopie.model(), I18n.teksten()), I18n.teksten());
        Files.writeString(Path.of("target", "werknemerversie", "meting.txt"), maat.toString());
        assertTrue(maat.gemiddeld() <= Leesbaarheid.MAX_GEMIDDELD, "average sentence length " + maat);
        assertEquals(java.util.Set.of(), maat.onverklaard(), "jargon without explanation");
        assertTrue(maat.b1());
        assertEquals(List.of(), PdfaValidatie.toegankelijk(pdf));

        Path doel = Files.createDirectories(dir.resolve("uit")).resolve("plan.pdf");
        Uitvoerweg.gaatLangsDeDatamap(dir, doel,
                () -> opslag.bewaarWerknemerversieAls(plan, doel, I18n.teksten()));
        assertTrue(CvServiceTest.pdfTekst(Files.readAllBytes(doel)).contains("Uw plan voor nieuw werk"));
        var log = new AuditService(db, CLOCK).alle().getFirst();
        assertEquals(Handeling.EXPORT, log.handeling());
        assertFalse(log.omschrijving().contains("Mohammed"), "ids, not names: " + log.omschrijving());
    }

    @Test
    void itIsTheWerknemersOwnCopyHealthWordsStayAndAreShownToTheCoachButABsnGoes() throws Exception {
        afspraken(AFSPRAKEN + "\nU neemt uw medicijnen mee naar de werkplek.\nUw BSN " + BSN + " staat op elk formulier.");
        Privacypoort.EigenKopie<Werknemerplan> kopie = opslag.werknemerversie(plan, I18n.teksten());
        String t = CvServiceTest.pdfTekst(opslag.werknemerversiePdf(plan, I18n.teksten()));
        assertTrue(t.contains("U neemt uw medicijnen mee naar de werkplek."), t);
        assertTrue(kopie.gevonden().stream().anyMatch(w -> w.tekst().contains("medicijnen")), kopie.gevonden().toString());
        assertFalse(t.contains(BSN), "a BSN has no place on a paper that goes home");
        assertTrue(t.contains("Uw BSN [nummer weggelaten] staat op elk formulier."), t);
    }

    @Test
    void theCoachsJargonIsExplainedAndLongSentencesAreCounted() throws Exception {
        afspraken("De werkgever en werknemer hebben afgesproken dat de re-integratie-inspanningen gericht zijn op het "
                + "benutten van de resterende arbeidsmogelijkheden binnen de belastbaarheid zoals vastgelegd door de bedrijfsarts.");
        List<Leesbaarheid.Blok> blokken = Werknemerplantekst.blokken(opslag.werknemerversie(plan, I18n.teksten()).model(), I18n.teksten());
        Leesbaarheid.Uitslag maat = Leesbaarheid.meet(blokken, I18n.teksten());
        assertEquals(1, maat.langeZinnen().size(), maat.toString());
        assertTrue(maat.langeZinnen().getFirst().startsWith("De werkgever en werknemer"), maat.toString());
        assertEquals(java.util.Set.of(), maat.onverklaard());
        String t = CvServiceTest.pdfTekst(opslag.werknemerversiePdf(plan, I18n.teksten()));
        for (String uitleg : List.of("Re-integratie-inspanningen: alles wat u en uw werkgever doen",
                "Arbeidsmogelijkheden: het werk dat u nog kunt doen.", "Belastbaarheid: wat u nu aankunt in werk.",
                "Bedrijfsarts: de arts die uw werkgever helpt.")) {
            assertTrue(t.contains(uitleg), uitleg + " in " + t);
        }
    }

    @Test
    void inEnglishTheCopyIsEnglishAndSaysSo() throws Exception {
        I18n.setLocale(I18n.ENGLISH);
        byte[] pdf = opslag.werknemerversiePdf(plan, I18n.teksten());
        bewaar("werknemerversie-en.pdf", pdf);
        String t = CvServiceTest.pdfTekst(pdf);
        for (String deel : List.of("Your plan for new work", "What is this plan?", "What will you do?",
                "What does your coach do?", "Which dates matter?", "Do you have a question?", "Difficult words",
                "Second track: looking for work with another employer.")) {
            assertTrue(t.contains(deel), deel + " in " + t);
        }
        try (var doc = Loader.loadPDF(pdf)) {
            assertEquals("en-GB", doc.getDocumentCatalog().getLanguage(), "a screen reader reads it as English");
        }
        Leesbaarheid.Uitslag maat = Leesbaarheid.meet(Werknemerplantekst.blokken(opslag.werknemerversie(plan, I18n.teksten()).model(), I18n.teksten()), I18n.teksten());
        assertTrue(maat.b1(), maat.toString());
        assertEquals(List.of(), PdfaValidatie.toegankelijk(pdf));
    }

    @Test
    void onlyATrajectplanHasAWerknemerversie() {
        int voortgang = opslag.nieuw(dossier, RapportSoort.VOORTGANG, LocalDate.now(CLOCK).minusWeeks(6),
                LocalDate.now(CLOCK), I18n.teksten());
        assertEquals("b1.fout.geenTrajectplan", assertThrows(Weigering.class,
                () -> opslag.werknemerversie(voortgang, I18n.teksten())).messageKey());
    }
}
