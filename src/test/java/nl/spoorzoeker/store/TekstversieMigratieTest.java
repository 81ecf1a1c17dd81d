package nl.spoorzoeker.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import nl.spoorzoeker.instrument.Kernkwadrant;
import nl.spoorzoeker.instrument.KernkwadrantService;
import nl.spoorzoeker.instrument.StarrService;
import nl.spoorzoeker.instrument.StarrVerhaal;
import nl.spoorzoeker.instrument.Tekstversie;
import nl.spoorzoeker.fase.ProfielService;
import nl.spoorzoeker.testsupport.TestDossiers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V27 on a practice database a version 26 left: every kernkwadrant and STARR story becomes its own
 * first version, as of its last change, a story with its competencies in their order; a later change
 * is version 2.
 */
class TekstversieMigratieTest {

    @TempDir
    Path dir;

    @Test
    void existingRowsBecomeTheirFirstVersion() throws Exception {
        Path file = dir.resolve("spoorzoeker.db");
        OudeDatabase.maak(file, 26, 1);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("insert into kernkwadrant (traject_id, kwaliteit, valkuil, aangemaakt_op, gewijzigd_op)"
                    + " values (1, 'zorgzaam', 'bemoeizuchtig', '2026-10-01T09:00:00Z', '2026-10-05T09:00:00Z')");
            s.execute("insert into starr_verhaal (traject_id, titel, actie, aangemaakt_op, gewijzigd_op)"
                    + " values (1, 'Planning', 'Rooster gemaakt', '2026-10-02T09:00:00Z', '2026-10-06T09:00:00Z')");
            s.execute("insert into starr_verhaal (traject_id, titel, aangemaakt_op, gewijzigd_op)"
                    + " values (1, 'Zonder tags', '2026-10-03T09:00:00Z', '2026-10-03T09:00:00Z')");
            s.execute("insert into starr_competentie (starr_id, volgorde, competentie) values (1, 1, 'samenwerken')");
            s.execute("insert into starr_competentie (starr_id, volgorde, competentie) values (1, 0, 'plannen')");
        }
        try (Database db = Database.open(file)) {
            assertEquals(Migrations.LATEST, db.schemaVersion(), "migrated to the newest version");
            KernkwadrantService kk = new KernkwadrantService(db, TestDossiers.CLOCK);
            assertEquals(List.of(new Tekstversie<>(1, Instant.parse("2026-10-05T09:00:00Z"),
                    new Kernkwadrant(1, "zorgzaam", "bemoeizuchtig", null, null))), kk.versies(1, 1));
            StarrService starr = new StarrService(db, TestDossiers.CLOCK, new ProfielService(db, TestDossiers.CLOCK));
            assertEquals(List.of(new Tekstversie<>(1, Instant.parse("2026-10-06T09:00:00Z"), new StarrVerhaal(1,
                    "Planning", null, null, "Rooster gemaakt", null, null, List.of("plannen", "samenwerken")))),
                    starr.versies(1, 1));
            assertEquals(List.of(), starr.versies(1, 2).getFirst().tekst().competenties());

            kk.bewaar(1, new Kernkwadrant(1, "zorgzaam", "te veel voor anderen doen", null, null));
            assertEquals(List.of(2, 1), kk.versies(1, 1).stream().map(Tekstversie::nummer).toList());
        }
    }
}
