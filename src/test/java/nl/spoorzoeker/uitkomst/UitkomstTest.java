package nl.spoorzoeker.uitkomst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.spoorzoeker.uitkomst.Uitkomst.Contractvorm;
import nl.spoorzoeker.uitkomst.Uitkomst.GestoptDoor;
import nl.spoorzoeker.uitkomst.Uitkomst.Plaatsing;
import nl.spoorzoeker.uitkomst.Uitkomst.Route;
import nl.spoorzoeker.uitkomst.Uitkomst.Soort;
import nl.spoorzoeker.uitkomst.Uitkomst.ZachtResultaat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The rules of an outcome, to their edges. */
class UitkomstTest {

    static final LocalDate START = LocalDate.of(2026, 1, 5);
    static final LocalDate VANDAAG = LocalDate.of(2026, 11, 24);

    static Plaatsing plaatsing() {
        return new Plaatsing("Kringloop Eemland", "Winkelmedewerker", Contractvorm.DETACHERING_EERST,
                Route.DETACHERING, LocalDate.of(2026, 12, 1), false, null);
    }

    static Uitkomst van(Soort soort) {
        return switch (soort) {
            case GEPLAATST_EXTERN, GEPLAATST_INTERN -> new Uitkomst(soort, VANDAAG, plaatsing(), null, null, null, null);
            case GESTOPT -> new Uitkomst(soort, VANDAAG, null, GestoptDoor.WERKNEMER, "Verhuisd naar het buitenland",
                    null, null);
            case ANDERS -> new Uitkomst(soort, VANDAAG, null, null, "Eigen bedrijf gestart", null, null);
            default -> new Uitkomst(soort, VANDAAG, null, null, null, null, null);
        };
    }

    static List<String> fouten(Uitkomst u) {
        return u.fouten(START, VANDAAG);
    }

    @ParameterizedTest
    @EnumSource(Soort.class)
    void everyKindWithWhatItNeedsIsValid(Soort soort) {
        assertEquals(List.of(), fouten(van(soort)));
    }

    @ParameterizedTest
    @EnumSource(Soort.class)
    void workFoundOnlyForPlacementsAndRecovery(Soort soort) {
        boolean werk = soort == Soort.GEPLAATST_EXTERN || soort == Soort.GEPLAATST_INTERN || soort == Soort.HERSTELD;
        assertEquals(werk, van(soort).werkGevonden());
    }

    @Test
    void noKindIsTheFirstError() {
        assertEquals(List.of("afsluiting.fout.soort"), fouten(new Uitkomst(null, null, plaatsing(), null, null, null,
                null)));
        assertFalse(new Uitkomst(null, VANDAAG, null, null, null, null, null).werkGevonden());
    }

    @Test
    void theEndDateIsRequiredNotInTheFutureAndNotBeforeTheStart() {
        assertEquals(List.of("afsluiting.fout.einddatum"),
                fouten(new Uitkomst(Soort.HERSTELD, null, null, null, null, null, null)));
        assertEquals(List.of("afsluiting.fout.einddatumToekomst"),
                fouten(new Uitkomst(Soort.HERSTELD, VANDAAG.plusDays(1), null, null, null, null, null)));
        assertEquals(List.of(), fouten(new Uitkomst(Soort.HERSTELD, VANDAAG, null, null, null, null, null)));
        assertEquals(List.of("afsluiting.fout.einddatumVoorStart"),
                fouten(new Uitkomst(Soort.HERSTELD, START.minusDays(1), null, null, null, null, null)));
        assertEquals(List.of(), fouten(new Uitkomst(Soort.HERSTELD, START, null, null, null, null, null)));
        // A traject without a start date is not checked against one.
        assertEquals(List.of(), new Uitkomst(Soort.HERSTELD, START.minusYears(1), null, null, null, null, null)
                .fouten(null, VANDAAG));
    }

    @Test
    void aPlacementNeedsItsDetailsAndANewEmployerItsName() {
        assertEquals(List.of("afsluiting.fout.plaatsing"),
                fouten(new Uitkomst(Soort.GEPLAATST_EXTERN, VANDAAG, null, null, null, null, null)));
        Plaatsing zonderWerkgever = new Plaatsing("  ", "Planner", Contractvorm.VAST, null, VANDAAG, false, null);
        assertEquals(List.of("afsluiting.fout.werkgever"),
                fouten(new Uitkomst(Soort.GEPLAATST_EXTERN, VANDAAG, zonderWerkgever, null, null, null, null)));
        // Internally it is the own employer: no name needed.
        assertEquals(List.of(),
                fouten(new Uitkomst(Soort.GEPLAATST_INTERN, VANDAAG, zonderWerkgever, null, null, null, null)));
        Plaatsing zonderStart = new Plaatsing("Bakkerij Vos", null, null, null, null, false, null);
        assertEquals(List.of("afsluiting.fout.startdatum"),
                fouten(new Uitkomst(Soort.GEPLAATST_EXTERN, VANDAAG, zonderStart, null, null, null, null)));
        assertEquals(List.of("afsluiting.fout.startdatum"),
                fouten(new Uitkomst(Soort.GEPLAATST_INTERN, VANDAAG, zonderStart, null, null, null, null)));
    }

