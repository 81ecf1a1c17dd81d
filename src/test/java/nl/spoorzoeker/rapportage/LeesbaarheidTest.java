package nl.spoorzoeker.rapportage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.spoorzoeker.rapportage.Leesbaarheid.Blok;
import nl.spoorzoeker.rapportage.Leesbaarheid.Blok.Soort;
import nl.spoorzoeker.rapportage.Leesbaarheid.Jargon;
import nl.spoorzoeker.ui.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The readability measure against counts made by hand. */
class LeesbaarheidTest {

    Locale was;

    @BeforeEach
    void taal() {
        was = I18n.locale();
        I18n.setLocale(I18n.DUTCH);
    }

    @AfterEach
    void terug() {
        I18n.setLocale(was);
    }

    @Test
    void sentencesAndWordsAreCountedAsByHandHeadingsAreNoSentences() {
        // 2 + 4 + 3 words in three sentences; the heading does not count; "12-03-2027" is one word.
        Leesbaarheid.Uitslag u = Leesbaarheid.meet(List.of(new Blok(Soort.KOP, "Wat is dit plan voor u?"),
                new Blok(Soort.ALINEA, "Ik werk. Het plan start vandaag!"),
                new Blok(Soort.PUNT, "12-03-2027: plan klaar")), I18n.teksten());
        assertEquals(3, u.zinnen());
        assertEquals(9, u.woorden());
        assertEquals(3.0, u.gemiddeld(), 1e-9);
        assertEquals(List.of(), u.langeZinnen());
        assertTrue(u.b1());
    }

    @Test
    void aLongSentenceIsListedAndALongAverageFailsTheMeasure() {
        String lang = "Dit is een zin met heel veel woorden die maar doorgaat en doorgaat zonder punt zodat niemand "
                + "haar nog in een keer kan lezen"; // 24 words
        Leesbaarheid.Uitslag u = Leesbaarheid.meet(List.of(new Blok(Soort.ALINEA, lang + ".")), I18n.teksten());
        assertEquals(24, u.woorden());
        assertEquals(List.of(lang + "."), u.langeZinnen());
        assertFalse(u.b1(), "24 words on average is not B1");
    }

    @Test
    void jargonCountsOnlyWhenTheWordListExplainsIt() {
        Blok zin = new Blok(Soort.ALINEA, "Uw arbeidsmogelijkheden staan in het Zoekprofielen-overzicht.");
        assertEquals(Set.of(Jargon.ARBEIDSMOGELIJKHEDEN, Jargon.ZOEKPROFIEL), Leesbaarheid.meet(List.of(zin), I18n.teksten()).onverklaard());
        Leesbaarheid.Uitslag uitgelegd = Leesbaarheid.meet(List.of(zin,
                new Blok(Soort.WOORD, "arbeidsmogelijkheden: het werk dat u nog kunt doen.", Jargon.ARBEIDSMOGELIJKHEDEN),
                new Blok(Soort.WOORD, "zoekprofiel: een lijst met soorten werk.", Jargon.ZOEKPROFIEL)), I18n.teksten());
        assertEquals(Set.of(), uitgelegd.onverklaard());
        // Where a word starts only: "bedrijfsarts" holds "arts", but "zorgbedrijfsarts" is no bedrijfsarts.
        assertEquals(Set.of(), Leesbaarheid.jargon(List.of("de zorgbedrijfsartsenpraktijk"), I18n.teksten()));
    }
}
