package nl.spoorzoeker.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every text a coach reads comes from {@code nl/spoorzoeker/i18n/messages*.properties}: Dutch is
 * the base bundle, English the second locale. No fallback to the JVM's default locale, so an
 * English laptop still shows Dutch unless English is chosen (in Instellingen; saved by
 * {@code praktijk.Taalkeuze} and applied before the first window or command-line text).
 */
public final class I18n {

    public static final String BUNDLE = "nl.spoorzoeker.i18n.messages";
    public static final Locale DUTCH = Locale.of("nl", "NL");
    /**
     * English as written in the Netherlands: English words, Dutch conventions for what the coach
     * types and reads as figures (€ 2.750,50, 36,5 hours, weeks starting on Monday), so the input
     * fields accept what they show in both languages.
     */
    public static final Locale ENGLISH = Locale.of("en", "NL");

    private static volatile Locale locale = initialLocale();
    private static volatile ResourceBundle bundle = load(locale);

    private I18n() {
    }

    private static Locale initialLocale() {
        String chosen = System.getProperty("spoorzoeker.locale");
        return chosen != null && chosen.startsWith("en") ? ENGLISH : DUTCH;
    }

    static ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static void setLocale(Locale newLocale) {
        locale = newLocale;
        bundle = load(newLocale);
    }

    public static Locale locale() {
        return locale;
    }

    /** The current language's bundle, for a library that reads its texts itself (picocli's help). */
    public static ResourceBundle bundle() {
        return bundle;
    }

    public static boolean isEnglish() {
        return locale.getLanguage().equals(ENGLISH.getLanguage());
    }

    /** A key's text in one given language, whatever the chosen one (a shipped default stored in Dutch). */
    public static String in(Locale taal, String key) {
        return load(taal).getString(key);
    }

    /** A key's text in every language, for recognising something written earlier in the other language. */
    public static java.util.List<String> inElkeTaal(String key) {
        return java.util.stream.Stream.of(DUTCH, ENGLISH).map(l -> load(l).getString(key)).distinct().toList();
    }

    /** The text for a key, with {0}-style arguments; a missing key shows itself rather than crashing. */
    public static String t(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
