package nl.spoorzoeker.rapportage;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.spoorzoeker.logboek.ContactService;
import nl.spoorzoeker.instrument.StarrService;
import nl.spoorzoeker.instrument.StarrVerhaal;
import nl.spoorzoeker.app.werkplek.Demoset;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.dossier.TijdlijnService;
import nl.spoorzoeker.input.Weigering;
import nl.spoorzoeker.instrument.Afname;
import nl.spoorzoeker.instrument.Drijfveren;
import nl.spoorzoeker.instrument.InstrumentService;
import nl.spoorzoeker.instrument.Instrumentresultaten;
import nl.spoorzoeker.instrument.Instrumentsoort;
import nl.spoorzoeker.instrument.Interessetest;
import nl.spoorzoeker.instrument.Kernkwadrant;
import nl.spoorzoeker.instrument.KernkwadrantService;
import nl.spoorzoeker.instrument.Vraag;
import nl.spoorzoeker.instrument.WaardenService;
import nl.spoorzoeker.instrument.Waardensortering;
import nl.spoorzoeker.instrument.Waardensortering.Stapel;
import nl.spoorzoeker.arbeidsmarkt.ArbeidsmarktService;
import nl.spoorzoeker.arbeidsmarkt.WerkervaringService;
import nl.spoorzoeker.fase.FaseService;
import nl.spoorzoeker.fase.ProfielService;
import nl.spoorzoeker.rapportage.pdf.RapportPdf;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.tijdlijn.KlokInstellingen;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.uitkomst.Schaalmeting;
import nl.spoorzoeker.uitkomst.UitkomstService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.spoorzoeker.rapportage.privacy.Privacytoets;

/**
 * Issue 19 item 7: what the instruments recorded appears in the trajectplan's persoonsprofiel, under
 * the zoekprofiel as the reason it fits, and in the eindrapportage's profile part — name, date and
 * the outcome in a sentence — only when there is a result and the coach did not leave it out, and
 * through the privacy gate. Real SQLite file, real PDFs read back with PDFBox, veraPDF.
 */
class InstrumentRapportTest {

    static final LocalDate VANDAAG = LocalDate.now(CLOCK);

    @TempDir
    Path dir;
    Database db;
    DossierService dossiers;
    ProfielService profielen;
    RapportService rapporten;
    WaardenService waarden;
    int id;

    @BeforeEach
    void open() throws Exception {
        I18n.setLocale(I18n.DUTCH);
        db = Database.open(dir.resolve("spoorzoeker.db"));
        Demoset.load(db, CLOCK);
        dossiers = new DossierService(db, CLOCK);
        profielen = new ProfielService(db, CLOCK);
        waarden = new WaardenService(db, CLOCK, profielen);
        rapporten = new RapportService(dossiers, new TijdlijnService(db, CLOCK, KlokInstellingen.STANDAARD),
                new ContactService(db, CLOCK), new ArbeidsmarktService(db, CLOCK), new WerkervaringService(db, CLOCK),
                profielen, new FaseService(db, CLOCK), new UitkomstService(db, CLOCK),
                new Instrumentresultaten(db, CLOCK, profielen));
        id = dossiers.list().getFirst().trajectId();
    }

    @AfterEach
    void close() {
        db.close();
        I18n.setLocale(I18n.DUTCH);
    }

    /** Interest test answered so that S scores highest, then E, then C (all their items 5, the rest 1). */
    void interessetest() {
        InstrumentService s = new InstrumentService(db, CLOCK, profielen);
        Afname a = s.hervatOfStart(id);
        for (Vraag v : Interessetest.vragen()) {
            int w = switch (v.schaal()) {
                case S -> 5;
                case E -> 4;
                case C -> 3;
                default -> 1;
            };
            s.antwoord(a.id(), v.nummer(), w);
        }
        assertEquals("SEC", s.voltooi(a.id()).uitkomst());
    }

    void waardensortering(LocalDate datum) {
        Waardensortering w = Waardensortering.nieuw(datum);
        for (String k : List.of("ZEKERHEID", "SAMENWERKEN", "RESULTAAT_ZIEN", "DICHT_BIJ_HUIS", "EERLIJKHEID", "RUST")) {
            w = w.leg(k, Stapel.HEEL_BELANGRIJK);
        }
        w = w.leg("AANZIEN", Stapel.MINDER_BELANGRIJK);
        for (String k : List.of("SAMENWERKEN", "ZEKERHEID", "EERLIJKHEID", "RESULTAAT_ZIEN", "DICHT_BIJ_HUIS")) {
            w = w.wisselTop(k);
        }
        waarden.bewaar(id, w);
    }

