package nl.spoorzoeker.store;

import java.nio.file.Path;

/**
 * The child of the clean-shutdown mark's crash test: opens the practice, writes one setting, prints
 * "ACK" once the write is acknowledged, checks and closes. Started with
 * {@code -Dspoorzoeker.breekpunt=NAME} it stops dead at that point.
 */
public final class SchoonmerkKindMain {

    private SchoonmerkKindMain() {
    }

    public static void main(String[] args) throws Exception {
        Database db = Database.open(Path.of(args[0]));
        db.write(cfg -> cfg.dsl().execute("INSERT INTO instelling (sleutel, waarde) VALUES ('kind', ?) "
                + "ON CONFLICT (sleutel) DO UPDATE SET waarde = excluded.waarde", args[1]));
        System.out.println("ACK");
        System.out.flush();
        db.controleerNu();
        db.close();
    }
}
