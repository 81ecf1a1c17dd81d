package nl.spoorzoeker.rapportage.ui;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.spoorzoeker.app.werkplek.Demoset;
import nl.spoorzoeker.arbeidsmarkt.ArbeidsmarktService;
import nl.spoorzoeker.arbeidsmarkt.WerkervaringService;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.dossier.TijdlijnService;
import nl.spoorzoeker.fase.FaseService;
import nl.spoorzoeker.fase.ProfielService;
import nl.spoorzoeker.logboek.ContactService;
import nl.spoorzoeker.praktijk.PraktijkService;
import nl.spoorzoeker.rapportage.Rapport;
import nl.spoorzoeker.rapportage.RapportModel;
import nl.spoorzoeker.rapportage.RapportOpslag;
import nl.spoorzoeker.rapportage.RapportService;
import nl.spoorzoeker.rapportage.RapportSoort;
import nl.spoorzoeker.rapportage.Uwvtoets;
import nl.spoorzoeker.rapportage.privacy.Privacytoets;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.tijdlijn.KlokInstellingen;
import nl.spoorzoeker.ui.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reports tab's view model without a stage or a toolkit: which action may go ahead for the chosen
 * report, the texts of a report, the busy state, and what is read and written, on a real SQLite file.
 */
class RapportagesModelTest {

    private static final LocalDate VAN = LocalDate.of(2026, 3, 2);

    @TempDir
    Path dir;
    Database db;
    RapportOpslag opslag;
    RapportagesModel model;
    int dossier;
    Locale was;

    /** The decisions need no database; only what is read and written opens one (a demo set takes seconds). */
    @BeforeEach
    void taal() {
        was = I18n.locale();
        I18n.setLocale(I18n.DUTCH);
        model = new RapportagesModel(null);
    }

    void open() throws Exception {
        db = Database.open(dir.resolve("spoorzoeker.db"));
        Demoset.load(db, CLOCK);
        DossierService dossiers = new DossierService(db, CLOCK);
        RapportService modellen = new RapportService(dossiers, new TijdlijnService(db, CLOCK, KlokInstellingen.STANDAARD),
                new ContactService(db, CLOCK), new ArbeidsmarktService(db, CLOCK), new WerkervaringService(db, CLOCK),
                new ProfielService(db, CLOCK), new FaseService(db, CLOCK));
        opslag = new RapportOpslag(db, CLOCK, modellen, dossiers, new PraktijkService(db, CLOCK),
                new Uwvtoets(Privacytoets.standaard(), Uwvtoets.Drempels.STANDAARD));
        dossier = dossiers.list().stream().filter(r -> r.naam().equals("Mohammed El Amrani")).findFirst().orElseThrow()
                .trajectId();
        model = new RapportagesModel(opslag);
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
        I18n.setLocale(was);
    }

    private static Rapport rapport(int id, RapportSoort soort, LocalDate tot, Rapport.Status status, Instant definitiefOp) {
        return new Rapport(id, 1, soort, tot.minusWeeks(6), tot, 2, null, status, null, definitiefOp);
    }

    @Test
    void everyActionNeedsAReportChosenAndTheWerknemersCopyATrajectplan() {
        Rapport voortgang = rapport(1, RapportSoort.VOORTGANG, VAN, Rapport.Status.CONCEPT, null);
        Rapport plan = rapport(2, RapportSoort.TRAJECTPLAN, VAN, Rapport.Status.CONCEPT, null);
        model.toon(1, null, List.of(voortgang, plan));
        for (RapportagesModel.Actie actie : RapportagesModel.Actie.values()) {
            assertEquals(Optional.of("rapport.kiesEerst"), model.weigering(actie), actie + " with nothing chosen");
        }
        model.gekozen().set(voortgang);
        assertEquals(Optional.of("b1.kiesTrajectplan"), model.weigering(RapportagesModel.Actie.WERKNEMERVERSIE));
        for (RapportagesModel.Actie actie : RapportagesModel.Actie.values()) {
            if (actie != RapportagesModel.Actie.WERKNEMERVERSIE) {
                assertEquals(Optional.empty(), model.weigering(actie), actie + " on a progress report");
            }
        }
        model.gekozen().set(plan);
        assertEquals(Optional.empty(), model.weigering(RapportagesModel.Actie.WERKNEMERVERSIE));
    }

