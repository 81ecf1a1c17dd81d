package nl.spoorzoeker.cv.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.spoorzoeker.cv.CvDossier;
import nl.spoorzoeker.cv.CvService;
import nl.spoorzoeker.cv.CvVariant;
import nl.spoorzoeker.fase.FaseSoort;
import nl.spoorzoeker.instrument.StarrVerhaal;
import nl.spoorzoeker.rapportage.Privacypoort;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.ui.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CV tab's view model without a stage or a toolkit: what it reads and combines on a real SQLite
 * file (the CvDossier's stories, one about a burn-out), and the texts and choices it decides.
 */
class CvModelTest {

    @TempDir
    Path dir;
    Database db;
    Locale was;

    @BeforeEach
    void taal() {
        was = I18n.locale();
        I18n.setLocale(I18n.DUTCH);
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
        I18n.setLocale(was);
    }

    @Test
    void readsWhatTheGateLeavesOutOfEachCvAndWhichLettersAreWritten() throws Exception {
        db = Database.open(dir.resolve("spoorzoeker.db"));
        CvDossier d = new CvDossier(db);
        CvModel model = new CvModel(d.starr, d.cv, d.arbeidsmarkt);
        int schoon = d.cv.bewaar(d.id, new CvVariant(null, "Planner", null, List.of("plannen"), List.of(d.magazijn)));
        int metBurnout = d.cv.bewaar(d.id, new CvVariant(null, "Planner logistiek", null, List.of("plannen"),
                List.of(d.magazijn, d.burnout)));

        CvModel.Data voor = model.laad(d.id, d.cv);
        assertEquals(2, voor.verhalen().size());
        assertEquals(List.of(), voor.weggelaten().get(schoon));
        assertEquals(List.of("Ik begon " + CvDossier.BURNOUT + " met halve dagen"),
                voor.weggelaten().get(metBurnout).stream().map(Privacypoort.Weglating::tekst).toList());
        CvModel.Brief geen = voor.brieven().getFirst();
        assertEquals(d.sollicitatie, geen.sollicitatie().id());
        assertFalse(geen.klaar());
        assertFalse(CvModel.exporteerbaar(geen), "no letter, nothing to save as PDF or DOCX");
        assertEquals(I18n.t("brief.schrijf"), CvModel.schrijfKnop(geen));

        d.cv.bewaarBrief(d.id, d.sollicitatie, "Geachte heer, mevrouw,\n\nIk ben " + CvDossier.BURNOUT
                + " weer fit.\n\nMet vriendelijke groet,");
        CvModel.Brief wel = model.laad(d.id, d.cv).brieven().getFirst();
        assertTrue(wel.klaar());
        assertTrue(CvModel.exporteerbaar(wel));
        assertEquals(I18n.t("brief.bewerk"), CvModel.schrijfKnop(wel));
        assertEquals(1, wel.weggelaten().size(), "the letter's health sentence is shown to the coach");
    }

    @Test
    void dataForADossierLeftBehindIsNotShown() {
        CvModel model = new CvModel(null, null, null);
        model.kies(4);
        assertTrue(model.actueel(4));
        model.kies(7);
        assertFalse(model.actueel(4), "the coach moved on before the read came back");
        assertTrue(model.actueel(7));
    }

    @Test
    void aCvOffersTheDossiersCompetencesAndKeepsItsOwn() {
        CvVariant v = new CvVariant(7, "Planner", null, List.of("Plannen", "geduld"), List.of());
        List<String> alle = CvModel.competentieKeuze(List.of("plannen", "samenwerken"), v);
        assertEquals(List.of("plannen", "samenwerken", "geduld"), alle, "case does not make a second 'plannen'");
        assertTrue(CvModel.gekozen(v, "plannen"));
        assertTrue(CvModel.gekozen(v, "geduld"));
        assertFalse(CvModel.gekozen(v, "samenwerken"));
    }

    @Test
    void aFreshLetterAsksFirstOnlyWhenItReplacesTypedText() {
        assertFalse(CvModel.sjabloonVraagtEerst(null, "Brief"));
        assertFalse(CvModel.sjabloonVraagtEerst("  ", "Brief"));
        assertFalse(CvModel.sjabloonVraagtEerst("Brief", "Brief"), "the template's own text is not the coach's");
        assertTrue(CvModel.sjabloonVraagtEerst("Brief, aangevuld", "Brief"));
    }

    @Test
    void aStoryCardShowsTheFilledPartsAndTheCompetences() {
        StarrVerhaal s = new StarrVerhaal(3, "Rooster", "Orders liepen achter", null, "Ik deelde in", null, null,
                List.of());
        assertEquals(List.of(I18n.t("starr.veld.situatie").replace("_", "") + ": Orders liepen achter",
                I18n.t("starr.veld.actie").replace("_", "") + ": Ik deelde in"), CvModel.regels(s));
        assertEquals(I18n.t("starr.geenCompetenties"), CvModel.competenties(s));
        StarrVerhaal met = new StarrVerhaal(3, "Rooster", null, null, null, null, null, List.of("plannen", "overleg"));
        assertEquals("plannen · overleg", CvModel.competenties(met));
        assertEquals(7, CvModel.velden(met).size());
    }

    @Test
    void theRoepingWerkboekCarriesNoPhaseInItsName() {
        String roeping = CvModel.werkboekBestandsnaam(FaseSoort.ROEPING);
        String zoekprofiel = CvModel.werkboekBestandsnaam(FaseSoort.ZOEKPROFIEL);
        assertEquals(CvService.bestandsnaam(I18n.t("werkboek.bestandsnaam"), CvService.Formaat.PDF), roeping);
        assertEquals(CvService.bestandsnaam(I18n.t("werkboek.bestandsnaam") + " " + I18n.t("fase.ZOEKPROFIEL"),
                CvService.Formaat.PDF), zoekprofiel);
    }
}
