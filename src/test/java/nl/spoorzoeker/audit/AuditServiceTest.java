package nl.spoorzoeker.audit;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.store.schema.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit log on a real SQLite file: written, read newest first, and refused any change. */
class AuditServiceTest {

    @TempDir
    Path dir;

    @Test
    void entriesAreKeptAndCannotBeChangedOrRemoved() throws Exception {
        try (Database db = Database.open(dir.resolve("spoorzoeker.db"))) {
            AuditService audit = new AuditService(db, CLOCK);
            audit.log(Handeling.BACKUP, null, "spoorzoeker-1.szb");
            audit.log(Handeling.EXPORT, 3, "x".repeat(2000));
            var alle = audit.alle();
            assertEquals(2, alle.size());
            assertEquals(Handeling.EXPORT, alle.getFirst().handeling(), "newest first");
            assertEquals(3, alle.getFirst().trajectId());
            assertEquals(AuditService.MAX_OMSCHRIJVING, alle.getFirst().omschrijving().length(), "long text is cut");
            assertEquals(CLOCK.instant(), alle.getFirst().op());
            assertThrows(RuntimeException.class, () -> db.write(cfg -> cfg.dsl().update(Tables.AUDIT)
                    .set(Tables.AUDIT.OMSCHRIJVING, "anders").execute()));
            assertThrows(RuntimeException.class, () -> db.write(cfg -> cfg.dsl().deleteFrom(Tables.AUDIT).execute()));
            assertEquals(2, audit.alle().size());
        }
    }
}
