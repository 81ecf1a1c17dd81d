package nl.spoorzoeker.bench;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import nl.spoorzoeker.app.DataDirectory;
import nl.spoorzoeker.crypto.Sleutelkluis;
import nl.spoorzoeker.crypto.Sleutelring;
import nl.spoorzoeker.crypto.Versleuteling;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.store.Kopiecontrole;

/**
 * Profiling by hand, not part of the table: the steps of a verified backup timed one by one on a
 * practice made by {@link TienJaarPraktijk#main}. {@code java -cp … nl.spoorzoeker.bench.BackupProfiel <folder>}
 */
public final class BackupProfiel {

    private BackupProfiel() {
    }

    public static void main(String[] args) throws Exception {
        DataDirectory dir = new DataDirectory(Path.of(args[0]));
        Path tmp = Files.createDirectories(dir.tijdelijk());
        Path plat = tmp.resolve("profiel.db");
        Path enc = tmp.resolve("profiel.szb");
        Path terug = tmp.resolve("terug.db");
        Files.deleteIfExists(plat);
        Sleutelring ring = new Sleutelkluis(dir.sleutelring()).lees();
        byte[] sleutel = ring.open(TienJaarPraktijk.WACHTWOORD.toCharArray());
        try (Database db = Database.open(dir.database())) {
            stap("VACUUM INTO", () -> db.vacuumInto(plat));
        }
        stap("fsync copy", () -> {
            try (var ch = java.nio.channels.FileChannel.open(plat, java.nio.file.StandardOpenOption.WRITE)) {
                ch.force(true);
            }
        });
        for (String pragma : new String[] {"quick_check", "integrity_check"}) {
            for (boolean trusted : new boolean[] {false, true}) {
                stap(pragma + (trusted ? " trusted" : " untrusted"), () -> {
                    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + plat)) {
                        c.createStatement().execute("PRAGMA trusted_schema = " + (trusted ? "ON" : "OFF"));
                        var rs = c.createStatement().executeQuery("PRAGMA " + pragma);
                        rs.next();
                        System.out.print("[" + rs.getString(1) + "] ");
                    }
                });
            }
        }
        stap("FTS5 integrity-check alone", () -> {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + plat)) {
                c.createStatement().execute("INSERT INTO zoek_fts(zoek_fts) VALUES('integrity-check')");
            }
        });
        stap("Kopiecontrole.controleerEigenKopie (split)", () -> System.out.print(Kopiecontrole.controleerEigenKopie(plat).goed() + " "));
        stap("Kopiecontrole.controleer(volledig)", () -> System.out.print(Kopiecontrole.controleer(plat, true) + " "));
        stap("encrypt (cold: first bulk use in this JVM)", () -> {
            try (InputStream in = Files.newInputStream(plat); OutputStream out = Files.newOutputStream(enc)) {
                Versleuteling.versleutel(in, out, ring, sleutel);
            }
        });
        stap("decrypt to file", () -> {
            try (InputStream in = Files.newInputStream(enc); OutputStream out = Files.newOutputStream(terug)) {
                Versleuteling.ontsleutel(in, out, r -> sleutel.clone());
            }
        });
        stap("decrypt to nothing", () -> {
            try (InputStream in = Files.newInputStream(enc)) {
                Versleuteling.ontsleutel(in, OutputStream.nullOutputStream(), r -> sleutel.clone());
            }
        });
        Files.deleteIfExists(plat);
        Files.deleteIfExists(enc);
        Files.deleteIfExists(terug);
    }

    interface Stap {
        void run() throws Exception;
    }

    private static void stap(String naam, Stap stap) throws Exception {
        long t = System.nanoTime();
        stap.run();
        System.out.printf("%-40s %8.0f ms%n", naam, (System.nanoTime() - t) / 1e6);
    }
}
