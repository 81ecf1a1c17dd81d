package nl.spoorzoeker.rapportage;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.spoorzoeker.app.werkplek.Demoset;
import nl.spoorzoeker.logboek.ContactService;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.dossier.TijdlijnService;
import nl.spoorzoeker.arbeidsmarkt.ArbeidsmarktService;
import nl.spoorzoeker.arbeidsmarkt.WerkervaringService;
import nl.spoorzoeker.fase.FaseService;
import nl.spoorzoeker.fase.ProfielService;
import nl.spoorzoeker.rapportage.privacy.Privacytoets;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.tijdlijn.KlokInstellingen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.spoorzoeker.ui.I18n;

/** A report model built from a real (demo) dossier on a real SQLite file, and checked. */
class RapportServiceTest {

    @TempDir
    Path dir;
    Database db;
    RapportService rapporten;
    DossierService dossiers;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("spoorzoeker.db"));
        Demoset.load(db, CLOCK);
        dossiers = new DossierService(db, CLOCK);
        rapporten = new RapportService(dossiers, new TijdlijnService(db, CLOCK, KlokInstellingen.STANDAARD),
                new ContactService(db, CLOCK), new ArbeidsmarktService(db, CLOCK), new WerkervaringService(db, CLOCK),
                new ProfielService(db, CLOCK), new FaseService(db, CLOCK));
    }

    @AfterEach
    void close() {
        db.close();
    }

    int dossier(String naam) {
        return dossiers.list().stream().filter(r -> r.naam().equals(naam)).findFirst().orElseThrow().trajectId();
    }

    static Set<String> keys(List<Bevinding> bevindingen) {
        return bevindingen.stream().map(Bevinding::berichtKey).collect(Collectors.toSet());
    }

    @Test
    void aVoortgangsrapportageModelHoldsThePeriodAndTheChecksSayWhatIsMissing() {
        int id = dossier("Mohammed El Amrani");
        LocalDate tot = LocalDate.of(2026, 11, 22);
        LocalDate van = tot.minusWeeks(6).plusDays(1);
        RapportModel m = rapporten.model(id, RapportSoort.VOORTGANG, van, tot, Rapportinvoer.LEEG);
        assertFalse(m.activiteiten().isEmpty());
        assertTrue(m.activiteiten().stream().allMatch(a -> !a.datum().isBefore(van) && !a.datum().isAfter(tot)));
        assertFalse(m.sollicitaties().lijst().isEmpty());
        assertEquals(2, m.sollicitaties().normPerWeek());
        assertEquals(12, m.sollicitaties().normInPeriode(), "six weeks of two");
        assertEquals(1, m.werkervaring().size());
        assertTrue(m.arbeidsmarktfase());
        assertEquals(null, rapporten.model(id, RapportSoort.TRAJECTPLAN, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 4, 15), Rapportinvoer.LEEG).sollicitaties().normInPeriode(),
                "before the arbeidsmarktbenadering (from 27-06-2026) no norm applies");
        assertEquals(44, rapporten.model(id, RapportSoort.EIND, LocalDate.of(2026, 3, 1), tot, Rapportinvoer.LEEG)
                .sollicitaties().normInPeriode(), "22 weeks of two from the start of the arbeidsmarktbenadering");
        assertFalse(m.doelen().isEmpty(), "the traject's goals with their state");
        assertTrue(m.termijnen().stream().anyMatch(t -> t.soort().equals("EERSTEJAARSEVALUATIE")));
        assertTrue(m.termijnen().stream().filter(t -> t.soort().equals("VOORTGANGSRAPPORTAGE"))
                .filter(t -> t.deadline().isAfter(tot)).count() <= 1, "of a recurring milestone only the next one");
        RapportModel.Termijn volgende = m.volgendeTermijn();
        assertTrue(volgende != null && volgende.deadline().isAfter(tot) && volgende.gedaanOp() == null);
        assertTrue(m.termijnen().stream().allMatch(t -> t.gedaanOp() == null || !t.gedaanOp().isAfter(tot)),
                "nothing done after the period shows as done");

        Uwvtoets toets = new Uwvtoets(Privacytoets.standaard(), Uwvtoets.Drempels.STANDAARD);
        Set<String> leeg = keys(toets.controleer(m, I18n.locale()));
        assertTrue(leeg.containsAll(Set.of("uwv.c04.geenAnalyse", "uwv.c15.geenVisie", "uwv.c15.geenAkkoord",
                "uwv.c13.geenEvaluatie", "uwv.c12.spoor1", "uwv.c16.werknemerKopie", "uwv.c10.geenBijstelling")), leeg::toString);
        assertFalse(Uwvtoets.magDefinitief(toets.controleer(m, I18n.locale())));

        Rapportinvoer invoer = new Rapportinvoer(Map.of(Sectie.ANALYSE_PROFIELEN, "De afstand wordt kleiner.",
                Sectie.BIJSTELLINGEN, "Geen bijstelling nodig.", Sectie.VERKLARING_NORM, "Vier weken een verhuizing."),
                "Geen passende functies bij de eigen werkgever (getoetst 01-11-2026).",
                new RapportModel.Akkoord("Ik herken mij in deze rapportage.", RapportModel.AkkoordSoort.GETEKEND, tot, null),
                List.of(new RapportModel.Ontvanger(RapportModel.OntvangerSoort.WERKNEMER, "Mohammed El Amrani", tot),
                        new RapportModel.Ontvanger(RapportModel.OntvangerSoort.WERKGEVER, "Kees de Wit", tot)),
                List.of(), null, null);
        Set<String> ingevuld = keys(toets.controleer(rapporten.model(id, RapportSoort.VOORTGANG, van, tot, invoer), I18n.locale()));
        assertFalse(ingevuld.contains("uwv.c04.geenAnalyse"));
        assertFalse(ingevuld.contains("uwv.c15.geenAkkoord"));
        assertTrue(ingevuld.contains("uwv.c13.geenEvaluatie"), "the werkervaringsplek still needs its evaluation");
    }

    @Test
    void anEindrapportageAsksForTheResult() {
        int id = dossier("Mohammed El Amrani");
        RapportModel m = rapporten.model(id, RapportSoort.EIND, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 11, 22),
                Rapportinvoer.LEEG);
        Set<String> k = keys(new Uwvtoets(Privacytoets.standaard(), Uwvtoets.Drempels.STANDAARD).controleer(m, I18n.locale()));
        assertTrue(k.containsAll(Set.of("uwv.c19.geenResultaat", "uwv.c19.geenVerklaring")), k::toString);
    }
}
