package nl.spoorzoeker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DuurTest {

    @AfterEach
    void terug() {
        I18n.setLocale(I18n.DUTCH);
    }

    @Test
    void hoursAndMinutesWithShortUnitsNeverDecimalHours() {
        I18n.setLocale(I18n.DUTCH);
        assertEquals("0 min", Duur.tekst(0));
        assertEquals("45 min", Duur.tekst(45));
        assertEquals("1 u", Duur.tekst(60));
        assertEquals("1 u 9 min", Duur.tekst(69));
        assertEquals("-1 u 9 min", Duur.tekst(-69));
        assertEquals("1.250 u", Duur.tekst(75_000));
        assertEquals("", Duur.tekst(null));
        I18n.setLocale(I18n.ENGLISH);
        assertEquals("1 h 9 min", Duur.tekst(69));
        assertEquals("45 min", Duur.tekst(45));
        assertEquals("2 h", Duur.tekst(120));
    }
}
