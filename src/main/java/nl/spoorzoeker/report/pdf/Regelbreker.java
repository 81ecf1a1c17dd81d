package nl.spoorzoeker.report.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Line breaking, which PDFBox does not do: words go on a line while they fit; a word longer than
 * a whole line (a URL, a pasted code) is broken between characters; newlines start a new line;
 * tabs and odd spaces were made plain spaces before. Pure; widths come from the font.
 */
final class Regelbreker {

    private Regelbreker() {
    }

    /** Tabs, no-break and other spaces become a plain space; control characters go; line ends become \n. */
    static String normaliseer(String tekst) {
        if (tekst == null) {
            return "";
        }
        StringBuilder uit = new StringBuilder(tekst.length());
        String t = tekst.replace("\r\n", "\n").replace('\r', '\n');
        t.codePoints().forEach(cp -> {
            if (cp == '\n') {
                uit.append('\n');
            } else if (cp == '\t' || Character.isSpaceChar(cp) || Character.isWhitespace(cp)) {
                uit.append(' ');
            } else if (!Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT) {
                uit.appendCodePoint(cp);
            }
        });
        return uit.toString();
    }

    /** The lines of {@code tekst} in at most {@code breedte} points, measured by {@code maat}. */
    static List<String> breek(String tekst, double breedte, ToDoubleFunction<String> maat) {
        List<String> regels = new ArrayList<>();
        for (String alinea : normaliseer(tekst).split("\n", -1)) {
            StringBuilder regel = new StringBuilder();
            for (String woord : alinea.split(" +")) {
                if (woord.isEmpty()) {
                    continue;
                }
                String kandidaat = regel.isEmpty() ? woord : regel + " " + woord;
                if (maat.applyAsDouble(kandidaat) <= breedte) {
                    regel.setLength(0);
                    regel.append(kandidaat);
                    continue;
                }
                if (!regel.isEmpty()) {
                    regels.add(regel.toString());
                    regel.setLength(0);
                }
                if (maat.applyAsDouble(woord) <= breedte) {
                    regel.append(woord);
                } else {
                    // Too long for any line: cut after its own hyphen where one fits, else where it
                    // stops fitting, marked with a hyphen so the reader sees the word goes on.
                    double streepje = maat.applyAsDouble("-");
                    int begin = 0;
                    while (begin < woord.length()) {
                        String rest = woord.substring(begin);
                        if (maat.applyAsDouble(rest) <= breedte) {
                            regel.append(rest);
                            break;
                        }
                        int n = past(rest, breedte - streepje, maat);
                        int eigen = rest.lastIndexOf('-', n - 1);
                        if (eigen > 0) {
                            regels.add(rest.substring(0, eigen + 1));
                            begin += eigen + 1;
                        } else if (n >= 2) {
                            regels.add(rest.substring(0, n) + "-");
                            begin += n;
                        } else {
                            regels.add(rest.substring(0, n));
                            begin += n;
                        }
                    }
                }
            }
            regels.add(regel.toString());
        }
        return regels;
    }

    /**
     * How many chars of {@code woord} fit: glyph widths add up (PDFBox does not kern), so the cut is
     * found in one pass even for a 100,000-character "word". At least one code point.
     */
    private static int past(String woord, double breedte, ToDoubleFunction<String> maat) {
        double som = 0;
        int i = 0;
        while (i < woord.length()) {
            int cp = woord.codePointAt(i);
            int n = Character.charCount(cp);
            som += maat.applyAsDouble(woord.substring(i, i + n));
            if (som > breedte && i > 0) {
                return i;
            }
            i += n;
        }
        return Math.max(1, i);
    }
}
