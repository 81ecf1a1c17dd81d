package nl.spoorzoeker.app.werkplek;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import nl.spoorzoeker.dossier.DossierRegel;
import nl.spoorzoeker.dossier.TijdlijnService;
import nl.spoorzoeker.dossier.TrajectStatus;
import nl.spoorzoeker.dossier.ui.DossierRij;
import nl.spoorzoeker.tijdlijn.Mijlpaal;
import nl.spoorzoeker.tijdlijn.MijlpaalSoort;
import nl.spoorzoeker.tijdlijn.MijlpaalStatus;
import org.junit.jupiter.api.Test;

/** The start screen's view model, without a stage or a toolkit: plain JUnit. */
class VandaagModelTest {

    /** A Wednesday: this week ends on Sunday the 8th. */
    private static final LocalDate VANDAAG = LocalDate.of(2026, 11, 4);

    private static DossierRegel regel(int id, String naam, TrajectStatus status, int week) {
        return new DossierRegel(id, naam, "Bakkerij Jansen", VANDAAG.minusWeeks(week), VANDAAG, status, week);
    }

    private static TijdlijnService.Termijn termijn(DossierRegel d, MijlpaalSoort soort, LocalDate deadline) {
        return new TijdlijnService.Termijn(d, new Mijlpaal(soort, 1, deadline, null, null, MijlpaalStatus.GEPLAND));
    }

    private static List<String> namen(List<DossierRij> rijen) {
        return rijen.stream().map(r -> r.regel().naam()).toList();
    }

    @Test
    void theCoachsOwnDeadlinesAreLateThisWeekOrLaterAndTheOthersAreWatched() {
        DossierRegel a = regel(1, "A", TrajectStatus.ACTIEF, 60);
        var teLaat = termijn(a, MijlpaalSoort.VOORTGANGSRAPPORTAGE, VANDAAG.minusDays(1));
        var vandaag = termijn(a, MijlpaalSoort.EINDRAPPORTAGE, VANDAAG);
        var zondag = termijn(a, MijlpaalSoort.VOORTGANGSRAPPORTAGE, LocalDate.of(2026, 11, 8));
        var maandag = termijn(a, MijlpaalSoort.VOORTGANGSRAPPORTAGE, LocalDate.of(2026, 11, 9));
        var werkgever = termijn(a, MijlpaalSoort.WEEKMELDING_42, VANDAAG.minusDays(3));
        var arts = termijn(a, MijlpaalSoort.ACTUEEL_OORDEEL, VANDAAG.plusDays(3));
        VandaagModel model = new VandaagModel();
        model.toon(VANDAAG, List.of(a), List.of(teLaat, vandaag, zondag, maandag, werkgever, arts));
        assertEquals(List.of(teLaat), model.teLaat());
        assertEquals(List.of(vandaag, zondag), model.dezeWeek());
        assertEquals(List.of(maandag), model.komendeWeken());
        // Another party's late deadline is not the coach's late work.
        assertEquals(List.of(werkgever, arts), model.signaleren());
        assertTrue(model.heeftEigenTermijnen());
    }

    @Test
    void theWatchListIsNarrowedToOnePartyAndBackToEveryone() {
        DossierRegel a = regel(1, "A", TrajectStatus.ACTIEF, 60);
        var werkgever = termijn(a, MijlpaalSoort.WEEKMELDING_42, VANDAAG.plusDays(3));
        var arts = termijn(a, MijlpaalSoort.ACTUEEL_OORDEEL, VANDAAG.plusDays(3));
        VandaagModel model = new VandaagModel();
        model.toon(VANDAAG, List.of(a), List.of(werkgever, arts));
        model.partij().set(MijlpaalSoort.Actor.BEDRIJFSARTS);
        assertEquals(List.of(arts), model.signaleren());
        assertEquals(2, model.anderen().size(), "the heading still counts them all");
        // The choice stays when the screen is read again (after a save elsewhere).
        model.toon(VANDAAG, List.of(a), List.of(werkgever, arts));
        assertEquals(List.of(arts), model.signaleren());
        model.partij().set(null);
        assertEquals(List.of(werkgever, arts), model.signaleren());
        assertFalse(model.heeftEigenTermijnen());
        assertFalse(VandaagModel.partijen().contains(MijlpaalSoort.Actor.COACH));
    }

    @Test
    void activeDossiersAreGroupedByTheirWeekOfSicknessHighestFirst() {
        var eind = regel(1, "Eind", TrajectStatus.ACTIEF, 89);
        var tweede = regel(2, "Tweede", TrajectStatus.ACTIEF, 53);
        var tweedeLater = regel(3, "Tweede later", TrajectStatus.ACTIEF, 88);
        var eerste = regel(4, "Eerste", TrajectStatus.ACTIEF, 52);
        var gesloten = regel(5, "Gesloten", TrajectStatus.AFGEROND, 95);
        VandaagModel model = new VandaagModel();
        model.toon(VANDAAG, List.of(eerste, tweede, gesloten, eind, tweedeLater), List.of());
        assertEquals(List.of("Eind"), namen(model.eindfase()));
        assertEquals(List.of("Tweede later", "Tweede"), namen(model.tweedeJaar()));
        assertEquals(List.of("Eerste"), namen(model.eersteJaar()));
        assertFalse(model.praktijkLeeg().get());
        assertFalse(model.geenActieve().get());
        assertFalse(model.heeftTermijnen());
    }

    @Test
    void anEmptyPracticeAndOneWithoutActiveDossiersAreToldApart() {
        VandaagModel model = new VandaagModel();
        model.toon(VANDAAG, List.of(), List.of());
        assertTrue(model.praktijkLeeg().get());
        model.toon(VANDAAG, List.of(regel(5, "Gesloten", TrajectStatus.AFGEROND, 95)), List.of());
        assertFalse(model.praktijkLeeg().get());
        assertTrue(model.geenActieve().get());
    }
}
