package nl.spoorzoeker.praktijk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import nl.spoorzoeker.store.Bestanden;
import nl.spoorzoeker.ui.I18n;
import org.slf4j.LoggerFactory;

/**
 * The language of the screens, reports and command line: Dutch unless English was chosen in
 * Instellingen. Kept in a small plain file in the data folder, not in the database, because the
 * door (the passphrase screen) must already speak it before the database is unlocked. The file holds
 * nothing sensitive: {@code nl} or {@code en}.
 */
public final class Taalkeuze {

    public static final String BESTAND = "taal.txt";

    private final Path bestand;

    public Taalkeuze(Path dataMap) {
        this.bestand = dataMap.resolve(BESTAND);
    }

    /** The saved choice; no file means Dutch, and so does a file we cannot read or understand (logged). */
    public Locale lees() {
        return lees(true);
    }

    private Locale lees(boolean melden) {
        String inhoud;
        try {
            inhoud = Files.readString(bestand, StandardCharsets.UTF_8).strip();
        } catch (NoSuchFileException e) {
            return I18n.DUTCH;
        } catch (IOException | RuntimeException e) {
            if (melden) {
                LoggerFactory.getLogger(Taalkeuze.class).warn("Language file not readable; Dutch is used", e);
            }
            return I18n.DUTCH;
        }
        return switch (inhoud) {
            case "nl" -> I18n.DUTCH;
            case "en" -> I18n.ENGLISH;
            default -> {
                if (melden) {
                    LoggerFactory.getLogger(Taalkeuze.class).warn("Language file holds an unknown value ({} characters); "
                            + "Dutch is used", inhoud.length());
                }
                yield I18n.DUTCH;
            }
        };
    }

    /** Saves the choice as a whole file or not at all (written beside it, then moved over it). */
    public void bewaar(Locale taal) throws IOException {
        Bestanden.schrijfAtomisch(bestand, (code(taal) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** At start, before any window or text: {@code -Dspoorzoeker.locale=en|nl} if given, otherwise the saved choice. */
    public Locale bijStart() {
        return bijStart(true);
    }

    /**
     * As {@link #bijStart()}, but silent: the command line reads it for its help text before logging
     * is pointed at the data folder, so an unreadable file simply means Dutch here (the command
     * itself reads it again, and logs).
     */
    public Locale bijStartStil() {
        return bijStart(false);
    }

    private Locale bijStart(boolean melden) {
        String opgegeven = System.getProperty("spoorzoeker.locale");
        if (opgegeven != null && !opgegeven.isBlank()) {
            return opgegeven.startsWith("en") ? I18n.ENGLISH : I18n.DUTCH;
        }
        return lees(melden);
    }

    /**
     * Makes the language current for the whole program: our bundles, and the JVM's default locale
     * for what JavaFX formats itself (the date picker's month names).
     */
    public static void pasToe(Locale taal) {
        Locale gekozen = isEngels(taal) ? I18n.ENGLISH : I18n.DUTCH;
        I18n.setLocale(gekozen);
        Locale.setDefault(gekozen);
    }

    public static boolean isEngels(Locale taal) {
        return taal.getLanguage().equals(I18n.ENGLISH.getLanguage());
    }

    private static String code(Locale taal) {
        return isEngels(taal) ? "en" : "nl";
    }
}
