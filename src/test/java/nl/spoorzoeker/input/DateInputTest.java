package nl.spoorzoeker.input;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateInputTest {

    private static final LocalDate JAN_6_2025 = LocalDate.of(2025, 1, 6);

    private static void assertParsesTo(LocalDate expected, String raw) {
        Parsed<LocalDate> parsed = DateInput.parse(raw);
        assertTrue(parsed.isOk(), () -> "'" + raw + "' gave " + parsed.errorKey());
        assertEquals(expected, parsed.value(), raw);
    }

    private static void assertError(String expectedKey, String raw) {
        Parsed<LocalDate> parsed = DateInput.parse(raw);
        assertEquals(expectedKey, parsed.errorKey(), () -> "'" + raw + "' gave value " + parsed.value());
        assertNull(parsed.value());
        assertFalse(parsed.isOk());
    }

    // --- accepted forms ---

    @ParameterizedTest
    @ValueSource(strings = {"6-1-2025", "06-01-2025", "6/1/2025", "06/01/2025", "6.1.2025", "06.01.2025",
            "06012025", "2025-01-06", "2025-1-6", "  6-1-2025  ", "\t06012025\n"})
    void acceptsTheWaysDutchPeopleTypeADate(String raw) {
        assertParsesTo(JAN_6_2025, raw);
    }

    @Test
    void dayComesBeforeMonth() {
        assertParsesTo(LocalDate.of(2025, 2, 1), "1-2-2025");
        assertParsesTo(LocalDate.of(2025, 12, 13), "13-12-2025");
    }

    // --- strictness: never quietly roll over ---

    @Test
    void the31stOfFebruaryIsAnErrorNotMarch() {
        assertError("input.dateInvalid", "31-02-2025");
        assertError("input.dateInvalid", "31022025");
        assertError("input.dateInvalid", "2025-02-31");
    }

    @Test
    void leapDayOnlyInLeapYears() {
        assertError("input.dateInvalid", "29-02-2025");
        assertParsesTo(LocalDate.of(2024, 2, 29), "29-02-2024");
        assertParsesTo(LocalDate.of(2000, 2, 29), "29-02-2000"); // divisible by 400: leap
        assertError("input.dateInvalid", "29-02-2100"); // divisible by 100 only: not leap
        assertError("input.dateInvalid", "29-02-1900");
    }

    @ParameterizedTest
    @ValueSource(strings = {"00-01-2025", "32-01-2025", "13-13-2025", "01-00-2025", "31-04-2025", "2025-13-01", "2025-00-10",
            "00000000"})
    void impossibleDaysAndMonthsAreInvalid(String raw) {
        assertError(raw.equals("00000000") ? "input.dateRange" : "input.dateInvalid", raw);
    }

    @Test
    void yearsOutside1900To2200AreOutOfRange() {
        assertError("input.dateRange", "31-12-1899");
        assertError("input.dateRange", "01-01-2201");
        assertError("input.dateRange", "0001-01-01");
        assertError("input.dateRange", "06-01-9999");
        assertParsesTo(LocalDate.of(1900, 1, 1), "01-01-1900");
        assertParsesTo(LocalDate.of(2200, 12, 31), "31-12-2200");
    }

    @Test
    void rangeIsCheckedBeforeValidity() {
        // An impossible day in an out-of-range year reports the year, the bigger mistake.
        assertError("input.dateRange", "31-02-1899");
    }

    // --- garbage ---

    @ParameterizedTest
    @ValueSource(strings = {"abc", "6-1-25", "06-01-25", "6 1 2025", "6-1-2025x", "2025/01/06", "6--1-2025", "601-2025",
            "0612025", "060120255", "006-1-2025", "6-001-2025", "106-1-2025", "2025-01-06T00:00", "-6-1-2025", "6-1-+2025", "6,1,2025", "zes januari 2025"})
    void garbageIsAFormatError(String raw) {
        assertError("input.date", raw);
    }

    @Test
    void emptyOrBlankIsAnEmptyOptionalValue() {
        for (String raw : new String[] {null, "", "   ", "\t\n", "\u2003"}) {
            Parsed<LocalDate> parsed = DateInput.parse(raw);
            assertTrue(parsed.isOk(), "'" + raw + "'");
            assertNull(parsed.value());
        }
    }

    @Test
    void requiredRejectsBlankButOtherwiseParses() {
        assertEquals("input.required", DateInput.required(null).errorKey());
        assertEquals("input.required", DateInput.required("").errorKey());
        assertEquals("input.required", DateInput.required("   ").errorKey());
        assertEquals("input.date", DateInput.required("abc").errorKey());
        assertEquals("input.dateInvalid", DateInput.required("31-02-2025").errorKey());
        assertEquals(JAN_6_2025, DateInput.required(" 6-1-2025 ").value());
    }

    @Test
    void aVeryLongStringIsRejectedNotFatal() {
        assertError("input.date", "1".repeat(10_000));
        assertError("input.date", "6-1-2025".repeat(1_250));
        assertError("input.date", "06-01-2025" + " ".repeat(5_000) + "x");
    }

    @ParameterizedTest
    @ValueSource(strings = {"٠٦-٠١-٢٠٢٥", "۰۶-۰۱-۲۰۲۵", "０６-０１-２０２５", "٠٦٠١٢٠٢٥", "२०२५-०१-०६"})
    void nonAsciiDigitsAreRejected(String raw) {
        Parsed<LocalDate> parsed = assertDoesNotThrow(() -> DateInput.parse(raw));
        assertEquals("input.date", parsed.errorKey());
    }

    @Test
    void isoBasicFormIsNeverMistakenForDayMonthYear() {
        // 20250106 reads as day 20, month 25 of the year 0106: an error, not some other date.
        assertError("input.dateRange", "20250106");
        assertError("input.dateRange", "19991231");
    }

    // --- format ---

    @Test
    void formatWritesTwoDigitDayAndMonth() {
        assertEquals("06-01-2025", DateInput.format(JAN_6_2025));
        assertEquals("31-12-2200", DateInput.format(LocalDate.of(2200, 12, 31)));
        assertEquals("01-01-1900", DateInput.format(LocalDate.of(1900, 1, 1)));
        assertEquals("", DateInput.format(null));
    }

    // --- properties ---

    @Provide
    Arbitrary<LocalDate> supportedDates() {
        return Arbitraries.longs()
                .between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2200, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay)
                .edgeCases(c -> c.add(LocalDate.of(1900, 1, 1), LocalDate.of(2200, 12, 31), LocalDate.of(2024, 2, 29)));
    }

    @Property(tries = 2000)
    void formatThenParseGivesTheSameDate(@ForAll("supportedDates") LocalDate date) {
        assertParsesTo(date, DateInput.format(date));
    }

    @Property(tries = 1000)
    void everyAcceptedSpellingOfADateGivesThatDate(@ForAll("supportedDates") LocalDate date) {
        int d = date.getDayOfMonth();
        int m = date.getMonthValue();
        int y = date.getYear();
        assertParsesTo(date, d + "-" + m + "-" + y);
        assertParsesTo(date, d + "/" + m + "/" + y);
        assertParsesTo(date, d + "." + m + "." + y);
        assertParsesTo(date, date.format(DateTimeFormatter.ofPattern("ddMMuuuu")));
        assertParsesTo(date, date.toString());
    }

    @Property(tries = 1000)
    void isoBasicSpellingIsNeverAcceptedAsAnotherDate(@ForAll("supportedDates") LocalDate date) {
        // yyyyMMdd fits the compact ddMMyyyy shape; it must be an error rather than a wrong date.
        Parsed<LocalDate> parsed = DateInput.parse(date.format(DateTimeFormatter.BASIC_ISO_DATE));
        assertFalse(parsed.isOk(), () -> date + " -> " + parsed.value());
    }

    @Property(tries = 2000)
    void parseNeverThrows(@ForAll @StringLength(max = 100) String raw) {
        Parsed<LocalDate> parsed = assertDoesNotThrow(() -> DateInput.parse(raw));
        assertTrue(parsed.isOk() || parsed.value() == null);
        if (parsed.isOk() && parsed.value() != null) {
            int year = parsed.value().getYear();
            assertTrue(year >= 1900 && year <= 2200, raw);
        }
    }

    @Provide
    Arbitrary<String> dateShapedStrings() {
        Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789٠١٢٣٤٥٦٧٨٩０").ofMinLength(1).ofMaxLength(5);
        Arbitrary<String> separators = Arbitraries.of("-", "/", ".", "", " ", "--");
        return net.jqwik.api.Combinators.combine(digits, separators, digits, separators, digits)
                .as((a, s1, b, s2, c) -> a + s1 + b + s2 + c);
    }

    @Property(tries = 2000)
    void parseNeverThrowsOnDateShapedInput(@ForAll("dateShapedStrings") String raw) {
        assertDoesNotThrow(() -> DateInput.parse(raw));
        assertDoesNotThrow(() -> DateInput.required(raw));
    }
}
