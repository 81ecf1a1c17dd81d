package nl.spoorzoeker.backup;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.spoorzoeker.app.werkplek.Demoset;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.store.Migrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * D6 of reliability.md, the restore drill: every retained generation is restored into a fresh
 * folder, opens as a practice of a known schema, passes integrity_check and holds exactly the rows
 * it held when it was made.
 */
class HerstelOefeningTest {

    @TempDir
    Path dir;

    @Test
    void everyGenerationRestoresToWhatItHeld() throws Exception {
        Path backups = dir.resolve("backups");
        List<Integer> verwacht = new ArrayList<>();
        try (Database db = Database.open(dir.resolve("data/spoorzoeker.db"))) {
            Demoset.load(db, CLOCK);
            int traject = db.read(ctx -> ((Number) ctx.fetchValue("SELECT min(id) FROM traject")).intValue());
            for (int i = 0; i < 5; i++) {
                int extra = i;
                db.write(cfg -> cfg.dsl().execute("INSERT INTO contactmoment (traject_id, moment, duur_minuten, soort, "
                                + "doel, is_declarabel, aangemaakt_op, gewijzigd_op) VALUES (?, '2026-11-25T10:00', 30, "
                                + "'TELEFONISCH', ?, 0, '2026-11-25T10:00:00Z', '2026-11-25T10:00:00Z')",
                        traject, "oefening " + extra));
                verwacht.add(aantal(db));
                new BackupService(db, dir.resolve("data/tijdelijk"), Clock.offset(CLOCK, Duration.ofHours(i)))
                        .maak(backups, BackupServiceTest.SLEUTELS.ring(), BackupServiceTest.SLEUTELS.dataSleutel());
            }
        }
        List<BackupService.Backup> generaties;
        try (Database db = Database.open(dir.resolve("data/spoorzoeker.db"))) {
            generaties = new BackupService(db, dir.resolve("data/tijdelijk"), CLOCK).generaties(backups).reversed();
        }
        assertEquals(5, generaties.size());
        for (int i = 0; i < generaties.size(); i++) {
            Path oefen = dir.resolve("oefening-" + i + "/spoorzoeker.db");
            new HerstelService(CLOCK).herstel(generaties.get(i).bestand(),
                    ring -> ring.openMetHerstelcode(BackupServiceTest.SLEUTELS.herstelcode()), oefen);
            try (Database db = Database.open(oefen)) {
                assertEquals(Migrations.LATEST, db.schemaVersion());
                assertEquals("ok", db.pragma("integrity_check"));
                assertEquals(verwacht.get(i), aantal(db), "generation " + i + " holds what it held");
            }
        }
        assertTrue(verwacht.getLast() > verwacht.getFirst());
        System.out.printf("D6 restore drill: %d generations restored with the recovery code into fresh folders, each at "
                + "schema v%d, integrity ok, holding exactly its rows (%s)%n", generaties.size(), Migrations.LATEST, verwacht);
    }

    static int aantal(Database db) {
        return db.read(ctx -> ((Number) ctx.fetchValue("SELECT count(*) FROM contactmoment")).intValue());
    }
}
