package nl.spoorzoeker.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import nl.spoorzoeker.input.Weigering;
import nl.spoorzoeker.fase.Persoonsprofiel;
import nl.spoorzoeker.fase.ProfielService;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.testsupport.TestDossiers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** STARR stories on a real SQLite file: several per traject with their tags, changed and removed per traject. */
class StarrServiceTest {

    static final java.time.LocalDate VANDAAG = java.time.LocalDate.now(TestDossiers.CLOCK);

    @TempDir
    Path dir;
    Database db;
    StarrService service;
    ProfielService profielen;
    int zoe;
    int sam;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("spoorzoeker.db"));
        profielen = new ProfielService(db, TestDossiers.CLOCK);
        service = new StarrService(db, TestDossiers.CLOCK, profielen);
        zoe = TestDossiers.create(db, "Zoë de Vries-Müller");
        sam = TestDossiers.create(db, "Sam Jansen");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void storiesKeepTheirPartsAndTagsInOrderAndAChangeReplacesTheTags() {
        int eerste = service.bewaar(zoe, new StarrVerhaal(null, "Nieuwe planning magazijn", "Drukte in december",
                "Ik moest de ploegen indelen", "Ik maakte een rooster met vaste blokken", "Geen overuren meer",
                "Ik vraag eerder om hulp", List.of("plannen", " samenwerken ", "Plannen", "")));
        int tweede = service.bewaar(zoe, new StarrVerhaal(null, "Klacht opgelost", null, null, null, null, null,
                List.of()));
        service.bewaar(sam, new StarrVerhaal(null, "Van Sam", null, null, null, null, null, List.of("rijden")));

        List<StarrVerhaal> lijst = service.lijst(zoe);
        assertEquals(List.of(eerste, tweede), lijst.stream().map(StarrVerhaal::id).toList());
        assertEquals(new StarrVerhaal(eerste, "Nieuwe planning magazijn", "Drukte in december",
                "Ik moest de ploegen indelen", "Ik maakte een rooster met vaste blokken", "Geen overuren meer",
                "Ik vraag eerder om hulp", List.of("plannen", "samenwerken"), VANDAAG, VANDAAG), lijst.getFirst());

        service.bewaar(zoe, new StarrVerhaal(tweede, "Klacht opgelost", "Boze klant", null, null, null, null,
                List.of("klantgericht", "luisteren")));
        assertEquals(List.of("klantgericht", "luisteren"), service.lijst(zoe).get(1).competenties());
        service.bewaar(zoe, new StarrVerhaal(tweede, "Klacht opgelost", "Boze klant", null, null, null, null,
                List.of("geduld")));
        assertEquals(List.of("geduld"), service.lijst(zoe).get(1).competenties(), "a change replaces the tags");
        assertEquals(List.of("rijden"), service.lijst(sam).getFirst().competenties());

        service.verwijder(zoe, eerste);
        assertEquals(List.of(tweede), service.lijst(zoe).stream().map(StarrVerhaal::id).toList());
    }

    @Test
    void theChoiceOfCompetenciesStartsWithTheLatestPersoonsprofiel() {
        profielen.bewaarPersoonsprofiel(zoe, new Persoonsprofiel(null, null, null, null, "oud", null, null, null,
                null, null, null));
        profielen.bewaarPersoonsprofiel(zoe, new Persoonsprofiel(null, null, null, null,
                "Samenwerken, plannen;\n- klantgericht", null, null, null, null, null, null));
        service.bewaar(zoe, new StarrVerhaal(null, "Verhaal", null, null, null, null, null,
                List.of("plannen", "doorzetten")));
        assertEquals(List.of("Samenwerken", "plannen", "klantgericht", "doorzetten"), service.competentieKeuze(zoe));
    }

    @Test
    void anotherDossiersStoryIsNeitherChangedNorRemovedAndATitleIsRequired() {
        int vanSam = service.bewaar(sam, new StarrVerhaal(null, "Van Sam", null, null, null, null, null, List.of()));
        assertEquals("starr.fout.weg", assertThrows(Weigering.class, () -> service.bewaar(zoe,
                new StarrVerhaal(vanSam, "Overgenomen", null, null, null, null, null, List.of()))).messageKey());
        assertEquals("starr.fout.weg", assertThrows(Weigering.class, () -> service.verwijder(zoe, vanSam)).messageKey());
        assertEquals("Van Sam", service.lijst(sam).getFirst().titel());
        assertThrows(IllegalArgumentException.class, () -> service.bewaar(zoe,
                new StarrVerhaal(null, " ", "x", null, null, null, null, List.of())));
        assertEquals("starr.fout.tagTeLang", assertThrows(Weigering.class, () -> service.bewaar(zoe,
                new StarrVerhaal(null, "Titel", null, null, null, null, null, List.of("x".repeat(61))))).messageKey());
        assertEquals(0, service.lijst(zoe).size());
    }

    /**
     * The day told is set in the form (issue 19): a day given with a change is stored; a change
     * without one keeps it; a day ahead is refused (a report would not print the story until then).
     */
    @Test
    void theDayToldIsChangedWhenTheFormGivesOneAndADayAheadIsRefused() {
        int id = service.bewaar(zoe, new StarrVerhaal(null, "Planning", null, null, null, null, null, List.of()));
        service.bewaar(zoe, new StarrVerhaal(id, "Planning", null, null, null, null, null, List.of(), VANDAAG.minusDays(30),
                null));
        assertEquals(VANDAAG.minusDays(30), service.lijst(zoe).getFirst().datum());
        service.bewaar(zoe, new StarrVerhaal(id, "Planning", "drukte", null, null, null, null, List.of()));
        assertEquals(VANDAAG.minusDays(30), service.lijst(zoe).getFirst().datum(), "no day given: it stays");
        assertEquals("input.dateInFuture", assertThrows(Weigering.class, () -> service.bewaar(zoe, new StarrVerhaal(id,
                "Planning", null, null, null, null, null, List.of(), VANDAAG.plusDays(1), null))).messageKey());
        assertEquals(List.of(VANDAAG.minusDays(30)), service.lijst(zoe).stream().map(StarrVerhaal::datum).toList());
    }
}
