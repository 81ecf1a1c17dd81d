package nl.spoorzoeker.app;

import java.nio.file.Path;
import org.slf4j.bridge.SLF4JBridgeHandler;

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
        nl.spoorzoeker.ui.ErrorReporter.setLogDirectory(logDir());
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
        return Path.of(System.getProperty(LOG_DIR_PROPERTY, System.getProperty("java.io.tmpdir")));
    }
}
