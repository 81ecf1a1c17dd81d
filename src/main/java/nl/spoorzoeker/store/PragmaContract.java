package nl.spoorzoeker.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The durability and safety settings every connection must have (reliability.md §1, test D1).
 * They are set, then read back: a driver or build that silently overrides one must stop the app,
 * not quietly weaken what "saved" means.
 */
final class PragmaContract {

    static final int BUSY_TIMEOUT_MS = 10_000;
    /** Versions 3.7.0–3.51.2 carry the WAL-reset corruption bug. */
    static final int[] MINIMUM_SQLITE = {3, 51, 3};

    private PragmaContract() {
    }

    static void apply(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
            statement.execute("PRAGMA synchronous = FULL");
            statement.execute("PRAGMA foreign_keys = ON");
            statement.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
            statement.execute("PRAGMA trusted_schema = OFF");
            statement.execute("PRAGMA mmap_size = 0");
        }
    }

    /** Returns the list of violations; empty means the connection is as we require. */
    static List<String> violations(Connection connection) throws SQLException {
        List<String> problems = new ArrayList<>();
        expect(problems, "journal_mode", query(connection, "PRAGMA journal_mode"), "wal");
        expect(problems, "synchronous", query(connection, "PRAGMA synchronous"), "2");
        expect(problems, "foreign_keys", query(connection, "PRAGMA foreign_keys"), "1");
        expect(problems, "trusted_schema", query(connection, "PRAGMA trusted_schema"), "0");
        int busy = Integer.parseInt(query(connection, "PRAGMA busy_timeout"));
        if (busy < 5000) {
            problems.add("busy_timeout=" + busy + " (need >= 5000)");
        }
        String version = sqliteVersion(connection);
        if (!atLeast(version, MINIMUM_SQLITE)) {
            problems.add("sqlite_version=" + version + " (need >= 3.51.3)");
        }
        return problems;
    }

    static String sqliteVersion(Connection connection) throws SQLException {
        return query(connection, "SELECT sqlite_version()");
    }

    static boolean atLeast(String version, int[] minimum) {
        String[] parts = version.split("\\.");
        for (int i = 0; i < minimum.length; i++) {
            int part = i < parts.length ? Integer.parseInt(parts[i].replaceAll("\\D.*", "")) : 0;
            if (part != minimum[i]) {
                return part > minimum[i];
            }
        }
        return true;
    }

    static String query(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    private static void expect(List<String> problems, String name, String actual, String wanted) {
        if (!wanted.equalsIgnoreCase(actual)) {
            problems.add(name + "=" + actual + " (need " + wanted + ")");
        }
    }
}
