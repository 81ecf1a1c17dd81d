package nl.spoorzoeker.store;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Locale;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * What kind of storage failure an exception is, so the UI can tell the coach what to do without
 * knowing about JDBC or SQLite.
 */
public enum StoreFailure {
    DISK_FULL,
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
            if (t instanceof IOException io && io.getMessage() != null
                    && io.getMessage().toLowerCase(Locale.ROOT).contains("no space left")) {
                return DISK_FULL;
            }
        }
        return OTHER;
    }

    static StoreFailure of(SQLiteErrorCode code) {
        return switch (code) {
            case SQLITE_FULL -> DISK_FULL;
            case SQLITE_READONLY, SQLITE_READONLY_DBMOVED, SQLITE_CANTOPEN, SQLITE_PERM -> CANNOT_WRITE;
            case SQLITE_CORRUPT, SQLITE_NOTADB -> CORRUPT;
            case SQLITE_BUSY, SQLITE_LOCKED -> BUSY;
            default -> code.name().startsWith("SQLITE_IOERR") ? IO : OTHER;
        };
    }
}