    void alles() {
        interessetest();
        waardensortering(VANDAAG.minusDays(3));
        waarden.bewaarDrijfveren(id, new Drijfveren(VANDAAG.minusDays(2), "klanten blij maken", "lange dagen",
                "mijn ploeg in de nachtdienst", "een vaste baan dicht bij huis", null), false, d -> "");
        new KernkwadrantService(db, CLOCK).bewaar(id, new Kernkwadrant(null, "zorgzaam", "te veel voor anderen doen",
                "grenzen stellen", "egoïsme"));
        new StarrService(db, CLOCK, profielen).bewaar(id, new StarrVerhaal(null, "Nieuwe roosters", "s", "t", "a",
                "Minder overuren in het team.", "r", List.of("plannen", "samenwerken")));
        new StarrService(db, CLOCK, profielen).bewaar(id, new StarrVerhaal(null, "Zonder competentie", "s", "t", "a",
                "Dit verhaal noemt geen competentie.", "r", List.of()));
        new UitkomstService(db, CLOCK).bewaarMeting(id, Schaalmeting.Moment.BEGIN, new Schaalmeting(VANDAAG.minusDays(10),
                Map.of(Schaalmeting.Schaal.ENERGIE, 5, Schaalmeting.Schaal.ZELFVERTROUWEN, 6)));
    }

    RapportModel model(RapportSoort soort, LocalDate tot) {
        return rapporten.model(id, soort, VANDAAG.minusWeeks(8), tot, Rapportinvoer.LEEG);
    }

    /** Kept under target/ to be looked at (pdftoppm), as the werkgever and UWV would read it. */
    static void bewaar(String naam, byte[] pdf) throws Exception {
        Path map = Path.of("target", "instrument-rapport");
        Files.createDirectories(map);
        Files.write(map.resolve(naam), pdf);
    }

    static String tekst(byte[] pdf) throws Exception {
        return RapportTekst.plat(RapportTekst.lees(pdf));
    }

    byte[] pdf(RapportSoort soort) {
        return RapportPdf.render(Privacypoort.concept(model(soort, VANDAAG), I18n.locale()), RapportPdfTest.KOP, RapportPdfTest.NU, I18n.teksten());
    }

    /** The part of the text from one heading up to the next. */
    static String deel(String tekst, String van, String tot) {
        int a = tekst.indexOf(van);
        int b = tekst.indexOf(tot, a + 1);
        assertTrue(a >= 0 && b > a, van + " … " + tot + " in " + tekst);
        return tekst.substring(a, b);
    }

    @Test
    void theTrajectplanPrintsEachResultWithNameDateAndASentenceInThePersoonsprofiel() throws Exception {
        alles();
        byte[] pdf = pdf(RapportSoort.TRAJECTPLAN);
        bewaar("trajectplan.pdf", pdf);
        String t = tekst(pdf);
        String pp = deel(t, "Uitkomsten van instrumenten", "Zoekprofiel");
        assertTrue(pp.contains("Interessetest (O*NET Interest Profiler, korte vorm) " + RapportTekst.datum(VANDAAG)
                + " De sterkste beroepsinteresses zijn sociaal, ondernemend en ordenend (Holland-code SEC)."), pp);
        assertTrue(pp.contains("De belangrijkste waarden in werk, van belangrijk naar minder belangrijk: samenwerken,"
                + " zekerheid, eerlijkheid, resultaat zien en dicht bij huis."), pp);
        assertTrue(pp.contains("Krijgt energie van: klanten blij maken. Is trots op: mijn ploeg in de nachtdienst. Wil in"
                + " werk bereiken: een vaste baan dicht bij huis."), pp);
        assertFalse(pp.contains("lange dagen"), "what drains energy stays out of a report for the employer");
        assertTrue(pp.contains("Kwaliteit: zorgzaam. Valkuil: te veel voor anderen doen. Uitdaging: grenzen stellen."), pp);
        assertFalse(pp.contains("egoïsme"), "the allergy is about others");
        assertTrue(pp.contains("‘Nieuwe roosters’ laat zien: plannen en samenwerken. Resultaat: Minder overuren in het"
                + " team."), pp);
        assertFalse(pp.contains("Zonder competentie"), "a story is evidence of a competency only when it names one");
        assertTrue(pp.contains(RapportTekst.datum(VANDAAG.minusDays(10)) + " Samen met de werknemer gescoord (1 heel weinig,"
                + " 10 heel veel): Energie 5, Zelfvertrouwen 6."), pp);
        // The zoekprofiel says what it rests on.
        assertTrue(t.contains("Aansluiting bij het persoonsprofiel: interessecode SEC (sociaal, ondernemend en ordenend);"
                + " belangrijkste waarden samenwerken, zekerheid, eerlijkheid, resultaat zien en dicht bij huis."), t);
        assertEquals(List.of(), PdfaValidatie.fouten(pdf));
        assertEquals(List.of(), PdfaValidatie.toegankelijk(pdf), "the new table is tagged like the others");
    }

