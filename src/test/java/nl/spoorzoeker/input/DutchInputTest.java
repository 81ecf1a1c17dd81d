package nl.spoorzoeker.input;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DutchInputTest {

    private static void assertOk(String expected, Parsed<String> parsed) {
        assertTrue(parsed.isOk(), () -> "error " + parsed.errorKey());
        assertEquals(expected, parsed.value());
    }

    private static void assertError(String key, Parsed<String> parsed) {
        assertEquals(key, parsed.errorKey(), () -> "accepted as " + parsed.value());
        assertNull(parsed.value());
    }

    private static void assertBlankIsEmptyOptional(Function<String, Parsed<String>> parser) {
        for (String raw : new String[] {null, "", "   ", "\t"}) {
            Parsed<String> parsed = parser.apply(raw);
            assertTrue(parsed.isOk(), "'" + raw + "'");
            assertNull(parsed.value());
        }
    }

    // --- postcode ---

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1234ab|1234 AB", "1234 ab|1234 AB", "1234AB|1234 AB", "1234 AB|1234 AB", "'  1234 aB  '|1234 AB",
            "1000 AA|1000 AA", "9999 ZZ|9999 ZZ", "1234 SB|1234 SB", "1234 AS|1234 AS"})
    void postcodeIsNormalised(String raw, String expected) {
        assertOk(expected, DutchInput.postcode(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234 A", "1234", "0123 AB", "0999AB", "12345 AB", "123 AB", "ABCD EF", "ABCDEF", "AB",
            "1234 ABC", "1234-AB", "1234  AB", "AB 1234", "1234 A1", "١٢٣٤ AB", "１２３４ AB", "1234 ÄB"})
    void malformedPostcodesAreRejected(String raw) {
        assertError("input.postcode", DutchInput.postcode(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234 SA", "1234 SD", "1234 SS", "1234sa", "1234 sd", "1234ss"})
    void lettersThatAreNeverIssuedAreRejected(String raw) {
        assertError("input.postcode", DutchInput.postcode(raw));
    }

    @Test
    void blankPostcodeIsEmptyOptional() {
        assertBlankIsEmptyOptional(DutchInput::postcode);
    }

    @Property(tries = 2000)
    void postcodeNeverThrowsAndOnlyGivesTheStandardForm(@ForAll @StringLength(max = 100) String raw) {
        Parsed<String> parsed = assertDoesNotThrow(() -> DutchInput.postcode(raw));
        assertResultIsStandardPostcodeOrError(parsed);
    }

    @Provide
    Arbitrary<String> postcodeShaped() {
        Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789١").ofMinLength(3).ofMaxLength(5);
        Arbitrary<String> space = Arbitraries.of("", " ", "  ", "\u00a0", "-");
        Arbitrary<String> letters = Arbitraries.strings().withChars("aAsSdDzZ1ıſﬀäß").ofMinLength(1).ofMaxLength(3);
        return Combinators.combine(digits, space, letters).as((d, s, l) -> d + s + l);
    }

    @Property(tries = 2000)
    void postcodeShapedInputNeverGivesANonStandardResult(@ForAll("postcodeShaped") String raw) {
        assertResultIsStandardPostcodeOrError(assertDoesNotThrow(() -> DutchInput.postcode(raw)));
    }

    private static void assertResultIsStandardPostcodeOrError(Parsed<String> parsed) {
        if (parsed.isOk() && parsed.value() != null) {
            String v = parsed.value();
            assertTrue(v.matches("[1-9][0-9]{3} [A-Z]{2}"), v);
            assertFalse(v.endsWith("SA") || v.endsWith("SD") || v.endsWith("SS"), v);
        } else if (!parsed.isOk()) {
            assertEquals("input.postcode", parsed.errorKey());
        }
    }

    @Property(tries = 500)
    void everyValidPostcodeRoundTrips(@ForAll("validPostcodes") String postcode) {
        assertOk(postcode, DutchInput.postcode(postcode));
        assertOk(postcode, DutchInput.postcode(postcode.replace(" ", "").toLowerCase()));
    }

    @Provide
    Arbitrary<String> validPostcodes() {
        return Combinators.combine(Arbitraries.integers().between(1000, 9999), Arbitraries.strings().withCharRange('A', 'Z').ofLength(2))
                .as((n, l) -> n + " " + l)
                .filter(p -> !p.endsWith("SA") && !p.endsWith("SD") && !p.endsWith("SS"));
    }

    // --- KvK ---

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12345678|12345678", "1234 5678|12345678", "12.34.56.78|12345678",
            "' 12 345 678 '|12345678", "01234567|01234567", "1234\t5678|12345678"})
    void kvkHasEightDigitsIgnoringSpacesAndDots(String raw, String expected) {
        assertOk(expected, DutchInput.kvk(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567", "123456789", "1234567a", "abcdefgh", "1234-5678", "1234,5678", "+12345678",
            "١٢٣٤٥٦٧٨", "NL12345678"})
    void kvkRejectsOtherLengthsAndLetters(String raw) {
        assertError("input.kvk", DutchInput.kvk(raw));
    }

    @Test
    void blankKvkIsEmptyOptional() {
        assertBlankIsEmptyOptional(DutchInput::kvk);
    }

    @Property(tries = 1000)
    void kvkNeverThrowsAndOnlyGivesEightDigits(@ForAll @StringLength(max = 60) String raw) {
        Parsed<String> parsed = assertDoesNotThrow(() -> DutchInput.kvk(raw));
        if (parsed.isOk() && parsed.value() != null) {
            assertTrue(parsed.value().matches("[0-9]{8}"), parsed.value());
        }
    }

    // --- phone ---

    @ParameterizedTest
    @ValueSource(strings = {"0612345678", "06-12345678", "06 1234 5678", "020-1234567", "+31 6 12345678", "+31612345678",
            "0031612345678", "(020) 123 45 67", "+31 (0)6 1234 5678", "06.12.34.56.78", "06/12345678",
            "123456789", "+12345678901234"})
    void plausiblePhoneNumbersAreKeptAsTyped(String raw) {
        assertOk(raw, DutchInput.phone(raw));
    }

    @Test
    void phoneIsTrimmedButOtherwiseKeptAsTyped() {
        assertOk("06 - 1234 5678", DutchInput.phone("  06 - 1234 5678 "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "+123456789012345", "123456789012345", "abc", "06-1234567a", "++31612345678",
            "31+612345678", "06_12345678", "0612345678 ext 12", "٠٦١٢٣٤٥٦٧٨"})
    void implausiblePhoneNumbersAreRejected(String raw) {
        assertError("input.phone", DutchInput.phone(raw));
    }

    @Test
    void phoneLongerThanFortyCharactersIsRejectedEvenWhenItsDigitsFit() {
        String forty = "06" + " ".repeat(30) + "12345678"; // 40 characters, 10 digits
        assertEquals(40, forty.length());
        assertOk(forty, DutchInput.phone(forty));
        String fortyOne = "06" + " ".repeat(31) + "12345678";
        assertError("input.phone", DutchInput.phone(fortyOne));
    }

    @Test
    void blankPhoneIsEmptyOptional() {
        assertBlankIsEmptyOptional(DutchInput::phone);
    }

    // --- e-mail ---

    @ParameterizedTest
    @ValueSource(strings = {"a@b.nl", "jan.jansen@voorbeeld.nl", "j+filter@sub.voorbeeld.co.uk", "zoë@müller.de"})
    void plausibleEmailAddressesAreAccepted(String raw) {
        assertOk(raw, DutchInput.email(raw));
    }

    @Test
    void emailIsTrimmed() {
        assertOk("jan@voorbeeld.nl", DutchInput.email("  jan@voorbeeld.nl\t"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b", "jan", "@voorbeeld.nl", "jan@", "jan@@voorbeeld.nl", "jan@voor@beeld.nl",
            "jan jansen@voorbeeld.nl", "jan@voorbeeld..nl", "jan@voorbeeld.nl.", "jan@.nl", "jan@voorbeeld. nl"})
    void implausibleEmailAddressesAreRejected(String raw) {
        assertError("input.email", DutchInput.email(raw));
    }

    @Test
    void emailIsLimitedTo254Characters() {
        String suffix = "@voorbeeld.nl";
        String max = "a".repeat(254 - suffix.length()) + suffix;
        assertOk(max, DutchInput.email(max));
        assertError("input.email", DutchInput.email("a" + max));
    }

    @Test
    void blankEmailIsEmptyOptional() {
        assertBlankIsEmptyOptional(DutchInput::email);
    }

    @Property(tries = 1000)
    void phoneAndEmailNeverThrow(@ForAll @StringLength(max = 300) String raw) {
        assertDoesNotThrow(() -> DutchInput.phone(raw));
        assertDoesNotThrow(() -> DutchInput.email(raw));
    }
}
