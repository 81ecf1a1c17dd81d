package nl.spoorzoeker.app.werkplek;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.spoorzoeker.agenda.AfspraakService;
import nl.spoorzoeker.arbeidsmarkt.ArbeidsmarktService;
import nl.spoorzoeker.arbeidsmarkt.WerkervaringService;
import nl.spoorzoeker.dossier.Dossier;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.dossier.TijdlijnService;
import nl.spoorzoeker.dossier.TrajectStatus;
import nl.spoorzoeker.fase.FaseService;
import nl.spoorzoeker.fase.ProfielService;
import nl.spoorzoeker.logboek.ContactService;
import nl.spoorzoeker.praktijk.PraktijkService;
import nl.spoorzoeker.rapportage.RapportOpslag;
import nl.spoorzoeker.rapportage.RapportService;
import nl.spoorzoeker.rapportage.Uwvtoets;
import nl.spoorzoeker.rapportage.privacy.Privacytoets;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.tijdlijn.KlokInstellingen;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.uitkomst.UitkomstService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dossier screen's view model without a stage or a toolkit, on the demo set in a real SQLite file
 * (loaded once: the tests that change a status each use a dossier of their own).
 */
class DossierDetailModelTest {

    @TempDir
    static Path dir;
    static Database db;
    static DossierService dossiers;
    static DossierDetailModel model;
    static List<Integer> ids;
    static Locale was;

    @BeforeAll
    static void open() throws Exception {
        was = I18n.locale();
        I18n.setLocale(I18n.DUTCH);
        db = Database.open(dir.resolve("spoorzoeker.db"));
        Demoset.load(db, CLOCK);
        dossiers = new DossierService(db, CLOCK);
        TijdlijnService tijdlijnen = new TijdlijnService(db, CLOCK, KlokInstellingen.STANDAARD);
        ContactService contacten = new ContactService(db, CLOCK);
        ArbeidsmarktService arbeidsmarkt = new ArbeidsmarktService(db, CLOCK);
        WerkervaringService werkervaring = new WerkervaringService(db, CLOCK);
        ProfielService profielen = new ProfielService(db, CLOCK);
        FaseService fasen = new FaseService(db, CLOCK);
        RapportOpslag opslag = new RapportOpslag(db, CLOCK, new RapportService(dossiers, tijdlijnen, contacten,
                arbeidsmarkt, werkervaring, profielen, fasen), dossiers, new PraktijkService(db, CLOCK),
                new Uwvtoets(Privacytoets.standaard(), Uwvtoets.Drempels.STANDAARD));
        model = new DossierDetailModel(new DossierDetailModel.Bronnen(dossiers, tijdlijnen, fasen, profielen,
                contacten, arbeidsmarkt, werkervaring, new AfspraakService(db, CLOCK), opslag,
                new UitkomstService(db, CLOCK)));
        ids = dossiers.list().stream().filter(r -> r.status() == TrajectStatus.ACTIEF).map(r -> r.trajectId()).toList();
    }

    @AfterAll
    static void close() {
        db.close();
        I18n.setLocale(was);
    }

    private static LocalDate vandaag() {
        return LocalDate.now(CLOCK);
    }

    @Test
    void readsTheDossierWholeAndNothingForOneThatIsGone() {
        int id = ids.getFirst();
        DossierDetailModel.Data data = model.lees(id).orElseThrow();
        assertEquals(id, data.dossier().id());
        assertEquals(dossiers.find(id).orElseThrow().werknemer().naam(), data.dossier().werknemer().naam());
        assertTrue(model.lees(999_999).isEmpty());
        // A running traject: its next deadline, coloured by its status.
        DossierDetailModel.Termijn termijn = DossierDetailModel.volgendeTermijn(data, vandaag());
        assertTrue(termijn.stijl() == null || termijn.stijl().startsWith("status-"), termijn.toString());
        assertNotEquals(I18n.t("termijn.nietActief"), termijn.tekst());
        assertEquals(I18n.t("afsluiting.knop.sluit"), DossierDetailModel.afsluitKnop(data.dossier()));
        assertEquals(TrajectStatus.GEARCHIVEERD, DossierDetailModel.naArchiefknop(data.dossier()));
    }

    @Test
    void aSavedContactGoesOnlyIntoTheDossierStillOnScreen() {
        int id = ids.get(1);
        int ander = ids.get(2);
        DossierDetailModel.Data data = model.lees(id).orElseThrow();
        model.kies(id);
        model.getoond(null);
        assertFalse(model.logboekVoor(id), "nothing on screen yet: the whole dossier is read");
        model.getoond(data);
        assertTrue(model.logboekVoor(id));
        var logboek = model.leesLogboek(id);
        assertEquals(logboek, model.metLogboek(logboek).logboek());
        assertEquals(data.dossier(), model.getoond().dossier(), "only the log is replaced");
        model.kies(ander);
        assertFalse(model.logboekVoor(id), "the coach opened another dossier before the log came back");
        assertFalse(model.logboekVoor(ander), "what is on screen is still the first dossier");
    }

    @Test
    void aTrajectNoLongerRunningShowsNoDeadlineAndAsksForItsOutcomeOnce() {
        int id = ids.get(3);
        Dossier voor = dossiers.find(id).orElseThrow();
        assertTrue(model.leesZonderUitkomst(voor).isEmpty(), "still running: nothing to ask");
        dossiers.setStatus(id, TrajectStatus.GEARCHIVEERD);
        var zonder = model.leesZonderUitkomst(voor).orElseThrow();
        assertEquals(TrajectStatus.GEARCHIVEERD, zonder.dossier().traject().status());
        // Asked only about a traject that was running before the change.
        assertTrue(model.leesZonderUitkomst(zonder.dossier()).isEmpty());

        DossierDetailModel.Data data = model.lees(id).orElseThrow();
        DossierDetailModel.Termijn termijn = DossierDetailModel.volgendeTermijn(data, vandaag());
        assertEquals(I18n.t("termijn.nietActief"), termijn.tekst());
        assertNull(termijn.stijl());
        assertEquals(TrajectStatus.ACTIEF, DossierDetailModel.naArchiefknop(data.dossier()));
        assertEquals(I18n.t("afsluiting.knop.bewerk"), DossierDetailModel.afsluitKnop(data.dossier()));
    }

    @Test
    void theIntakeDayIsTheTrajectStartOnceItHasComeElseToday() {
        Dossier d = dossiers.find(ids.getFirst()).orElseThrow();
        LocalDate start = d.traject().startdatum();
        assertEquals(start, DossierDetailModel.intakeDag(d, List.of(), start.plusDays(30)));
        assertEquals(start.minusDays(1), DossierDetailModel.intakeDag(d, List.of(), start.minusDays(1)),
                "a start still to come is not a day the intake was held");
    }
}
