package nl.spoorzoeker.rapportage;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import nl.spoorzoeker.app.werkplek.Demoset;
import nl.spoorzoeker.logboek.ContactService;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.dossier.TijdlijnService;
import nl.spoorzoeker.arbeidsmarkt.ArbeidsmarktService;
import nl.spoorzoeker.arbeidsmarkt.SollicitatieStatus;
import nl.spoorzoeker.arbeidsmarkt.WerkervaringService;
import nl.spoorzoeker.fase.FaseService;
import nl.spoorzoeker.fase.ProfielService;
import nl.spoorzoeker.rapportage.pdf.RapportPdf;
import nl.spoorzoeker.rapportage.privacy.Privacytoets;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.tijdlijn.KlokInstellingen;
import nl.spoorzoeker.uitkomst.Uitkomst;
import nl.spoorzoeker.uitkomst.Uitkomst.Contractvorm;
import nl.spoorzoeker.uitkomst.Uitkomst.Plaatsing;
import nl.spoorzoeker.uitkomst.Uitkomst.Route;
import nl.spoorzoeker.uitkomst.Uitkomst.Soort;
import nl.spoorzoeker.uitkomst.Uitkomst.ZachtResultaat;
import nl.spoorzoeker.uitkomst.UitkomstService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.uitkomst.Schaalmeting;

/**
 * Issue 18: the outcome recorded on closing feeds the eindrapportage (its own short part) and C19.
 * A placement found through a detachering or werkervaringsplek — never an "aangenomen"
 * sollicitatie — needs no explanation of why no work was found. Real SQLite, real PDF.
 */
class AfsluitingRapportTest {

    static final LocalDate VANDAAG = LocalDate.now(CLOCK);

