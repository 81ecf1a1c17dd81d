package nl.spoorzoeker.store;

import java.nio.file.Path;

/** The child of the open crash test: opens a database (deciding about the WAL beside it) and prints "OPEN". */
public final class OpenKindMain {

    private OpenKindMain() {
    }

    public static void main(String[] args) throws Exception {
        try (Database db = Database.open(Path.of(args[0]))) {
            System.out.println("OPEN " + db.schemaVersion());
            System.out.flush();
        }
    }
}
