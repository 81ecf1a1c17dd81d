package nl.spoorzoeker.zoeken;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.spoorzoeker.logboek.ContactService;
import nl.spoorzoeker.logboek.Groepssessie;
import nl.spoorzoeker.agenda.Afspraak;
import nl.spoorzoeker.agenda.AfspraakService;
import nl.spoorzoeker.dossier.Adres;
import nl.spoorzoeker.dossier.Contact;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.tijdlijn.KlokInstellingen;
import nl.spoorzoeker.dossier.TijdlijnService;
import nl.spoorzoeker.dossier.Werkgever;
import nl.spoorzoeker.dossier.WerkgeverService;
import nl.spoorzoeker.arbeidsmarkt.ArbeidsmarktService;
import nl.spoorzoeker.arbeidsmarkt.Kanaal;
import nl.spoorzoeker.arbeidsmarkt.Netwerkcontact;
import nl.spoorzoeker.arbeidsmarkt.Sollicitatie;
import nl.spoorzoeker.arbeidsmarkt.SollicitatieStatus;
import nl.spoorzoeker.arbeidsmarkt.WerkervaringService;
import nl.spoorzoeker.arbeidsmarkt.Werkervaringsplek;
import nl.spoorzoeker.fase.AdRapport;
import nl.spoorzoeker.fase.Belastbaarheid;
import nl.spoorzoeker.fase.Doel;
import nl.spoorzoeker.fase.DoelStatus;
import nl.spoorzoeker.fase.FaseService;
import nl.spoorzoeker.fase.FaseSoort;
import nl.spoorzoeker.fase.Persoonsprofiel;
import nl.spoorzoeker.fase.ProfielService;
import nl.spoorzoeker.fase.Zoekprofiel;
import nl.spoorzoeker.fase.Zoekrichting;
import nl.spoorzoeker.praktijk.PraktijkService;
import nl.spoorzoeker.rapportage.RapportOpslag;
import nl.spoorzoeker.rapportage.RapportService;
import nl.spoorzoeker.rapportage.RapportSoort;
import nl.spoorzoeker.rapportage.Rapportinvoer;
import nl.spoorzoeker.rapportage.Sectie;
import nl.spoorzoeker.rapportage.Uwvtoets;
import nl.spoorzoeker.rapportage.privacy.Privacytoets;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.testsupport.TestDossiers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.dossier.Werknemer;

/**
 * One search over names, organisations and every text (issue 21 item 5), on a real SQLite file:
 * every kind of source is found by a word of its own, names as the dossier filter finds them.
 */
class ZoekOveralTest {

