package nl.spoorzoeker.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Checks a database file that is not (yet) the live one — a fresh backup, a file to restore — without
 * changing it: opened read-only with untrusted schema off, then {@code integrity_check} (or the
 * cheaper {@code quick_check}), the application id and the schema version.
 */
public final class Kopiecontrole {

    /** What the check found; {@code goed()} only when every part holds. */
    public record Uitslag(boolean bestaat, boolean integer, boolean vanOns, int schemaVersie, boolean schemaBekend,
                          String melding) {
        public boolean goed() {
            return bestaat && integer && vanOns && schemaVersie >= 1 && schemaVersie <= Migrations.LATEST && schemaBekend;
        }

        /** The Dutch explanation of why a copy was refused, for a restore or import. */
        public String weigeringKey() {
            return !vanOns ? "herstel.fout.nietOns"
                    : schemaVersie > Migrations.LATEST ? "herstel.fout.nieuwer"
                    : integer && !schemaBekend ? "herstel.fout.onbekendSchema"
                    : "herstel.fout.beschadigd";
        }
    }

    private Kopiecontrole() {
    }

    /**
     * Checks a copy this program made or decrypted into its private folder. The connection is
     * read-write on purpose: SQLite verifies CHECK constraints only on a writable connection (a
     * read-only integrity_check passed a copy whose contactmoment violated one, which the app then
     * refused to open). The schema is untrusted until it matches ours; only then is the check
     * repeated with it trusted, which lets SQLite check the full-text index as well.
     */
    public static Uitslag controleer(Path bestand, boolean volledig) {
        return controleer(bestand, volledig ? "PRAGMA integrity_check" : "PRAGMA quick_check", false);
    }

    /**
     * Checks a copy this program just made of its own open database ({@code VACUUM INTO}) as fully
     * as {@code integrity_check} does, split over three connections side by side
     * ({@link GesplitsteIntegriteit}: on two cores the backup waited 3.4 s for one thread here).
     * The untrusted first pass of {@link #controleer} guards against a schema from elsewhere; this
     * schema is the live database's, matched against ours when it opened, and it is matched again
     * here before the answer counts. No write test either: the copy is read for encryption while
     * this runs, and SQLite made its header itself.
     */
    public static Uitslag controleerEigenKopie(Path bestand) {
        if (!Files.isRegularFile(bestand)) {
            return new Uitslag(false, false, false, 0, false, "missing");
        }
        try (Connection c = open(bestand, true)) {
            if (!"0".equals(PragmaContract.query(c, "PRAGMA auto_vacuum"))) {
                // Pointer-map pages are not in dbstat: such a file (not ours) gets the check in one piece.
                return controleer(bestand, "PRAGMA integrity_check", true);
            }
            return uitslag(c, GesplitsteIntegriteit.heel(bestand, c));
        } catch (SQLException | NumberFormatException | CompletionException e) {
            return new Uitslag(true, false, false, 0, false, e.getClass().getSimpleName());
        } finally {
            opruimen(bestand);
        }
    }

    private static Uitslag controleer(Path bestand, String pragma, boolean eigenKopie) {
        if (!Files.isRegularFile(bestand)) {
            return new Uitslag(false, false, false, 0, false, "missing");
        }
        try (Connection c = open(bestand, eigenKopie)) {
            Uitslag uitslag = uitslag(c, "ok".equalsIgnoreCase(PragmaContract.query(c, pragma)));
            if (uitslag.schemaBekend() && !eigenKopie) {
                // Trusted now that it is ours: the check again, which also covers the full-text index.
                statement(c, "PRAGMA trusted_schema = ON");
                boolean integer = "ok".equalsIgnoreCase(PragmaContract.query(c, pragma));
                if (integer) {
                    // The app writes to the file as soon as it opens it; a header that marks the file
                    // read-only (write version above 2) passes every read check, so try a write.
                    statement(c, "PRAGMA user_version = " + uitslag.schemaVersie());
                }
                return new Uitslag(true, integer, true, uitslag.schemaVersie(), true, integer ? "" : "integrity");
            }
            return uitslag;
        } catch (SQLException | NumberFormatException e) {
            return new Uitslag(true, false, false, 0, false, e.getClass().getSimpleName());
        } finally {
            opruimen(bestand);
        }
    }

    /** The same as {@link #controleerEigenKopie}, on a thread of its own (it starts two more). */
    public static CompletableFuture<Uitslag> controleerEigenKopieNaast(Path bestand) {
        return GesplitsteIntegriteit.opEigenDraad(() -> controleerEigenKopie(bestand));
    }

    /** A connection to a copy, its schema trusted or not. */
    static Connection open(Path bestand, boolean vertrouwd) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + bestand.toAbsolutePath());
        try {
            statement(c, vertrouwd ? "PRAGMA trusted_schema = ON" : "PRAGMA trusted_schema = OFF");
            return c;
        } catch (SQLException e) {
            c.close();
            throw e;
        }
    }

    /** The verdict once the integrity part is known: whose file it is, its version, and whether we know that schema. */
    private static Uitslag uitslag(Connection c, boolean integer) throws SQLException {
        int applicationId = Integer.parseInt(PragmaContract.query(c, "PRAGMA application_id"));
        int versie = Integer.parseInt(PragmaContract.query(c, "PRAGMA user_version"));
        boolean schema = integer && applicationId == Database.APPLICATION_ID
                && Schemareferentie.bekend(c, Schemareferentie.versie(c, versie));
        return new Uitslag(true, integer, applicationId == Database.APPLICATION_ID, versie, schema,
                !integer ? "integrity" : !schema ? "schema" : "");
    }

    private static void statement(Connection c, String sql) throws SQLException {
        try (var statement = c.createStatement()) {
            statement.execute(sql);
        }
    }

    /** A copy in WAL mode leaves -wal/-shm beside it once opened: they belong to the copy and go with it. */
    private static void opruimen(Path bestand) {
        for (String achtervoegsel : new String[] {"-wal", "-shm", "-journal"}) {
            try {
                Path bij = Path.of(bestand + achtervoegsel);
                if (Files.exists(bij) && Files.size(bij) == 0) {
                    Files.delete(bij);
                }
            } catch (java.io.IOException e) {
                // left for the next cleanup of the private folder
            }
        }
    }
}
