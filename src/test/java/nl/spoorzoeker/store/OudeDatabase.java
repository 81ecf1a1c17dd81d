package nl.spoorzoeker.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;

/** A practice database as an older version of Spoorzoeker left it: schema up to a version, with data. */
final class OudeDatabase {

    private OudeDatabase() {
    }

    static void maak(Path file, int versie, int trajecten) throws Exception {
        String url = "jdbc:sqlite:" + file;
        org.flywaydb.core.Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration")
                .target(Integer.toString(versie)).load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA application_id = " + Database.APPLICATION_ID);
            s.execute("PRAGMA user_version = " + versie);
            c.setAutoCommit(false);
            s.execute("insert into werkgever (naam, aangemaakt_op, gewijzigd_op) values ('Zorggroep De Linde', 'x', 'x')");
            try (PreparedStatement werknemer = c.prepareStatement(
                    "insert into werknemer (naam, aangemaakt_op, gewijzigd_op) values (?, 'x', 'x')");
                 PreparedStatement traject = c.prepareStatement("insert into traject (werknemer_id, werkgever_id,"
                         + " eerste_ziektedag, aangemaakt_op, gewijzigd_op) values (?, 1, '2025-01-06', 'x', 'x')")) {
                for (int i = 1; i <= trajecten; i++) {
                    werknemer.setString(1, "Çiğdem Yılmaz-Łukasz " + i);
                    werknemer.executeUpdate();
                    traject.setInt(1, i);
                    traject.executeUpdate();
                }
            }
            c.commit();
        }
    }
}
