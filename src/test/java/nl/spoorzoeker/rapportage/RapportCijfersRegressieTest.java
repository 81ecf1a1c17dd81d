package nl.spoorzoeker.rapportage;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import nl.spoorzoeker.logboek.ContactService;
import nl.spoorzoeker.logboek.ContactSoort;
import nl.spoorzoeker.logboek.Contactmoment;
import nl.spoorzoeker.logboek.Groepssessie;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.dossier.TijdlijnService;
import nl.spoorzoeker.arbeidsmarkt.ArbeidsmarktService;
import nl.spoorzoeker.arbeidsmarkt.WerkervaringService;
import nl.spoorzoeker.fase.Doel;
import nl.spoorzoeker.fase.DoelStatus;
import nl.spoorzoeker.fase.FaseService;
import nl.spoorzoeker.fase.FaseSoort;
import nl.spoorzoeker.fase.ProfielService;
import nl.spoorzoeker.rapportage.pdf.RapportPdf;
import nl.spoorzoeker.rapportage.pdf.Rapportkop;
import nl.spoorzoeker.rapportage.ui.UitHetDossier;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.testsupport.TestDossiers;
import nl.spoorzoeker.tijdlijn.KlokInstellingen;
import nl.spoorzoeker.ui.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.spoorzoeker.arbeidsmarkt.Werkervaringsplek;
import nl.spoorzoeker.fase.Persoonsprofiel;

/**
 * The contradictions {@link RapportCijfersProperties} found in generated dossiers, each pinned
 * down in one small dossier: a workshop that was a contactmoment in the period but not in the
 * traject overview or its phase; a goal set to one status and then another on the same day that a
 * report showed in the first; the editor's contact line adding up attended minutes (a group session
 * whole, unbooked contacts too) beside booked hours that share the session.
 */
class RapportCijfersRegressieTest {

    static final LocalDate START = LocalDate.of(2026, 10, 1);
    static final LocalDate WORKSHOP = LocalDate.of(2026, 10, 20);

    @TempDir
    Path dir;
    Database db;
    RapportService rapporten;
    int id;

