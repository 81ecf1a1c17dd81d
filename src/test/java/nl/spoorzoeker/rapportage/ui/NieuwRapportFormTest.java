package nl.spoorzoeker.rapportage.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The period a new report starts with: after the previous one, six weeks, never before the traject. */
class NieuwRapportFormTest {

    static final LocalDate VANDAAG = LocalDate.of(2026, 12, 1);

    @Test
    void aCaseTakenOnThreeWeeksAgoReportsFromItsStartNotFromSixWeeksBack() {
        assertEquals(LocalDate.of(2026, 11, 12), new NieuwRapportForm(VANDAAG, null, LocalDate.of(2026, 11, 12)).van.value());
        assertEquals(VANDAAG, new NieuwRapportForm(VANDAAG, null, LocalDate.of(2026, 11, 12)).tot.value());
    }

    @Test
    void otherwiseTheDayAfterThePreviousReportOrSixWeeks() {
        assertEquals(LocalDate.of(2026, 10, 21), new NieuwRapportForm(VANDAAG, null, LocalDate.of(2025, 1, 6)).van.value());
        assertEquals(LocalDate.of(2026, 11, 16),
                new NieuwRapportForm(VANDAAG, LocalDate.of(2026, 11, 15), LocalDate.of(2025, 1, 6)).van.value());
        assertEquals(LocalDate.of(2026, 10, 21), new NieuwRapportForm(VANDAAG, null, null).van.value());
        // A start in the future (planned) does not push the period past today.
        assertEquals(LocalDate.of(2026, 10, 21), new NieuwRapportForm(VANDAAG, null, LocalDate.of(2027, 1, 4)).van.value());
    }
}
