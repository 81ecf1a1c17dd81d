package nl.spoorzoeker.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.tijdlijn.Regime;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.spoorzoeker.store.Migrations;

/**
 * Opdrachtgever and regime on a real SQLite file (issue 18 item 1): a practice made by V18 keeps
 * every traject and everything hanging from it through V19, as werkgever/loondoorbetaling; a
 * vangnet dossier can be kept without a werkgever; loondoorbetaling without one is refused.
 */
class VangnetDossierTest {

    @TempDir
    Path dir;

    @Test
    void aV18PracticeKeepsEveryTrajectAndItsDataAsWerkgeverLoondoorbetaling() throws Exception {
        Path file = dir.resolve("praktijk.db");
        String url = "jdbc:sqlite:" + file;
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("18").load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("PRAGMA application_id = " + Database.APPLICATION_ID);
            s.execute("PRAGMA user_version = 18");
            s.execute("insert into werkgever (naam, bedrijfsarts, aangemaakt_op, gewijzigd_op)"
                    + " values ('Zorggroep De Linde', 'Arbo Unie', '2025-01-06T09:00:00Z', '2025-01-06T09:00:00Z')");
            s.execute("insert into werknemer (naam, aangemaakt_op, gewijzigd_op) values ('Çiğdem Yılmaz', '2025-01-06T09:00:00Z', '2025-01-06T09:00:00Z')");
            s.execute("insert into werknemer (naam, aangemaakt_op, gewijzigd_op) values ('Łukasz Nowak', '2025-01-06T09:00:00Z', '2025-01-06T09:00:00Z')");
            s.execute("insert into traject (werknemer_id, werkgever_id, eerste_ziektedag, startdatum, budget_minuten,"
                    + " sollicitatie_norm_per_week, uitzondering_late_start, aangemaakt_op, gewijzigd_op)"
                    + " values (1, 1, '2025-01-06', '2026-02-01', 1440, 2, 'herstel eigen werk', '2025-01-06T09:00:00Z', '2025-01-06T09:00:00Z')");
            s.execute("insert into traject (werknemer_id, werkgever_id, eerste_ziektedag, status, einddatum,"
                    + " aangemaakt_op, gewijzigd_op) values (2, 1, '2024-03-04', 'AFGEROND', '2026-01-31', '2025-01-06T09:00:00Z', '2025-01-06T09:00:00Z')");
            s.execute("insert into verzuimperiode (traject_id, soort, van_datum) values (1, 'ZIEK', '2025-01-06')");
            s.execute("insert into verzuimperiode (traject_id, soort, van_datum, tot_datum)"
                    + " values (2, 'ZIEK', '2024-03-04', '2025-12-01')");
            // Trajecten were removed in this practice once: the next id is 41, never 3.
            s.execute("update sqlite_sequence set seq = 40 where name = 'traject'");
        }

