package nl.spoorzoeker.arbeidsmarkt;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.spoorzoeker.input.Weigering;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.testsupport.TestDossiers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.spoorzoeker.testsupport.Uitvoerweg;

/** Sollicitaties, their steps and proof, netwerkcontacten and the norm, on a real SQLite file. */
class ArbeidsmarktServiceTest {

    static final LocalDate DAG = LocalDate.of(2026, 11, 2);

    @TempDir
    Path dir;
    Database db;
    ArbeidsmarktService service;
    int dossier;
    int ander;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("spoorzoeker.db"));
        service = new ArbeidsmarktService(db, CLOCK);
        dossier = TestDossiers.create(db, "Çiğdem Yılmaz-Łukasz");
        ander = TestDossiers.create(db, "Jan Jansen");
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Sollicitatie nieuw(String organisatie) {
        return new Sollicitatie(null, DAG, organisatie, "Administratief medewerker", "Administratie", Kanaal.VACATURE,
                null, "Vacature op werk.nl, 2 november", List.of(), null);
    }

    @Test
    void aSollicitatieMovesThroughItsStatusesWithADatePerStep() {
        int id = service.nieuweSollicitatie(dossier, nieuw("Gemeente Utrecht"), SollicitatieStatus.VERSTUURD);
        service.zetStap(id, SollicitatieStatus.GESPREK, DAG.plusDays(7));
        service.zetStap(id, SollicitatieStatus.TWEEDE_GESPREK, DAG.plusDays(14));
        Sollicitatie s = service.overzicht(dossier).sollicitaties().getFirst();
        assertEquals(SollicitatieStatus.TWEEDE_GESPREK, s.status());
        assertEquals(List.of(new Sollicitatie.Stap(SollicitatieStatus.VOORBEREID, DAG),
                new Sollicitatie.Stap(SollicitatieStatus.VERSTUURD, DAG),
                new Sollicitatie.Stap(SollicitatieStatus.GESPREK, DAG.plusDays(7)),
                new Sollicitatie.Stap(SollicitatieStatus.TWEEDE_GESPREK, DAG.plusDays(14))), s.stappen());
        Weigering terug = assertThrows(Weigering.class,
                () -> service.zetStap(id, SollicitatieStatus.AANBOD, DAG.plusDays(10)));
        assertEquals("sollicitatie.fout.datumVoorVorige", terug.messageKey());
        service.herstelStap(id);
        assertEquals(SollicitatieStatus.GESPREK, service.overzicht(dossier).sollicitaties().getFirst().status());
        service.zetStap(id, SollicitatieStatus.AFGEWEZEN, DAG.plusDays(20));
        assertEquals("sollicitatie.fout.afgesloten", assertThrows(Weigering.class,
                () -> service.zetStap(id, SollicitatieStatus.AANBOD, DAG.plusDays(21))).messageKey());
        assertTrue(service.overzicht(ander).sollicitaties().isEmpty());
    }

    @Test
    void theFirstStepCannotBeTakenBack() {
        int id = service.nieuweSollicitatie(dossier, nieuw("Zorggroep"), SollicitatieStatus.VOORBEREID);
        assertEquals("sollicitatie.fout.eersteStap", assertThrows(Weigering.class, () -> service.herstelStap(id))
                .messageKey());
    }

    @Test
    void detailsChangeButNotForAnotherDossier() {
        int id = service.nieuweSollicitatie(dossier, nieuw("Bakkerij"), SollicitatieStatus.VERSTUURD);
        Sollicitatie s = service.overzicht(dossier).sollicitaties().getFirst();
        Sollicitatie gewijzigd = new Sollicitatie(id, s.datum(), "Bakkerij Zoë & Co", s.functie(), null,
                Kanaal.NETWERK, "Vriendelijke afwijzing; profiel past, ervaring te kort", null, s.stappen(), null);
        service.wijzigSollicitatie(dossier, gewijzigd);
        Sollicitatie terug = service.overzicht(dossier).sollicitaties().getFirst();
        assertEquals("Bakkerij Zoë & Co", terug.organisatie());
        assertEquals(Kanaal.NETWERK, terug.kanaal());
        assertNull(terug.zoekrichting());
        assertThrows(java.util.NoSuchElementException.class, () -> service.wijzigSollicitatie(ander, gewijzigd));
        service.verwijderSollicitatie(ander, id);
        assertEquals(1, service.overzicht(dossier).sollicitaties().size());
        service.verwijderSollicitatie(dossier, id);
        assertTrue(service.overzicht(dossier).sollicitaties().isEmpty());
    }

    @Test
    void aProofFileIsKeptInTheDatabaseAndComesBackIntact() throws Exception {
        int id = service.nieuweSollicitatie(dossier, nieuw("Transport"), SollicitatieStatus.VERSTUURD);
        byte[] bytes = new byte[300_000];
        new java.util.Random(4).nextBytes(bytes);
        Path brief = Files.write(dir.resolve("brief Çiğdem.pdf"), bytes);
        service.voegBewijsToe(id, brief);
        Files.delete(brief);
        Sollicitatie s = service.overzicht(dossier).sollicitaties().getFirst();
        assertEquals("brief Çiğdem.pdf", s.bewijs().bestandsnaam());
        assertEquals(300_000, s.bewijs().grootte());
        Path terug = Files.createDirectories(dir.resolve("uit")).resolve("terug.pdf");
        Uitvoerweg.gaatLangsDeDatamap(dir, terug, () -> service.bewaarBewijsAls(id, terug));
        assertArrayEquals(bytes, Files.readAllBytes(terug));
        service.verwijderBewijs(id);
        assertNull(service.overzicht(dossier).sollicitaties().getFirst().bewijs());
    }

    @Test
    void aProofFileThatIsTooLargeChangesNothing() throws Exception {
        int id = service.nieuweSollicitatie(dossier, nieuw("Transport"), SollicitatieStatus.VERSTUURD);
        Path groot = dir.resolve("groot.bin");
        try (var file = new java.io.RandomAccessFile(groot.toFile(), "rw")) {
            file.setLength(ArbeidsmarktService.MAX_BEWIJS_BYTES + 1L);
        }
        assertEquals("sollicitatie.fout.bewijsTeGroot",
                assertThrows(Weigering.class, () -> service.voegBewijsToe(id, groot)).messageKey());
        assertNull(service.overzicht(dossier).sollicitaties().getFirst().bewijs());
        assertThrows(java.nio.file.NoSuchFileException.class, () -> service.voegBewijsToe(id, dir.resolve("weg.pdf")));
    }

    @Test
    void theNormIsStoredOnTheTraject() {
        assertNull(service.overzicht(dossier).normPerWeek());
        service.zetNorm(dossier, 3);
        assertEquals(3, service.overzicht(dossier).normPerWeek());
        assertNull(service.overzicht(ander).normPerWeek());
        assertThrows(Weigering.class, () -> service.zetNorm(dossier, 51));
        service.zetNorm(dossier, null);
        assertNull(service.overzicht(dossier).normPerWeek());
    }

    @Test
    void networkContactsAndSentApplicationsAreMarketActivity() {
        assertTrue(service.laatsteMarktactiviteit().isEmpty());
        service.nieuweSollicitatie(dossier, nieuw("Voorbereid"), SollicitatieStatus.VOORBEREID);
        assertTrue(service.laatsteMarktactiviteit().isEmpty());
        int id = service.nieuweSollicitatie(dossier, nieuw("Verstuurd"), SollicitatieStatus.VERSTUURD);
        service.zetStap(id, SollicitatieStatus.GESPREK, DAG.plusDays(9));
        assertEquals(DAG.plusDays(9), service.laatsteMarktactiviteit().get(dossier));
        int n = service.logNetwerk(dossier, new Netwerkcontact(null, DAG.plusDays(12), "Piet de Groot",
                "Rotary Amersfoort", "Introductie bij logistieke bedrijven", "Twee namen gekregen", "Bellen",
                DAG.plusDays(19)));
        assertEquals(DAG.plusDays(12), service.laatsteMarktactiviteit().get(dossier));
        service.wijzigNetwerk(dossier, new Netwerkcontact(n, DAG.plusDays(13), "Piet de Groot", null, null, null,
                null, null));
        Netwerkcontact terug = service.overzicht(dossier).netwerk().getFirst();
        assertEquals(DAG.plusDays(13), terug.datum());
        assertNull(terug.organisatie());
        service.verwijderNetwerk(dossier, n);
        assertTrue(service.overzicht(dossier).netwerk().isEmpty());
    }
}
