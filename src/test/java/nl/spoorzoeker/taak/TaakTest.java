package nl.spoorzoeker.taak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The base of every long operation: progress never goes back and ends at 1.0; cancel stops at a safe point. */
class TaakTest {

    /** Reports the fractions it is given, with a safe stopping point after the first. */
    private static final class Proef extends Taak<String> {
        private final double[] delen;

        Proef(double... delen) {
            this.delen = delen;
        }

        @Override
        protected String werk() throws Geannuleerd {
            for (int i = 0; i < delen.length; i++) {
                fase("f" + i, delen[i]);
                stopAlsGeannuleerd();
            }
            return "klaar";
        }

        @Override
        public String naamKey() {
            return "taak.klaar";
        }
    }

    @Test
    void aPhaseThatReportsLessThanBeforeDoesNotMoveTheBarBackAndTheEndIsOne() throws Exception {
        List<Taak.Stand> standen = new ArrayList<>();
        assertEquals("klaar", new Proef(0.2, 0.6, 0.4, 1.7, -1).voerUit(standen::add));
        assertEquals(List.of(0.2, 0.6, 0.6, 1.0, 1.0, 1.0), standen.stream().map(Taak.Stand::deel).toList());
        assertEquals("taak.klaar", standen.getLast().faseKey());
    }

    @Test
    void aCancelStopsAtTheNextSafePoint() {
        Proef proef = new Proef(0.1, 0.5, 0.9);
        List<String> fasen = new ArrayList<>();
        assertThrows(Geannuleerd.class, () -> proef.voerUit(stand -> {
            fasen.add(stand.faseKey());
            proef.annuleer();
        }));
        assertEquals(List.of("f0"), fasen);
    }
}
