package nl.spoorzoeker.rapportage.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: English reports were effectively unchecked. Both lexicons are always used; the report's
 * language decides only which ordinary words are allowed.
 */
class PrivacyEngelsTest {

    static final Privacytoets TOETS = Privacytoets.standaard();
    static final Locale ENGELS = Locale.of("en", "NL");

    @Test
    void everyEnglishMedicalSentenceIsCaught() throws IOException {
        List<String> zinnen = PrivacytoetsTest.corpus("engels-medisch-corpus.txt");
        assertTrue(zinnen.size() >= 40, "corpus size " + zinnen.size());
        assertEquals(List.of(), zinnen.stream().filter(z -> TOETS.toets(z, ENGELS).isEmpty()).toList(), "in an English report");
        assertEquals(List.of(), zinnen.stream().filter(z -> TOETS.toets(z).isEmpty()).toList(),
                "and when quoted in a Dutch report");
    }

    @Test
    void noOrdinaryEnglishCoachingSentenceIsCaught() throws IOException {
        List<String> zinnen = PrivacytoetsTest.corpus("engels-gewoon-corpus.txt");
        assertTrue(zinnen.size() >= 40, "corpus size " + zinnen.size());
        List<String> onterecht = zinnen.stream().filter(z -> !TOETS.toets(z, ENGELS).isEmpty())
                .map(z -> z + "  <- " + TOETS.toets(z, ENGELS).stream().map(Treffer::gevonden).collect(Collectors.joining(", ")))
                .toList();
        assertEquals(List.of(), onterecht);
    }

    @Test
    void theDutchCorporaStayCleanAndCaughtWithBothLexicons() throws IOException {
        for (Locale taal : new Locale[] {null, Locale.of("nl", "NL"), ENGELS}) {
            assertEquals(List.of(), PrivacytoetsTest.corpus("medisch-corpus.txt").stream()
                    .filter(z -> TOETS.toets(z, taal).isEmpty()).toList(), "medical, " + taal);
        }
        assertEquals(List.of(), PrivacytoetsTest.corpus("gewoon-corpus.txt").stream()
                .filter(z -> !TOETS.toets(z, ENGELS).isEmpty()).toList(), "ordinary Dutch in an English report");
    }

    @Test
    void theReportLanguageDecidesWhichOrdinaryWordsAreAllowed() {
        String titel = "Ms Jansen applied for the job.";
        assertTrue(TOETS.toets(titel, ENGELS).isEmpty(), "Ms is a title in English");
        assertFalse(TOETS.toets("Werknemer heeft MS.").isEmpty(), "MS is multiple sclerose in Dutch");
        assertFalse(TOETS.toets("She has MS.", ENGELS).isEmpty(), "and an abbreviation in capitals in English too");
        assertTrue(TOETS.toets("Dear Ms. Jansen, dear ms Smit,", ENGELS).isEmpty());
        assertFalse(TOETS.toets("She has multiple sclerosis.", ENGELS).isEmpty());
        assertTrue(TOETS.toets("The team was somber after the news.", ENGELS).isEmpty());
        assertFalse(TOETS.toets("Werknemer is somber.").isEmpty());
        assertEquals(TOETS.toets("Hij heeft rugpijn"), TOETS.toets("Hij heeft rugpijn", (Locale) null), "null is Dutch");
    }

    @Test
    void englishAndDutchTermsInEitherReport() {
        // A Dutch coach quoting English terms, an English report naming a Dutch treatment.
        assertEquals(List.of("PTSD", "panic attacks"),
                TOETS.toets("Werknemer noemt zelf PTSD en panic attacks.").stream().map(Treffer::gevonden).toList());
        assertEquals(List.of("fysiotherapie"),
                TOETS.toets("He goes to fysiotherapie twice a week.", ENGELS).stream().map(Treffer::gevonden).toList());
        assertTrue(TOETS.toets("He works in hospitality and at the operations desk.", ENGELS).isEmpty());
        assertTrue(TOETS.toets("The occupational psychologist and the work psychologist agreed.", ENGELS).isEmpty());
        assertFalse(TOETS.toets("The psychologist agreed.", ENGELS).isEmpty());
    }

    @Test
    void everyCategoryHasADutchAndAnEnglishName() throws IOException {
        Properties nl = bundel("messages.properties");
        Properties en = bundel("messages_en.properties");
        for (Categorie c : Categorie.values()) {
            for (String sleutel : List.of(c.naamSleutel(), c.alternatiefSleutel())) {
                assertTrue(nl.containsKey(sleutel) && en.containsKey(sleutel), sleutel);
            }
            if (c != Categorie.BSN) {
                assertFalse(nl.getProperty(c.naamSleutel()).equals(en.getProperty(c.naamSleutel())), c + " translated");
            }
        }
        assertEquals("pregnancy", en.getProperty(Categorie.ZWANGERSCHAP.naamSleutel()));
        assertEquals("care institution", en.getProperty(Categorie.INSTELLING.naamSleutel()));
        assertEquals("other participant", en.getProperty(Categorie.ANDERE_DEELNEMER.naamSleutel()));
    }

    static Properties bundel(String naam) throws IOException {
        Properties p = new Properties();
        try (InputStream in = PrivacyEngelsTest.class.getResourceAsStream("/nl/spoorzoeker/i18n/" + naam)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
