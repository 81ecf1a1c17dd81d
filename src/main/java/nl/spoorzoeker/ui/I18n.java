package nl.spoorzoeker.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every text a coach reads comes from {@code nl/spoorzoeker/i18n/messages*.properties}: Dutch is
 * the base bundle, English the second locale. No fallback to the JVM's default locale, so an
 * English laptop still shows Dutch unless English is chosen.
 */
public final class I18n {

    public static final String BUNDLE = "nl.spoorzoeker.i18n.messages";
    public static final Locale DUTCH = Locale.of("nl", "NL");
    public static final Locale ENGLISH = Locale.ENGLISH;

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