    @Test
    void theEindrapportagePrintsThemWithTheFinalProfileButNotTheScalesTwice() throws Exception {
        alles();
        byte[] pdf = pdf(RapportSoort.EIND);
        bewaar("eind.pdf", pdf);
        String t = tekst(pdf);
        String ontwikkeling = deel(t, "Uitkomsten van instrumenten", "Zoekprofiel");
        assertTrue(ontwikkeling.contains("Holland-code SEC"), ontwikkeling);
        assertTrue(ontwikkeling.contains("Kwaliteit: zorgzaam."), ontwikkeling);
        assertFalse(ontwikkeling.contains("Schalen 1 tot 10"), "the end report prints the scales with its outcome");
        assertEquals(List.of(), PdfaValidatie.fouten(pdf));
    }

    @Test
    void noResultNoHeading() throws Exception {
        String t = tekst(pdf(RapportSoort.TRAJECTPLAN));
        assertFalse(t.contains("Uitkomsten van instrumenten"), t);
        assertFalse(t.contains("Aansluiting bij het persoonsprofiel"), t);
        // A values sort whose top is not yet chosen is no result either.
        waarden.bewaar(id, Waardensortering.nieuw(VANDAAG).leg("RUST", Stapel.HEEL_BELANGRIJK));
        assertFalse(tekst(pdf(RapportSoort.TRAJECTPLAN)).contains("Uitkomsten van instrumenten"));
    }

    @Test
    void whatTheCoachLeavesOutAndWhatCameAfterThePeriodAreNotPrinted() throws Exception {
        alles();
        waarden.inRapporten(id, Instrumentsoort.INTERESSE, false);
        waarden.inRapporten(id, Instrumentsoort.KERNKWADRANTEN, false);
        String t = tekst(pdf(RapportSoort.TRAJECTPLAN));
        assertFalse(t.contains("Holland-code"), t);
        assertFalse(t.contains("Kwaliteit: zorgzaam"), t);
        assertTrue(t.contains("De belangrijkste waarden in werk"), t);
        waarden.inRapporten(id, Instrumentsoort.INTERESSE, true);
        assertTrue(tekst(pdf(RapportSoort.TRAJECTPLAN)).contains("Holland-code SEC"));

        // A report whose period ended before the test was completed and the values were sorted.
        Rapportinhoud.Instrumenten eerder = model(RapportSoort.TRAJECTPLAN, VANDAAG.minusDays(4)).inhoud().instrumenten();
        assertEquals(null, eerder.interesse());
        assertEquals(null, eerder.waarden());
        assertEquals(null, eerder.drijfveren());
    }

    @Test
    void theWerknemersOwnWordsPassThePrivacyGate() throws Exception {
        new KernkwadrantService(db, CLOCK).bewaar(id, new Kernkwadrant(null, "doorzetter", "doorgaan ondanks de hernia",
                "op tijd stoppen", null));
        RapportModel m = model(RapportSoort.TRAJECTPLAN, VANDAAG);
        String t = tekst(pdf(RapportSoort.TRAJECTPLAN));
        assertTrue(t.contains("Kwaliteit: doorzetter."), t);
        assertFalse(t.contains("hernia"), "a concept shows the marker, not the word");
        Privacypoort poort = new Privacypoort(Privacytoets.standaard(), I18n.locale());
        assertTrue(poort.vondsten(m).stream().anyMatch(v -> v.pad().contains("instrumenten.kernkwadranten")),
                poort.vondsten(m).toString());
        assertThrows(Weigering.class, () -> poort.bewaak(m, Privacypoort.Modus.DEFINITIEF));
    }

    @Test
    void inEnglishTheSentencesAreEnglish() throws Exception {
        alles();
        I18n.setLocale(I18n.ENGLISH);
        byte[] pdf = pdf(RapportSoort.TRAJECTPLAN);
        bewaar("trajectplan-en.pdf", pdf);
        String t = tekst(pdf);
        assertTrue(t.contains("The strongest occupational interests are social, enterprising and conventional"
                + " (Holland code SEC)."), t);
        assertTrue(t.contains("The most important values in work, from more to less important: teamwork, security,"
                + " honesty, seeing results and close to home."), t);
    }

