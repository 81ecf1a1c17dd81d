package nl.spoorzoeker.rapportage.privacy;

import java.text.Normalizer;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * The text as the guard reads it (issue 17): what a reader sees in the PDF, not the code points
 * that were typed. Invisible characters are left out (a soft hyphen from Word's hyphenation, a
 * zero-width space, a bidi control inside "depressie" must not hide the word), compatibility forms
 * become their plain letters (NFKC: fullwidth "ｄ", mathematical "𝐝", the ligature "ﬁ"), accents go,
 * and a letter from another script that looks like a Latin letter becomes that letter (a Cyrillic
 * "е" or a Greek "ο" in "depressie").
 *
 * <p>Every character of the result remembers which characters of the original it came from, so a
 * hit found in the normalised text is reported, and can be redacted, at its place in the original,
 * invisible characters inside it included.
 *
 * <p>The look-alike table and the list of invisible characters are generated from ICU's copy of
 * Unicode's confusables data and its Default_Ignorable_Code_Point property (see
 * {@code PrivacyTekentabelTest}), not typed by hand; ICU itself is only needed to check and
 * regenerate the table, so the installers do not carry its 15 MB. A letter a–z never changes: a
 * skeleton would also turn "rn" into "m" and "l" into "I", and ordinary Dutch words must not run
 * into medical ones that way.
 */
final class Normalisatie {

    static final String TABEL = "/nl/spoorzoeker/rapportage/privacy/verwarbare-tekens.txt";

    /** Code points that show nothing (Default_Ignorable_Code_Point): left out. */
    private static final BitSet ONZICHTBAAR = new BitSet(Character.MAX_CODE_POINT + 1);
    /** A letter outside a–z that Unicode calls confusable with exactly one Latin letter: that letter, lower case. */
    private static final Map<Integer, Character> LETTER = new HashMap<>();

    static {
        for (String regel : Privacytoets.regels(TABEL)) {
            String[] delen = regel.split("\\s+");
            String[] bereik = delen[0].split("\\.\\.");
            int van = Integer.parseInt(bereik[0], 16);
            int tot = bereik.length > 1 ? Integer.parseInt(bereik[1], 16) : van;
            if (delen[1].equals("-")) {
                ONZICHTBAAR.set(van, tot + 1);
            } else {
                for (int cp = van; cp <= tot; cp++) {
                    LETTER.put(cp, delen[1].charAt(0));
                }
            }
        }
    }

    private Normalisatie() {
    }

    /**
     * A normalised text: {@code tekst}, and for each of its chars the range {@code [van[i], tot[i])}
     * of the original it came from.
     */
    record Genormaliseerd(String origineel, String tekst, int[] van, int[] tot) {

        /** Where the normalised char {@code i} starts in the original. */
        int begin(int i) {
            return van[i];
        }

        /** Where a normalised range ending (exclusive) at {@code j} ends in the original. */
        int einde(int j) {
            return tot[j - 1];
        }
    }

    static Genormaliseerd van(String origineel) {
        int n = origineel.length();
        StringBuilder tekst = new StringBuilder(n);
        int[] van = new int[n + 8];
        int[] tot = new int[n + 8];
        int i = 0;
        while (i < n) {
            int cp = origineel.codePointAt(i);
            int volgende = i + Character.charCount(cp);
            String vorm = vouwTeken(cp);
            for (int k = 0; k < vorm.length(); k++) {
                int plek = tekst.length();
                if (plek >= van.length) {
                    van = java.util.Arrays.copyOf(van, van.length * 2);
                    tot = java.util.Arrays.copyOf(tot, tot.length * 2);
                }
                van[plek] = i;
                tot[plek] = volgende;
                tekst.append(vorm.charAt(k));
            }
            i = volgende;
        }
        return new Genormaliseerd(origineel, tekst.toString(), van, tot);
    }

    /** The normalised form of a whole string, for lexicon entries, allowed words and names. */
    static String vouw(String s) {
        return van(s).tekst();
    }

    /** Whether a code point shows nothing in print. */
    static boolean isOnzichtbaar(int cp) {
        return ONZICHTBAAR.get(cp);
    }

    /** One code point as the guard reads it: lower case, without accents; "" for an invisible one. */
    static String vouwTeken(int cp) {
        if (cp < 0x80) {
            return String.valueOf((char) (cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp));
        }
        if (ONZICHTBAAR.get(cp)) {
            return "";
        }
        if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
            return String.valueOf((char) cp); // a lone half of a pair: nothing to normalise
        }
        String ontleed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
        StringBuilder uit = new StringBuilder(ontleed.length());
        ontleed.codePoints().forEach(c -> {
            int soort = Character.getType(c);
            if (soort == Character.NON_SPACING_MARK || soort == Character.COMBINING_SPACING_MARK
                    || soort == Character.ENCLOSING_MARK || ONZICHTBAAR.get(c)) {
                return;
            }
            if (c < 0x80) {
                uit.append(Character.toLowerCase((char) c));
                return;
            }
            Character latijn = LETTER.get(c);
            if (latijn != null) {
                uit.append(latijn.charValue());
                return;
            }
            int klein = Character.toLowerCase(c);
            switch (klein) {
                case 'ß' -> uit.append("ss");
                case 'æ' -> uit.append("ae");
                case 'œ' -> uit.append("oe");
                default -> uit.appendCodePoint(klein);
            }
        });
        return uit.toString();
    }
}
