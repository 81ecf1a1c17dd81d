package nl.spoorzoeker.slot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import nl.spoorzoeker.testsupport.Stelklok;
import org.junit.jupiter.api.Test;

class PogingenTest {

    final Stelklok klok = new Stelklok(Instant.parse("2026-11-25T09:00:00Z"));
    final Pogingen pogingen = new Pogingen(klok);

    @Test
    void fourTyposCostNothing() {
        for (int i = 0; i < 4; i++) {
            pogingen.mislukt();
            assertEquals(Duration.ZERO, pogingen.wachttijd());
        }
    }

    @Test
    void fromTheFifthFailureTheWaitDoublesUpToAMinute() {
        long[] verwacht = {1, 2, 4, 8, 16, 32, 60, 60, 60};
        for (int i = 0; i < 4; i++) {
            pogingen.mislukt();
        }
        for (long seconden : verwacht) {
            pogingen.mislukt();
            assertEquals(Duration.ofSeconds(seconden), pogingen.wachttijd());
            klok.verzet(Duration.ofSeconds(seconden));
            assertEquals(Duration.ZERO, pogingen.wachttijd());
        }
    }

    @Test
    void theWaitRunsDownWithTheClock() {
        for (int i = 0; i < 6; i++) {
            pogingen.mislukt();
        }
        assertEquals(Duration.ofSeconds(2), pogingen.wachttijd());
        klok.verzet(Duration.ofMillis(1500));
        assertEquals(Duration.ofMillis(500), pogingen.wachttijd());
    }

    @Test
    void successResetsTheCount() {
        for (int i = 0; i < 7; i++) {
            pogingen.mislukt();
        }
        pogingen.gelukt();
        assertEquals(0, pogingen.aantalMislukt());
        assertEquals(Duration.ZERO, pogingen.wachttijd());
        pogingen.mislukt();
        assertTrue(pogingen.wachttijd().isZero());
    }
}
