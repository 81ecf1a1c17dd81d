package nl.spoorzoeker.ui;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.spoorzoeker.taal.Teksten;

/**
 * Every text a coach reads comes from {@code nl/spoorzoeker/i18n/messages*.properties}: Dutch is
 * the base bundle, English the second locale. No fallback to the JVM's default locale, so an
 * English laptop still shows Dutch unless English is chosen (in Instellingen; saved by
 * {@code praktijk.Taalkeuze} and applied before the first window or command-line text).
 */
public final class I18n {

    public static final String BUNDLE = Teksten.BUNDLE;
    public static final Locale DUTCH = Teksten.DUTCH;
    /** English as written in the Netherlands ({@link Teksten#ENGLISH}). */
    public static final Locale ENGLISH = Teksten.ENGLISH;

    private static volatile Teksten teksten = Teksten.voor(initialLocale());

    private I18n() {
    }

    private static Locale initialLocale() {
        String chosen = System.getProperty("spoorzoeker.locale");
        return chosen != null && chosen.startsWith("en") ? ENGLISH : DUTCH;
    }

    static ResourceBundle load(Locale locale) {
        return Teksten.voor(locale).bundle();
    }

    public static void setLocale(Locale newLocale) {
        teksten = Teksten.voor(newLocale);
    }

    public static Locale locale() {
        return teksten.taal();
    }

    /**
     * The screens' language as a value, to hand to what makes a document (a report, a CV): that code
     * never reads this class, so a language switch cannot change a PDF half-way (ADR 0008).
     */
    public static Teksten teksten() {
        return teksten;
    }

    /** The current language's bundle, for a library that reads its texts itself (picocli's help). */
    public static ResourceBundle bundle() {
        return teksten.bundle();
    }

    public static boolean isEnglish() {
        return teksten.isEngels();
    }

    /** A key's text in one given language, whatever the chosen one (a shipped default stored in Dutch). */
    public static String in(Locale taal, String key) {
        return Teksten.voor(taal).bundle().getString(key);
    }

    /** A key's text in every language, for recognising something written earlier in the other language. */
    public static List<String> inElkeTaal(String key) {
        return Teksten.inElkeTaal(key);
    }

    /** The text for a key, with {0}-style arguments; a missing key shows itself rather than crashing. */
    public static String t(String key, Object... args) {
        return teksten.t(key, args);
    }
}
