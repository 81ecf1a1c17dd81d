package nl.spoorzoeker.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class KleurTest {

    @Test
    void aColourIsAValueWithPartsBetweenZeroAndOne() {
        assertEquals(new Kleur(0.13f, 0.15f, 0.18f), PdfSchrijver.TEKST, "equal by value, not by identity");
        assertThrows(IllegalArgumentException.class, () -> new Kleur(1.2f, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Kleur(0, -0.1f, 0));
        assertThrows(IllegalArgumentException.class, () -> new Kleur(0, 0, Float.NaN));
    }
}