    @Test
    void hoursPerWeekArePositiveAtMostSixtyAndRequiredForPartialHours() {
        assertEquals(List.of("afsluiting.fout.urenGedeeltelijk"), fouten(met(true, null)));
        assertEquals(List.of(), fouten(met(true, 20 * 60)));
        assertEquals(List.of(), fouten(met(false, 1)));
        assertEquals(List.of("afsluiting.fout.uren"), fouten(met(false, 0)));
        assertEquals(List.of("afsluiting.fout.uren"), fouten(met(true, -60)));
        assertEquals(List.of(), fouten(met(false, 60 * 60)));
        assertEquals(List.of("afsluiting.fout.uren"), fouten(met(false, 60 * 60 + 1)));
    }

    private static Uitkomst met(boolean gedeeltelijk, Integer minuten) {
        return new Uitkomst(Soort.GEPLAATST_EXTERN, VANDAAG, new Plaatsing("Bakkerij Vos", null, Contractvorm.TIJDELIJK,
                Route.SOLLICITATIE, VANDAAG, gedeeltelijk, minuten), null, null, null, null);
    }

    @Test
    void aPlacementBelongsOnlyToAPlacementKind() {
        assertEquals(List.of("afsluiting.fout.plaatsingBijSoort"),
                fouten(new Uitkomst(Soort.HERSTELD, VANDAAG, plaatsing(), null, null, null, null)));
    }

    @Test
    void stoppedNeedsByWhomAndWhy() {
        assertEquals(List.of("afsluiting.fout.gestoptDoor", "afsluiting.fout.reden"),
                fouten(new Uitkomst(Soort.GESTOPT, VANDAAG, null, null, " ", null, null)));
        assertEquals(List.of("afsluiting.fout.reden"),
                fouten(new Uitkomst(Soort.GESTOPT, VANDAAG, null, GestoptDoor.UWV, null, null, null)));
        assertEquals(List.of("afsluiting.fout.gestoptBijSoort"),
                fouten(new Uitkomst(Soort.PENSIOEN, VANDAAG, null, GestoptDoor.COACH, null, null, null)));
    }

    @Test
    void otherNeedsWhat() {
        assertEquals(List.of("afsluiting.fout.namelijk"),
                fouten(new Uitkomst(Soort.ANDERS, VANDAAG, null, null, "\n\t", null, null)));
    }

    @Test
    void textsAreStrippedBlankIsNoneAndLengthIsBounded() {
        Uitkomst u = new Uitkomst(Soort.HERSTELD, VANDAAG, null, null, "  rustig  ", null, "   ");
        assertEquals("rustig", u.toelichting());
        assertNull(u.zachtOpmerking());
        String lang = "a".repeat(Uitkomst.MAX_TEKST);
        assertEquals(List.of(), fouten(new Uitkomst(Soort.HERSTELD, VANDAAG, null, null, lang, null, lang)));
        assertEquals(List.of("input.tooLong"),
                fouten(new Uitkomst(Soort.HERSTELD, VANDAAG, null, null, lang + "b", null, null)));
        assertEquals(List.of("input.tooLong"),
                fouten(new Uitkomst(Soort.HERSTELD, VANDAAG, null, null, null, null, lang + "b")));
        assertEquals(List.of("input.tooLong"), fouten(new Uitkomst(Soort.GEPLAATST_EXTERN, VANDAAG,
                new Plaatsing("Vos", lang + "b", null, null, VANDAAG, false, null), null, null, null, null)));
    }

    @Test
    void softResultsAreAnUnmodifiableSetInTheirOwnOrder() {
        Set<ZachtResultaat> gekozen = new java.util.HashSet<>(List.of(ZachtResultaat.EIGEN_REGIE,
                ZachtResultaat.VRIJWILLIGERSWERK));
        Uitkomst u = new Uitkomst(Soort.WIA_WGA, VANDAAG, null, null, null, gekozen, "Doet twee ochtenden per week mee");
        assertEquals(List.of(ZachtResultaat.VRIJWILLIGERSWERK, ZachtResultaat.EIGEN_REGIE),
                List.copyOf(u.zachteResultaten()));
        gekozen.clear();
        assertEquals(2, u.zachteResultaten().size());
        assertThrows(UnsupportedOperationException.class, () -> u.zachteResultaten().add(ZachtResultaat.ACCEPTATIE));
        assertTrue(new Uitkomst(Soort.WIA_WGA, VANDAAG, null, null, null, null, null).zachteResultaten().isEmpty());
        assertEquals(u, new Uitkomst(Soort.WIA_WGA, VANDAAG, null, null, null,
                EnumSet.of(ZachtResultaat.EIGEN_REGIE, ZachtResultaat.VRIJWILLIGERSWERK), "Doet twee ochtenden per week mee"));
    }
}