    @TempDir
    Path dir;
    Database db;
    DossierService dossiers;
    UitkomstService uitkomsten;
    RapportService rapporten;
    ArbeidsmarktService markt;
    final Uwvtoets toets = new Uwvtoets(Privacytoets.standaard(), Uwvtoets.Drempels.STANDAARD);

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("spoorzoeker.db"));
        Demoset.load(db, CLOCK);
        dossiers = new DossierService(db, CLOCK);
        uitkomsten = new UitkomstService(db, CLOCK);
        markt = new ArbeidsmarktService(db, CLOCK);
        rapporten = new RapportService(dossiers, new TijdlijnService(db, CLOCK, KlokInstellingen.STANDAARD),
                new ContactService(db, CLOCK), markt, new WerkervaringService(db, CLOCK),
                new ProfielService(db, CLOCK), new FaseService(db, CLOCK), uitkomsten);
    }

    @AfterEach
    void close() {
        db.close();
    }

    int dossier(String naam) {
        return dossiers.list().stream().filter(r -> r.naam().equals(naam)).findFirst().orElseThrow().trajectId();
    }

    RapportModel eind(int id) {
        LocalDate start = dossiers.find(id).orElseThrow().traject().startdatum();
        return rapporten.model(id, RapportSoort.EIND, start, VANDAAG, Rapportinvoer.LEEG);
    }

    static List<String> c19(List<Bevinding> b) {
        return b.stream().filter(x -> x.controle().equals("C19")).map(Bevinding::berichtKey).toList();
    }

    static Uitkomst naDetachering() {
        return new Uitkomst(Soort.GEPLAATST_EXTERN, VANDAAG.minusDays(2), new Plaatsing("Kringloop Eemland",
                "Winkelmedewerker", Contractvorm.DETACHERING_EERST, Route.DETACHERING, VANDAAG.plusDays(6), true, 20 * 60),
                null, null, EnumSet.of(ZachtResultaat.VRIJWILLIGERSWERK, ZachtResultaat.ZELFVERTROUWEN,
                ZachtResultaat.EIGEN_REGIE), "Houdt zelf het weekrooster bij");
    }

    @Test
    void aPlacementAfterDetacheringPassesC19WithoutAnExplanationOfFailure() {
        int id = dossier("Mohammed El Amrani");
        assertFalse(markt.overzicht(id).sollicitaties().stream().anyMatch(s -> s.bereikt(SollicitatieStatus.AANGENOMEN)),
                "the demo dossier has no sollicitatie that reached aangenomen");
        assertEquals(List.of("uwv.c19.geenResultaat", "uwv.c19.geenVerklaring"), c19(toets.controleer(eind(id), I18n.locale())),
                "before closing: no result, no explanation");

        uitkomsten.sluitAf(id, naDetachering());
        RapportModel m = eind(id);
        assertTrue(m.werkGevonden());
        assertEquals("GEPLAATST_EXTERN", m.afsluiting().soort());
        assertEquals(List.of("VRIJWILLIGERSWERK", "ZELFVERTROUWEN", "EIGEN_REGIE"), m.afsluiting().zachteResultaten());
        assertEquals(List.of(), c19(toets.controleer(m, I18n.locale())));
        // Only the eindrapportage carries the outcome.
        assertNull(rapporten.model(id, RapportSoort.VOORTGANG, VANDAAG.minusWeeks(6), VANDAAG, Rapportinvoer.LEEG)
                .afsluiting());
    }

    @Test
    void everyOutcomeThatIsWorkPassesC19AndEveryOtherStillAsksWhy() {
        int id = dossier("Mohammed El Amrani");
        for (Soort soort : Soort.values()) {
            Uitkomst u = switch (soort) {
                case GEPLAATST_EXTERN, GEPLAATST_INTERN -> naDetachering().soort() == soort ? naDetachering()
                        : new Uitkomst(soort, VANDAAG, new Plaatsing(null, "Planner", Contractvorm.VAST, Route.NETWERK,
                        VANDAAG, false, null), null, null, null, null);
                case GESTOPT -> new Uitkomst(soort, VANDAAG, null, Uitkomst.GestoptDoor.WERKGEVER, "Opdracht beëindigd",
                        null, null);
                case ANDERS -> new Uitkomst(soort, VANDAAG, null, null, "Eigen bedrijf", null, null);
                default -> new Uitkomst(soort, VANDAAG, null, null, null, null, null);
            };
            uitkomsten.wijzig(id, u);
            List<String> c19 = c19(toets.controleer(eind(id), I18n.locale()));
            assertEquals(soort.werk() ? List.of() : List.of("uwv.c19.geenVerklaring"), c19, soort.name());
        }
    }

    @Test
    void theEindrapportagePrintsTheOutcomeAsItsOwnPartWithTheSoftResultsAsOneSentence() throws Exception {
        int id = dossier("Mohammed El Amrani");
        String zonder = RapportTekst.plat(RapportTekst.lees(RapportPdf.render(Privacypoort.concept(eind(id), I18n.locale()),
                RapportPdfTest.KOP, RapportPdfTest.NU, I18n.teksten())));
        assertTrue(RapportTekst.delen(zonder, RapportSoort.EIND).get(Rapportopbouw.Onderdeel.AFSLUITING)
                .startsWith("Er is nog geen uitkomst van het traject vastgelegd."), zonder);

        uitkomsten.sluitAf(id, naDetachering());
        String tekst = RapportTekst.plat(RapportTekst.lees(RapportPdf.render(Privacypoort.concept(eind(id), I18n.locale()),
                RapportPdfTest.KOP, RapportPdfTest.NU, I18n.teksten())));
        var delen = RapportTekst.delen(tekst, RapportSoort.EIND);
        String deel = delen.get(Rapportopbouw.Onderdeel.AFSLUITING);
        String d = RapportTekst.datum(VANDAAG.minusDays(2));
        assertEquals("Uitkomst: Geplaatst bij een nieuwe werkgever. Het traject eindigde op " + d + ". Werkgever: Kringloop"
                + " Eemland. Functie: Winkelmedewerker. Vorm: eerst via detachering. Begonnen op "
                + RapportTekst.datum(VANDAAG.plusDays(6)) + ". Gedeeltelijke hervatting: 20 u per week. Gevonden via een"
                + " detachering. Daarnaast bereikt: vrijwilligerswerk, meer zelfvertrouwen en meer eigen regie."
                + " Houdt zelf het weekrooster bij", deel);
        assertFalse(delen.containsKey(Rapportopbouw.Onderdeel.VERKLARING_GEEN_RESULTAAT), "work found: nothing to explain");
        assertFalse(delen.containsKey(Rapportopbouw.Onderdeel.RESULTAAT), "the outcome states the result");
    }

    @Test
    void theScalesScoredAtTheIntakeAndAtClosingArePrintedAsASmallTableWithTheChange() throws Exception {
        int id = dossier("Mohammed El Amrani");
        LocalDate intake = dossiers.find(id).orElseThrow().traject().startdatum().plusDays(7);
        uitkomsten.bewaarMeting(id, Schaalmeting.Moment.BEGIN,
                new Schaalmeting(intake, java.util.Map.of(
                        Schaalmeting.Schaal.ENERGIE, 3,
                        Schaalmeting.Schaal.EIGEN_REGIE, 6,
                        Schaalmeting.Schaal.ACCEPTATIE, 4)));
        uitkomsten.sluitAf(id, naDetachering(), new Schaalmeting(VANDAAG.minusDays(2),
                java.util.Map.of(Schaalmeting.Schaal.ENERGIE, 7,
                        Schaalmeting.Schaal.EIGEN_REGIE, 5,
                        Schaalmeting.Schaal.ZELFVERTROUWEN, 6)));
        RapportModel m = eind(id);
        assertEquals(List.of(new RapportModel.Schaalscore("ENERGIE", 3, 7), new RapportModel.Schaalscore("EIGEN_REGIE", 6, 5),
                new RapportModel.Schaalscore("ZELFVERTROUWEN", null, 6), new RapportModel.Schaalscore("ACCEPTATIE", 4, null)),
                m.afsluiting().schalen());
        byte[] pdf = RapportPdf.render(Privacypoort.concept(m, I18n.locale()), RapportPdfTest.KOP, RapportPdfTest.NU, I18n.teksten());
        String deel = RapportTekst.delen(RapportTekst.plat(RapportTekst.lees(pdf)), RapportSoort.EIND)
                .get(Rapportopbouw.Onderdeel.AFSLUITING);
        assertTrue(deel.contains("Samen met de werknemer gescoord op een schaal van 1 (heel weinig) tot 10 (heel veel), bij"
                + " de intake op " + RapportTekst.datum(intake) + " en bij de afsluiting op "
                + RapportTekst.datum(VANDAAG.minusDays(2)) + ": Schaal Intake Afsluiting Verschil Energie 3 7 +4"
                + " Eigen regie 6 5 \u22121 Zelfvertrouwen — 6 — Acceptatie van de situatie 4 — —"), deel);
        assertEquals(List.of(), PdfaValidatie.toegankelijk(pdf), "the table is tagged like the report's others");
    }

    @Test
    void theOutcomesFreeTextPassesThePrivacyGate() throws Exception {
        int id = dossier("Mohammed El Amrani");
        uitkomsten.sluitAf(id, new Uitkomst(Soort.GESTOPT, VANDAAG, null, Uitkomst.GestoptDoor.WERKNEMER,
                "Gestopt na de burn-out", EnumSet.of(ZachtResultaat.ACCEPTATIE), "Slikt antidepressiva, rustiger"));
        Privacypoort poort = new Privacypoort(Privacytoets.standaard(), Locale.forLanguageTag("nl-NL"));
        var paden = poort.vondsten(eind(id)).stream().map(Privacypoort.Vondst::pad).toList();
        assertTrue(paden.contains("afsluiting.toelichting"), paden.toString());
        assertTrue(paden.contains("afsluiting.zachtOpmerking"), paden.toString());
        String tekst = RapportTekst.lees(RapportPdf.render(poort.bewaak(eind(id), Privacypoort.Modus.CONCEPT),
                RapportPdfTest.KOP, RapportPdfTest.NU, I18n.teksten()));
        assertFalse(tekst.contains("burn-out") || tekst.contains("antidepressiva"), tekst);
        assertTrue(RapportTekst.plat(tekst).contains("Daarnaast bereikt: acceptatie van de situatie."));
    }
}
