package nl.spoorzoeker.store;

import java.nio.file.Path;

/** The child of the migration kill test (D11): opens (and so migrates) an old database, says when done. */
public final class MigratieKindMain {

    private MigratieKindMain() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("BEGIN");
        System.out.flush();
        try (Database db = Database.open(Path.of(args[0]))) {
            System.out.println("KLAAR " + db.schemaVersion());
            System.out.flush();
        }
    }
}
