package nl.spoorzoeker.rapportage.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.spoorzoeker.rapportage.RapportModel;
import nl.spoorzoeker.rapportage.RapportSoort;
import nl.spoorzoeker.rapportage.Rapportinvoer;
import nl.spoorzoeker.rapportage.Rapportopbouw;
import nl.spoorzoeker.rapportage.Sectie;
import org.junit.jupiter.api.Test;

/** The report editor's view model, without a stage or a toolkit: plain JUnit. */
class RapportEditorModelTest {

    private static final LocalDate DATUM = LocalDate.of(2026, 11, 3);

    private static Rapportinvoer opgeslagen() {
        Sectie eerste = Rapportopbouw.teksten(RapportSoort.VOORTGANG).getFirst();
        return new Rapportinvoer(Map.of(eerste, "Gaat vooruit."), "Spoor 1 loopt.",
                new RapportModel.Akkoord("Eens.", RapportModel.AkkoordSoort.MONDELING, DATUM, null),
                List.of(), List.of(new RapportModel.Knelpunt("Rugklachten", false, null)), null, null);
    }

    @Test
    void holdsTheSectionsOfItsReportTypeAndWhatWasStored() {
        RapportEditorModel model = new RapportEditorModel(Rapportopbouw.teksten(RapportSoort.VOORTGANG), opgeslagen());
        assertEquals(Rapportopbouw.teksten(RapportSoort.VOORTGANG), model.secties());
        assertEquals("Gaat vooruit.", model.tekst(model.secties().getFirst()).get());
        assertEquals("03-11-2026", model.akkoordDatum().get());
        assertEquals(RapportModel.AkkoordSoort.MONDELING, model.akkoord().get());
        assertEquals(1, model.knelpunten().size());
        // Unchanged, it gives back what was stored.
        assertEquals(opgeslagen(), model.invoer());
    }

    @Test
    void aSectionTheTypeDoesNotHaveIsRefused() {
        List<Sectie> voortgang = Rapportopbouw.teksten(RapportSoort.VOORTGANG);
        Sectie anders = java.util.Arrays.stream(Sectie.values()).filter(s -> !voortgang.contains(s)).findFirst().orElseThrow();
        RapportEditorModel model = new RapportEditorModel(voortgang, opgeslagen());
        assertThrows(IllegalArgumentException.class, () -> model.tekst(anders));
    }

    @Test
    void anUnreadableAgreementDateIsNotSaveable() {
        RapportEditorModel model = new RapportEditorModel(Rapportopbouw.teksten(RapportSoort.VOORTGANG), opgeslagen());
        assertTrue(model.bewaarbaar());
        model.akkoordDatum().set("31-02-2026");
        assertFalse(model.bewaarbaar(), "saving would store no date over what the coach typed");
        assertTrue(model.datumFout().isPresent());
        // What is typed stays in the model, for the coach to correct.
        assertEquals("31-02-2026", model.akkoordDatum().get());
        model.akkoordDatum().set("4-11-2026");
        assertTrue(model.bewaarbaar());
        assertEquals(LocalDate.of(2026, 11, 4), model.invoer().akkoord().datum());
        model.akkoordDatum().set("  ");
        assertTrue(model.bewaarbaar(), "no date is a choice, not an error");
        assertNull(model.invoer().akkoord().datum());
    }

    @Test
    void emptyFieldsAreNoneAndEditsAreInTheInput() {
        RapportEditorModel model = new RapportEditorModel(Rapportopbouw.teksten(RapportSoort.VOORTGANG), opgeslagen());
        Sectie eerste = model.secties().getFirst();
        model.tekst(eerste).set("   ");
        model.spoor1().set("Werkt 12 uur.");
        model.visie().set(null);
        model.akkoord().set(null);
        model.knelpunten().clear();
        Rapportinvoer invoer = model.invoer();
        assertFalse(invoer.teksten().containsKey(eerste));
        assertEquals("Werkt 12 uur.", invoer.statusSpoor1());
        assertNull(invoer.akkoord(), "no view and no agreement: no agreement block");
        assertEquals(List.of(), invoer.knelpunten());
    }

    @Test
    void aCheckResultShowsOnlyForTheNewestCheckAndTheTextItChecked() {
        RapportEditorModel model = new RapportEditorModel(Rapportopbouw.teksten(RapportSoort.VOORTGANG), opgeslagen());
        long bijOpenen = model.vraagControle();
        assertTrue(model.actueel(bijOpenen));
        // The coach types before the check of the opened report comes back: that result is for older text.
        model.tekst(model.secties().getFirst()).set("Gaat vooruit, werkt twee dagen.");
        assertFalse(model.actueel(bijOpenen));
        long naBewaren = model.vraagControle(); // the autosave asks again, with the new text
        assertTrue(model.actueel(naBewaren));
        assertFalse(model.actueel(bijOpenen), "an older check answering late is dropped");
        long daarna = model.vraagControle();
        assertFalse(model.actueel(naBewaren));
        assertTrue(model.actueel(daarna));
        // Every part of what the coach types counts, the knelpunten and the agreement too.
        model.knelpunten().clear();
        assertFalse(model.actueel(daarna));
        long akkoord = model.vraagControle();
        model.akkoord().set(RapportModel.AkkoordSoort.GETEKEND);
        assertFalse(model.actueel(akkoord));
    }
}
