package nl.spoorzoeker.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import nl.spoorzoeker.instrument.Kernkwadrant;
import nl.spoorzoeker.instrument.KernkwadrantService;
import nl.spoorzoeker.instrument.StarrService;
import nl.spoorzoeker.instrument.StarrVerhaal;
import nl.spoorzoeker.fase.ProfielService;
import nl.spoorzoeker.testsupport.TestDossiers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V25 on a practice database a version 24 left: every kernkwadrant and STARR story gets the day it
 * was made in the practice's calendar (Amsterdam), worked out from its UTC timestamp — in winter
 * and in summer time, and on both sides of midnight, where the UTC date is the wrong day.
 */
class KernkwadrantStarrDatumMigratieTest {

    @TempDir
    Path dir;

    @Test
    void existingRowsGetTheAmsterdamDayTheyWereMade() throws Exception {
        Path file = dir.resolve("spoorzoeker.db");
        OudeDatabase.maak(file, 24, 1);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            // 23:30 UTC in November is 00:30 the next day in Amsterdam (+1).
            s.execute("insert into kernkwadrant (traject_id, kwaliteit, aangemaakt_op, gewijzigd_op)"
                    + " values (1, 'winter', '2026-11-24T23:30:00Z', '2026-11-24T23:30:00Z')");
            // 22:30 UTC in July is 00:30 the next day (+2); 21:30 UTC is still the same day.
            s.execute("insert into kernkwadrant (traject_id, kwaliteit, aangemaakt_op, gewijzigd_op)"
                    + " values (1, 'zomer', '2026-07-01T22:30:00Z', '2026-07-01T22:30:00Z')");
            s.execute("insert into kernkwadrant (traject_id, kwaliteit, aangemaakt_op, gewijzigd_op)"
                    + " values (1, 'avond', '2026-07-01T21:30:00Z', '2026-07-01T21:30:00Z')");
            // Summer time starts on 29 March 2026 at 01:00 UTC: 00:30 UTC is 01:30 in winter time.
            s.execute("insert into starr_verhaal (traject_id, titel, aangemaakt_op, gewijzigd_op)"
                    + " values (1, 'voor de omschakeling', '2026-03-28T22:30:00Z', '2026-03-28T22:30:00Z')");
            s.execute("insert into starr_verhaal (traject_id, titel, aangemaakt_op, gewijzigd_op)"
                    + " values (1, 'na de omschakeling', '2026-03-29T22:30:00Z', '2026-03-29T22:30:00Z')");
        }
        try (Database db = Database.open(file)) {
            assertEquals(Migrations.LATEST, db.schemaVersion(), "migrated to the newest version");
            assertEquals(List.of(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 7, 2), LocalDate.of(2026, 7, 1)),
                    new KernkwadrantService(db, TestDossiers.CLOCK).lijst(1).stream().map(Kernkwadrant::datum).toList());
            assertEquals(List.of(LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 30)),
                    new StarrService(db, TestDossiers.CLOCK, new ProfielService(db, TestDossiers.CLOCK)).lijst(1)
                            .stream().map(StarrVerhaal::datum).toList());
        }
    }
}
