package nl.spoorzoeker.store;

import java.nio.file.Path;

/**
 * The database could not be opened safely. Carries a reason the UI turns into a Dutch explanation;
 * in every case the file on disk has been left exactly as it was.
 */
public final class DatabaseOpenException extends Exception {

    public enum Reason {
        NOT_A_DATABASE,
        EMPTY_FILE,
        FOREIGN_DATABASE,
        NEWER_VERSION,
        SQLITE_TOO_OLD,
        PRAGMA_MISMATCH,
        DAMAGED,
        CANNOT_WRITE,
        MIGRATION_FAILED
    }

    private final Reason reason;
    private final Path file;

    public DatabaseOpenException(Reason reason, Path file, String detail, Throwable cause) {
        super(reason + " (" + file + "): " + detail, cause);
        this.reason = reason;
        this.file = file;
    }

    public DatabaseOpenException(Reason reason, Path file, String detail) {
        this(reason, file, detail, null);
    }

    public Reason reason() {
        return reason;
    }

    public Path file() {
        return file;
    }

    /** i18n key of the explanation shown to the coach. */
    public String messageKey() {
        return "db.open." + reason.name().toLowerCase(java.util.Locale.ROOT);
    }
}
