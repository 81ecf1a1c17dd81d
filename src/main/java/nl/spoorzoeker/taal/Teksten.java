package nl.spoorzoeker.taal;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The texts of one language, read from {@code nl/spoorzoeker/i18n/messages*.properties}: Dutch is the
 * base bundle, English the second. An immutable value, so whoever makes a document says in which
 * language (ADR 0008): a report rendered in English on one thread and in Dutch on another, while
 * the screen shows either, each reads only its own bundle. {@code ui.I18n} holds the one the
 * screens use; report, PDF and command-line code is handed one.
 *
 * <p>No fallback to the JVM's default locale, so an English laptop still gets Dutch unless English
 * is chosen.
 */
public final class Teksten {

    public static final String BUNDLE = "nl.spoorzoeker.i18n.messages";
    public static final Locale DUTCH = Locale.of("nl", "NL");
    /**
     * English as written in the Netherlands: English words, Dutch conventions for what the coach
     * types and reads as figures (€ 2.750,50, 36,5 hours, weeks starting on Monday), so the input
     * fields accept what they show in both languages.
     */
    public static final Locale ENGLISH = Locale.of("en", "NL");

    private static final Map<Locale, Teksten> GELADEN = new ConcurrentHashMap<>();

    private final Locale taal;
    private final ResourceBundle bundle;

    private Teksten(Locale taal) {
        this.taal = taal;
        this.bundle = ResourceBundle.getBundle(BUNDLE, taal,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * The texts in {@code taal}: the English bundle for any English locale, otherwise the Dutch one;
     * figures are formatted in {@code taal} itself.
     */
    public static Teksten voor(Locale taal) {
        return GELADEN.computeIfAbsent(taal, Teksten::new);
    }

    public static Teksten nederlands() {
        return voor(DUTCH);
    }

    public static Teksten engels() {
        return voor(ENGLISH);
    }

    public Locale taal() {
        return taal;
    }

    public boolean isEngels() {
        return taal.getLanguage().equals(ENGLISH.getLanguage());
    }

    /** The bundle itself, for a library that reads its texts itself (picocli's help). */
    public ResourceBundle bundle() {
        return bundle;
    }

    /** The text for a key, with {0}-style arguments; a missing key shows itself rather than crashing. */
    public String t(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, taal).format(args);
    }

    /** A key's text in every language, for recognising something written earlier in the other language. */
    public static List<String> inElkeTaal(String key) {
        return Stream.of(DUTCH, ENGLISH).map(l -> voor(l).bundle.getString(key)).distinct().toList();
    }

    /**
     * A duration of {@code minuten} minutes, the one way it is shown on screen and in reports: whole
     * hours and minutes with short units ({@code 45 min}, {@code 2 u}, {@code 1 u 9 min}; English
     * {@code h}), never decimal hours next to minutes; {@code null} gives an empty text.
     */
    public String duur(Integer minuten) {
        if (minuten == null) {
            return "";
        }
        if (minuten < 0) {
            return "-" + duur(-(long) minuten);
        }
        return duur((long) minuten);
    }

    private String duur(long minuten) {
        long uren = minuten / 60;
        long rest = minuten % 60;
        if (uren == 0) {
            return t("duur.minuten", rest);
        }
        return rest == 0 ? t("duur.uren", uren) : t("duur.urenMinuten", uren, rest);
    }

    @Override
    public String toString() {
        return taal.toLanguageTag();
    }
}
