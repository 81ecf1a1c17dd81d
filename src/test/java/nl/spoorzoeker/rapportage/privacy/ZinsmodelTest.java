package nl.spoorzoeker.rapportage.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The sentence classifier of the sixth round ({@link Zinsmodel}). The sentences here are written for this
 * test, not taken from any corpus.
 */
class ZinsmodelTest {

    static final Zinsmodel M = Zinsmodel.standaard();

    /**
     * The shipped model is exactly what the training tool makes from the development sets: it cannot drift
     * from them, and a changed set needs a new model. On a difference the fresh file is in
     * target/zinsmodel.txt: review and copy it over.
     */
    @Test
    void theShippedModelIsWhatTheToolMakesFromTheDevelopmentSets() throws IOException {
        String vers = ZinsmodelTraining.bouw();
        String geleverd;
        try (InputStream in = Zinsmodel.class.getResourceAsStream(Zinsmodel.BRON)) {
            geleverd = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!vers.equals(geleverd)) {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/zinsmodel.txt"), vers, StandardCharsets.UTF_8);
        }
        assertEquals(vers, geleverd, "zinsmodel.txt differs from what ZinsmodelTraining makes (fresh one in target/zinsmodel.txt)");
    }

    static final Privacytoets TOETS = Privacytoets.standaard();

    /** The doubts the whole guard raises on a text that the lexicon leaves alone. */
    static List<Treffer> twijfel(String tekst, Locale taal) {
        List<Treffer> hits = TOETS.toets(tekst, taal);
        assertEquals(List.of(), hits, "the lexicon should not block this: " + tekst);
        return TOETS.twijfel(tekst, hits);
    }

    /**
     * Indirect wording that names nothing medical and that no pattern of {@link Toestand} matches: only the
     * model sees it, and the guard then asks for the coach's confirmation of the whole sentence.
     */
    @Test
    void indirectSentencesThatNameNothingMedicalAreDoubtedByTheModel() {
        for (String zin : List.of("Hij loopt nog bij iemand voor zijn gedachten.", "Hij piekert veel en ligt 's nachts wakker.")) {
            assertEquals(List.of(), Toestand.standaard().vind(zin), "a pattern catches it already: " + zin);
            List<Treffer> t = twijfel(zin, null);
            assertEquals(1, t.size(), zin);
            assertEquals(Categorie.TWIJFEL, t.getFirst().categorie());
            assertTrue(t.getFirst().term().startsWith(Zinsmodel.TERM), t.toString());
            assertEquals(zin, t.getFirst().gevonden(), "the whole sentence, its full stop included");
        }
        for (String zin : List.of("Her back keeps playing up, she lies down a lot.", "He has been feeling low and does not get out of bed.")) {
            assertEquals(List.of(), Toestand.standaard().vind(zin), "a pattern catches it already: " + zin);
            List<Treffer> t = twijfel(zin, Locale.ENGLISH);
            assertEquals(1, t.size(), zin);
            assertEquals(zin, t.getFirst().gevonden());
        }
    }

    /** Where a pattern doubts the sentence already, its hit (which names the family) is the one kept: no second doubt. */
    @Test
    void aSentenceThePatternsDoubtIsNotDoubtedTwice() {
        String zin = "He is seeing someone for his mental health.";
        assertFalse(M.vind(zin).isEmpty(), "the model doubts it too");
        List<Treffer> t = twijfel(zin, Locale.ENGLISH);
        assertEquals(1, t.size(), t.toString());
        assertFalse(t.getFirst().term().startsWith(Zinsmodel.TERM), t.toString());
    }

