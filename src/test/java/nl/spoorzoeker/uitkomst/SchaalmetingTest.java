package nl.spoorzoeker.uitkomst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.spoorzoeker.uitkomst.Schaalmeting.Schaal;
import nl.spoorzoeker.uitkomst.Schaalmeting.Verschil;
import org.junit.jupiter.api.Test;

/** The soft-result scales' rules and the change between intake and end. */
class SchaalmetingTest {

    static final LocalDate VANDAAG = LocalDate.of(2026, 11, 24);

    @Test
    void aMeasurementScoresAtLeastOneScaleWithinOneToTenOnADayNotInTheFuture() {
        assertEquals(List.of(), new Schaalmeting(VANDAAG, Map.of(Schaal.ENERGIE, 1, Schaal.EIGEN_REGIE, 10)).fouten(VANDAAG));
        assertEquals(List.of("schaal.fout.geen"), new Schaalmeting(VANDAAG, Map.of()).fouten(VANDAAG));
        assertEquals(List.of("schaal.fout.geen"), new Schaalmeting(VANDAAG, null).fouten(VANDAAG));
        assertEquals(List.of("schaal.fout.bereik"), new Schaalmeting(VANDAAG, Map.of(Schaal.ENERGIE, 0)).fouten(VANDAAG));
        assertEquals(List.of("schaal.fout.bereik"), new Schaalmeting(VANDAAG, Map.of(Schaal.ENERGIE, 11)).fouten(VANDAAG));
        assertEquals(List.of("schaal.fout.datum"), new Schaalmeting(null, Map.of(Schaal.ENERGIE, 5)).fouten(VANDAAG));
        assertEquals(List.of("schaal.fout.datumToekomst"),
                new Schaalmeting(VANDAAG.plusDays(1), Map.of(Schaal.ENERGIE, 5)).fouten(VANDAAG));
    }

    @Test
    void theEndCannotBeMeasuredBeforeTheIntake() {
        Schaalmeting begin = new Schaalmeting(VANDAAG.minusDays(200), Map.of(Schaal.ENERGIE, 4));
        assertEquals(List.of(), Schaalmeting.fouten(begin, new Schaalmeting(VANDAAG.minusDays(200),
                Map.of(Schaal.ENERGIE, 6)), VANDAAG), "the same day is allowed");
        assertEquals(List.of("schaal.fout.eindVoorBegin"), Schaalmeting.fouten(begin,
                new Schaalmeting(VANDAAG.minusDays(201), Map.of(Schaal.ENERGIE, 6)), VANDAAG));
        assertEquals(List.of(), Schaalmeting.fouten(null, begin, VANDAAG));
        assertEquals(List.of(), Schaalmeting.fouten(begin, null, VANDAAG));
    }

    @Test
    void theChangeCountsOnlyScalesScoredAtBothMomentsAveragedPerTraject() {
        Schaalmeting begin = new Schaalmeting(VANDAAG.minusDays(200),
                Map.of(Schaal.ENERGIE, 4, Schaal.EIGEN_REGIE, 3, Schaal.ACCEPTATIE, 2));
        Schaalmeting eind = new Schaalmeting(VANDAAG, Map.of(Schaal.ENERGIE, 7, Schaal.EIGEN_REGIE, 2,
                Schaal.ZELFVERTROUWEN, 8));
        assertEquals(List.of(new Verschil(Schaal.ENERGIE, 4, 7), new Verschil(Schaal.EIGEN_REGIE, 3, 2)),
                Schaalmeting.verschillen(begin, eind), "in the scales' order, acceptatie and zelfvertrouwen only once");
        assertEquals(1.0, Schaalmeting.gemiddeldeVerandering(begin, eind), 1e-9, "(+3 − 1) / 2");
        assertNull(Schaalmeting.gemiddeldeVerandering(begin, null));
        assertNull(Schaalmeting.gemiddeldeVerandering(null, eind));
        assertNull(Schaalmeting.gemiddeldeVerandering(begin,
                new Schaalmeting(VANDAAG, Map.of(Schaal.DAGSTRUCTUUR, 5))), "no scale scored twice");
    }
}
