package nl.spoorzoeker.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;

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

    public static Uitslag controleer(Path bestand, boolean volledig) {
        if (!Files.isRegularFile(bestand)) {
            return new Uitslag(false, false, false, 0, false, "missing");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + bestand.toAbsolutePath(), config.toProperties())) {
            try (var statement = c.createStatement()) {
                statement.execute("PRAGMA trusted_schema = OFF");
            }
            String check = PragmaContract.query(c, volledig ? "PRAGMA integrity_check" : "PRAGMA quick_check");
            int applicationId = Integer.parseInt(PragmaContract.query(c, "PRAGMA application_id"));
            int versie = Integer.parseInt(PragmaContract.query(c, "PRAGMA user_version"));
            boolean integer = "ok".equalsIgnoreCase(check);
            boolean schema = integer && applicationId == Database.APPLICATION_ID && Schemareferentie.bekend(c, versie);
            return new Uitslag(true, integer, applicationId == Database.APPLICATION_ID, versie, schema,
                    !integer ? "integrity" : !schema ? "schema" : "");
        } catch (SQLException | NumberFormatException e) {
            return new Uitslag(true, false, false, 0, false, e.getClass().getSimpleName());
        }
    }
}
