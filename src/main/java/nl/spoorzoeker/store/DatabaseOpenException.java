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
        MIGRATION_FAILED,
        /** Shorter than its own header says, with no -wal beside it that could make up the rest. */
        TRUNCATED,
        /** The database is gone but its -wal or kept copies are there: nothing is created over them. */
        MISSING_WITH_TRACES
    }

    private final Reason reason;
    private final Path file;
    private final java.util.List<Path> sporen;

    public DatabaseOpenException(Reason reason, Path file, String detail, Throwable cause) {
        this(reason, file, detail, cause, java.util.List.of());
    }

    private DatabaseOpenException(Reason reason, Path file, String detail, Throwable cause, java.util.List<Path> sporen) {
        super(reason + " (" + file + "): " + detail, cause);
        this.reason = reason;
        this.file = file;
        this.sporen = java.util.List.copyOf(sporen);
    }

    /** The database is missing, and these files show there was one. */
    static DatabaseOpenException ontbreekt(Path file, java.util.List<Path> sporen) {
        return new DatabaseOpenException(Reason.MISSING_WITH_TRACES, file, "no database, but "
                + sporen.stream().map(p -> p.getFileName().toString()).toList(), null, sporen);
    }

    /** What lies beside a missing database (empty for every other reason). */
    public java.util.List<Path> sporen() {
        return sporen;
    }

    /** The arguments of the explanation: the file, and for a missing database the names of what was found. */
    public Object[] args() {
        String gevonden = String.join(", ", sporen.stream().map(p -> p.getFileName().toString()).toList());
        return new Object[] {file, gevonden};
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
