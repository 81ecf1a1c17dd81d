package nl.spoorzoeker.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.spoorzoeker.fase.Persoonsprofiel;
import nl.spoorzoeker.fase.ProfielService;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.testsupport.TestDossiers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The interest test on a real SQLite file: answers kept as given, pause and resume, completion. */
class InstrumentServiceTest {

    @TempDir
    Path dir;
    Database db;
    ProfielService profielen;
    InstrumentService service;
    int dossier;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("spoorzoeker.db"));
        profielen = new ProfielService(db, TestDossiers.CLOCK);
        service = new InstrumentService(db, TestDossiers.CLOCK, profielen);
        dossier = TestDossiers.create(db, "Zoë de Vries-Müller");
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** R "heel leuk", I "leuk", A "weet ik niet", S "niet leuk", E and C "helemaal niet leuk": code RIA. */
    private static int waarde(Vraag v) {
        return switch (v.schaal()) {
            case R -> 5;
            case I -> 4;
            case A -> 3;
            case S -> 2;
            case E, C -> 1;
        };
    }

    @Test
    void answersAreKeptAsGivenAndATestResumesWhereItWasLeftAfterReopening() throws Exception {
        Afname a = service.hervatOfStart(dossier);
        assertEquals(Afname.Status.LOPEND, a.status());
        assertEquals(LocalDate.of(2026, 11, 24), a.beginDatum());
        assertEquals(1, a.hervatBij());
        for (Vraag v : Interessetest.vragen().subList(0, 17)) {
            service.antwoord(a.id(), v.nummer(), waarde(v));
        }
        service.antwoord(a.id(), 3, 1); // changed the mind on item 3
        db.close();
        db = Database.open(dir.resolve("spoorzoeker.db"));
        profielen = new ProfielService(db, TestDossiers.CLOCK);
        service = new InstrumentService(db, TestDossiers.CLOCK, profielen);

        Afname weer = service.hervatOfStart(dossier);
        assertEquals(a.id(), weer.id(), "the open test is resumed, not a new one started");
        assertEquals(17, weer.antwoorden().size());
        assertEquals(1, weer.antwoorden().get(3));
        assertEquals(18, weer.hervatBij());
        assertEquals(1, service.afnames(dossier).size());
    }

    @Test
    void completingWritesTheCodeIntoANewPersoonsprofielVersionNamingTheInstrumentAndDate() {
        profielen.bewaarPersoonsprofiel(dossier, new Persoonsprofiel(null, null, "mbo 4", "20 jaar logistiek",
                "plannen", "fietsen", "SEC", null, null, null, "dichtbij huis"));
        Afname a = service.hervatOfStart(dossier);
        assertEquals("instrument.fout.onvolledig", assertThrows(InstrumentService.Geweigerd.class,
                () -> service.voltooi(a.id())).messageKey());
        for (Vraag v : Interessetest.vragen()) {
            service.antwoord(a.id(), v.nummer(), waarde(v));
        }
        Afname klaar = service.voltooi(a.id());
        assertEquals(Afname.Status.VOLTOOID, klaar.status());
        assertEquals("RIA", klaar.uitkomst());
        assertEquals(LocalDate.of(2026, 11, 24), klaar.voltooidDatum());
        assertEquals(2, klaar.persoonsprofielVersie());

        List<Persoonsprofiel> versies = profielen.profielen(dossier).persoonsprofielen();
        assertEquals(2, versies.size());
        Persoonsprofiel nieuw = versies.getFirst();
        assertEquals(2, nieuw.versie());
        assertEquals("RIA", nieuw.riasec());
        assertEquals(Interessetest.CODE, nieuw.instrument());
        assertEquals(LocalDate.of(2026, 11, 24), nieuw.instrumentDatum());
        assertEquals("20 jaar logistiek", nieuw.werkervaring(), "the coach's other fields are carried over");
        assertEquals("dichtbij huis", nieuw.wensen());
        assertEquals("SEC", versies.get(1).riasec(), "the old version stays");
        assertNull(versies.get(1).instrument());

        // A completed test takes no more answers and is not completed twice; a new one can be started.
        assertEquals("instrument.fout.voltooid", assertThrows(InstrumentService.Geweigerd.class,
                () -> service.antwoord(a.id(), 1, 1)).messageKey());
        assertEquals("instrument.fout.voltooid", assertThrows(InstrumentService.Geweigerd.class,
                () -> service.voltooi(a.id())).messageKey());
        assertNotEquals(a.id(), service.hervatOfStart(dossier).id());
        assertEquals(2, service.afnames(dossier).size());
    }

    @Test
    void withoutAnEarlierProfileTheFirstVersionHoldsOnlyTheCode() {
        Afname a = service.hervatOfStart(dossier);
        for (Vraag v : Interessetest.vragen()) {
            service.antwoord(a.id(), v.nummer(), waarde(v));
        }
        service.voltooi(a.id());
        Persoonsprofiel p = profielen.profielen(dossier).persoonsprofielen().getFirst();
        assertEquals(1, p.versie());
        assertEquals("RIA", p.riasec());
        assertNull(p.opleiding());
    }

    @Test
    void aFlatProfileCompletesWithoutACodeAndLeavesThePersoonsprofielAlone() {
        Afname a = service.hervatOfStart(dossier);
        for (Vraag v : Interessetest.vragen()) {
            service.antwoord(a.id(), v.nummer(), 3);
        }
        Afname klaar = service.voltooi(a.id());
        assertEquals(Afname.Status.VOLTOOID, klaar.status());
        assertNull(klaar.uitkomst());
        assertNull(klaar.persoonsprofielVersie());
        assertEquals(0, profielen.profielen(dossier).persoonsprofielen().size());
    }

    @Test
    void answersOutsideTheFormAreRefusedAndNothingIsStored() {
        Afname a = service.hervatOfStart(dossier);
        assertThrows(IllegalArgumentException.class, () -> service.antwoord(a.id(), 61, 3));
        assertThrows(IllegalArgumentException.class, () -> service.antwoord(a.id(), 1, 6));
        assertThrows(IllegalArgumentException.class, () -> service.antwoord(a.id(), 0, 3));
        assertEquals("instrument.fout.weg", assertThrows(InstrumentService.Geweigerd.class,
                () -> service.antwoord(a.id() + 99, 1, 3)).messageKey());
        assertEquals(0, service.hervatOfStart(dossier).antwoorden().size());
    }
}
