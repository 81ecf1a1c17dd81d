package nl.spoorzoeker.rapportage.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ninth round: the sentence model learns from the doubts a practice's coach confirmed as not medical
 * ({@link Zinsmodel#aangepast}, {@link Privacytoets#metZinsmodel}) — and only ever to doubt less, only sentences
 * like the confirmed ones, never past a lexicon block or a pattern's doubt.
 */
public class ZinsmodelAanpassingTest {

    static final Privacytoets TOETS = Privacytoets.standaard();
    static final Zinsmodel MODEL = Zinsmodel.standaard();

    private static boolean getwijfeld(Privacytoets toets, String tekst) {
        return !toets.twijfel(tekst, toets.toets(tekst)).isEmpty();
    }

    private static Privacytoets geleerd(String... zinnen) {
        return TOETS.metZinsmodel(MODEL.aangepast(List.of(zinnen)));
    }

    @Test
    void aConfirmedSentenceIsNoLongerDoubtedAndTheShippedGuardIsUntouched() {
        String zin = ZinsmodelAanpassingTest.GEWOON;
        assertTrue(getwijfeld(TOETS, zin), "the shipped model doubts this ordinary sentence");
        Privacytoets praktijk = geleerd(zin);
        assertFalse(getwijfeld(praktijk, zin), "after the coach confirmed it, it is not asked again");
        assertEquals(1, praktijk.zinsmodel().geleerd());
        assertEquals(1, TOETS.metZinsmodel(MODEL.aangepast(List.of(zin, zin, zin.toUpperCase()))).zinsmodel().geleerd(),
                "a sentence confirmed three times (in any case) counts once");
        assertTrue(getwijfeld(TOETS, zin), "the shared guard learnt nothing");
        assertSame(TOETS, TOETS.metZinsmodel(MODEL));
    }

    /**
     * The brief's abuse case: confirming a harmless sentence (three times over, in other words) lowers a medical one
     * that shares its words by the cap at most, so one the model doubted well above its threshold stays doubted.
     */
    @Test
    void confirmingASentenceDoesNotLetAMedicalOneThatSharesItsWordsPass() {
        String medisch = "Hij heeft weer last van zijn rug bij het fietsen.";
        double voor = MODEL.hoogsteScore(medisch);
        assertTrue(voor > MODEL.drempel(), "the model doubts it on its own: " + voor);
        Zinsmodel na = MODEL.aangepast(List.of("Hij gaat weer fietsen.", "Hij gaat weer fietsen met zijn zoon.",
                "Hij is weer aan het fietsen."));
        double daarna = na.hoogsteScore(medisch);
        assertTrue(voor - daarna <= Zinsmodel.MAX_VERLAGING + 1e-9, "lowered by the cap at most: " + voor + " → " + daarna);
        assertTrue(daarna > na.drempel(), "still doubted: " + daarna);
        assertTrue(getwijfeld(TOETS.metZinsmodel(na), medisch) || !TOETS.toets(medisch).isEmpty());
    }

    /**
     * However much is confirmed, no score rises; a sentence unlike every confirmed one falls by {@link
     * Zinsmodel#MAX_VERLAGING} at most, the confirmed one itself (and a near-copy) by {@link Zinsmodel#MAX_VERLAGING_GELIJK}.
     */
    @Test
    void learningOnlyLowersAndNeverByMoreThanTheCap() {
        Zinsmodel na = MODEL.aangepast(List.of(GEWOON, "Hij heeft een nieuwe fiets gekocht voor het woon-werkverkeer.",
                "She spent the weekend with her grandson at the seaside.", "Zijn vrouw is blij dat hij weer de deur uit gaat."));
        for (String zin : List.of("Hij heeft een oude brommer.", "Mevrouw slaapt slecht en is erg moe sinds de operatie.",
                "He has been in and out of appointments.", "Zij maakt zich zorgen over haar energie na het werk.")) {
            double voor = MODEL.hoogsteScore(zin);
            double daarna = na.hoogsteScore(zin);
            assertTrue(daarna <= voor && voor - daarna <= Zinsmodel.MAX_VERLAGING + 1e-9, zin + ": " + voor + " → " + daarna);
        }
        for (String zin : List.of(GEWOON, GEWOON.replace("Schalkwijk", "Overvecht"))) {
            double voor = MODEL.hoogsteScore(zin);
            double daarna = na.hoogsteScore(zin);
            assertTrue(daarna <= voor && voor - daarna <= Zinsmodel.MAX_VERLAGING_GELIJK + 1e-9, zin + ": " + voor + " → " + daarna);
            assertTrue(daarna <= na.drempel(), "a near-copy of a confirmed sentence is not asked again: " + zin);
        }
    }

    /** A pattern's doubt and a lexicon block stay, whatever the model learnt; such a passage is not learnt from. */
    @Test
    void theLexiconAndThePatternsAreNeverUndone() {
        String blok = "Zij heeft een burn-out en gaat weer fietsen met haar zoon.";
        assertFalse(TOETS.leerbaar(blok), "a passage with a lexicon hit teaches nothing");
        assertFalse(TOETS.leerbaar("She was given a stent last week and is cycling again."), "English lexicon too");
        Privacytoets na = geleerd(blok);
        assertFalse(na.toets(blok).isEmpty(), "even if it were learnt, the lexicon still blocks it");
        String patroon = "Hij slaapt slecht sinds de verhuizing.";
        assertTrue(TOETS.leerbaar(patroon));
        assertTrue(Toestand.standaard().vind(patroon).size() == 1, "a pattern doubts it");
        assertTrue(getwijfeld(geleerd(patroon), patroon), "learning from it leaves the pattern's doubt");
    }

    /**
     * An ordinary sentence the shipped model doubts (22.6 against 19.44, close enough that a learnt near-copy falls below
     * the threshold), and no pattern: written for this test, about private life as the new writers' ordinary lines are.
     * Was a line of ontwikkel-v7 about a bicycle repair until the tenth round, whose model (eight sets, higher threshold)
     * no longer doubts that line (18.0).
     */
    public static final String GEWOON = "Zijn vrouw is blij dat hij weer naar Schalkwijk gaat, dan heeft ze rust in huis.";
}