    /** What a report should say — work, applications, functional limits — passes without a doubt. */
    @Test
    void ordinaryWorkSentencesPass() {
        List<String> nl = List.of("Wn heeft een sollicitatiegesprek bij een logistiek bedrijf in Tilburg.",
                "We hebben het cv aangepast en drie vacatures besproken.",
                "Mevrouw werkt twee ochtenden per week als vrijwilliger bij de bibliotheek.",
                "Hij kan maximaal vier uur per dag werken, niet tillen boven tien kilo.",
                "De werkgever heeft een functie als administratief medewerker aangeboden.",
                "Volgende afspraak op dinsdag om tien uur, huiswerk: twee brieven.",
                "Hij heeft zijn rijbewijs gehaald en zoekt werk als chauffeur.",
                "Ze voelt zich onzeker over het sollicitatiegesprek.",
                "De re-integratie loopt volgens plan, de werkgever is tevreden.",
                // A kernkwadrant's fields as a trajectplan prints them: two or three words are not judged.
                "zorgzaam", "te veel voor anderen doen", "grenzen stellen", "Uitdaging: grenzen stellen.");
        List<String> en = List.of("He applied for a warehouse job and has an interview on Friday.",
                "We updated her CV and discussed three vacancies in retail.",
                "She can work four hours a day, no lifting above ten kilos.",
                "The employer offered a trial placement at the front desk.");
        for (String zin : nl) {
            assertEquals(List.of(), M.vind(zin), zin);
            assertEquals(List.of(), twijfel(zin, null), zin);
        }
        for (String zin : en) {
            assertEquals(List.of(), M.vind(zin), zin);
            assertEquals(List.of(), twijfel(zin, Locale.ENGLISH), zin);
        }
    }

    /**
     * Per sentence: one indirect sentence in a long note of ordinary ones is found, and only that sentence is
     * doubted (a concept redacts only it). "Mw." and "ivm." inside a sentence do not end it.
     */
    @Test
    void oneMedicalSentenceInALongNoteIsFoundAndOnlyThatSentence() {
        String gewoon = "Mw. heeft deze week drie vacatures bekeken en ivm. de reistijd twee afgewezen. "
                + "Ze heeft een brief geschreven voor een functie als medewerker klantenservice. "
                + "De werkgever denkt mee over een proefplaatsing van vier weken. "
                + "We hebben het cv bijgewerkt met haar cursus Excel. "
                + "Ze zoekt werk in de regio Breda, maximaal dertig minuten reizen. ";
        String medisch = "Hij piekert veel en ligt 's nachts wakker.";
        String notitie = gewoon.repeat(5) + medisch + " " + gewoon.repeat(5);
        assertTrue(notitie.length() > 3_000, "a long note");
        List<Treffer> t = M.vind(notitie);
        assertEquals(1, t.size(), t.toString());
        assertEquals(medisch, t.getFirst().gevonden());
        assertEquals(notitie.indexOf(medisch), t.getFirst().begin());
        assertEquals(List.of(), M.vind(gewoon.repeat(8)), "the ordinary note alone");
    }

    /**
     * The model reads the words the guard reads: a soft hyphen, zero-width space or joiner, or a Cyrillic or
     * Greek look-alike inside a word changes neither the score nor the verdict, and the doubt covers the
     * sentence as typed.
     */
    @Test
    void invisibleCharactersAndLookAlikesChangeNothing() {
        String schoon = "Hij piekert veel en ligt 's nachts wakker.";
        List<String> vermomd = List.of("Hij pie\u00ADkert veel en ligt 's nachts wak\u00ADker.",
                "Hij pie\u200Bkert veel en ligt 's nach\u200Dts wakker.",
                "Hij pi\u0435k\u0435rt veel en ligt 's n\u0430chts w\u0430kker.",
                "Hij piekert veel en ligt 's n\u03B1chts w\u03B1kker.",
                "HIJ PIEKERT VEEL EN LIGT 'S NACHTS WAKKER.");
        double score = M.hoogsteScore(schoon);
        assertTrue(score > M.drempel());
        for (String v : vermomd) {
            assertEquals(score, M.hoogsteScore(v), 1e-9, v);
            List<Treffer> t = M.vind(v);
            assertEquals(1, t.size(), v);
            assertEquals(v, t.getFirst().gevonden(), "the passage as typed");
        }
        // And an ordinary sentence does not become a doubt by its disguise.
        String werk = "Hij heeft zijn rijbewijs gehaald en zoekt werk als chauffeur.";
        assertEquals(M.hoogsteScore(werk), M.hoogsteScore(werk.replace("e", "\u0435").replace("a", "a\u00AD")), 1e-9);
    }
}