    /**
     * V25: kernkwadranten and STARR stories carry the day they were made, and a report prints only
     * those made by its period's end — a trajectplan printed again later does not gain a quadrant
     * or a story from after it — as the other instrument results already do.
     */
    @Test
    void kernkwadrantenAndStoriesMadeAfterThePeriodAreNotPrinted() throws Exception {
        KernkwadrantService kk = new KernkwadrantService(db, CLOCK);
        kk.bewaar(id, new Kernkwadrant(null, "zorgzaam", "te veel voor anderen doen", "grenzen stellen", null,
                VANDAAG.minusDays(20), null));
        kk.bewaar(id, new Kernkwadrant(null, "nauwkeurig", "perfectionistisch", "loslaten", null));
        StarrService verhalen = new StarrService(db, CLOCK, profielen);
        verhalen.bewaar(id, new StarrVerhaal(null, "Nieuwe roosters", "s", "t", "a", "Minder overuren.", "r",
                List.of("plannen"), VANDAAG.minusDays(20), null));
        verhalen.bewaar(id, new StarrVerhaal(null, "Het latere verhaal", "s", "t", "a", "Een tevreden klant.", "r",
                List.of("samenwerken")));

        byte[] pdf = RapportPdf.render(Privacypoort.concept(model(RapportSoort.TRAJECTPLAN, VANDAAG.minusDays(10)), I18n.locale()),
                RapportPdfTest.KOP, RapportPdfTest.NU, I18n.teksten());
        bewaar("trajectplan-eerder.pdf", pdf);
        String t = tekst(pdf);
        String pp = deel(t, "Uitkomsten van instrumenten", "Zoekprofiel");
        assertTrue(pp.contains("Kwaliteit: zorgzaam."), pp);
        assertTrue(pp.contains("‘Nieuwe roosters’ laat zien: plannen. Resultaat: Minder overuren."), pp);
        assertFalse(pp.contains("nauwkeurig"), "made after the period: " + pp);
        assertFalse(pp.contains("Het latere verhaal"), "told after the period: " + pp);
        assertEquals(List.of(), PdfaValidatie.fouten(pdf));

        // Up to today both are there.
        String nu = tekst(pdf(RapportSoort.TRAJECTPLAN));
        assertTrue(nu.contains("Kwaliteit: nauwkeurig.") && nu.contains("‘Het latere verhaal’ laat zien: samenwerken."),
                nu);
    }

    /**
     * Issue 19: a kernkwadrant and a STARR story changed after a period's end are printed in that period's
     * report as they read at its end (their versions, migration V27), and with the new words from then on.
     */
    @Test
    void aReportPrintsTheWordsAsTheyStoodAtThePeriodsEnd() throws Exception {
        java.time.Clock toen = java.time.Clock.offset(CLOCK, java.time.Duration.ofDays(-20));
        int kwadrant = new KernkwadrantService(db, toen).bewaar(id, new Kernkwadrant(null, "zorgzaam",
                "te veel voor anderen doen", "grenzen stellen", null));
        StarrService verhalenToen = new StarrService(db, toen, profielen);
        int verhaal = verhalenToen.bewaar(id, new StarrVerhaal(null, "Nieuwe roosters", "s", "t", "a", "Minder overuren.",
                "r", List.of("plannen")));
        // Changed five days ago, after the end of the earlier period (ten days ago).
        java.time.Clock later = java.time.Clock.offset(CLOCK, java.time.Duration.ofDays(-5));
        new KernkwadrantService(db, later).bewaar(id, new Kernkwadrant(kwadrant, "behulpzaam",
                "te veel voor anderen doen", "grenzen stellen", null));
        new StarrService(db, later, profielen).bewaar(id, new StarrVerhaal(verhaal, "Nieuwe roosters", "s", "t", "a",
                "Dertig procent minder overuren.", "r", List.of("plannen", "overtuigen")));

        byte[] pdf = RapportPdf.render(Privacypoort.concept(model(RapportSoort.TRAJECTPLAN, VANDAAG.minusDays(10)),
                I18n.locale()), RapportPdfTest.KOP, RapportPdfTest.NU, I18n.teksten());
        bewaar("trajectplan-woorden-van-toen.pdf", pdf);
        String toenGeprint = deel(tekst(pdf), "Uitkomsten van instrumenten", "Zoekprofiel");
        assertTrue(toenGeprint.contains("Kwaliteit: zorgzaam."), toenGeprint);
        assertTrue(toenGeprint.contains("‘Nieuwe roosters’ laat zien: plannen. Resultaat: Minder overuren."), toenGeprint);
        assertFalse(toenGeprint.contains("behulpzaam") || toenGeprint.contains("Dertig procent"),
                "changed after the period: " + toenGeprint);

        String nu = deel(tekst(pdf(RapportSoort.TRAJECTPLAN)), "Uitkomsten van instrumenten", "Zoekprofiel");
        assertTrue(nu.contains("Kwaliteit: behulpzaam."), nu);
        assertTrue(nu.contains("‘Nieuwe roosters’ laat zien: plannen en overtuigen. Resultaat: Dertig procent minder overuren."),
                nu);
    }
}
