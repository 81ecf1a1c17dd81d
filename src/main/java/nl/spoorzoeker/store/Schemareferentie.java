package nl.spoorzoeker.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.flywaydb.core.Flyway;

/**
 * Whether a database file has exactly the schema our migrations make at its version: the tables,
 * indexes, triggers and views in {@code sqlite_schema}, with their SQL. A backup or import that
 * passes integrity_check and carries our application id may still hold a schema this program did
 * not make (a file edited by hand, a damaged but consistent copy, extra triggers); it is refused.
 * The reference for a version is made once per run by migrating an empty file to that version.
 */
final class Schemareferentie {

    private static final Map<Integer, String> REFERENTIES = new ConcurrentHashMap<>();

    private Schemareferentie() {
    }

    static boolean bekend(Connection c, int versie) throws SQLException {
        if (versie < 1 || versie > Migrations.LATEST) {
            return false;
        }
        return vingerafdruk(c).equals(REFERENTIES.computeIfAbsent(versie, Schemareferentie::maak));
    }

    /**
     * The version whose schema the file should have: the last migration Flyway recorded, which is
     * ahead of {@code user_version} when a migration run was interrupted before the header was stamped.
     */
    static int versie(Connection c, int userVersion) {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1")) {
            int v = rs.next() ? rs.getInt(1) : 0;
            return v > 0 ? v : userVersion;
        } catch (SQLException e) {
            return userVersion; // no migration history: the header's version is all there is
        }
    }

    /**
     * Migrates an empty database in memory to {@code versie} and takes its fingerprint. In memory, not
     * in the shared temp folder: a killed process left {@code /tmp/spoorzoeker-schema*} folders behind
     * (issue 23 item 7). One connection holds the shared in-memory database while Flyway opens its own.
     */
    private static String maak(int versie) {
        String url = "jdbc:sqlite:file:spoorzoeker-schema-" + versie + "-" + java.util.UUID.randomUUID()
                + "?mode=memory&cache=shared";
        try (Connection houder = DriverManager.getConnection(url)) {
            Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration")
                    .target(Integer.toString(versie)).load().migrate();
            return vingerafdruk(houder);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not build the reference schema for version " + versie, e);
        }
    }

    /** A hash of every schema object SQLite does not make by itself, in name order. */
    private static String vingerafdruk(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema"
                     + " WHERE name NOT LIKE 'sqlite!_%' ESCAPE '!' ORDER BY type, name")) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            while (rs.next()) {
                for (int i = 1; i <= 4; i++) {
                    sha.update(rs.getString(i).getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
