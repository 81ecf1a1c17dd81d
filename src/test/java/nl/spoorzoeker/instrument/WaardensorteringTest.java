package nl.spoorzoeker.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.spoorzoeker.instrument.Waardensortering.Stapel;
import org.junit.jupiter.api.Test;

/** The values card sort's rules, without a database: piles, the top five and what a stored sort may hold. */
class WaardensorteringTest {

    static final LocalDate DAG = LocalDate.of(2026, 11, 20);

    @Test
    void theCardSetIsOursWholeAndInBothLanguages() {
        List<Waardenkaarten.Kaart> kaarten = Waardenkaarten.alle();
        assertTrue(kaarten.size() >= 30 && kaarten.size() <= 40, "about 30 to 40 values: " + kaarten.size());
        assertEquals(kaarten.size(), kaarten.stream().map(Waardenkaarten.Kaart::code).distinct().count());
        assertEquals("Zekerheid", Waardenkaarten.naam("ZEKERHEID", Locale.of("nl", "NL")));
        assertEquals("Security", Waardenkaarten.naam("ZEKERHEID", Locale.of("en", "NL")));
        assertEquals("ONBEKEND", Waardenkaarten.naam("ONBEKEND", Locale.of("nl", "NL")), "an old card prints its code");
    }

    @Test
    void aDamagedCardFileFailsAtStart() {
        assertThrows(IllegalStateException.class, () -> Waardenkaarten.lees(stroom("A\tB\tC\tD\n")));
        assertThrows(IllegalStateException.class, () -> Waardenkaarten.lees(stroom(
                "RUST\tRust\tx\tCalm\ty\nRUST\tRust\tx\tCalm\ty\n")));
        assertThrows(IllegalStateException.class, () -> Waardenkaarten.lees(null));
    }

    private static ByteArrayInputStream stroom(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void cardsAreLaidOnPilesAndCanBeTakenBackOrMoved() {
        Waardensortering w = Waardensortering.nieuw(DAG).leg("RUST", Stapel.BELANGRIJK).leg("ZEKERHEID",
                Stapel.HEEL_BELANGRIJK);
        assertEquals(List.of("RUST"), w.op(Stapel.BELANGRIJK));
        assertEquals(Waardenkaarten.alle().size() - 2, w.ongesorteerd().size());
        w = w.leg("RUST", Stapel.MINDER_BELANGRIJK).leg("ZEKERHEID", null);
        assertEquals(List.of("RUST"), w.op(Stapel.MINDER_BELANGRIJK));
        assertEquals(List.of(), w.op(Stapel.HEEL_BELANGRIJK));
        assertTrue(w.ongesorteerd().contains("ZEKERHEID"));
    }

    @Test
    void theTopIsChosenFromTheVeryImportantPileOnlyAtMostFiveInTheOrderChosen() {
        Waardensortering w = Waardensortering.nieuw(DAG);
        List<String> heel = List.of("ZEKERHEID", "SAMENWERKEN", "RUST", "LEREN", "SFEER", "RESPECT");
        for (String k : heel) {
            w = w.leg(k, Stapel.HEEL_BELANGRIJK);
        }
        w = w.leg("AANZIEN", Stapel.BELANGRIJK);
        assertSame(w, w.wisselTop("AANZIEN"), "a card of another pile cannot enter the top");
        for (String k : List.of("RESPECT", "RUST", "ZEKERHEID", "SFEER", "LEREN")) {
            w = w.wisselTop(k);
        }
        assertSame(w, w.wisselTop("SAMENWERKEN"), "a sixth card does not fit");
        assertEquals(List.of("RESPECT", "RUST", "ZEKERHEID", "SFEER", "LEREN"), w.top());
        assertTrue(w.topKompleet());
        w = w.schuif("ZEKERHEID", -1).schuif("RESPECT", -1).schuif("LEREN", +1);
        assertEquals(List.of("RESPECT", "ZEKERHEID", "RUST", "SFEER", "LEREN"), w.top());
        // Moving a card off the very-important pile takes it out of the top as well.
        w = w.leg("RUST", Stapel.BELANGRIJK);
        assertEquals(List.of("RESPECT", "ZEKERHEID", "SFEER", "LEREN"), w.top());
        assertFalse(w.topKompleet(), "five cards are still very important, so five make the top");
        w = w.wisselTop("SAMENWERKEN");
        assertTrue(w.topKompleet());
        assertEquals(List.of(), w.fouten());
    }

    @Test
    void withFewerThanFiveVeryImportantCardsTheTopHoldsThemAll() {
        Waardensortering w = Waardensortering.nieuw(DAG).leg("RUST", Stapel.HEEL_BELANGRIJK)
                .leg("LEREN", Stapel.HEEL_BELANGRIJK);
        assertEquals(2, w.topNodig());
        assertFalse(w.wisselTop("RUST").topKompleet());
        assertTrue(w.wisselTop("RUST").wisselTop("LEREN").topKompleet());
        assertFalse(Waardensortering.nieuw(DAG).topKompleet(), "an empty sort has no result");
    }

    @Test
    void aStoredSortThatBreaksTheRulesIsNamed() {
        assertEquals(List.of("waarden.fout.kaart"), new Waardensortering(null, DAG,
                Map.of("BESTAAT_NIET", Stapel.BELANGRIJK), List.of()).fouten());
        assertEquals(List.of("waarden.fout.topStapel"), new Waardensortering(null, DAG,
                Map.of("RUST", Stapel.BELANGRIJK), List.of("RUST")).fouten());
        assertEquals(List.of("waarden.fout.top"), new Waardensortering(null, DAG,
                Map.of("RUST", Stapel.HEEL_BELANGRIJK), List.of("RUST", "RUST")).fouten());
        assertEquals(List.of("waarden.fout.datum"), new Waardensortering(null, null, Map.of(), List.of()).fouten());
    }
}
