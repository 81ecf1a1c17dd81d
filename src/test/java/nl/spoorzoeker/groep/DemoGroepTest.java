package nl.spoorzoeker.groep;

import nl.spoorzoeker.app.werkplek.Demoset;
import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.spoorzoeker.logboek.ContactService;
import nl.spoorzoeker.dossier.DemoDossiers;
import nl.spoorzoeker.dossier.DemoVangnet;
import nl.spoorzoeker.dossier.Dossier;
import nl.spoorzoeker.dossier.DossierRegel;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.dossier.Opdrachtgever;
import nl.spoorzoeker.dossier.TrajectStatus;
import nl.spoorzoeker.rapportage.privacy.AndereDeelnemers;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.uitkomst.Uitkomst;
import nl.spoorzoeker.uitkomst.UitkomstService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo practice's additions (issue 18): a vangnet dossier for UWV, the closed traject's
 * outcome, and a group programme with meetings held, whose texts name no participant.
 */
class DemoGroepTest {

    @TempDir
    Path dir;

    @Test
    void theDemoPracticeHasAVangnetDossierAnOutcomeAndAProgrammeWithHeldMeetings() throws Exception {
        try (Database db = Database.open(dir.resolve("spoorzoeker.db"))) {
            Demoset.load(db, CLOCK);
            DossierService dossiers = new DossierService(db, CLOCK);
            List<DossierRegel> rijen = dossiers.list();
            DossierRegel regel = rijen.stream().filter(r -> r.naam().equals(DemoVangnet.NAAM)).findFirst().orElseThrow();
            Dossier vangnet = dossiers.find(regel.trajectId()).orElseThrow();
            assertTrue(vangnet.traject().vangnet());
            assertEquals(Opdrachtgever.Soort.UWV, vangnet.traject().opdrachtgever().soort());
            assertEquals(null, vangnet.werkgever(), "a vangnetter without werkgever");
            assertTrue(DemoDossiers.ids(db).contains(regel.trajectId()), "removed with the demo");

            DossierRegel dicht = rijen.stream().filter(r -> r.status() == TrajectStatus.AFGEROND).findFirst().orElseThrow();
            Uitkomst u = new UitkomstService(db, CLOCK).van(dicht.trajectId()).orElseThrow();
            assertEquals(Uitkomst.Soort.GEPLAATST_EXTERN, u.soort());
            assertEquals(Uitkomst.Route.WERKERVARINGSPLEK, u.plaatsing().route());
            assertTrue(u.werkGevonden());

            GroepsprogrammaService service = new GroepsprogrammaService(db, CLOCK);
            Groepsprogramma.Regel programma = service.lijst().getFirst();
            assertEquals(DemoGroepsprogramma.NAAM, programma.programma().naam());
            assertEquals(5, programma.deelnemers());
            assertEquals(8, programma.bijeenkomsten());
            assertTrue(programma.gehouden() >= 4 && programma.gehouden() <= 5, "held so far: " + programma.gehouden());
            GroepsprogrammaService.Detail d = service.detail(programma.programma().id()).orElseThrow();
            assertTrue(d.deelnemers().stream().anyMatch(x -> x.dossierId() == regel.trajectId()), "the vangnetter takes part");
            List<String> namen = rijen.stream().map(DossierRegel::naam).toList();
            ContactService contacten = new ContactService(db, CLOCK);
            for (Groepsprogramma.Deelnemer x : d.deelnemers()) {
                for (var g : contacten.logboek(x.dossierId()).groepssessies()) {
                    assertTrue(AndereDeelnemers.vind(g.sessie().titel() + "\n" + g.sessie().samenvatting(), namen).isEmpty(),
                            "no participant named in " + g.sessie().titel());
                }
            }
            // The second meeting had one participant absent, with the reason.
            var tweede = d.bijeenkomsten().get(1);
            var verslag = service.verslag(tweede.id()).orElseThrow();
            assertEquals(1, verslag.aanwezigheid().stream().filter(a -> !a.aanwezig()).count());
            assertFalse(contacten.logboek(verslag.aanwezigheid().stream().filter(a -> !a.aanwezig()).findFirst()
                    .orElseThrow().dossierId()).groepssessies().stream().anyMatch(g -> g.sessie().id().equals(tweede.groepssessieId())));
            assertTrue(LocalDate.now(CLOCK).isAfter(tweede.begin().toLocalDate()));
        }
    }
}
