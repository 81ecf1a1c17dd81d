package nl.spoorzoeker.rapportage;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.spoorzoeker.input.Weigering;
import nl.spoorzoeker.rapportage.PrivacyWoordenService.Soort;
import nl.spoorzoeker.rapportage.privacy.Categorie;
import nl.spoorzoeker.rapportage.privacy.Treffer;
import nl.spoorzoeker.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coach's own privacy words, stored in a real SQLite file and used by the next check. */
class PrivacyWoordenServiceTest {

    @TempDir
    Path dir;
    Database db;
    PrivacyWoordenService service;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("spoorzoeker.db"));
        service = new PrivacyWoordenService(db, CLOCK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<String> treffers(String tekst) {
        return service.toets().toets(tekst).stream().map(Treffer::gevonden).toList();
    }

    @Test
    void anExtraWordIsCaughtWithItsInflectionsAndCanBeRemovedAgain() {
        String zin = "Zij had last van de Kikuchi-ziekte en daarna van kikuchi.";
        assertEquals(List.of(), treffers("Zij gebruikt Zolpiflex sinds maart."));
        PrivacyWoordenService.EigenWoord w = service.voegToe("  Zolpiflex ", Soort.MEDISCH, Categorie.MEDICATIE);
        assertEquals("zolpiflex", w.woord());
        assertEquals(List.of("Zolpiflex"), treffers("Zij gebruikt Zolpiflex sinds maart."));
        assertEquals(List.of("ZOLPIFLEXEN"), treffers("Twee ZOLPIFLEXEN per dag."), "plural and case");
        assertEquals(Categorie.MEDICATIE, service.toets().toets("zolpiflex").getFirst().categorie());
        service.voegToe("kikuchi", Soort.MEDISCH, null);
        assertTrue(treffers(zin).size() >= 1, zin);
        service.verwijder(w.id());
        assertEquals(List.of(), treffers("Zij gebruikt Zolpiflex sinds maart."), "the next check sees the removal");
    }

    @Test
    void anAllowedWordIsLetThrough() {
        String zin = "Zij solliciteert bij Stent in Zwolle.";
        assertEquals(List.of("Stent"), treffers(zin), "the shipped lexicon catches the company name");
        service.voegToe("stent", Soort.TOEGESTAAN, Categorie.DIAGNOSE);
        assertEquals(List.of(), treffers(zin));
        assertEquals(null, service.alle().getFirst().categorie(), "an allowed word has no category");
    }

    @Test
    void oddInputIsRefusedInDutchAndNothingIsStored() {
        assertEquals("privacy.woord.leeg", assertThrows(Weigering.class,
                () -> service.voegToe(" ", Soort.MEDISCH, null)).messageKey());
        assertEquals("privacy.woord.leeg", assertThrows(Weigering.class,
                () -> service.voegToe(null, Soort.MEDISCH, null)).messageKey());
        assertEquals("privacy.woord.teLang", assertThrows(Weigering.class,
                () -> service.voegToe("a".repeat(100_000), Soort.MEDISCH, null)).messageKey());
        assertEquals("privacy.woord.tekens", assertThrows(Weigering.class,
                () -> service.voegToe("a.*b", Soort.MEDISCH, null)).messageKey());
        assertEquals("privacy.woord.tekens", assertThrows(Weigering.class,
                () -> service.voegToe("1234", Soort.TOEGESTAAN, null)).messageKey());
        service.voegToe("Çiğdem-ziekte", Soort.MEDISCH, null);
        assertEquals("privacy.woord.bestaat", assertThrows(Weigering.class,
                () -> service.voegToe("çiğdem-ziekte", Soort.MEDISCH, null)).messageKey());
        assertEquals(1, service.alle().size());
    }
}
