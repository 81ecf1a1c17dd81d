package nl.spoorzoeker.dossier.ui;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for "filter as you type": case, accents and the letters a Dutch keyboard lacks, so
 * "cigdem" finds Çiğdem and "lukasz zolc" finds Łukasz Żółć.
 */
public final class SearchKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchKey() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String withoutMarks = MARKS.matcher(decomposed).replaceAll("");
        StringBuilder sb = new StringBuilder(withoutMarks.length());
        withoutMarks.toLowerCase(Locale.ROOT).codePoints().forEach(cp -> sb.append(switch (cp) {
            case 'ł' -> "l";
            case 'ı' -> "i";
            case 'ø' -> "o";
            case 'ß' -> "ss";
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            case 'đ' -> "d";
            default -> Character.toString(cp);
        }));
        // (?U): also no-break and other Unicode spaces, which people paste from e-mails and PDFs.
        return sb.toString().replaceAll("(?U)\\s+", " ").strip();
    }
}
