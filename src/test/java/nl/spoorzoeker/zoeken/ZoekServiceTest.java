package nl.spoorzoeker.zoeken;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import nl.spoorzoeker.logboek.ContactService;
import nl.spoorzoeker.logboek.ContactSoort;
import nl.spoorzoeker.logboek.Contactmoment;
import nl.spoorzoeker.logboek.Groepssessie;
import nl.spoorzoeker.agenda.Afspraak;
import nl.spoorzoeker.agenda.AfspraakService;
import nl.spoorzoeker.arbeidsmarkt.ArbeidsmarktService;
import nl.spoorzoeker.arbeidsmarkt.Kanaal;
import nl.spoorzoeker.arbeidsmarkt.Netwerkcontact;
import nl.spoorzoeker.arbeidsmarkt.Sollicitatie;
import nl.spoorzoeker.arbeidsmarkt.SollicitatieStatus;
import nl.spoorzoeker.arbeidsmarkt.WerkervaringService;
import nl.spoorzoeker.arbeidsmarkt.Werkervaringsplek;
import nl.spoorzoeker.fase.FaseService;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.testsupport.TestDossiers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index follows every source through insert, update and delete, on a real SQLite file. */
class ZoekServiceTest {

    @TempDir
    Path dir;
    Database db;
    ZoekService zoeken;
    ContactService contacten;
    int dossier;
    int ander;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("spoorzoeker.db"));
        zoeken = new ZoekService(db);
        contacten = new ContactService(db, CLOCK);
        dossier = TestDossiers.create(db, "Çiğdem Yılmaz");
        ander = TestDossiers.create(db, "Jan Jansen");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<Bron> bronnen(String invoer) {
        return zoeken.zoek(invoer).stream().map(Zoekresultaat::bron).toList();
    }

    static Contactmoment contact(Integer id, String samenvatting, LocalDateTime wanneer) {
        return new Contactmoment(id, wanneer, 60, ContactSoort.GESPREK_OP_LOCATIE, "werknemer", "Voortgang",
                samenvatting, null, null, null, null, true);
    }

    @Test
    void contactsAreFoundChangedAndGone() {
        int id = contacten.log(dossier, contact(null, "Gesprek over de heftruckopleiding bij Çiğdem thuis",
                LocalDateTime.of(2026, 11, 3, 10, 0)));
        List<Zoekresultaat> hits = zoeken.zoek("heftruckopleiding");
        assertEquals(1, hits.size());
        Zoekresultaat hit = hits.getFirst();
        assertEquals(Bron.CONTACTMOMENT, hit.bron());
        assertEquals(dossier, hit.dossierId());
        assertEquals("Çiğdem Yılmaz", hit.naam());
        assertEquals(LocalDate.of(2026, 11, 3), hit.datum());
        assertTrue(hit.fragment().contains(Zoekresultaat.BEGIN + "heftruckopleiding" + Zoekresultaat.EINDE));
        assertEquals(List.of(Bron.DOSSIER, Bron.WERKGEVER, Bron.CONTACTMOMENT), bronnen("CIGDEM"),
                "case and accents do not matter; names first (the werkgever is \"Werkgever van Çiğdem Yılmaz\")");
        assertEquals(1, zoeken.zoek("heftr").size(), "the word being typed is a prefix");
        assertEquals(0, zoeken.zoek("heftr ").size(), "a finished word is a whole word");
        // Changed: also to another date, which moves its place in the index.
        contacten.wijzig(dossier, contact(id, "Gesprek over de reachtruck", LocalDateTime.of(2026, 10, 1, 9, 0)));
        assertEquals(0, zoeken.zoek("heftruckopleiding").size());
        assertEquals(LocalDate.of(2026, 10, 1), zoeken.zoek("reachtruck").getFirst().datum());
    }

    @Test
    void everySourceIsFoundAndFollowsItsChanges() throws Exception {
        ArbeidsmarktService markt = new ArbeidsmarktService(db, CLOCK);
        int s = markt.nieuweSollicitatie(dossier, new Sollicitatie(null, LocalDate.of(2026, 11, 2), "Bakkerij Zoë",
                "Verkoopmedewerker", null, Kanaal.VACATURE, "Afgewezen wegens reistijd", null, List.of(), null),
                SollicitatieStatus.VERSTUURD);
        int n = markt.logNetwerk(dossier, new Netwerkcontact(null, LocalDate.of(2026, 11, 4), "Piet Rotary", null,
                "Introductie logistiek", null, null, null));
        WerkervaringService wep = new WerkervaringService(db, CLOCK);
        int plek = wep.nieuw(dossier, new Werkervaringsplek(null, Werkervaringsplek.Soort.WERKERVARINGSPLEK,
                "Kringloop", null, null, null, null, null, LocalDate.of(2026, 9, 1), null, null, null, null, null));
        wep.evalueer(plek, new Werkervaringsplek.Evaluatie(null, LocalDate.of(2026, 10, 15), "Kassawerk gaat zelfstandig"));
        AfspraakService afspraken = new AfspraakService(db, CLOCK);
        int a = afspraken.plan(new Afspraak(null, dossier, null, LocalDateTime.of(2026, 12, 1, 10, 0), 60,
                "Sollicitatietraining", "Bibliotheek", null, null));
        int g = contacten.logGroepssessie(new Groepssessie(null, LocalDateTime.of(2026, 11, 10, 13, 0), 120,
                Groepssessie.Soort.WORKSHOP, "Workshop pitchen", null, "Elevator pitch", Groepssessie.Verdeling.GEDEELD,
                true, List.of(new Groepssessie.Deelname(ander, null, 120), new Groepssessie.Deelname(dossier, null, 60))));
        FaseService fasen = new FaseService(db, CLOCK);
        var stap = fasen.overzicht(dossier).stappen().getFirst();
        fasen.beantwoord(dossier, stap.id(), LocalDate.of(2026, 10, 20), "Droomberoep: bakker in Zeist");

        assertEquals(List.of(Bron.SOLLICITATIE), bronnen("reistijd"));
        assertEquals(List.of(Bron.NETWERKCONTACT), bronnen("rotary"));
        assertEquals(List.of(Bron.EVALUATIE), bronnen("kassawerk"));
        assertEquals(dossier, zoeken.zoek("kassawerk").getFirst().dossierId(), "an evaluation opens its dossier");
        assertEquals(List.of(Bron.AFSPRAAK), bronnen("sollicitatietraining"));
        assertEquals(List.of(Bron.STAPANTWOORD), bronnen("zeist"));
        Zoekresultaat groep = zoeken.zoek("pitch").getFirst();
        assertEquals(Bron.GROEPSSESSIE, groep.bron());
        assertEquals("Jan Jansen, Çiğdem Yılmaz", groep.naam(), "a group session names all its participants");
        assertTrue(groep.dossierId() == ander || groep.dossierId() == dossier);

        markt.verwijderSollicitatie(dossier, s);
        markt.verwijderNetwerk(dossier, n);
        afspraken.annuleer(a);
        contacten.verwijderGroepssessie(g);
        assertEquals(List.of(), bronnen("reistijd"));
        assertEquals(List.of(), bronnen("rotary"));
        assertEquals(List.of(), bronnen("sollicitatietraining"));
        assertEquals(List.of(), bronnen("pitch"));
    }

    @Test
    void hitsComeNewestFirstAcrossSources() {
        contacten.log(dossier, contact(null, "Vacature gezien bij Albert Heijn", LocalDateTime.of(2026, 9, 1, 10, 0)));
        new ArbeidsmarktService(db, CLOCK).nieuweSollicitatie(ander, new Sollicitatie(null, LocalDate.of(2026, 11, 20),
                "Albert Heijn", "Vakkenvuller", null, Kanaal.VACATURE, null, null, List.of(), null),
                SollicitatieStatus.VERSTUURD);
        contacten.log(dossier, contact(null, "Sollicitatie Albert Heijn besproken", LocalDateTime.of(2026, 10, 1, 10, 0)));
        assertEquals(List.of(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 9, 1)),
                zoeken.zoek("albert heijn").stream().map(Zoekresultaat::datum).toList());
    }

    @Test
    void oddInputIsSafe() {
        String lang = "woord ".repeat(16_000) + "naald";
        contacten.log(dossier, contact(null, lang, LocalDateTime.of(2026, 11, 3, 10, 0)));
        assertEquals(1, zoeken.zoek("naald").size(), "a 100,000-character note is indexed whole");
        for (String vreemd : List.of("", "   ", "\"", "\"\"", "*", "AND", "OR NOT", "tekst:naald", "NEAR(a b)",
                "naald)", "(naald", "^naald", "naald -woord", "' OR 1=1 --", "\u0000", "💼", "ı", "ß")) {
            zoeken.zoek(vreemd); // never an SQL or FTS syntax error
        }
        assertEquals(1, zoeken.zoek("woord:naald").size(), "a colon is not a column filter: both words are searched");
        assertEquals(0, zoeken.zoek("  ").size());
    }
}
