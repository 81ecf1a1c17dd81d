package nl.spoorzoeker.app.werkplek;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.spoorzoeker.logboek.ContactService;
import nl.spoorzoeker.dossier.DossierRegel;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.dossier.TrajectStatus;
import nl.spoorzoeker.arbeidsmarkt.ArbeidsmarktService;
import nl.spoorzoeker.arbeidsmarkt.Sollicitatie;
import nl.spoorzoeker.arbeidsmarkt.WerkervaringService;
import nl.spoorzoeker.arbeidsmarkt.Werkervaringsplek;
import nl.spoorzoeker.fase.Fase;
import nl.spoorzoeker.fase.FaseService;
import nl.spoorzoeker.fase.FaseSoort;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.uitkomst.Uitkomst;
import nl.spoorzoeker.uitkomst.UitkomstService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo practice's closed traject reads as one story in its eindrapportage: nothing is logged or
 * sought after the day it ended, its phases are closed, and the werkervaringsplek its outcome names
 * as the route is there, at the employer that took the werknemer on (found by reading the rendered
 * report as an assessor would: applications after the placement, and "no werkervaringsplek" beside
 * "found through a werkervaringsplek").
 */
class DemoAfgerondTest {

    @TempDir
    Path dir;

    @Test
    void theClosedTrajectStopsOnItsOutcomeDateAndHasThePlacementItsOutcomeNames() throws Exception {
        try (Database db = Database.open(dir.resolve("spoorzoeker.db"))) {
            Demoset.load(db, CLOCK);
            DossierRegel dicht = new DossierService(db, CLOCK).list().stream()
                    .filter(r -> r.status() == TrajectStatus.AFGEROND).findFirst().orElseThrow();
            int id = dicht.trajectId();
            Uitkomst u = new UitkomstService(db, CLOCK).van(id).orElseThrow();
            LocalDate eind = u.einddatum();
            assertTrue(eind.isBefore(LocalDate.now(CLOCK)), "closed in the past");

            var contacten = new ContactService(db, CLOCK).logboek(id).contacten();
            assertFalse(contacten.isEmpty());
            assertTrue(contacten.stream().noneMatch(c -> c.moment().toLocalDate().isAfter(eind)),
                    "no contact after the traject ended on " + eind);
            List<Sollicitatie> sollicitaties = new ArbeidsmarktService(db, CLOCK).overzicht(id).sollicitaties();
            assertFalse(sollicitaties.isEmpty());
            assertTrue(sollicitaties.stream().noneMatch(s -> s.datum().isAfter(eind)),
                    "no application sent after the werknemer was placed");
            assertTrue(sollicitaties.stream().noneMatch(s -> s.organisatie().equals(u.plaatsing().werkgever())),
                    "no rejection by the employer that then took her on");

            assertEquals(Uitkomst.Route.WERKERVARINGSPLEK, u.plaatsing().route());
            List<Werkervaringsplek> plekken = new WerkervaringService(db, CLOCK).plekken(id);
            assertEquals(1, plekken.size(), "the route the outcome names is on record");
            Werkervaringsplek wep = plekken.getFirst();
            assertEquals(u.plaatsing().werkgever(), wep.organisatie());
            assertEquals(eind, wep.einddatum());
            assertTrue(wep.weken().stream().noneMatch(w -> w.maandag().isAfter(eind)));

            List<Fase> fasen = new FaseService(db, CLOCK).overzicht(id).fasen();
            assertTrue(fasen.stream().allMatch(f -> f.eind() != null && !f.eind().isAfter(eind)),
                    "every phase closed by the end: " + fasen);
            assertTrue(fasen.stream().anyMatch(f -> f.soort() == FaseSoort.AFSLUITING && f.eind().equals(eind)));
            assertTrue(fasen.stream().anyMatch(f -> f.soort() == FaseSoort.WERKERVARING
                    && f.start().equals(wep.startdatum())), "the placement's phase starts with it");
        }
    }
}
