package nl.spoorzoeker.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
import java.util.Locale;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * What kind of storage failure an exception is, so the UI can tell the coach what to do without
 * knowing about JDBC, SQLite or the file system.
 */
public enum StoreFailure {
    DISK_FULL,
    /** The medium refuses every write (a locked USB stick, a read-only mount, a CD). */
    READ_ONLY,
    /** The operating system refuses this user (no write permission on the folder or a file in it). */
    NO_PERMISSION,
    /** SQLite could not write, without saying why (its codes do not tell permission from medium). */
    CANNOT_WRITE,
    IO,
    CORRUPT,
    BUSY,
    OTHER;

    public static StoreFailure of(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException sqlite) {
                return of(sqlite.getResultCode());
            }
            if (t instanceof SQLException sql && sql.getMessage() != null && sql.getMessage().contains("SQLITE_FULL")) {
                return DISK_FULL;
            }
            if (t instanceof IOException io) {
                StoreFailure soort = ofFileSystem(io);
                if (soort != OTHER) {
                    return soort;
                }
            }
        }
        return OTHER;
    }

    /**
     * The file system's answer, read from the exception: Java names the errno only in the text
     * (strerror's English, whatever the locale), except for access denied.
     */
    private static StoreFailure ofFileSystem(IOException io) {
        String tekst = (io instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : String.valueOf(io.getMessage())).toLowerCase(Locale.ROOT);
        if (tekst.contains("no space left") || tekst.contains("disk quota exceeded")
                || tekst.contains("not enough space on the disk")) {
            return DISK_FULL;
        }
        if (tekst.contains("read-only file system")) {
            return READ_ONLY;
        }
        if (io instanceof AccessDeniedException || tekst.contains("permission denied")
                || tekst.contains("operation not permitted") || tekst.contains("access is denied")) {
            return NO_PERMISSION;
        }
        return OTHER;
    }

    static StoreFailure of(SQLiteErrorCode code) {
        return switch (code) {
            // SQLite says "full" for its own files, but growing the -shm file beside the database
            // fails as SHMSIZE: on a local disk that write fails only for want of room (ENOSPC,
            // EDQUOT) — the open on a full disk ends there.
            case SQLITE_FULL, SQLITE_IOERR_SHMSIZE -> DISK_FULL;
            case SQLITE_READONLY, SQLITE_READONLY_DBMOVED, SQLITE_CANTOPEN, SQLITE_PERM -> CANNOT_WRITE;
            case SQLITE_CORRUPT, SQLITE_NOTADB -> CORRUPT;
            case SQLITE_BUSY, SQLITE_LOCKED -> BUSY;
            default -> code.name().startsWith("SQLITE_IOERR") ? IO
                    : code.name().startsWith("SQLITE_READONLY") || code.name().startsWith("SQLITE_CANTOPEN") ? CANNOT_WRITE
                    : OTHER;
        };
    }
}
