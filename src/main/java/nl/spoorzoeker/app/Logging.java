package nl.spoorzoeker.app;

import java.nio.file.Path;
import org.slf4j.bridge.SLF4JBridgeHandler;
import nl.spoorzoeker.ui.ErrorReporter;

/**
 * Points the rotating log file at the practice's data folder. The log records what happened and
 * where in the code, never client names or note text: code logs ids and counts only, and jOOQ's
 * SQL logging (which would include bind values) is off.
 */
public final class Logging {

    public static final String LOG_DIR_PROPERTY = "spoorzoeker.logdir";

    private Logging() {
    }

    /** Chooses the log folder; logging itself starts with the first logger. */
    public static void configure(Path logDir) {
        if (System.getProperty(LOG_DIR_PROPERTY) == null) {
            System.setProperty(LOG_DIR_PROPERTY, logDir.toString());
        }
        ErrorReporter.setLogDirectory(logDir());
    }

    /**
     * Starts logging and routes java.util.logging (JavaFX's own messages) into it. Takes a few
     * hundred milliseconds, so the window calls it from a background thread.
     */
    public static synchronized void start() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }

    public static Path logDir() {
        String gekozen = System.getProperty(LOG_DIR_PROPERTY);
        return gekozen != null ? Path.of(gekozen) : standaardMap();
    }

    /**
     * Where the log goes before (or without) a data folder: this user's own cache folder, never a
     * folder shared by every user such as /tmp (where the first user's folder locks out the next).
     */
    public static Path standaardMap() {
        return standaardMap(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home", "."));
    }

    static Path standaardMap(String os, java.util.Map<String, String> env, String home) {
        String naam = os.toLowerCase(java.util.Locale.ROOT);
        if (naam.startsWith("windows")) {
            String lokaal = env.get("LOCALAPPDATA");
            return (lokaal != null && !lokaal.isBlank() ? Path.of(lokaal) : Path.of(home, "AppData", "Local"))
                    .resolve("Spoorzoeker").resolve("Logs");
        }
        if (naam.startsWith("mac")) {
            return Path.of(home, "Library", "Logs", "Spoorzoeker");
        }
        String cache = env.get("XDG_CACHE_HOME");
        // The XDG rule: a relative XDG_CACHE_HOME is invalid and is to be ignored.
        Path basis = cache != null && Path.of(cache).isAbsolute() ? Path.of(cache) : Path.of(home, ".cache");
        return basis.resolve("spoorzoeker").resolve("logs");
    }

    /** Whether the log can be written there: the folder is made if need be; false rather than an exception. */
    static boolean bruikbaar(Path map) {
        try {
            java.nio.file.Files.createDirectories(map);
            Path bestand = map.resolve("spoorzoeker.log");
            return java.nio.file.Files.isWritable(map) && (!java.nio.file.Files.exists(bestand)
                    || java.nio.file.Files.isWritable(bestand));
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }
}
