package nl.spoorzoeker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.Stream;
import nl.spoorzoeker.store.Database;
import org.junit.jupiter.api.Test;

/** The warm-up behind the door: the start screen's reads run on an empty database in memory, and no file is touched. */
class OpwarmenTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneId.of("Europe/Amsterdam"));

    @Test
    void theStartScreensReadsRunInMemoryWithoutAFile() throws Exception {
        Path werkmap = Path.of("").toAbsolutePath();
        long voor;
        try (Stream<Path> s = Files.list(werkmap)) {
            voor = s.count();
        }
        Opwarmen.warm(CLOCK); // a missing table or column in memory fails here
        try (Stream<Path> s = Files.list(werkmap)) {
            assertEquals(voor, s.count(), "the warm-up wrote a file");
        }
    }

    @Test
    void theDatabaseInMemoryHoldsThePractisesTablesAndClosesWithoutAMark() throws Exception {
        Database db = Database.inGeheugen();
        assertEquals(null, db.file());
        assertTrue(db.read(ctx -> ctx.meta().getTables().size()) > 20);
        db.close(); // no clean-shutdown mark: there is no file to mark
    }
}