    private static Clock op(LocalDate dag) {
        return Clock.fixed(dag.atTime(11, 0).atZone(ZoneId.of("Europe/Amsterdam")).toInstant(), ZoneId.of("Europe/Amsterdam"));
    }

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("spoorzoeker.db"));
        int ander = TestDossiers.create(db, "Łukasz Żółć");
        id = TestDossiers.create(db, "Çiğdem Yılmaz"); // spoor 2 from 1 October 2026
        new FaseService(db, CLOCK).start(id, FaseSoort.INTAKE, START);
        ContactService contacten = new ContactService(db, CLOCK);
        contacten.log(id, new Contactmoment(null, LocalDate.of(2026, 10, 5).atTime(10, 0), 60, ContactSoort.GESPREK_OP_LOCATIE,
                "werknemer, coach", "Kennismaking", "Kennisgemaakt.", null, null, null, null, true));
        // A phone call the coach does not book: a contactmoment, no hours.
        contacten.log(id, new Contactmoment(null, LocalDate.of(2026, 10, 12).atTime(9, 0), 15, ContactSoort.TELEFONISCH,
                "werknemer, coach", "Afspraak verzetten", "Verzet.", null, null, null, null, false));
        // Two hours shared by two who both stayed throughout: one hour each against the budget.
        contacten.logGroepssessie(new Groepssessie(null, WORKSHOP.atTime(13, 30), 120, Groepssessie.Soort.WORKSHOP,
                "Workshop netwerken", "Buurthuis", "Pitch geoefend.", Groepssessie.Verdeling.GEDEELD, true,
                List.of(new Groepssessie.Deelname(ander, null, 120), new Groepssessie.Deelname(id, null, 120))));
        rapporten = new RapportService(new DossierService(db, CLOCK), new TijdlijnService(db, CLOCK, KlokInstellingen.STANDAARD),
                new ContactService(db, CLOCK), new ArbeidsmarktService(db, CLOCK), new WerkervaringService(db, CLOCK),
                new ProfielService(db, CLOCK), new FaseService(db, CLOCK));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static String tekst(RapportModel m) throws Exception {
        return RapportTekst.plat(RapportTekst.lees(RapportPdf.render(Privacypoort.concept(m, I18n.locale()),
                new Rapportkop("P", null, "Çiğdem Yılmaz", null), CLOCK.instant(), I18n.teksten())));
    }

    @Test
    void aWorkshopIsAContactmomentInTheTrajectOverviewAndItsPhaseAsInThePeriod() throws Exception {
        RapportModel eind = rapporten.model(id, RapportSoort.EIND, START, LocalDate.of(2026, 11, 24), Rapportinvoer.LEEG);
        assertEquals(3, eind.activiteiten().size(), "two contacts and the workshop in the period");
        assertEquals(3, eind.inhoud().totalen().contacten(), "the same three in the traject overview");
        assertEquals(3, eind.inhoud().fasen().getFirst().contacten(), "and in the phase they fell in");
        String tekst = tekst(eind);
        Matcher overzicht = RapportTekst.TRAJECT.matcher(tekst);
        assertTrue(overzicht.find(), tekst);
        assertEquals("3", overzicht.group(3), "printed: " + overzicht.group());
        assertEquals(120, RapportTekst.minuten(overzicht.group(4)), "an hour booked for the talk, an hour for the shared workshop");
        Matcher fase = RapportTekst.FASERIJ.matcher(tekst);
        assertTrue(fase.find(), tekst);
        assertEquals("3", fase.group(3), "printed: " + fase.group());
    }

    @Test
    void theEditorStatesTheBookedHoursBesideItsContactsAsUnderUren() throws Exception {
        RapportModel m = rapporten.model(id, RapportSoort.VOORTGANG, START, LocalDate.of(2026, 11, 24), Rapportinvoer.LEEG);
        Map<String, String> blok = UitHetDossier.regels(m);
        Matcher contacten = RapportTekst.BLOK_CONTACTEN.matcher(blok.get(I18n.t("rapport.gegevens.contacten")));
        Matcher uren = RapportTekst.BLOK_UREN.matcher(blok.get(I18n.t("rapport.gegevens.uren")));
        assertTrue(contacten.matches() && uren.matches(), blok.toString());
        assertEquals("3", contacten.group(1));
        // Was "3 contactmomenten, 3 u 15 min" (the workshop whole, the unbooked call too) above "2 u deze periode".
        assertEquals(120, RapportTekst.minuten(contacten.group(2)), blok.toString());
        assertEquals(RapportTekst.minuten(uren.group(1)), RapportTekst.minuten(contacten.group(2)), blok.toString());
        Matcher pdf = RapportTekst.UREN.matcher(tekst(m));
        assertTrue(pdf.find());
        assertEquals(120, RapportTekst.minuten(pdf.group(1)), "the PDF's 'Deze periode'");
    }

    @Test
    void ofTwoStatusChangesOnOneDayTheLaterIsTheGoalsStatusThatDay() throws Exception {
        LocalDate gemaakt = LocalDate.of(2026, 10, 2);
        LocalDate dag = LocalDate.of(2026, 10, 14);
        Doel doel = new Doel(null, FaseSoort.ROEPING, "Persoonsprofiel klaar", "Profiel besproken",
                LocalDate.of(2026, 10, 30), DoelStatus.OPEN);
        int doelId = new FaseService(db, op(gemaakt)).voegDoelToe(id, doel);
        // The coach marks it reached, sees it was a mistake and drops it, the same afternoon.
        new FaseService(db, op(dag)).wijzigDoel(id, new Doel(doelId, doel.fase(), doel.omschrijving(), doel.indicator(),
                doel.streefdatum(), DoelStatus.BEHAALD));
        new FaseService(db, op(dag)).wijzigDoel(id, new Doel(doelId, doel.fase(), doel.omschrijving(), doel.indicator(),
                doel.streefdatum(), DoelStatus.BEZIG));
        RapportModel m = rapporten.model(id, RapportSoort.TRAJECTPLAN, START, LocalDate.of(2026, 10, 20), Rapportinvoer.LEEG);
        assertEquals("BEZIG", m.doelen().getFirst().status(), "the goal was back to 'bezig' that day, not 'behaald'");
        assertEquals(dag, m.doelen().getFirst().statusSinds());
        String doelen = RapportTekst.delen(tekst(m), RapportSoort.TRAJECTPLAN).get(Rapportopbouw.Onderdeel.DOELEN);
        assertTrue(doelen.contains(" Bezig ") && doelen.contains(RapportTekst.datum(dag)), doelen);
        assertTrue(!doelen.contains("Behaald"), doelen);
    }
    /**
     * Two versions of the persoonsprofiel printed the same "what it held" (the wishes, unchanged), so the
     * history read as if nothing changed. A later version now names the fields it changed, with their new
     * text, and nothing it left alone; a phase boundary counts its day once.
     */
    @Test
    void aLaterProfileVersionShowsWhatItChangedAndPhasesThatTouchCountTheirDayOnce() throws Exception {
        var eerste = new Persoonsprofiel(null, null, "mbo 3", "Tien jaar administratie",
                "Nauwkeurig", "Ordenen", "CSE", null, null, null, "Dicht bij huis");
        new ProfielService(db, op(LocalDate.of(2026, 10, 6))).bewaarPersoonsprofiel(id, eerste);
        new ProfielService(db, op(LocalDate.of(2026, 10, 27))).bewaarPersoonsprofiel(id,
                new Persoonsprofiel(null, null, "mbo 3", "Tien jaar administratie",
                        "Nauwkeurig, goed in plannen", "Ordenen", "CSE", null, null, "Rijbewijs ontbreekt", "Dicht bij huis"));
        FaseService fasen = new FaseService(db, op(LocalDate.of(2026, 10, 12)));
        int intake = fasen.overzicht(id).fasen().getFirst().id();
        fasen.volgende(id, intake, FaseSoort.ACCEPTATIE, LocalDate.of(2026, 10, 12)); // the intake ends that day

        RapportModel m = rapporten.model(id, RapportSoort.EIND, START, LocalDate.of(2026, 11, 24), Rapportinvoer.LEEG);
        List<Rapportinhoud.Versie> versies = m.inhoud().persoonsprofielVersies();
        assertEquals(2, versies.size());
        assertEquals(List.of(), versies.getFirst().wijzigingen());
        assertEquals(List.of(new Rapportinhoud.Rubriek("pp.competenties", "Nauwkeurig, goed in plannen"),
                new Rapportinhoud.Rubriek("pp.belemmeringen", "Rijbewijs ontbreekt")), versies.get(1).wijzigingen());
        String tekst = tekst(m);
        assertTrue(tekst.contains(I18n.t("rapport.profiel.gewijzigd") + " " + I18n.t("pp.competenties")
                + ": Nauwkeurig, goed in plannen; " + I18n.t("pp.belemmeringen") + ": Rijbewijs ontbreekt"), tekst);

        // The call on 12 October, the day one phase ended and the next began, counts in the new one only.
        assertEquals(List.of(1, 2), m.inhoud().fasen().stream().map(Rapportinhoud.Fase::contacten).toList());
        assertTrue(tekst.contains(I18n.t("rapport.fase.totaal") + " 3 0"), tekst);
    }
    @Test
    void aGroupSessionRowSaysHowManyTookPartAndNamesNoOtherParticipant() throws Exception {
        RapportModel m = rapporten.model(id, RapportSoort.VOORTGANG, START, LocalDate.of(2026, 11, 24), Rapportinvoer.LEEG);
        String activiteiten = RapportTekst.delen(tekst(m), RapportSoort.VOORTGANG).get(Rapportopbouw.Onderdeel.ACTIVITEITEN);
        // Was an empty Deelnemers cell beside the workshop.
        assertTrue(activiteiten.contains(I18n.t("rapport.activiteiten.groep", 2)), activiteiten);
        assertTrue(!activiteiten.contains("Łukasz") && !activiteiten.contains("Żółć"), activiteiten);
    }

    @Test
    void withoutTheCoachsNameTheDataBlockSaysItIsMissingNotTheProgramsName() throws Exception {
        RapportModel m = rapporten.model(id, RapportSoort.VOORTGANG, START, LocalDate.of(2026, 11, 24), Rapportinvoer.LEEG);
        String zonder = RapportTekst.plat(RapportTekst.lees(RapportPdf.render(Privacypoort.concept(m, I18n.locale()),
                new Rapportkop("Spoorzoeker", null, "Çiğdem Yılmaz", null, null, null, null, true), CLOCK.instant(),
                I18n.teksten())));
        assertTrue(zonder.contains(I18n.t("rapport.gegevens.coach") + " " + I18n.t("rapport.gegevens.coachOntbreekt")),
                zonder);
        String met = RapportTekst.plat(RapportTekst.lees(RapportPdf.render(Privacypoort.concept(m, I18n.locale()),
                new Rapportkop("Praktijk Spoor", null, "Çiğdem Yılmaz", null, null, "Anne de Vries", null, true),
                CLOCK.instant(), I18n.teksten())));
        assertTrue(met.contains("Anne de Vries, Praktijk Spoor"), met);
    }

    @Test
    void aReportOnAnEarlierPeriodShowsNoWorkplaceWeeksAfterIt() throws Exception {
        WerkervaringService wep = new WerkervaringService(db, CLOCK);
        LocalDate maandag = LocalDate.of(2026, 10, 5);
        int plek = wep.nieuw(id, new Werkervaringsplek(null,
                Werkervaringsplek.Soort.WERKERVARINGSPLEK, "Kringloop Oost", null, null, null,
                "Magazijn", null, maandag, LocalDate.of(2026, 12, 31), null, null, List.of(), List.of()));
        List<Werkervaringsplek.Week> weken = new java.util.ArrayList<>();
        for (int w = 0; w < 8; w++) {
            weken.add(new Werkervaringsplek.Week(maandag.plusWeeks(w), 480 + 60 * w, 480 + 60 * w));
        }
        wep.zetWeken(plek, weken);
        LocalDate tot = LocalDate.of(2026, 10, 20);
        RapportModel m = rapporten.model(id, RapportSoort.VOORTGANG, START, tot, Rapportinvoer.LEEG);
        List<RapportModel.Week> getoond = m.werkervaring().getFirst().weken();
        assertEquals(3, getoond.size(), "the weeks of 5, 12 and 19 October: " + getoond);
        assertTrue(getoond.stream().noneMatch(w -> w.maandag().isAfter(tot)), getoond.toString());
    }
}
