package nl.spoorzoeker.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import nl.spoorzoeker.store.Database;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V11 widens the audit log's CHECK: entries made before keep their id, text and counter; they stay unchangeable. */
class AuditMigratieTest {

    @TempDir
    Path dir;

    @Test
    void eenBestaandLogboekKomtOngeschondenDoorDeMigratie() throws Exception {
        Path file = dir.resolve("spoorzoeker.db");
        String url = "jdbc:sqlite:" + file;
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("9").load().migrate();
        try (var c = java.sql.DriverManager.getConnection(url); var s = c.createStatement()) {
            for (int i = 1; i <= 3; i++) {
                s.execute("INSERT INTO audit (gedaan_op, wie, handeling, traject_id, omschrijving) VALUES "
                        + "('2026-01-0" + i + "T10:00:00Z', 'coach', 'BACKUP', NULL, 'backup " + i + "')");
            }
            // An entry made and then lost to a rolled-back write still used up its number? No: a rollback
            // undoes the counter too. Raise it by hand to see that the counter itself is carried over.
            s.execute("UPDATE sqlite_sequence SET seq = 7 WHERE name = 'audit'");
        }
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
        try (Database db = Database.open(file)) {
            AuditService audit = new AuditService(db, clock);
            List<AuditService.Regel> voor = audit.alle();
            assertEquals(List.of("backup 3", "backup 2", "backup 1"), voor.stream().map(AuditService.Regel::omschrijving).toList());
            audit.log(Handeling.IMPORT, 4, "archief x.szx");
            audit.log(Handeling.INZAGE, 4, "inzage y.zip");
            assertEquals(8L, ((Number) db.read(ctx -> ctx.fetchValue("select max(id) from audit"))).longValue() - 1,
                    "the counter went on from where it stood");
            assertThrows(RuntimeException.class, () -> db.write(cfg -> cfg.dsl().execute("UPDATE audit SET wie = 'x'")));
            assertThrows(RuntimeException.class, () -> db.write(cfg -> cfg.dsl().execute("DELETE FROM audit")));
            assertThrows(RuntimeException.class, () -> db.write(cfg -> cfg.dsl().execute(
                    "INSERT INTO audit (gedaan_op, wie, handeling, omschrijving) VALUES ('x', 'y', 'ONBEKEND', 'z')")));
            assertEquals("ok", db.pragma("integrity_check"));
            assertEquals(5, audit.alle().size());
        }
    }
}
