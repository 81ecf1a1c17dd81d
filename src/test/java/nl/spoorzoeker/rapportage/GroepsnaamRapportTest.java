package nl.spoorzoeker.rapportage;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.spoorzoeker.logboek.ContactService;
import nl.spoorzoeker.logboek.Groepssessie;
import nl.spoorzoeker.app.werkplek.Demoset;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.input.Weigering;
import nl.spoorzoeker.praktijk.PraktijkService;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.testsupport.Proefpraktijk;
import nl.spoorzoeker.taal.Teksten;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.spoorzoeker.dossier.Adres;
import nl.spoorzoeker.praktijk.Praktijk;

/**
 * Issue 18 on a real SQLite file with the demo practice: a group session's summary that names a fellow
 * participant by first name reaches no other participant's report — redacted in a concept, a final
 * refused — in Dutch and in English; the participant's own report, and the coach's name, are left alone.
 */
class GroepsnaamRapportTest {

    static final LocalDate TOT = LocalDate.of(2026, 11, 22);
    static final LocalDate VAN = TOT.minusWeeks(6).plusDays(1);

    @TempDir
    Path dir;
    Database db;
    RapportOpslag opslag;
    int mohammed;
    int priya;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("spoorzoeker.db"));
        Demoset.load(db, CLOCK);
        DossierService dossiers = new DossierService(db, CLOCK);
        ContactService contacten = new ContactService(db, CLOCK);
        PraktijkService praktijk = new PraktijkService(db, CLOCK);
        praktijk.save(new Praktijk("Çiğdem Yılmaz", "Praktijk De Brug", "12345678",
                new Adres("Oudegracht 12", "3511 AB", "Utrecht"), null, null, null, null));
        opslag = RapportOpslagTest.opslag(db, praktijk);
        mohammed = dossier(dossiers, "Mohammed El Amrani");
        priya = dossier(dossiers, "Priya Raghoebarsing");
        contacten.logGroepssessie(new Groepssessie(null, TOT.minusDays(5).atTime(13, 30), 120,
                Groepssessie.Soort.WORKSHOP, "Workshop netwerken", "Buurthuis",
                "Samen met Priya de pitch geoefend. Çiğdem gaf daarna feedback op elke pitch.",
                Groepssessie.Verdeling.GEDEELD, true,
                List.of(new Groepssessie.Deelname(mohammed, null, 120), new Groepssessie.Deelname(priya, null, 120))));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static int dossier(DossierService dossiers, String naam) {
        return Proefpraktijk.traject(dossiers, naam);
    }

    private List<Bevinding> namen(int rapport, Teksten taal) {
        return opslag.controleer(rapport, taal).bevindingen().stream()
                .filter(b -> b.berichtKey().equals("uwv.c18.andereDeelnemer")).toList();
    }

    @Test
    void aFellowParticipantsFirstNameIsRedactedInAConceptAndBlocksAFinal() throws Exception {
        for (Teksten taal : List.of(Teksten.voor(Locale.forLanguageTag("nl-NL")), Teksten.voor(Locale.ENGLISH))) {
            int id = opslag.nieuw(mohammed, RapportSoort.VOORTGANG, VAN, TOT, taal);
            opslag.bewaar(id, RapportOpslagTest.ingevuld());
            List<Bevinding> gevonden = namen(id, taal);
            assertEquals(1, gevonden.size(), taal.taal() + ": " + gevonden);
            assertEquals(Bevinding.Ernst.BLOKKADE, gevonden.getFirst().ernst());
            assertEquals(List.of("Priya"), gevonden.getFirst().args());
            String tekst = RapportTekst.plat(RapportTekst.leesAlles(opslag.concept(id, taal)));
            assertFalse(tekst.contains("Priya"), taal.taal() + ": the name reached the concept");
            assertTrue(tekst.contains("de pitch geoefend"), "the rest of the summary stays: " + tekst);
            assertTrue(tekst.contains("Çiğdem gaf daarna feedback"), "the coach may be named");
            assertTrue(tekst.contains(RapportTekst.plat(taal.t("groepsnaam.redactie"))), "a visible marker: " + tekst);
            assertThrows(Weigering.class, () -> opslag.maakDefinitief(id, taal));
        }
    }

    @Test
    void theParticipantsOwnReportDoesNotFlagTheirOwnName() {
        Teksten taal = Teksten.voor(Locale.forLanguageTag("nl-NL"));
        int id = opslag.nieuw(priya, RapportSoort.VOORTGANG, VAN, TOT, taal);
        assertEquals(List.of(), namen(id, taal));
    }
}
