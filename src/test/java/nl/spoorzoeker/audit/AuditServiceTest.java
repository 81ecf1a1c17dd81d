package nl.spoorzoeker.audit;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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

    /** The audit screen's query: pages newest first, by action, by whole days in Amsterdam, and fast on a large log. */
    @Test
    void pagesFilterByActionAndAmsterdamDays() throws Exception {
        try (Database db = Database.open(dir.resolve("spoorzoeker.db"))) {
            java.time.ZoneId amsterdam = java.time.ZoneId.of("Europe/Amsterdam");
            // 23:30 UTC on 1 March is 00:30 on 2 March in Amsterdam; the fraction sorts after whole seconds.
            new AuditService(db, Clock.fixed(Instant.parse("2026-03-01T22:59:59.999Z"), amsterdam))
                    .log(Handeling.EXPORT, 1, "laatste van 1 maart");
            new AuditService(db, Clock.fixed(Instant.parse("2026-03-01T23:00:00Z"), amsterdam))
                    .log(Handeling.BACKUP, null, "eerste van 2 maart");
            new AuditService(db, Clock.fixed(Instant.parse("2026-03-02T22:59:59.5Z"), amsterdam))
                    .log(Handeling.VERWIJDERING, 2, "laatste van 2 maart");
            AuditService audit = new AuditService(db, Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), amsterdam));
            db.write(cfg -> {
                for (int i = 0; i < 10_000; i++) {
                    audit.log(cfg, Handeling.BACKUP, null, "b" + i);
                }
                return null;
            });
            LocalDate maart2 = LocalDate.of(2026, 3, 2);
            var dag = audit.zoek(new AuditService.Filter(null, maart2, maart2), 0, 50);
            assertEquals(List.of("laatste van 2 maart", "eerste van 2 maart"),
                    dag.regels().stream().map(AuditService.Regel::omschrijving).toList());
            assertEquals(1, audit.zoek(new AuditService.Filter(Handeling.EXPORT, null, LocalDate.of(2026, 3, 1)), 0, 50)
                    .totaal());
            assertEquals(0, audit.zoek(new AuditService.Filter(Handeling.EXPORT, maart2, null), 0, 50).totaal());
            long start = System.nanoTime();
            var eerste = audit.zoek(AuditService.Filter.ALLES, 0, 200);
            var laatste = audit.zoek(AuditService.Filter.ALLES, 9_803, 200);
            var gefilterd = audit.zoek(new AuditService.Filter(Handeling.VERWIJDERING, null, null), 0, 200);
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertEquals(10_003, eerste.totaal());
            assertEquals("b9999", eerste.regels().getFirst().omschrijving());
            assertEquals(200, eerste.regels().size());
            assertEquals(List.of("laatste van 2 maart"), gefilterd.regels().stream().map(AuditService.Regel::omschrijving).toList());
            assertEquals("laatste van 1 maart", laatste.regels().getLast().omschrijving());
            System.out.printf("Audit log of %d entries: first page, last page and a filtered page in %d ms together%n",
                    eerste.totaal(), ms);
            assertThrows(IllegalArgumentException.class, () -> audit.zoek(AuditService.Filter.ALLES, 0, 5000));
        }
    }
}
