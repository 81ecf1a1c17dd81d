package nl.spoorzoeker.rapportage;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.spoorzoeker.praktijk.PraktijkService;
import nl.spoorzoeker.rapportage.privacy.Categorie;
import nl.spoorzoeker.rapportage.privacy.Privacytoets;
import nl.spoorzoeker.rapportage.privacy.ZinsmodelAanpassingTest;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.testsupport.TestDossiers;
import nl.spoorzoeker.ui.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ninth round, on a real SQLite file: a doubt the coach confirmed in one report (C18T, stored with it) teaches the
 * practice's guard, so the same sentence is not asked again in the next report; forgetting undoes that, and a
 * passage the lexicon (with the coach's own words) now catches is never learnt from.
 */
class PrivacyGeleerdTest {

    /** Ordinary, doubted by the shipped sentence model and by no pattern (ZinsmodelAanpassingTest.GEWOON). */
    static final String ZIN = ZinsmodelAanpassingTest.GEWOON;

    @TempDir
    Path dir;
    Database db;
    PrivacyWoordenService service;
    RapportOpslag opslag;
    int dossier;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("spoorzoeker.db"));
        service = new PrivacyWoordenService(db, CLOCK);
        opslag = RapportOpslagTest.opslag(db, new PraktijkService(db, CLOCK),
                new Uwvtoets(service::toets, Uwvtoets.Drempels.STANDAARD));
        dossier = TestDossiers.create(db, "Sem de Vries");
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** A progress report of the six weeks up to {@code tot} whose summary holds the sentence; its open doubts. */
    private List<Bevinding> twijfels(int id) {
        return opslag.controleer(id, I18n.teksten()).openWaarschuwingen().stream()
                .filter(b -> b.controle().equals(RapportOpslag.TWIJFEL)).toList();
    }

    private int rapport(LocalDate tot) {
        Rapportinvoer basis = RapportOpslagTest.ingevuld();
        Map<Sectie, String> teksten = new java.util.EnumMap<>(basis.teksten());
        teksten.put(Sectie.SAMENVATTING, "Goede periode. " + ZIN);
        int id = opslag.nieuw(dossier, RapportSoort.VOORTGANG, tot.minusWeeks(6).plusDays(1), tot, I18n.teksten());
        opslag.bewaar(id, new Rapportinvoer(teksten, basis.statusSpoor1(), basis.akkoord(), basis.distributie(),
                basis.knelpunten(), null, null));
        return id;
    }

    @Test
    void aConfirmedDoubtIsNotAskedAgainInTheNextReportUntilTheCoachForgetsIt() {
        int eerste = rapport(RapportOpslagTest.TOT);
        List<Bevinding> open = twijfels(eerste);
        assertEquals(List.of(ZIN), open.stream().map(b -> b.args().getFirst()).toList());
        assertEquals(0, service.aantalGeleerd());
        Privacytoets voor = service.toets();
        assertSame(voor, service.toets(), "nothing changed: the same guard, not rebuilt");

        opslag.erken(eerste, open.getFirst(), "Gaat over zijn hobby, niet over zijn gezondheid.");
        assertEquals(1, service.aantalGeleerd());
        assertNotSame(voor, service.toets(), "a new confirmation replaces the practice's guard at once");
        assertSame(service.toets(), service.toets());
        int tweede = rapport(RapportOpslagTest.TOT.minusWeeks(6));
        assertEquals(List.of(), twijfels(tweede), "the next report does not ask it again");

        service.vergeetGeleerd();
        assertEquals(0, service.aantalGeleerd());
        List<Bevinding> weer = twijfels(tweede);
        assertEquals(1, weer.size(), "forgotten: asked again");
        assertEquals(List.of(), twijfels(eerste), "the confirmation itself stays with its report");

        opslag.erken(tweede, weer.getFirst(), "Weer over zijn vrouw.");
        assertEquals(1, service.aantalGeleerd(), "a confirmation after forgetting is learnt again");

        // A passage in which the lexicon now finds something (a word the coach added as medical) teaches nothing.
        service.voegToe("Schalkwijk", PrivacyWoordenService.Soort.MEDISCH, Categorie.INSTELLING);
        assertEquals(0, service.aantalGeleerd(), "the lexicon now finds something in it: no lesson");
    }
}
