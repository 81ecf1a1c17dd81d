package nl.spoorzoeker.testsupport;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.StringReader;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.validate.ValidationResult;

/**
 * An exported calendar file read back and validated by ical4j. In ical4j 4 {@code validate()} returns its
 * findings instead of throwing, so a bare call checks nothing (issue 18's reviewer found four such calls
 * passing over files every calendar of this kind rejected): this fails on any error, naming it.
 */
public final class Ics {

    private Ics() {
    }

    /** The calendar in {@code tekst}, after asserting that ical4j finds no error in it. */
    public static Calendar geldig(String tekst) throws IOException, ParserException {
        Calendar cal = new CalendarBuilder().build(new StringReader(tekst));
        ValidationResult uitslag = cal.validate();
        assertFalse(uitslag.hasErrors(), () -> "ical4j rejects the file: " + uitslag.getEntries());
        return cal;
    }
}
