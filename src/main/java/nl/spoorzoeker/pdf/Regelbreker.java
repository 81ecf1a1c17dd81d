package nl.spoorzoeker.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Line breaking, which PDFBox does not do: words go on a line while they fit; a word that does not
 * is hyphenated at a syllable (Liang patterns of the report's language, {@link Afbreker}); a word
 * longer than a whole line with no syllable to break at (a URL, a pasted code) is broken between
 * characters; newlines start a new line; tabs and odd spaces were made plain spaces before. Pure;
 * widths come from the font.
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

    /**
     * The hyphen that line breaking adds: the soft hyphen, drawn as a hyphen but read back as "may
     * break here" (ISO 32000-1 §14.8.2.2.3), so a screen reader, a search in a viewer and text
     * extraction see "Arbeidsmarktbenadering" whole, and a hyphen the writer typed stays apart.
     */
    static final String AFBREEKSTREEP = "\u00AD";

    /** A line this much emptier than the width is filled by hyphenating the next word. */
    private static final double TE_LEEG = 0.25;

    /** The lines of {@code tekst} in at most {@code breedte} points, measured by {@code maat}, without hyphenation. */
    static List<String> breek(String tekst, double breedte, ToDoubleFunction<String> maat) {
        return breek(tekst, breedte, maat, Afbreker.GEEN);
    }

    /**
     * The lines of {@code tekst} in at most {@code breedte} points. A word that does not fit on the
     * line is hyphenated at a syllable when the line would otherwise stay more than a quarter empty
     * (not the paragraph's last word: that saves no line), or when it is wider than a whole line (a
     * long Dutch compound in a narrow table column); only a word with no syllable break that fits (a
     * URL, a code) is cut between characters.
     */
    static List<String> breek(String tekst, double breedte, ToDoubleFunction<String> maat, Afbreker afbreker) {
        List<String> regels = new ArrayList<>();
        double streepje = maat.applyAsDouble(AFBREEKSTREEP);
        // Glyph widths add up (PDFBox does not kern), so a line's width is kept as a sum and each
        // word is measured once, instead of measuring the whole line again for every word.
        double spatie = maat.applyAsDouble(" ");
        for (String alinea : normaliseer(tekst).split("\n", -1)) {
            StringBuilder regel = new StringBuilder();
            double regelBreedte = 0;
            String[] woorden = alinea.split(" +");
            for (int w = 0; w < woorden.length; w++) {
                boolean laatste = w == woorden.length - 1;
                String rest = woorden[w];
                while (!rest.isEmpty()) {
                    double woordBreedte = maat.applyAsDouble(rest);
                    double bezet = regel.isEmpty() ? 0 : regelBreedte + spatie;
                    if (bezet + woordBreedte <= breedte) {
                        if (!regel.isEmpty()) {
                            regel.append(' ');
                        }
                        regel.append(rest);
                        regelBreedte = bezet + woordBreedte;
                        break;
                    }
                    boolean teBreed = woordBreedte > breedte;
                    // The last word of a paragraph that fits a line of its own takes a line either
                    // way: breaking it would add a hyphen and save nothing.
                    if (teBreed || (!laatste && breedte - bezet > breedte * TE_LEEG)) {
                        int[] knip = afbreekpunt(rest, breedte - bezet, streepje, maat, afbreker);
                        if (knip != null) {
                            regels.add((regel.isEmpty() ? "" : regel + " ") + rest.substring(0, knip[0])
                                    + (knip[1] == 1 ? AFBREEKSTREEP : ""));
                            regel.setLength(0);
                            regelBreedte = 0;
                            rest = rest.substring(knip[0]);
                            continue;
                        }
                    }
                    if (!regel.isEmpty()) {
                        regels.add(regel.toString());
                        regel.setLength(0);
                        regelBreedte = 0;
                        continue;
                    }
                    // Too long for any line and no syllable to break at: cut where it stops fitting,
                    // marked with a hyphen so the reader sees the word goes on.
                    int n = past(rest, breedte - streepje, maat);
                    regels.add(rest.substring(0, n) + (n >= 2 ? AFBREEKSTREEP : ""));
                    rest = rest.substring(n);
                }
            }
            regels.add(regel.toString());
        }
        return regels;
    }

    /**
     * The last place in {@code woord} where a first part fits in {@code ruimte} points: after a
     * hyphen the writer typed, or at a syllable of a run of letters (then a hyphen is added). Returns
     * {position, 1 when a hyphen is to be added} or null when no part fits.
     */
    private static int[] afbreekpunt(String woord, double ruimte, double streepje, ToDoubleFunction<String> maat,
                                     Afbreker afbreker) {
        int[] beste = null;
        int i = 0;
        while (i < woord.length()) {
            int begin = i;
            while (i < woord.length() && Character.isLetter(woord.charAt(i))) {
                i++;
            }
            if (i > begin && i - begin >= 4) {
                for (int p : afbreker.punten(woord.substring(begin, i))) {
                    int op = begin + p;
                    if (maat.applyAsDouble(woord.substring(0, op)) + streepje <= ruimte) {
                        beste = new int[] {op, 1};
                    }
                }
            }
            if (i < woord.length()) {
                if (woord.charAt(i) == '-' && i > 0 && i + 1 < woord.length()
                        && maat.applyAsDouble(woord.substring(0, i + 1)) <= ruimte) {
                    beste = new int[] {i + 1, 0};
                }
                i++;
            }
        }
        return beste;
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
