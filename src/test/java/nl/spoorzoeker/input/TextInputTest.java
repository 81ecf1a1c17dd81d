package nl.spoorzoeker.input;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextInputTest {

    private static final String GRINNING = "\uD83D\uDE00"; // U+1F600, one code point, two chars

    private static void assertOk(String expected, Parsed<String> parsed) {
        assertTrue(parsed.isOk(), () -> "error " + parsed.errorKey());
        assertEquals(expected, parsed.value());
    }

    private static void assertError(String key, Parsed<String> parsed) {
        assertEquals(key, parsed.errorKey());
        assertNull(parsed.value());
    }

    // --- blankToNull ---

    @Test
    void blankToNullTrimsAndTurnsEmptyIntoNull() {
        assertNull(TextInput.blankToNull(null));
        assertNull(TextInput.blankToNull(""));
        assertNull(TextInput.blankToNull(" \t\r\n "));
        assertNull(TextInput.blankToNull("\u2003\u3000")); // em space, ideographic space
        assertEquals("Jan", TextInput.blankToNull("  Jan\n"));
        assertEquals("Jan  de Vries", TextInput.blankToNull("Jan  de Vries"), "inner spacing is kept");
    }

    // --- optional / required ---

    @Test
    void optionalAcceptsBlankAsNull() {
        assertOk(null, TextInput.optional(null, TextInput.SHORT));
        assertOk(null, TextInput.optional("   ", TextInput.SHORT));
    }

    @Test
    void requiredRejectsBlank() {
        assertError("input.required", TextInput.required(null, TextInput.SHORT));
        assertError("input.required", TextInput.required("", TextInput.SHORT));
        assertError("input.required", TextInput.required(" \t\n", TextInput.SHORT));
    }

    @Test
    void bothTrim() {
        assertOk("Çiğdem Yılmaz", TextInput.optional("  Çiğdem Yılmaz  ", TextInput.SHORT));
        assertOk("Çiğdem Yılmaz", TextInput.required("\tÇiğdem Yılmaz\n", TextInput.SHORT));
    }

    @Test
    void maximumLengthIsInclusiveAndCountsTheTrimmedText() {
        String max = "a".repeat(TextInput.SHORT);
        assertOk(max, TextInput.optional(max, TextInput.SHORT));
        assertOk(max, TextInput.required("   " + max + "   ", TextInput.SHORT));
        assertError("input.tooLong", TextInput.optional(max + "a", TextInput.SHORT));
        assertError("input.tooLong", TextInput.required(max + "a", TextInput.SHORT));
    }

    @Test
    void lengthIsCountedInCodePointsNotChars() {
        String emoji200 = GRINNING.repeat(200);
        assertEquals(400, emoji200.length());
        assertOk(emoji200, TextInput.optional(emoji200, TextInput.SHORT));
        assertOk(emoji200, TextInput.required(emoji200, TextInput.SHORT));
        assertError("input.tooLong", TextInput.optional(emoji200 + GRINNING, TextInput.SHORT));
        assertError("input.tooLong", TextInput.required(GRINNING + emoji200, TextInput.SHORT));
    }

    @Test
    void combiningMarksCountAsTheirOwnCodePoints() {
        String decomposed = "e\u0301".repeat(100); // 100 visible letters, 200 code points
        assertOk(decomposed, TextInput.optional(decomposed, 200));
        assertError("input.tooLong", TextInput.optional(decomposed + "e", 200));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uD800", "\uDC00", "Jan\uD83D", "\uDE00Jan", "a\uD83Db", "\uDE00\uD83D", "\uD83D\uD83D\uDE00"})
    void loneSurrogatesAreRejected(String raw) {
        assertError("input.invalidCharacters", TextInput.optional(raw, TextInput.SHORT));
        assertError("input.invalidCharacters", TextInput.required(raw, TextInput.SHORT));
    }

    @Test
    void properSurrogatePairsAnywhereAreFine() {
        String text = GRINNING + "Jan" + GRINNING + "\uD834\uDD1E" + GRINNING; // includes U+1D11E
        assertOk(text, TextInput.optional(text, TextInput.SHORT));
    }

    @Test
    void aPastedNovelIsTooLong() {
        assertError("input.tooLong", TextInput.optional("x".repeat(100_000), TextInput.SHORT));
        assertError("input.tooLong", TextInput.required("x".repeat(100_000), TextInput.SHORT));
        assertError("input.tooLong", TextInput.optional("x".repeat(100_000), 99_999));
        assertOk("x".repeat(100_000), TextInput.optional("x".repeat(100_000), 100_000));
    }

    @Test
    void zeroMaximumAllowsOnlyBlank() {
        assertOk(null, TextInput.optional("  ", 0));
        assertError("input.tooLong", TextInput.optional("a", 0));
    }

    @Property(tries = 2000)
    void optionalAgreesWithItsDefinition(@ForAll @StringLength(max = 120) String raw, @ForAll @IntRange(min = 0, max = 100) int max) {
        Parsed<String> parsed = assertDoesNotThrow(() -> TextInput.optional(raw, max));
        String trimmed = raw.strip();
        if (trimmed.isEmpty()) {
            assertOk(null, parsed);
        } else if (trimmed.codePointCount(0, trimmed.length()) > max) {
            assertError("input.tooLong", parsed);
        } else if (hasLoneSurrogate(trimmed)) {
            assertError("input.invalidCharacters", parsed);
        } else {
            assertOk(trimmed, parsed);
        }
    }

    @Property(tries = 1000)
    void requiredIsOptionalWithoutBlank(@ForAll @StringLength(max = 60) String raw) {
        Parsed<String> required = TextInput.required(raw, 40);
        if (raw.isBlank()) {
            assertError("input.required", required);
        } else {
            assertEquals(TextInput.optional(raw, 40), required);
        }
    }

    /** Independent check: a lone surrogate is one that does not survive a UTF-8 round trip. */
    private static boolean hasLoneSurrogate(String s) {
        byte[] utf8 = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return !new String(utf8, java.nio.charset.StandardCharsets.UTF_8).equals(s);
    }
}
