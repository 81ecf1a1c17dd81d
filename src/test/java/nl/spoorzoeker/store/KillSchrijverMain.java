package nl.spoorzoeker.store;

import java.nio.file.Path;
import java.time.Instant;

/**
 * The writer of the kill test (reliability.md D2): a separate JVM that commits transactions of two
 * contactmomenten each ("D2 n a" and "D2 n b", so the search index triggers run too) and prints
 * "ACK n" only after the commit returned. It is killed with SIGKILL at a random moment.
 */
public final class KillSchrijverMain {

    private KillSchrijverMain() {
    }

    public static void main(String[] args) throws Exception {
        Database db = Database.open(Path.of(args[0]));
        int traject = Integer.parseInt(args[1]);
        int seq = KillTest.aantal(db, "a");
        String lang = "Ç ğ ł ö € ".repeat(40);
        while (true) {
            int n = ++seq;
            String nu = Instant.now().toString();
            db.write(cfg -> {
                for (String deel : new String[] {"a", "b"}) {
                    cfg.dsl().execute("INSERT INTO contactmoment (traject_id, moment, duur_minuten, soort, doel, "
                                    + "samenvatting, is_declarabel, aangemaakt_op, gewijzigd_op) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)",
                            traject, "2026-11-25T10:00", 30, "TELEFONISCH", "D2 " + n + " " + deel, lang + n, nu, nu);
                }
                return null;
            });
            System.out.println("ACK " + n);
            System.out.flush();
        }
    }
}
