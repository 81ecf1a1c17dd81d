package nl.spoorzoeker.ui;

import java.nio.file.Path;
import java.time.Instant;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import nl.spoorzoeker.store.Foutmelding;
import nl.spoorzoeker.store.Doelfout;

/**
 * The one place unexpected failures go: logged with a short code (stack trace, never client data),
 * and shown to the coach in Dutch with what to do. The app stays usable.
 */
public final class ErrorReporter {

    // Looked up when first needed: creating a logger starts logging, which must stay off the start-up path.
    private static Logger log() {
        return LoggerFactory.getLogger(ErrorReporter.class);
    }
    private static final long MIN_MILLIS_BETWEEN_DIALOGS = 1500;

    private static volatile boolean dialogsEnabled = true;
    private static volatile long lastDialogAt;
    private static volatile String lastCode;
    private static volatile String lastMessageKey;
    private static final java.util.concurrent.atomic.AtomicLong reports = new java.util.concurrent.atomic.AtomicLong();
    private static volatile Path logDirectory = Path.of(System.getProperty("java.io.tmpdir"));

    private ErrorReporter() {
    }

    /** Installs the handler for the FX thread and every other thread. */
    public static void install() {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> report(error));
        if (Platform.isFxApplicationThread()) {
            Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> report(error));
        }
    }

    /** Tests turn the dialogs off to assert on {@link #lastCode()} instead. */
    public static void setDialogsEnabled(boolean enabled) {
        dialogsEnabled = enabled;
    }

    public static String lastCode() {
        return lastCode;
    }

    /**
     * How many failures were reported so far: the code cannot tell a new report from an earlier one of the same
     * failure (it is derived from the failure), so a test waits for this to grow.
     */
    public static long reports() {
        return reports.get();
    }

    /** The message the coach was (or, with dialogs off, would have been) shown last. */
    public static String lastMessageKey() {
        return lastMessageKey;
    }

    public static String report(Throwable error) {
        // Derived from the failure, not random: the same failure gives the same code on every run.
        String code = Foutcode.van(error);
        String details = Foutcode.details(error, versie());
        lastCode = code;
        Doelfout doel = doelfout(error);
        if (doel != null) {
            // Not a fault of the app: the place the coach chose would not take the file (no stack trace).
            log().warn("Could not write the chosen file [{}]: {}", code, String.valueOf(doel.getCause()));
        } else {
            log().error("Unexpected failure [{}] on thread {}", code, Thread.currentThread().getName(), error);
        }
        Foutmelding melding = Foutmelding.van(error);
        String messageKey = melding.key();
        Object[] args = melding.args();
        lastMessageKey = messageKey;
        // Counted after the key is set: whoever sees the count grow (a test waiting for a report) reads this key.
        reports.incrementAndGet();
        if (dialogsEnabled) {
            // A place that would not take the file is the coach's to change, not a fault to pass on: its sentence
            // says what to do, so no error code, log folder or "Kopieer details" under it.
            Runnable show = doel != null ? () -> showDoelfout(I18n.t(messageKey, args))
                    : () -> show(I18n.t(messageKey, args), code, details);
            if (Platform.isFxApplicationThread()) {
                show.run();
            } else {
                try {
                    Platform.runLater(show);
                } catch (IllegalStateException toolkitNotRunning) {
                    System.err.println(I18n.t(messageKey, args) + " (" + code + ")");
                }
            }
        }
        return code;
    }

    /** The refusal of a place the coach chose, wherever in the chain it is (a task wraps it), or null. */
    public static Doelfout doelfout(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof Doelfout doel) {
                return doel;
            }
        }
        return null;
    }

    /** Maps what went wrong to a message the coach can act on (the key of {@link #text}). */
    public static String messageKeyFor(Throwable error) {
        return Foutmelding.van(error).key();
    }

    /** What went wrong, in the chosen language: the cause and the next step (the same reading as the command line's). */
    public static String text(Throwable error) {
        Foutmelding melding = Foutmelding.van(error);
        return I18n.t(melding.key(), melding.args());
    }

    /** Where the log lives, named in the error dialog; set by the app once the data folder is known. */
    public static void setLogDirectory(Path directory) {
        logDirectory = directory;
    }

    private static void show(String message, String code, String details) {
        long now = Instant.now().toEpochMilli();
        if (now - lastDialogAt < MIN_MILLIS_BETWEEN_DIALOGS) {
            return; // one failure can cascade; one dialog is enough
        }
        lastDialogAt = now;
        FxMeldingen.toonFout(message, I18n.t("error.footer", code, logDirectory), details);
    }

    private static void showDoelfout(String message) {
        long now = Instant.now().toEpochMilli();
        if (now - lastDialogAt < MIN_MILLIS_BETWEEN_DIALOGS) {
            return;
        }
        lastDialogAt = now;
        FxMeldingen.toonDoelfout(message);
    }

    private static String versie() {
        String versie = ErrorReporter.class.getPackage().getImplementationVersion();
        return versie == null ? "dev" : versie;
    }
}
