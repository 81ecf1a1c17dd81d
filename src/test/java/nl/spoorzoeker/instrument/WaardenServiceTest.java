package nl.spoorzoeker.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.spoorzoeker.instrument.Waardensortering.Stapel;
import nl.spoorzoeker.fase.Persoonsprofiel;
import nl.spoorzoeker.fase.ProfielService;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.testsupport.TestDossiers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The values card sort, the drives worksheet and the report choice on a real SQLite file, reopened. */
class WaardenServiceTest {

    static final LocalDate VANDAAG = LocalDate.now(TestDossiers.CLOCK);

    @TempDir
    Path dir;
    Database db;
    ProfielService profielen;
    WaardenService service;
    int zoe;
    int sam;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("spoorzoeker.db"));
        zoe = TestDossiers.create(db, "Zoë de Vries-Müller");
        sam = TestDossiers.create(db, "Sam Jansen");
        verbind();
    }

    void verbind() {
        profielen = new ProfielService(db, TestDossiers.CLOCK);
        service = new WaardenService(db, TestDossiers.CLOCK, profielen);
    }

    void heropen() throws Exception {
        db.close();
        db = Database.open(dir.resolve("spoorzoeker.db"));
        verbind();
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Waardensortering vijf(LocalDate dag) {
        Waardensortering w = Waardensortering.nieuw(dag);
        for (String k : List.of("ZEKERHEID", "SAMENWERKEN", "RUST", "LEREN", "SFEER", "RESPECT")) {
            w = w.leg(k, Stapel.HEEL_BELANGRIJK);
        }
        w = w.leg("AANZIEN", Stapel.MINDER_BELANGRIJK).leg("TECHNIEK", Stapel.BELANGRIJK);
        for (String k : List.of("SFEER", "ZEKERHEID", "RUST", "LEREN", "RESPECT")) {
            w = w.wisselTop(k);
        }
        return w;
    }

    @Test
    void aSortIsKeptAsItStandsPerTrajectAndSurvivesReopening() throws Exception {
        Waardensortering half = Waardensortering.nieuw(VANDAAG.minusDays(7)).leg("RUST", Stapel.BELANGRIJK);
        int id = service.bewaar(zoe, half);
        Waardensortering heel = vijf(VANDAAG);
        int id2 = service.bewaar(zoe, new Waardensortering(null, heel.datum(), heel.stapels(), heel.top()));
        heropen();
        List<Waardensortering> lijst = service.sorteringen(zoe);
        assertEquals(List.of(id2, id), lijst.stream().map(Waardensortering::id).toList(), "newest first");
        Waardensortering terug = lijst.getFirst();
        assertEquals(heel.top(), terug.top(), "the top keeps its order");
        assertEquals(heel.stapels().keySet(), terug.stapels().keySet());
        assertEquals(heel.op(Stapel.HEEL_BELANGRIJK), terug.op(Stapel.HEEL_BELANGRIJK));
        assertEquals(List.of("TECHNIEK"), terug.op(Stapel.BELANGRIJK));
        assertEquals(List.of(), service.sorteringen(sam));

        // Resumed and changed: the same sitting, replaced whole.
        Waardensortering verder = lijst.get(1).leg("RUST", Stapel.MINDER_BELANGRIJK).leg("LEREN", Stapel.BELANGRIJK);
        assertEquals(id, service.bewaar(zoe, verder));
        heropen();
        Waardensortering gewijzigd = service.sorteringen(zoe).get(1);
        assertEquals(List.of("RUST"), gewijzigd.op(Stapel.MINDER_BELANGRIJK));
        assertEquals(List.of("LEREN"), gewijzigd.op(Stapel.BELANGRIJK));
        assertThrows(InstrumentService.Geweigerd.class, () -> service.bewaar(sam, verder), "not Sam's sitting");
    }

    @Test
    void theTopGoesIntoThePersoonsprofielAsANewVersionNamingTheCardSortAndItsDate() {
        profielen.bewaarPersoonsprofiel(zoe, new Persoonsprofiel(null, null, "mbo 3", null, "plannen", null, "SEC",
                null, "eerlijkheid", null, null));
        int onvolledig = service.bewaar(zoe, Waardensortering.nieuw(VANDAAG).leg("RUST", Stapel.HEEL_BELANGRIJK));
        var e = assertThrows(InstrumentService.Geweigerd.class,
                () -> service.naarProfiel(zoe, onvolledig, Locale.of("nl", "NL")));
        assertEquals("waarden.fout.topOnvolledig", e.messageKey());
        assertEquals(1, profielen.profielen(zoe).persoonsprofielen().size(), "nothing written");

        int id = service.bewaar(zoe, vijf(VANDAAG.minusDays(2)));
        int versie = service.naarProfiel(zoe, id, Locale.of("nl", "NL"));
        Persoonsprofiel p = profielen.profielen(zoe).persoonsprofielen().getFirst();
        assertEquals(versie, p.versie());
        assertEquals("1. Goede sfeer; 2. Zekerheid; 3. Rust; 4. Leren; 5. Respect", p.waarden());
        assertEquals("WAARDENKAART", p.instrument());
        assertEquals(VANDAAG.minusDays(2), p.instrumentDatum());
        assertEquals("pp.waarden", p.instrumentVeld());
        assertEquals("mbo 3", p.opleiding(), "the coach's other fields carry over");
        assertEquals("SEC", p.riasec());
    }

    @Test
    void aSortDatedInTheFutureOrBreakingTheRulesIsRefused() {
        assertEquals("waarden.fout.toekomst", assertThrows(InstrumentService.Geweigerd.class,
                () -> service.bewaar(zoe, Waardensortering.nieuw(VANDAAG.plusDays(1)))).messageKey());
        assertEquals("waarden.fout.topStapel", assertThrows(InstrumentService.Geweigerd.class,
                () -> service.bewaar(zoe, new Waardensortering(null, VANDAAG,
                        java.util.Map.of("RUST", Stapel.BELANGRIJK), List.of("RUST")))).messageKey());
        assertEquals(List.of(), service.sorteringen(zoe));
    }

    @Test
    void theDrivesWorksheetIsOnePerTrajectAndCanFillTheProfile() throws Exception {
        assertEquals("drijfveren.fout.leeg", assertThrows(InstrumentService.Geweigerd.class, () -> service
                .bewaarDrijfveren(zoe, new Drijfveren(VANDAAG, " ", null, null, null, null), false, d -> "")).messageKey());
        service.bewaarDrijfveren(zoe, new Drijfveren(VANDAAG.minusDays(1), "klanten helpen", null, "mijn vakmanschap",
                null, null), false, d -> "");
        service.bewaarDrijfveren(zoe, new Drijfveren(VANDAAG, "klanten helpen ", "haast", "mijn vakmanschap",
                "vast werk", null), true, d -> "Energie: " + d.energie());
        heropen();
        assertEquals(new Drijfveren(VANDAAG, "klanten helpen", "haast", "mijn vakmanschap", "vast werk", null),
                service.drijfveren(zoe).orElseThrow());
        Persoonsprofiel p = profielen.profielen(zoe).persoonsprofielen().getFirst();
        assertEquals("Energie: klanten helpen", p.drijfveren());
        assertEquals("DRIJFVEREN", p.instrument());
        assertTrue(service.drijfveren(sam).isEmpty());
    }

    @Test
    void theCoachLeavesKindsOutOfTheReportsPerTraject() throws Exception {
        assertEquals(Set.of(), service.weggelaten(zoe));
        service.inRapporten(zoe, Instrumentsoort.SCHALEN, false);
        service.inRapporten(zoe, Instrumentsoort.SCHALEN, false);
        service.inRapporten(zoe, Instrumentsoort.STARR, false);
        service.inRapporten(zoe, Instrumentsoort.STARR, true);
        heropen();
        assertEquals(Set.of(Instrumentsoort.SCHALEN), service.weggelaten(zoe));
        assertEquals(Set.of(), service.weggelaten(sam));
    }
}
