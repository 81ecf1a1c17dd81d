package nl.spoorzoeker.uitkomst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.dossier.TrajectStatus;
import nl.spoorzoeker.input.Weigering;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.testsupport.TestDossiers;
import nl.spoorzoeker.uitkomst.Schaalmeting.Moment;
import nl.spoorzoeker.uitkomst.Schaalmeting.Schaal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scales measured at the intake and at closing, stored per traject on a real SQLite file. */
class SchaalServiceTest {

    static final LocalDate VANDAAG = LocalDate.of(2026, 11, 24);

    @TempDir
    Path dir;
    Database db;
    UitkomstService uitkomsten;
    DossierService dossiers;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("spoorzoeker.db"));
        uitkomsten = new UitkomstService(db, TestDossiers.CLOCK);
        dossiers = new DossierService(db, TestDossiers.CLOCK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Uitkomst hersteld() {
        return new Uitkomst(Uitkomst.Soort.HERSTELD, VANDAAG.minusDays(1), null, null, null,
                Set.of(Uitkomst.ZachtResultaat.MEER_ENERGIE), null);
    }

    @Test
    void theIntakeAndTheClosingMeasurementAreStoredAndReadBack() {
        int id = TestDossiers.create(db, "Anouk de Wit");
        assertEquals(new UitkomstService.Metingen(null, null), uitkomsten.metingen(id));
        Schaalmeting begin = new Schaalmeting(LocalDate.of(2025, 10, 8), Map.of(Schaal.ENERGIE, 3, Schaal.EIGEN_REGIE, 4,
                Schaal.ZELFVERTROUWEN, 2, Schaal.ACCEPTATIE, 1, Schaal.DAGSTRUCTUUR, 10));
        uitkomsten.bewaarMeting(id, Moment.BEGIN, begin);
        Schaalmeting eind = new Schaalmeting(VANDAAG.minusDays(1), Map.of(Schaal.ENERGIE, 7, Schaal.ZELFVERTROUWEN, 6));
        uitkomsten.sluitAf(id, hersteld(), eind);

        assertEquals(new UitkomstService.Metingen(begin, eind), uitkomsten.metingen(id));
        assertEquals(TrajectStatus.AFGEROND, dossiers.find(id).orElseThrow().traject().status());
        assertEquals(Set.of(Uitkomst.ZachtResultaat.MEER_ENERGIE), uitkomsten.van(id).orElseThrow().zachteResultaten(),
                "the ticked results stay beside the scales");

        // Changing the intake replaces it; null removes the closing one.
        Schaalmeting anders = new Schaalmeting(LocalDate.of(2025, 10, 9), Map.of(Schaal.ENERGIE, 4));
        uitkomsten.bewaarMeting(id, Moment.BEGIN, anders);
        uitkomsten.wijzig(id, hersteld(), null);
        assertEquals(new UitkomstService.Metingen(anders, null), uitkomsten.metingen(id));
        // The outcome alone (the old way) leaves the measurements alone.
        uitkomsten.bewaarMeting(id, Moment.EIND, eind);
        uitkomsten.wijzig(id, hersteld());
        assertEquals(eind, uitkomsten.metingen(id).eind());
    }

    @Test
    void aClosingMeasuredBeforeTheIntakeIsRefusedAndTheTrajectStaysOpen() {
        int id = TestDossiers.create(db, "Bram Visser");
        uitkomsten.bewaarMeting(id, Moment.BEGIN, new Schaalmeting(LocalDate.of(2025, 10, 8), Map.of(Schaal.ENERGIE, 3)));
        Weigering w = assertThrows(Weigering.class, () -> uitkomsten.sluitAf(id, hersteld(),
                new Schaalmeting(LocalDate.of(2025, 10, 7), Map.of(Schaal.ENERGIE, 5))));
        assertEquals("schaal.fout.eindVoorBegin", w.getMessage());
        assertEquals(TrajectStatus.ACTIEF, dossiers.find(id).orElseThrow().traject().status());
        assertEquals(true, uitkomsten.van(id).isEmpty());
        assertNull(uitkomsten.metingen(id).eind());
        // Nor can the intake move after the end.
        uitkomsten.sluitAf(id, hersteld(), new Schaalmeting(LocalDate.of(2025, 12, 1), Map.of(Schaal.ENERGIE, 5)));
        assertEquals("schaal.fout.eindVoorBegin", assertThrows(Weigering.class, () -> uitkomsten.bewaarMeting(id,
                Moment.BEGIN, new Schaalmeting(LocalDate.of(2025, 12, 2), Map.of(Schaal.ENERGIE, 3)))).getMessage());
        assertEquals("schaal.fout.bereik", assertThrows(Weigering.class, () -> uitkomsten.bewaarMeting(id,
                Moment.BEGIN, new Schaalmeting(LocalDate.of(2025, 10, 2), Map.of(Schaal.ENERGIE, 11)))).getMessage());
    }

    @Test
    void theDatabaseItselfRefusesAScoreOutsideOneToTen() {
        int id = TestDossiers.create(db, "Cor Jansen");
        assertThrows(RuntimeException.class, () -> db.write(cfg -> cfg.dsl().execute(
                "INSERT INTO traject_schaalmeting (traject_id, moment, datum, energie, vastgelegd_op, gewijzigd_op) "
                        + "VALUES (?, 'BEGIN', '2025-10-01', 11, '2025-10-01T00:00:00Z', '2025-10-01T00:00:00Z')", id)));
        assertThrows(RuntimeException.class, () -> db.write(cfg -> cfg.dsl().execute(
                "INSERT INTO traject_schaalmeting (traject_id, moment, datum, vastgelegd_op, gewijzigd_op) "
                        + "VALUES (?, 'BEGIN', '2025-10-01', '2025-10-01T00:00:00Z', '2025-10-01T00:00:00Z')", id)),
                "a measurement without any score");
    }
}
