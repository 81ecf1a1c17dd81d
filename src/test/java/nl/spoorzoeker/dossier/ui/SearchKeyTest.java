package nl.spoorzoeker.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchKeyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Çiğdem Yılmaz|cigdem yilmaz",
            "Łukasz Żółć|lukasz zolc",
            "Zoë de Vries-Müller|zoe de vries-muller",
            "JAN JANSEN|jan jansen",
            "İstanbul|istanbul",
            "Søren Kierkegaard|soren kierkegaard",
            "Ørsted|orsted",
            "Straße|strasse",
            "Æsop|aesop",
            "Œuvre|oeuvre",
            "Đorđe|dorde",
            "François Hollande|francois hollande",
            "Ñúñez|nunez",
            "Ångström|angstrom",
            "Dvořák|dvorak",
            "Nguyễn|nguyen",
            "'t Hart|'t hart"})
    void foldsCaseAccentsAndLettersADutchKeyboardLacks(String name, String expected) {
        assertEquals(expected, SearchKey.of(name));
    }

    @Test
    void foldedNamesAreFoundByPlainTyping() {
        assertTrue(SearchKey.of("Çiğdem Yılmaz, Bakkerij De Gouden Korenaar").contains(SearchKey.of("cigdem yilmaz")));
        assertTrue(SearchKey.of("Łukasz Żółć").contains(SearchKey.of("zolc")));
        assertTrue(SearchKey.of("Zoë de Vries-Müller").contains(SearchKey.of("vries-mul")));
    }

    @Test
    void combiningAccentsFoldLikePrecomposedOnes() {
        String decomposed = "Zoe\u0308 Mu\u0308ller"; // e + combining diaeresis
        String precomposed = "Zoë Müller";
        assertEquals("zoe muller", SearchKey.of(decomposed));
        assertEquals(SearchKey.of(precomposed), SearchKey.of(decomposed));
        assertEquals("e", SearchKey.of("e\u0301"));
        assertEquals("a", SearchKey.of("a\u0301\u0308\u0323"), "several marks on one letter");
        assertEquals("", SearchKey.of("\u0301"), "a mark on nothing");
    }

    @Test
    void uppercaseSpecialLettersFoldToo() {
        assertEquals("l", SearchKey.of("Ł"));
        assertEquals("o", SearchKey.of("Ø"));
        assertEquals("d", SearchKey.of("Đ"));
        assertEquals("ss", SearchKey.of("ẞ"), "capital sharp s");
        assertEquals("i", SearchKey.of("I"));
    }

    @Test
    void nullIsEmpty() {
        assertEquals("", SearchKey.of(null));
        assertEquals("", SearchKey.of(""));
        assertEquals("", SearchKey.of(" \t\n "));
    }

    @Test
    void whitespaceIsTrimmedAndCollapsed() {
        assertEquals("jan de vries", SearchKey.of("  Jan   de\t\tVries \n"));
        assertEquals("jan de vries", SearchKey.of("Jan\r\nde\u000BVries"));
    }

    @Test
    void punctuationAndDigitsStay() {
        assertEquals("o'neill & zn. 2025", SearchKey.of("O'Neill & Zn. 2025"));
    }

    @Test
    void emojiSurvive() {
        assertEquals("jan \uD83D\uDE00", SearchKey.of("Jan \uD83D\uDE00"));
    }

    /**
     * BUG (minor): a no-break space (U+00A0, typed with Option+Space on a Mac and common in pasted
     * text) is not treated as whitespace, so "Jan\u00a0Jansen" stays one search term and does not
     * match "jan jansen". Java's \s without UNICODE_CHARACTER_CLASS only knows ASCII whitespace.
     */
    @Test
    void bugNoBreakSpaceIsNotCollapsed() {
        assertEquals("jan jansen", SearchKey.of("Jan\u00a0Jansen"), "no-break space U+00A0 must become U+0020");
        assertEquals("jan jansen", SearchKey.of("Jan\u2003Jansen"), "em space U+2003 must become U+0020");
    }

    @Property(tries = 1000)
    void resultIsTrimmedLowercaseWithoutMarksOrDoubleSpaces(@ForAll @StringLength(max = 80) String text) {
        String key = assertDoesNotThrow(() -> SearchKey.of(text));
        assertEquals(key.strip(), key);
        assertFalse(key.matches("(?s).*\\s\\s.*"), key);
        assertFalse(key.matches("(?s).*[\\t\\n\\r\\f\\x0B].*"), key);
        assertFalse(key.codePoints().anyMatch(cp -> Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.ENCLOSING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK), key);
    }

    @Property(tries = 1000)
    void foldingIsIdempotent(@ForAll @StringLength(max = 80) String text) {
        String key = SearchKey.of(text);
        assertEquals(key, SearchKey.of(key));
    }

    @Property(tries = 1000)
    void composedAndDecomposedTextFoldAlike(@ForAll @StringLength(max = 80) String text) {
        assertEquals(SearchKey.of(Normalizer.normalize(text, Normalizer.Form.NFC)),
                SearchKey.of(Normalizer.normalize(text, Normalizer.Form.NFD)));
    }
}
