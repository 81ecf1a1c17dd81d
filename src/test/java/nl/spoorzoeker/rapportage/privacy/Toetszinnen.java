package nl.spoorzoeker.rapportage.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Locale;

/**
 * The shared fixture of the tuning-round tests (PrivacyTweedeRondeTest, PrivacyDerdeRondeTest,
 * PrivacyTwijfelTest): one guard with the shipped lists, and sentences that must be caught or must
 * pass, in a Dutch or an English report.
 */
final class Toetszinnen {

    /** Loaded once: the lexicon and its indexes are the expensive part. */
    static final Privacytoets TOETS = Privacytoets.standaard();

    private Toetszinnen() {
    }

    static void raak(String... zinnen) {
        for (String zin : zinnen) {
            assertFalse(TOETS.toets(zin).isEmpty(), "should be caught: " + zin);
        }
    }

    static void raakEngels(String... zinnen) {
        for (String zin : zinnen) {
            assertFalse(TOETS.toets(zin, Locale.ENGLISH).isEmpty(), "should be caught: " + zin);
        }
    }

    static void schoon(String... zinnen) {
        for (String zin : zinnen) {
            assertEquals(List.of(), TOETS.toets(zin), zin);
        }
    }

    static void schoonEngels(String... zinnen) {
        for (String zin : zinnen) {
            assertEquals(List.of(), TOETS.toets(zin, Locale.ENGLISH), zin);
        }
    }
}