    @TempDir
    Path dir;
    Database db;
    ZoekService zoeken;
    int dossier;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("spoorzoeker.db"));
        zoeken = new ZoekService(db);
        dossier = TestDossiers.create(db, "Łukasz Yılmaz-Çelik");
        TestDossiers.create(db, "Jan Jansen");
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** The hits of one kind for what was typed. */
    private List<Zoekresultaat> van(Bron bron, String invoer) {
        return zoeken.zoek(invoer).stream().filter(z -> z.bron() == bron).toList();
    }

    private List<Bron> bronnen(String invoer) {
        return zoeken.zoek(invoer).stream().map(Zoekresultaat::bron).toList();
    }

    @Test
    void aWerknemerIsFoundByNameTypedWithoutItsAccentsAndOpensTheDossier() {
        for (String getypt : List.of("lukasz", "LUKASZ yilmaz", "celik", "yılmaz", "Łukasz", "luk")) {
            List<Zoekresultaat> hits = van(Bron.DOSSIER, getypt);
            assertEquals(1, hits.size(), getypt);
            assertEquals(dossier, hits.getFirst().dossierId(), getypt);
            assertEquals("Łukasz Yılmaz-Çelik", hits.getFirst().naam());
            assertEquals(null, hits.getFirst().datum(), "a name has no date");
        }
        assertEquals(Bron.DOSSIER, zoeken.zoek("jansen").getFirst().bron(), "the dossier before its werkgever");

        // A new name is found at once, the old one no more.
        DossierService dossiers = new DossierService(db, CLOCK);
        var d = dossiers.find(dossier).orElseThrow();
        var w = d.werknemer();
        dossiers.update(dossier, new Werknemer(w.id(), "Lukas Smit", w.geboortedatum(),
                w.telefoon(), w.email(), w.adres(), w.functie(), w.contracturenMinuten(), w.rijbewijs(), w.vervoer()),
                d.werkgever().id(), d.traject());
        assertEquals(List.of(), van(Bron.DOSSIER, "yilmaz"));
        assertEquals(dossier, van(Bron.DOSSIER, "smit").getFirst().dossierId());
    }

    @Test
    void everyKindOfSourceIsFoundByAWordOfItsOwn() throws Exception {
        int werkgever = new WerkgeverService(db, CLOCK).create(new Werkgever(null, "Bouwbedrijf Hendriks", null,
                new Adres(null, null, "Zwolle"), new Contact("Petra Ødegård", null, null),
                new Contact("Karel Casemanager", null, null), false));
        ContactService contacten = new ContactService(db, CLOCK);
        contacten.log(dossier, ZoekServiceTest.contact(null, "Gesprek over de heftruckopleiding",
                LocalDateTime.of(2026, 11, 3, 10, 0)));
        ArbeidsmarktService markt = new ArbeidsmarktService(db, CLOCK);
        markt.nieuweSollicitatie(dossier, new Sollicitatie(null, LocalDate.of(2026, 11, 2), "Bakkerij Zoë",
                "Verkoopmedewerker", null, Kanaal.VACATURE, null, null, List.of(), null), SollicitatieStatus.VERSTUURD);
        markt.logNetwerk(dossier, new Netwerkcontact(null, LocalDate.of(2026, 11, 4), "Piet Rotary",
                "Transportbedrijf Veldhoven", null, null, null, null));
        WerkervaringService wep = new WerkervaringService(db, CLOCK);
        int plek = wep.nieuw(dossier, new Werkervaringsplek(null, Werkervaringsplek.Soort.WERKERVARINGSPLEK,
                "Kringloopwinkel De Ommezwaai", "Ria Brouwer", null, null, null, null, LocalDate.of(2026, 9, 1), null,
                null, null, null, null));
        wep.evalueer(plek, new Werkervaringsplek.Evaluatie(null, LocalDate.of(2026, 10, 15), "Kassawerk gaat zelfstandig"));
        new AfspraakService(db, CLOCK).plan(new Afspraak(null, dossier, null, LocalDateTime.of(2026, 12, 1, 10, 0), 60,
                "Sollicitatietraining", "Bibliotheek", null, null));
        contacten.logGroepssessie(new Groepssessie(null, LocalDateTime.of(2026, 11, 10, 13, 0), 120,
                Groepssessie.Soort.WORKSHOP, "Workshop pitchen", null, null, Groepssessie.Verdeling.GEDEELD, true,
                List.of(new Groepssessie.Deelname(dossier, null, 120))));
        FaseService fasen = new FaseService(db, CLOCK);
        fasen.beantwoord(dossier, fasen.overzicht(dossier).stappen().getFirst().id(), LocalDate.of(2026, 10, 20),
                "Droomberoep: bakker in Zeist");
        fasen.voegDoelToe(dossier, new Doel(null, FaseSoort.ARBEIDSMARKT, "Drie open sollicitaties per week",
                "Logboek vacaturesites", LocalDate.of(2026, 12, 31), DoelStatus.OPEN));
        fasen.voegBelastbaarheidToe(dossier, new Belastbaarheid(null, LocalDate.of(2026, 10, 1),
                Belastbaarheid.Bron.BEDRIJFSARTS, Belastbaarheid.DocumentType.FML, 240, 1200, "Opbouw in blokken",
                "Geen piekbelasting", null, "Niet boven schouderhoogte tillen", null, null, "Geen nachtdiensten", false,
                false, null));
        ProfielService profielen = new ProfielService(db, CLOCK);
        profielen.bewaarPersoonsprofiel(dossier, new Persoonsprofiel(null, null, "Mbo logistiek", null, null,
                "Tuinieren", null, null, null, null, null));
        profielen.bewaarZoekprofiel(dossier, new Zoekprofiel(null, null, List.of(new Zoekrichting("Magazijnmedewerker",
                "mbo 2", "Logistiek", 1200, "Regio Amersfoort", "Veel vacatures", true, null))));
        profielen.voegAdRapportToe(dossier, new AdRapport(null, LocalDate.of(2026, 8, 1), "Mr. Arbeidsdeskundige Visser",
                AdRapport.ConclusieSpoor1.NIET_MOGELIJK, "Orderpicker of chauffeur"));
        RapportOpslag rapporten = rapportOpslag();
        int rapport = rapporten.nieuw(dossier, RapportSoort.VOORTGANG, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1), I18n.teksten());
        Map<Sectie, String> teksten = new EnumMap<>(Sectie.class);
        teksten.put(Sectie.SAMENVATTING, "De werknemer oefent met een vorkheftruck.\nTweede regel: stage bij Ikea");
        teksten.put(Sectie.PLANNING, "Volgende maand: proefplaatsing");
        rapporten.bewaar(rapport, new Rapportinvoer(teksten, null, null, List.of(), List.of(), null, null));

        Map<String, Bron> woordEnBron = new java.util.LinkedHashMap<>();
        woordEnBron.put("hendriks", Bron.WERKGEVER);
        woordEnBron.put("odegard", Bron.WERKGEVER);
        woordEnBron.put("casemanager", Bron.WERKGEVER);
        woordEnBron.put("heftruckopleiding", Bron.CONTACTMOMENT);
        woordEnBron.put("zoe", Bron.SOLLICITATIE);
        woordEnBron.put("rotary", Bron.NETWERKCONTACT);
        woordEnBron.put("veldhoven", Bron.NETWERKCONTACT);
        woordEnBron.put("ommezwaai", Bron.WERKERVARINGSPLEK);
        woordEnBron.put("brouwer", Bron.WERKERVARINGSPLEK);
        woordEnBron.put("kassawerk", Bron.EVALUATIE);
        woordEnBron.put("sollicitatietraining", Bron.AFSPRAAK);
        woordEnBron.put("pitchen", Bron.GROEPSSESSIE);
        woordEnBron.put("zeist", Bron.STAPANTWOORD);
        woordEnBron.put("vacaturesites", Bron.DOEL);
        woordEnBron.put("schouderhoogte", Bron.BELASTBAARHEID);
        woordEnBron.put("tuinieren", Bron.PERSOONSPROFIEL);
        woordEnBron.put("amersfoort", Bron.ZOEKPROFIEL);
        woordEnBron.put("visser", Bron.AD_RAPPORT);
        woordEnBron.put("vorkheftruck", Bron.RAPPORT);
        woordEnBron.put("regel", Bron.RAPPORT);
        woordEnBron.put("proefplaatsing", Bron.RAPPORT);
        woordEnBron.forEach((woord, bron) -> assertEquals(List.of(bron), bronnen(woord + " "), woord));
        assertTrue(woordEnBron.values().containsAll(java.util.EnumSet.complementOf(java.util.EnumSet.of(Bron.DOSSIER))),
                "every kind of source but the dossier (the test above) is searched for here");

        Zoekresultaat plekHit = zoeken.zoek("ommezwaai").getFirst();
        assertEquals(plek, plekHit.bronId());
        assertEquals(dossier, plekHit.dossierId(), "a werkervaringsplek opens its dossier");
        Zoekresultaat werkgeverHit = zoeken.zoek("hendriks").getFirst();
        assertEquals(werkgever, werkgeverHit.bronId());
        assertEquals(null, werkgeverHit.dossierId(), "a werkgever belongs to no one dossier");
        assertEquals("Bouwbedrijf Hendriks", werkgeverHit.naam());
        Zoekresultaat rapportHit = zoeken.zoek("vorkheftruck").getFirst();
        assertEquals(rapport, rapportHit.bronId());
        assertEquals(LocalDate.of(2026, 11, 1), rapportHit.datum(), "a report is dated by its last day");
        // How the report's texts are stored (keys, a date comment, escaped line breaks) is not searched.
        for (String opslag : List.of("samenvatting", "planning", "nregel")) {
            assertEquals(List.of(), van(Bron.RAPPORT, opslag + " "), opslag);
        }
    }

    @Test
    void ofAVersionedProfileOnlyTheNewestVersionIsFound() {
        ProfielService profielen = new ProfielService(db, CLOCK);
        profielen.bewaarPersoonsprofiel(dossier, new Persoonsprofiel(null, null, "Havo", null, null, "Zeilen", null,
                null, null, null, null));
        profielen.bewaarPersoonsprofiel(dossier, new Persoonsprofiel(null, null, "Havo", null, null, "Schaken", null,
                null, null, null, null));
        assertEquals(List.of(), bronnen("zeilen"));
        assertEquals(List.of(Bron.PERSOONSPROFIEL), bronnen("havo"));
        profielen.bewaarZoekprofiel(dossier, new Zoekprofiel(null, null, List.of(
                new Zoekrichting("Buschauffeur", null, null, null, "Utrecht", null, true, null))));
        profielen.bewaarZoekprofiel(dossier, new Zoekprofiel(null, null, List.of(
                new Zoekrichting("Taxichauffeur", null, null, null, "Utrecht", null, true, null),
                new Zoekrichting("Koerier", null, null, null, null, null, true, null))));
        assertEquals(List.of(), bronnen("buschauffeur"));
        assertEquals(List.of(Bron.ZOEKPROFIEL), bronnen("utrecht"));
        assertEquals(List.of(Bron.ZOEKPROFIEL), bronnen("koerier"), "every zoekrichting of the newest version");
    }

    private RapportOpslag rapportOpslag() {
        DossierService dossiers = new DossierService(db, CLOCK);
        RapportService modellen = new RapportService(dossiers, new TijdlijnService(db, CLOCK, KlokInstellingen.STANDAARD),
                new ContactService(db, CLOCK), new ArbeidsmarktService(db, CLOCK), new WerkervaringService(db, CLOCK),
                new ProfielService(db, CLOCK), new FaseService(db, CLOCK));
        return new RapportOpslag(db, CLOCK, modellen, dossiers, new PraktijkService(db, CLOCK),
                new Uwvtoets(Privacytoets.standaard(), Uwvtoets.Drempels.STANDAARD));
    }
}
