package nl.spoorzoeker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No project class written out in full in main or test code: a full name in the middle of code hides a
 * dependency from the import list, and about 1,200 of them hid the package cycles of issue 20 (536 more lines of
 * tests wrote them until 7-12-2026). Import and package lines, comments and string literals do not count.
 * {@code tools/imports-voor-volledige-namen.py [src/main/java | src/test/java]} turns the names it finds into imports.
 */
class VolledigeNamenTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Path TEST = Path.of("src/test/java");
    /** Comments, text blocks, strings and char literals, in the order the scanner must try them. */
    private static final Pattern GEEN_CODE = Pattern.compile(
            "\"\"\"[\\s\\S]*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*'|//[^\\n]*|/\\*[\\s\\S]*?\\*/");
    private static final Pattern KOP = Pattern.compile("(?m)^(?:package|import)\\s[^\\n]*$");
    private static final Pattern VOLLEDIG = Pattern.compile("(?<![\\w.])nl\\.spoorzoeker\\.[\\w.]*");

    @Test
    void mainCodeNamesProjectClassesThroughImports() throws IOException {
        assertEquals(List.of(), gevonden(MAIN), "write an import (tools/imports-voor-volledige-namen.py does it)");
    }

    @Test
    void testCodeNamesProjectClassesThroughImports() throws IOException {
        assertEquals(List.of(), gevonden(TEST),
                "write an import (python3 tools/imports-voor-volledige-namen.py src/test/java does it)");
    }

    private static List<String> gevonden(Path boom) throws IOException {
        List<String> gevonden = new ArrayList<>();
        try (Stream<Path> bestanden = Files.walk(boom)) {
            bestanden.filter(p -> p.toString().endsWith(".java")).sorted()
                    .forEach(p -> gevonden.addAll(volledigeNamen(boom, p)));
        }
        return gevonden;
    }

    /** The scanner sees a full name in code, and none in comments, strings or import lines. */
    @Test
    void theScannerTellsCodeFromCommentsAndStrings() {
        String bron = """
                package nl.spoorzoeker.x;
                import nl.spoorzoeker.ui.I18n;
                /** See {@link nl.spoorzoeker.ui.I18n}. */
                class A {
                    String s = "nl.spoorzoeker.i18n.messages"; // nl.spoorzoeker.ui.Theme
                    nl.spoorzoeker.ui.Theme t;
                }
                """;
        assertEquals(List.of("nl.spoorzoeker.ui.Theme"), volledigeNamen(bron));
        assertTrue(volledigeNamen("class B { /* nl.spoorzoeker.a.B */ char c = '\"'; String s = \"x\"; }").isEmpty());
    }

    private static List<String> volledigeNamen(Path boom, Path bestand) {
        try {
            return volledigeNamen(Files.readString(bestand)).stream()
                    .map(n -> boom.relativize(bestand) + ": " + n).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> volledigeNamen(String bron) {
        // Blank out what is not code, keeping the length so nothing else moves.
        StringBuilder code = new StringBuilder(bron);
        Matcher m = GEEN_CODE.matcher(bron);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                if (code.charAt(i) != '\n') {
                    code.setCharAt(i, ' ');
                }
            }
        }
        String zonderKop = KOP.matcher(code).replaceAll("");
        List<String> namen = new ArrayList<>();
        Matcher v = VOLLEDIG.matcher(zonderKop);
        while (v.find()) {
            namen.add(v.group());
        }
        return namen;
    }
}
