package nl.spoorzoeker.uitwisseling;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;

import java.nio.file.Path;
import nl.spoorzoeker.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared set-up of the archive tests: a real practice in {@code bron/}, filled by
 * {@link Praktijkdata#vul} (two dossiers with every kind of row and attachment), open for the test.
 */
abstract class GevuldePraktijk {

    @TempDir
    Path dir;
    Database bron;
    Praktijkdata.Gevuld gevuld;

    @BeforeEach
    void open() throws Exception {
        bron = Database.open(dir.resolve("bron/spoorzoeker.db"));
        gevuld = Praktijkdata.vul(bron, dir);
    }

    @AfterEach
    void sluit() {
        bron.close();
    }

    /** The archive service of the practice whose data folder is {@code data}. */
    static UitwisselingService service(Database db, Path data) {
        return new UitwisselingService(db, data.resolve("tijdelijk"), CLOCK, "test");
    }
}
