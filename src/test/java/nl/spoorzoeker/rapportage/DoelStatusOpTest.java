package nl.spoorzoeker.rapportage;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.spoorzoeker.logboek.ContactService;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.dossier.TijdlijnService;
import nl.spoorzoeker.arbeidsmarkt.ArbeidsmarktService;
import nl.spoorzoeker.arbeidsmarkt.WerkervaringService;
import nl.spoorzoeker.fase.Doel;
import nl.spoorzoeker.fase.DoelStatus;
import nl.spoorzoeker.fase.FaseService;
import nl.spoorzoeker.fase.FaseSoort;
import nl.spoorzoeker.fase.ProfielService;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.testsupport.TestDossiers;
import nl.spoorzoeker.tijdlijn.KlokInstellingen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 item 3: a goal is printed as it stood on the report's last day. A trajectplan ending
 * 21-08 showed a goal reached on 25-09 as "Behaald"; now the status has a history, and the report
 * takes the status of that day with the day it was taken.
 */
class DoelStatusOpTest {

    static final LocalDate GEMAAKT = LocalDate.of(2026, 8, 3);
    static final LocalDate BEZIG = LocalDate.of(2026, 8, 17);
    static final LocalDate BEHAALD = LocalDate.of(2026, 9, 25);

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
        id = TestDossiers.create(db, "Çiğdem Yılmaz");
        int doel = new FaseService(db, op(GEMAAKT)).voegDoelToe(id, new Doel(null, FaseSoort.ROEPING,
                "Persoonsprofiel klaar", "Profiel besproken", LocalDate.of(2026, 9, 30), DoelStatus.OPEN));
        Doel open = new FaseService(db, CLOCK).overzicht(id).doelen().getFirst();
        new FaseService(db, op(BEZIG)).wijzigDoel(id, new Doel(doel, open.fase(), open.omschrijving(), open.indicator(),
                open.streefdatum(), DoelStatus.BEZIG));
        // An edit of the wording alone is no new status.
        new FaseService(db, op(BEZIG.plusDays(3))).wijzigDoel(id, new Doel(doel, open.fase(), "Persoonsprofiel klaar en besproken",
                open.indicator(), open.streefdatum(), DoelStatus.BEZIG));
        new FaseService(db, op(BEHAALD)).wijzigDoel(id, new Doel(doel, open.fase(), "Persoonsprofiel klaar en besproken",
                open.indicator(), open.streefdatum(), DoelStatus.BEHAALD));
        rapporten = new RapportService(new DossierService(db, CLOCK), new TijdlijnService(db, CLOCK, KlokInstellingen.STANDAARD),
                new ContactService(db, CLOCK), new ArbeidsmarktService(db, CLOCK), new WerkervaringService(db, CLOCK),
                new ProfielService(db, CLOCK), new FaseService(db, CLOCK));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private java.util.List<RapportModel.Doel> doelenTot(LocalDate tot) {
        return rapporten.model(id, RapportSoort.TRAJECTPLAN, LocalDate.of(2026, 7, 1), tot, Rapportinvoer.LEEG).doelen();
    }

    @Test
    void eachReportStatesTheGoalAsItStoodOnItsLastDay() {
        assertTrue(doelenTot(GEMAAKT.minusDays(1)).isEmpty(), "a goal made after the period is not in it");
        assertEquals("OPEN", doelenTot(BEZIG.minusDays(1)).getFirst().status());
        RapportModel.Doel aug = doelenTot(LocalDate.of(2026, 8, 21)).getFirst();
        assertEquals("BEZIG", aug.status(), "a trajectplan ending 21-08 does not show a goal reached on 25-09 as reached");
        assertEquals(BEZIG, aug.statusSinds());
        RapportModel.Doel sep = doelenTot(BEHAALD).getFirst();
        assertEquals("BEHAALD", sep.status());
        assertEquals(BEHAALD, sep.statusSinds());
        assertEquals(3, new FaseService(db, CLOCK).overzicht(id).doelStatussen().size(), "OPEN, BEZIG, BEHAALD: the wording edit added none");
    }
}
