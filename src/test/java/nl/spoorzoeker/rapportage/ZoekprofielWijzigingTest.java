package nl.spoorzoeker.rapportage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.spoorzoeker.fase.Zoekprofiel;
import nl.spoorzoeker.fase.Zoekrichting;
import org.junit.jupiter.api.Test;
import nl.spoorzoeker.ui.I18n;

/** The zoekprofiel and its changes over a report's period: which version counts, what was added and dropped. */
class ZoekprofielWijzigingTest {

    static Zoekrichting richting(String functie, boolean actief, String reden) {
        return new Zoekrichting(functie, "mbo 3", null, 1200, "Utrecht", null, actief, reden);
    }

    static final Zoekprofiel V1 = new Zoekprofiel(1, Instant.parse("2026-06-06T10:00:00Z"), List.of(
            richting("Medewerker klantenservice", true, null), richting("Chauffeur", true, null)));
    static final Zoekprofiel V2 = new Zoekprofiel(2, Instant.parse("2026-10-20T10:00:00Z"), List.of(
            richting("medewerker KLANTENSERVICE", true, null), richting("Chauffeur", false, "past niet bij de belastbaarheid"),
            richting("Administratief medewerker", true, null)));
    static final List<Zoekprofiel> VERSIES = List.of(V2, V1);

    @Test
    void theVersionInForceIsTheNewestSavedByThatDay() {
        assertNull(RapportService.versieOp(VERSIES, LocalDate.of(2026, 6, 5)));
        assertSame(V1, RapportService.versieOp(VERSIES, LocalDate.of(2026, 6, 6)));
        assertSame(V1, RapportService.versieOp(VERSIES, LocalDate.of(2026, 10, 19)));
        assertSame(V2, RapportService.versieOp(VERSIES, LocalDate.of(2026, 11, 22)));
    }

    @Test
    void addedAndDroppedDirectionsWithTheReasonForDropping() {
        RapportModel.Wijziging w = RapportService.wijziging(V1, V2);
        assertEquals(List.of("Administratief medewerker"), w.toegevoegd(), "case and spaces do not make a new direction");
        assertEquals(List.of("Chauffeur (past niet bij de belastbaarheid)"), w.vervallen());
        assertEquals("Bijgesteld in deze periode: toegevoegd Administratief medewerker; vervallen Chauffeur "
                + "(past niet bij de belastbaarheid).", Voorinvulling.wijziging(w, I18n.teksten()));
    }

    @Test
    void drawnUpInThePeriodOrUnchanged() {
        assertTrue(RapportService.wijziging(null, V1).opgesteld());
        assertEquals("Het zoekprofiel is in deze periode opgesteld.", Voorinvulling.wijziging(
                RapportService.wijziging(null, V1), I18n.teksten()));
        assertSame(RapportModel.Wijziging.GEEN, RapportService.wijziging(V2, V2));
        assertSame(RapportModel.Wijziging.GEEN, RapportService.wijziging(V1, null));
        assertNull(Voorinvulling.wijziging(RapportModel.Wijziging.GEEN, I18n.teksten()));
    }

    @Test
    void theDraftAsksWhyItWasRevised() {
        UwvtoetsTest.Builder b = UwvtoetsTest.goed();
        b.profielen = new RapportModel.Profielen(true, b.profielen.zoekrichtingen(), true, RapportService.wijziging(V1, V2));
        String bijstelling = Voorinvulling.voor(b.bouw(), I18n.teksten()).get(Sectie.BIJSTELLINGEN);
        assertTrue(bijstelling.startsWith("Bijgesteld in deze periode: toegevoegd Administratief medewerker"), bijstelling);
        assertTrue(Voorinvulling.heeftOpenPlek(bijstelling));
    }
}