    @Test
    void aNewReportStartsAfterTheLastProgressReportOnly() {
        assertNull(model.vorigeVoortgangTot(), "no reports, no previous period");
        LocalDate eerste = LocalDate.of(2026, 4, 1);
        LocalDate tweede = LocalDate.of(2026, 7, 1);
        model.toon(1, VAN, List.of(
                rapport(1, RapportSoort.VOORTGANG, tweede, Rapport.Status.DEFINITIEF, Instant.parse("2026-07-02T10:00:00Z")),
                rapport(2, RapportSoort.VOORTGANG, eerste, Rapport.Status.CONCEPT, null),
                // A later plan does not move where the next progress report starts.
                rapport(3, RapportSoort.TRAJECTPLAN, LocalDate.of(2026, 9, 1), Rapport.Status.CONCEPT, null)));
        assertEquals(tweede, model.vorigeVoortgangTot());
        assertEquals(VAN, model.trajectStart());
        assertEquals(3, model.zoek(3).orElseThrow().id());
        assertTrue(model.zoek(99).isEmpty(), "a report the tab does not show is not pointed at");
    }

    @Test
    void aFinalReportComesFromStorageAndAConceptSaysSoInItsName() {
        Rapport concept = rapport(1, RapportSoort.VOORTGANG, VAN, Rapport.Status.CONCEPT, null);
        Rapport definitief = rapport(2, RapportSoort.VOORTGANG, VAN, Rapport.Status.DEFINITIEF,
                Instant.parse("2026-03-02T23:30:00Z"));
        assertFalse(RapportagesModel.uitOpslag(concept));
        assertTrue(RapportagesModel.uitOpslag(definitief));
        assertEquals("Voortgangsrapportage 2026-03-02 v2 concept.pdf", RapportagesModel.bestandsnaam(concept));
        assertEquals("Voortgangsrapportage 2026-03-02 v2.pdf", RapportagesModel.bestandsnaam(definitief));
        assertEquals("", RapportagesModel.definitiefOp(concept, ZoneId.of("Europe/Amsterdam")));
        // Half past eleven UTC is the next day in Amsterdam.
        assertEquals("03-03-2026", RapportagesModel.definitiefOp(definitief, ZoneId.of("Europe/Amsterdam")));
        assertEquals("Voortgangsrapportage 19-01-2026 – 02-03-2026", RapportagesModel.titel(concept));
    }

    @Test
    void busyWhileExportingWithWhatIsBeingMade() {
        assertFalse(model.isBezig().get());
        model.bezig("rapport.pdfBezig");
        assertTrue(model.isBezig().get());
        assertEquals(I18n.t("rapport.pdfBezig"), model.bezigMet().get());
        model.klaar();
        assertFalse(model.isBezig().get());
    }

    @Test
    void aNewReportIsReadBackWithItsInputAndItsRecipientsListed() throws Exception {
        open();
        model.toon(dossier, null, opslag.vanDossier(dossier));
        int id = model.nieuw(RapportSoort.VOORTGANG, VAN, VAN.plusWeeks(8), I18n.teksten());
        RapportagesModel.Geopend geopend = model.leesGeopend(id);
        assertEquals(dossier, geopend.rapport().dossierId());
        assertEquals(RapportSoort.VOORTGANG, geopend.rapport().soort());
        assertEquals(opslag.invoer(id), geopend.invoer());

        RapportagesModel.Verzendgegevens leeg = model.leesVerzendgegevens(geopend.rapport());
        assertEquals(List.of(), leeg.eerder());
        assertEquals("Mohammed El Amrani", leeg.werknemer(), "the werknemer is the default recipient");
        assertNull(RapportagesModel.eerderVerzonden(leeg.eerder()), "none before: no section");

        model.verzend(geopend.rapport(), new Rapport.Verzending(RapportModel.OntvangerSoort.values()[0], "Jan de Vries",
                VAN.plusWeeks(9), Rapport.Kanaal.values()[0]));
        RapportagesModel.Verzendgegevens daarna = model.leesVerzendgegevens(geopend.rapport());
        assertEquals(1, daarna.eerder().size());
        assertEquals(I18n.t("rapport.ontvanger." + RapportModel.OntvangerSoort.values()[0].name())
                + " Jan de Vries (04-05-2026)", RapportagesModel.eerderVerzonden(daarna.eerder()));
    }
}
