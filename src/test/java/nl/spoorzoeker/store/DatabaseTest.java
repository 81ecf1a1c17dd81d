package nl.spoorzoeker.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Random;
import nl.spoorzoeker.store.DatabaseOpenException.Reason;
import nl.spoorzoeker.store.schema.Tables;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store on a real SQLite file: migration, the pragma contract, and refusing files that are not ours. */
class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void migratesAnEmptyFolderAndStampsTheHeader() throws Exception {
        Path file = dir.resolve("nieuw").resolve("spoorzoeker.db");
        try (Database db = Database.open(file)) {
            assertEquals(Migrations.LATEST, db.schemaVersion());
            assertEquals(Integer.toString(Database.APPLICATION_ID), db.pragma("application_id"));
            assertEquals(Integer.toString(Migrations.LATEST), db.pragma("user_version"));
            int tables = db.read(ctx -> ctx.fetchCount(ctx.selectOne().from("sqlite_schema")
                    .where("type = 'table' and name in ('praktijk','werkgever','werknemer','traject')")));
            assertEquals(4, tables);
        }
        assertTrue(Files.size(file) > 0);
    }

    @Test
    void pragmasAreSetAndReadBack() throws Exception {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            assertEquals("wal", db.pragma("journal_mode"));
            assertEquals("2", db.pragma("synchronous"));
            assertEquals("1", db.pragma("foreign_keys"));
            assertEquals("0", db.pragma("trusted_schema"));
            assertTrue(Integer.parseInt(db.pragma("busy_timeout")) >= 5000);
            assertTrue(PragmaContract.atLeast(db.sqliteVersion(), PragmaContract.MINIMUM_SQLITE), db.sqliteVersion());
            assertTrue(db.pragmaViolations().isEmpty(), db.pragmaViolations().toString());
        }
    }

    @Test
    void reopeningKeepsDataAndDoesNotMigrateAgain() throws Exception {
        Path file = dir.resolve("b.db");
        try (Database db = Database.open(file)) {
            db.write(cfg -> cfg.dsl().insertInto(Tables.WERKGEVER)
                    .set(Tables.WERKGEVER.NAAM, "Zorggroep")
                    .set(Tables.WERKGEVER.AANGEMAAKT_OP, java.time.Instant.EPOCH)
                    .set(Tables.WERKGEVER.GEWIJZIGD_OP, java.time.Instant.EPOCH)
                    .execute());
        }
        try (Database db = Database.open(file)) {
            assertEquals(1, (int) db.read(ctx -> ctx.fetchCount(Tables.WERKGEVER)));
            assertEquals(Migrations.LATEST, (int) db.read(ctx -> ctx.fetchValue("select count(*) from flyway_schema_history where success = 1", Integer.class)));
        }
    }

    @Test
    void foreignKeysAreEnforced() throws Exception {
        try (Database db = Database.open(dir.resolve("c.db"))) {
            assertThrows(DataAccessException.class, () -> db.write(cfg -> cfg.dsl().insertInto(Tables.TRAJECT)
                    .set(Tables.TRAJECT.WERKNEMER_ID, 999)
                    .set(Tables.TRAJECT.WERKGEVER_ID, 999)
                    .set(Tables.TRAJECT.EERSTE_ZIEKTEDAG, java.time.LocalDate.of(2025, 1, 6))
                    .set(Tables.TRAJECT.AANGEMAAKT_OP, java.time.Instant.EPOCH)
                    .set(Tables.TRAJECT.GEWIJZIGD_OP, java.time.Instant.EPOCH)
                    .execute()));
            assertEquals(0, (int) db.read(ctx -> ctx.fetchCount(Tables.TRAJECT)));
        }
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() throws Exception {
        try (Database db = Database.open(dir.resolve("d.db"))) {
            assertThrows(IllegalStateException.class, () -> db.write(cfg -> {
                cfg.dsl().insertInto(Tables.WERKGEVER)
                        .set(Tables.WERKGEVER.NAAM, "Half")
                        .set(Tables.WERKGEVER.AANGEMAAKT_OP, java.time.Instant.EPOCH)
                        .set(Tables.WERKGEVER.GEWIJZIGD_OP, java.time.Instant.EPOCH)
                        .execute();
                throw new IllegalStateException("crash halfway");
            }));
            assertEquals(0, (int) db.read(ctx -> ctx.fetchCount(Tables.WERKGEVER)));
        }
    }

    @Test
    void refusesAnotherProgramsDatabaseWithoutTouchingIt() throws Exception {
        Path file = dir.resolve("ander.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("create table klanten (id integer primary key, naam text)");
            s.execute("insert into klanten (naam) values ('x')");
        }
        byte[] before = sha256(file);
        DatabaseOpenException e = assertThrows(DatabaseOpenException.class, () -> Database.open(file));
        assertEquals(Reason.FOREIGN_DATABASE, e.reason());
        assertArrayEquals(before, sha256(file));
        assertFalse(Files.exists(dir.resolve("ander.db-wal")) && Files.size(dir.resolve("ander.db-wal")) > 0);
    }

    @Test
    void refusesAFileThatIsNoDatabase() throws Exception {
        Path file = dir.resolve("spoorzoeker.db");
        byte[] noise = new byte[8192];
        new Random(42).nextBytes(noise);
        Files.write(file, noise);
        DatabaseOpenException e = assertThrows(DatabaseOpenException.class, () -> Database.open(file));
        assertEquals(Reason.NOT_A_DATABASE, e.reason());
        assertArrayEquals(noise, Files.readAllBytes(file));
    }

    @Test
    void refusesAnEmptyFile() throws Exception {
        Path file = dir.resolve("spoorzoeker.db");
        Files.createFile(file);
        DatabaseOpenException e = assertThrows(DatabaseOpenException.class, () -> Database.open(file));
        assertEquals(Reason.EMPTY_FILE, e.reason());
        assertEquals(0, Files.size(file));
    }

    @Test
    void refusesADatabaseFromANewerVersion() throws Exception {
        Path file = dir.resolve("e.db");
        Database.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 999");
        }
        DatabaseOpenException e = assertThrows(DatabaseOpenException.class, () -> Database.open(file));
        assertEquals(Reason.NEWER_VERSION, e.reason());
    }

    @Test
    void refusesADamagedDatabase() throws Exception {
        Path file = dir.resolve("f.db");
        try (Database db = Database.open(file)) {
            db.write(cfg -> {
                for (int i = 0; i < 400; i++) {
                    cfg.dsl().insertInto(Tables.WERKGEVER)
                            .set(Tables.WERKGEVER.NAAM, "Werkgever " + i + " " + "x".repeat(200))
                            .set(Tables.WERKGEVER.AANGEMAAKT_OP, java.time.Instant.EPOCH)
                            .set(Tables.WERKGEVER.GEWIJZIGD_OP, java.time.Instant.EPOCH)
                            .execute();
                }
                return null;
            });
        }
        byte[] bytes = Files.readAllBytes(file);
        // Overwrite the middle pages (table b-tree pages) but keep the 100-byte header intact.
        for (int i = 4096 * 3; i < bytes.length - 4096; i += 7) {
            bytes[i] = (byte) 0x5A;
        }
        Files.write(file, bytes);
        DatabaseOpenException e = assertThrows(DatabaseOpenException.class, () -> Database.open(file));
        assertTrue(e.reason() == Reason.DAMAGED || e.reason() == Reason.MIGRATION_FAILED, e.reason().toString());
        assertArrayEquals(bytes, Files.readAllBytes(file));
    }

    @Test
    void versionComparisonHonoursTheWalResetFloor() {
        assertTrue(PragmaContract.atLeast("3.51.3", PragmaContract.MINIMUM_SQLITE));
        assertTrue(PragmaContract.atLeast("3.53.4", PragmaContract.MINIMUM_SQLITE));
        assertTrue(PragmaContract.atLeast("4.0.0", PragmaContract.MINIMUM_SQLITE));
        assertFalse(PragmaContract.atLeast("3.51.2", PragmaContract.MINIMUM_SQLITE));
        assertFalse(PragmaContract.atLeast("3.40.1", PragmaContract.MINIMUM_SQLITE));
    }

    private static byte[] sha256(Path file) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    }

    @Test
    void aVersion1PracticeIsMigratedWithItsDataIntact() throws Exception {
        Path file = dir.resolve("oud.db");
        String url = "jdbc:sqlite:" + file;
        org.flywaydb.core.Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration")
                .target("1").load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("PRAGMA application_id = " + Database.APPLICATION_ID);
            s.execute("PRAGMA user_version = 1");
            s.execute("insert into werkgever (naam, aangemaakt_op, gewijzigd_op) values ('Zorggroep', 'x', 'x')");
            s.execute("insert into werknemer (naam, aangemaakt_op, gewijzigd_op) values ('Çiğdem Yılmaz', 'x', 'x')");
            s.execute("insert into traject (werknemer_id, werkgever_id, eerste_ziektedag, aangemaakt_op, gewijzigd_op)"
                    + " values (1, 1, '2025-01-06', 'x', 'x')");
        }
        try (Database db = Database.open(file)) {
            assertEquals(Migrations.LATEST, db.schemaVersion());
            assertEquals(Integer.toString(Migrations.LATEST), db.pragma("user_version"));
            assertEquals("Çiğdem Yılmaz", db.read(ctx -> ctx.fetchValue(Tables.WERKNEMER.NAAM)));
            assertEquals(6, (int) db.read(ctx -> ctx.fetchValue(Tables.TRAJECT.VOORTGANG_INTERVAL_WEKEN)));
        }
    }

    @Test
    void aVerifiedCopyIsMadeBeforeAMigrationChangesTheFile() throws Exception {
        Path file = dir.resolve("oud.db");
        OudeDatabase.maak(file, 1, 50);
        byte[] voor = Files.readAllBytes(file);
        try (Database db = Database.open(file)) {
            assertEquals(Migrations.LATEST, db.schemaVersion());
        }
        Path kopie;
        try (var bestanden = Files.list(dir)) {
            kopie = bestanden.filter(p -> p.getFileName().toString().startsWith("oud-voor-migratie-v1-")).findFirst()
                    .orElseThrow();
        }
        Kopiecontrole.Uitslag u = Kopiecontrole.controleer(kopie, true);
        assertTrue(u.goed(), u.melding());
        assertEquals(1, u.schemaVersie());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + kopie); Statement s = c.createStatement();
             var rs = s.executeQuery("select count(*) from traject")) {
            assertEquals(50, rs.getInt(1), "the copy holds the data as it was");
        }
        assertTrue(voor.length > 0);
        // A second open has nothing to migrate and makes no second copy.
        try (Database db = Database.open(file)) {
            assertEquals(Migrations.LATEST, db.schemaVersion());
        }
        try (var bestanden = Files.list(dir)) {
            assertEquals(1, bestanden.filter(p -> p.getFileName().toString().contains("-voor-migratie-")).count());
        }
    }

    @Test
    void aForeignWalIsSetAsideUnreadAndTheCoachIsTold() throws Exception {
        Path file = dir.resolve("spoorzoeker.db");
        try (Database db = Database.open(file)) {
            assertTrue(db.meldingen().isEmpty());
        }
        byte[] vreemd = new byte[4096 + 32];
        new java.util.Random(3).nextBytes(vreemd);
        Path wal = Path.of(file + "-wal");
        Files.write(wal, vreemd);
        try (Database db = Database.open(file)) {
            assertEquals(java.util.List.of("db.melding.vreemdeWal"), db.meldingen().stream().map(Database.Melding::key).toList());
            assertEquals("ok", db.pragma("quick_check"));
        }
        try (var bestanden = Files.list(dir)) {
            Path apart = bestanden.filter(p -> p.getFileName().toString().startsWith("spoorzoeker.db-wal.apart-"))
                    .findFirst().orElseThrow();
            assertArrayEquals(vreemd, Files.readAllBytes(apart), "kept byte for byte");
        }
    }

    @Test
    void aWalLeftByACrashIsReplayedAndItsSafetyCopyRemovedAfterwards() throws Exception {
        Path file = dir.resolve("spoorzoeker.db");
        Path crash = dir.resolve("crash");
        Files.createDirectories(crash);
        try (Database db = Database.open(file)) {
            db.write(cfg -> cfg.dsl().execute("insert into werkgever (naam, aangemaakt_op, gewijzigd_op)"
                    + " values ('Na de crash', 'x', 'x')"));
            // The files as a power cut would leave them: the commit is only in the -wal.
            Files.copy(file, crash.resolve("spoorzoeker.db"));
            Files.copy(Path.of(file + "-wal"), crash.resolve("spoorzoeker.db-wal"));
        }
        Path kopie = crash.resolve("spoorzoeker.db");
        assertTrue(Files.size(Path.of(kopie + "-wal")) > 0);
        try (Database db = Database.open(kopie)) {
            assertEquals("Na de crash", db.read(ctx -> ctx.fetchValue("select naam from werkgever")));
            assertTrue(db.meldingen().isEmpty());
        }
        assertFalse(Files.exists(crash.resolve("herstel-kopieen")), "the safety copy is gone once the open succeeded");
    }
}