        Database db = Database.open(file);
        try {
            DossierService dossiers = new DossierService(db, DossierServiceTest.CLOCK);
            Dossier eerste = dossiers.find(1).orElseThrow();
            assertEquals("Zorggroep De Linde", eerste.werkgever().naam());
            assertEquals("Arbo Unie", eerste.werkgever().bedrijfsarts());
            assertEquals(Opdrachtgever.WERKGEVER, eerste.traject().opdrachtgever());
            assertEquals(Regime.LOONDOORBETALING, eerste.traject().regime());
            assertEquals(LocalDate.of(2026, 2, 1), eerste.traject().startdatum());
            assertEquals(1440, eerste.traject().budgetMinuten());
            Dossier tweede = dossiers.find(2).orElseThrow();
            assertEquals(TrajectStatus.AFGEROND, tweede.traject().status());
            assertEquals(Regime.LOONDOORBETALING, tweede.traject().regime());
            assertEquals(2, dossiers.list().size());

            int nieuw = dossiers.create(DossierServiceTest.werknemer("Noor"), null, vangnet(Opdrachtgever.uwv("Utrecht")));
            assertEquals(41, nieuw);
        } finally {
            db.close();
        }
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            assertEquals(List.of(Integer.toString(Migrations.LATEST)),
                    kolom(s, "select max(cast(version as integer)) from flyway_schema_history"));
            assertEquals(List.of("1|ZIEK|2025-01-06", "2|ZIEK|2024-03-04"),
                    kolom(s, "select traject_id || '|' || soort || '|' || van_datum from verzuimperiode order by id"));
            assertEquals(List.of("2026-01-31"), kolom(s, "select einddatum from traject where id = 2"));
            assertEquals(List.of("herstel eigen werk"), kolom(s, "select uitzondering_late_start from traject where id = 1"));
            assertTrue(kolom(s, "pragma foreign_key_check").isEmpty());
            assertEquals(List.of("ok"), kolom(s, "pragma integrity_check"));
            // The retention triggers came back with the table: an active traject still cannot be removed.
            assertThrows(java.sql.SQLException.class, () -> s.execute("delete from traject where id = 1"));
        }
    }

    @Test
    void aVangnetDossierNeedsNoWerkgeverAndIsListedByItsOpdrachtgever() throws Exception {
        Database db = Database.open(dir.resolve("spoorzoeker.db"));
        try {
            DossierService dossiers = new DossierService(db, DossierServiceTest.CLOCK);
            int id = dossiers.create(DossierServiceTest.werknemer("Sanne de Vries"), null,
                    vangnet(Opdrachtgever.uwv("Utrecht")));
            Dossier d = dossiers.find(id).orElseThrow();
            assertNull(d.werkgever());
            assertEquals(Regime.ZIEKTEWET_VANGNET, d.traject().regime());
            assertEquals(Opdrachtgever.uwv("Utrecht"), d.traject().opdrachtgever());
            assertEquals("UWV Utrecht", d.opdrachtgeverNaam());
            assertTrue(d.voorUwv());
            assertEquals("UWV Utrecht", dossiers.list().getFirst().werkgever());

            // A former werkgever may be named while UWV is the opdrachtgever.
            int werkgever = new WerkgeverService(db, DossierServiceTest.CLOCK)
                    .create(DossierServiceTest.werkgever("Uitzendbureau Flex"));
            dossiers.update(id, d.werknemer(), werkgever, d.traject());
            Dossier na = dossiers.find(id).orElseThrow();
            assertEquals("Uitzendbureau Flex", na.werkgever().naam());
            assertEquals("UWV Utrecht", na.opdrachtgeverNaam());
        } finally {
            db.close();
        }
    }

    @Test
    void loondoorbetalingOrAWerkgeverOpdrachtgeverWithoutAWerkgeverIsRefusedWithItsReason() throws Exception {
        Database db = Database.open(dir.resolve("spoorzoeker.db"));
        try {
            DossierService dossiers = new DossierService(db, DossierServiceTest.CLOCK);
            var zonder = assertThrows(IllegalArgumentException.class,
                    () -> dossiers.create(DossierServiceTest.werknemer("A"), null, DossierServiceTest.traject()));
            assertEquals("dossier.fout.loondoorbetalingZonderWerkgever", zonder.getMessage());
            var werkgeverOpdracht = assertThrows(IllegalArgumentException.class,
                    () -> dossiers.create(DossierServiceTest.werknemer("A"), null, vangnet(Opdrachtgever.WERKGEVER)));
            assertEquals("dossier.fout.werkgeverOpdrachtgeverZonderWerkgever", werkgeverOpdracht.getMessage());
            var naamloos = assertThrows(IllegalArgumentException.class, () -> dossiers.create(
                    DossierServiceTest.werknemer("A"), null, vangnet(new Opdrachtgever(Opdrachtgever.Soort.ANDERS, " "))));
            assertEquals("dossier.fout.opdrachtgeverZonderNaam", naamloos.getMessage());
            assertEquals(0, dossiers.list().size());
        } finally {
            db.close();
        }
    }

    static Traject vangnet(Opdrachtgever opdrachtgever) {
        Traject t = DossierServiceTest.traject();
        return new Traject(null, t.eersteZiektedag(), t.opdrachtdatum(), t.startdatum(), t.geplandeEinddatum(),
                t.budgetMinuten(), t.budgetCenten(), t.status(), opdrachtgever, Regime.ZIEKTEWET_VANGNET);
    }

    private static List<String> kolom(Statement s, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
