package nl.spoorzoeker.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import nl.spoorzoeker.app.werkplek.Demoset;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.tijdlijn.GebeurtenisSoort;
import nl.spoorzoeker.tijdlijn.KlokInstellingen;
import nl.spoorzoeker.tijdlijn.Mijlpaal;
import nl.spoorzoeker.tijdlijn.MijlpaalSoort;
import nl.spoorzoeker.tijdlijn.MijlpaalStatus;
import nl.spoorzoeker.tijdlijn.Periode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The clock of a stored dossier: periods, events and the Vandaag deadlines, on a real SQLite file. */
class TijdlijnServiceTest {

    @TempDir
    Path dir;
    Database db;
    DossierService dossiers;
    TijdlijnService tijdlijnen;
    int werkgever;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("spoorzoeker.db"));
        dossiers = new DossierService(db, DossierServiceTest.CLOCK);
        tijdlijnen = new TijdlijnService(db, DossierServiceTest.CLOCK, KlokInstellingen.STANDAARD);
        werkgever = new WerkgeverService(db, DossierServiceTest.CLOCK).create(DossierServiceTest.werkgever("W"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private int dossier(LocalDate eersteZiektedag, LocalDate start) {
        return dossiers.create(DossierServiceTest.werknemer("Çiğdem Yılmaz"), werkgever, new Traject(null,
                eersteZiektedag, null, start, null, null, null, TrajectStatus.ACTIEF));
    }

    private static Mijlpaal first(List<Mijlpaal> mijlpalen, MijlpaalSoort soort) {
        return mijlpalen.stream().filter(m -> m.soort() == soort).findFirst().orElseThrow();
    }

    @Test
    void withoutPeriodsTheClockRunsFromTheFirstSickDay() {
        // today (clock) is 2026-11-24; first sick day 2025-01-06 → week 99
        int id = dossier(LocalDate.of(2025, 1, 6), null);
        assertEquals(99, dossiers.list().getFirst().verzuimweek());
        assertEquals(LocalDate.of(2026, 10, 18), first(tijdlijnen.mijlpalen(id), MijlpaalSoort.WIA_AANVRAAG).deadline());
    }

    @Test
    void recordingAnEventMarksItsMilestoneDoneAndSurvivesAReopen() throws Exception {
        int id = dossier(LocalDate.of(2026, 9, 1), null);
        assertEquals(MijlpaalStatus.TE_LAAT, first(tijdlijnen.mijlpalen(id), MijlpaalSoort.PROBLEEMANALYSE).status(),
                "due 12-10-2026, today is 24-11-2026");
        int eventId = tijdlijnen.registreer(id, GebeurtenisSoort.PROBLEEMANALYSE, LocalDate.of(2026, 10, 5));
        db.close();
        db = Database.open(dir.resolve("spoorzoeker.db"));
        tijdlijnen = new TijdlijnService(db, DossierServiceTest.CLOCK, KlokInstellingen.STANDAARD);
        Mijlpaal pa = first(tijdlijnen.mijlpalen(id), MijlpaalSoort.PROBLEEMANALYSE);
        assertEquals(MijlpaalStatus.GEDAAN, pa.status());
        assertEquals(LocalDate.of(2026, 10, 5), pa.gedaanOp());
        assertEquals(LocalDate.of(2026, 10, 19), first(tijdlijnen.mijlpalen(id), MijlpaalSoort.PLAN_VAN_AANPAK).deadline(),
                "the plan van aanpak is due two weeks after the probleemanalyse");
        tijdlijnen.verwijderGebeurtenis(id, eventId);
        assertEquals(null, first(tijdlijnen.mijlpalen(id), MijlpaalSoort.PROBLEEMANALYSE).gedaanOp());
        assertThrows(NoSuchElementException.class, () -> tijdlijnen.verwijderGebeurtenis(id, eventId));
    }

    @Test
    void periodsAreCountedTogetherAndTheFirstSickDayFollows() {
        int id = dossier(LocalDate.of(2025, 3, 1), null);
        assertFalse(dossiers.heeftVerzuimperiodes(id));
        tijdlijnen.voegPeriodeToe(id, true, new Periode(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 2)));
        assertFalse(dossiers.heeftVerzuimperiodes(id), "WAZO leave alone does not set the first sick day");
        tijdlijnen.voegPeriodeToe(id, false, new Periode(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 31)));
        assertTrue(dossiers.heeftVerzuimperiodes(id));
        int second = tijdlijnen.voegPeriodeToe(id, false, Periode.vanaf(LocalDate.of(2025, 2, 20)));
        assertEquals(LocalDate.of(2025, 1, 6), dossiers.find(id).orElseThrow().traject().eersteZiektedag());
        assertEquals(LocalDate.of(2025, 3, 7), first(tijdlijnen.mijlpalen(id), MijlpaalSoort.PROBLEEMANALYSE).deadline());
        // WAZO leave of ten more days moves the end of the wachttijd by ten days
        LocalDate endBefore = first(tijdlijnen.mijlpalen(id), MijlpaalSoort.EINDE_WACHTTIJD).deadline();
        tijdlijnen.voegPeriodeToe(id, true, new Periode(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 10)));
        assertEquals(endBefore.plusDays(10), first(tijdlijnen.mijlpalen(id), MijlpaalSoort.EINDE_WACHTTIJD).deadline());
        tijdlijnen.verwijderPeriode(id, second);
        assertEquals(1, tijdlijnen.tijdlijn(id).periodes().stream().filter(p -> !p.wazo()).count());
    }

    @Test
    void vandaagListsLateAndComingDeadlinesOfActiveDossiersOnly() {
        int active = dossier(LocalDate.of(2026, 9, 1), null);
        int archived = dossier(LocalDate.of(2026, 9, 1), null);
        dossiers.setStatus(archived, TrajectStatus.GEARCHIVEERD);
        List<TijdlijnService.Termijn> termijnen = tijdlijnen.openTermijnen(28);
        assertFalse(termijnen.isEmpty());
        assertTrue(termijnen.stream().allMatch(t -> t.dossier().trajectId() == active));
        assertTrue(termijnen.stream().allMatch(t -> !t.mijlpaal().deadline().isAfter(LocalDate.of(2026, 12, 22))));
        assertTrue(termijnen.stream().anyMatch(t -> t.mijlpaal().soort() == MijlpaalSoort.PROBLEEMANALYSE
                && t.mijlpaal().status() == MijlpaalStatus.TE_LAAT));
        for (int i = 1; i < termijnen.size(); i++) {
            assertFalse(termijnen.get(i).mijlpaal().deadline().isBefore(termijnen.get(i - 1).mijlpaal().deadline()));
        }
        tijdlijnen.registreer(active, GebeurtenisSoort.PROBLEEMANALYSE, LocalDate.of(2026, 10, 10));
        assertTrue(tijdlijnen.openTermijnen(28).stream().noneMatch(t -> t.mijlpaal().soort() == MijlpaalSoort.PROBLEEMANALYSE));
    }

    @Test
    void theStartScreenReadsBothListsAsTheirOwnCallsDo() {
        int active = dossier(LocalDate.of(2026, 9, 1), null);
        int archived = dossier(LocalDate.of(2025, 3, 3), null);
        dossiers.setStatus(archived, TrajectStatus.GEARCHIVEERD);
        TijdlijnService.Startscherm start = tijdlijnen.startscherm(28);
        assertEquals(dossiers.list(), start.dossiers()); // every dossier, archived too, with its sick week
        assertEquals(List.of(active, archived), start.dossiers().stream().map(DossierRegel::trajectId).toList());
        assertTrue(start.dossiers().stream().allMatch(r -> r.verzuimweek() > 0));
        assertFalse(start.termijnen().isEmpty());
        assertTrue(start.termijnen().stream().allMatch(t -> t.dossier().trajectId() == active));
        assertEquals(start.termijnen().stream().map(TijdlijnService.Termijn::mijlpaal).toList(),
                tijdlijnen.openTermijnen(28).stream().map(TijdlijnService.Termijn::mijlpaal).toList());
    }

    @Test
    void demoDossiersHaveARealisticRecord() throws Exception {
        try (Database demo = Database.open(dir.resolve("demo.db"))) {
            Demoset.load(demo, DossierServiceTest.CLOCK);
            assertRealistic(new TijdlijnService(demo, DossierServiceTest.CLOCK, KlokInstellingen.STANDAARD).openTermijnen(28));
        }
    }

    private static void assertRealistic(List<TijdlijnService.Termijn> termijnen) {
        long late = termijnen.stream().filter(t -> t.mijlpaal().status() == MijlpaalStatus.TE_LAAT).count();
        assertTrue(late >= 1 && late <= 6, "a few late items, not everything: " + late);
        assertTrue(termijnen.size() > late, "and some coming up");
    }

    @Test
    void theCoachsWarningSettingsAndReportIntervalAreUsed() {
        int id = dossier(LocalDate.of(2025, 1, 6), LocalDate.of(2026, 11, 1));
        assertEquals(KlokInstellingen.STANDAARD.margeDagen(), tijdlijnen.klokInstellingen().margeDagen());
        tijdlijnen.bewaarKlokInstellingen(14, 60);
        Mijlpaal wia = first(tijdlijnen.mijlpalen(id), MijlpaalSoort.WIA_AANVRAAG);
        assertEquals(wia.deadline().minusDays(14), wia.streefdatum());
        assertEquals(LocalDate.of(2026, 12, 13), first(tijdlijnen.mijlpalen(id), MijlpaalSoort.VOORTGANGSRAPPORTAGE).deadline());
        assertEquals(MijlpaalStatus.BINNENKORT, first(tijdlijnen.mijlpalen(id), MijlpaalSoort.VOORTGANGSRAPPORTAGE).status(),
                "due in 19 days, warned from 60 days ahead");
        tijdlijnen.zetVoortgangInterval(id, 4);
        assertEquals(LocalDate.of(2026, 11, 29), first(tijdlijnen.mijlpalen(id), MijlpaalSoort.VOORTGANGSRAPPORTAGE).deadline());
        assertThrows(IllegalArgumentException.class, () -> tijdlijnen.bewaarKlokInstellingen(-1, 10));
        assertEquals(new TijdlijnService.GatDrempels(21, 14), tijdlijnen.gatDrempels());
        tijdlijnen.bewaarGatDrempels(new TijdlijnService.GatDrempels(28, 10));
        assertEquals(new TijdlijnService.GatDrempels(28, 10), tijdlijnen.gatDrempels());
        assertThrows(IllegalArgumentException.class, () -> new TijdlijnService.GatDrempels(0, 10));
    }
}
