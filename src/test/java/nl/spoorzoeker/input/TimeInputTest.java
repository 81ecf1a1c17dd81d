package nl.spoorzoeker.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeInputTest {

    @ParameterizedTest
    @CsvSource({"9:30, 09:30", "09.30, 09:30", "0930, 09:30", "23:59, 23:59", "0:00, 00:00"})
    void clockTimesAsTyped(String typed, String expected) {
        assertEquals(LocalTime.parse(expected), TimeInput.tijd(typed).value());
    }

    @ParameterizedTest
    @CsvSource({"24:00", "12:60", "abc", "9", "12:3", "١٢:٣٠"})
    void impossibleTimesAreErrors(String typed) {
        assertEquals("input.time", TimeInput.tijd(typed).errorKey());
    }

    @ParameterizedTest
    @CsvSource({"60, 60", "45 min, 45", "1:30, 90", "'1,5', 90", "2 uur, 120", "0, 0", "1440, 1440"})
    void durations(String typed, int minutes) {
        assertEquals(minutes, TimeInput.duurMinuten(typed).value());
    }

    @ParameterizedTest
    @CsvSource({"1441, input.durationTooLong", "25:00, input.durationTooLong", "een uur, input.duration",
            "-5, input.duration"})
    void badDurations(String typed, String key) {
        assertEquals(key, TimeInput.duurMinuten(typed).errorKey());
    }

    @org.junit.jupiter.api.Test
    void emptyIsRequired() {
        assertEquals("input.required", TimeInput.tijd(" ").errorKey());
        assertEquals("input.required", TimeInput.duurMinuten("").errorKey());
    }
}
