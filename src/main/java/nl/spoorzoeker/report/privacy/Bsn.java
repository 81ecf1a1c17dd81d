package nl.spoorzoeker.report.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Burgerservicenummers in free text: nine digits (also written 1234.56.782 or 123 456 782) that pass the elfproef. */
public final class Bsn {

    private static final Pattern KANDIDAAT = Pattern.compile("(?<![\\d.])\\d(?:[ .]?\\d){8}(?![\\d]|\\.\\d)");

    private Bsn() {
    }

    /** The elfproef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not all zeros). */
    public static boolean isGeldig(String negenCijfers) {
        if (negenCijfers.length() != 9 || !negenCijfers.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int som = 0;
        for (int i = 0; i < 8; i++) {
            som += (9 - i) * (negenCijfers.charAt(i) - '0');
        }
        som -= negenCijfers.charAt(8) - '0';
        return som % 11 == 0 && !negenCijfers.equals("000000000");
    }

    static List<Treffer> vind(String tekst) {
        List<Treffer> treffers = new ArrayList<>();
        Matcher m = KANDIDAAT.matcher(tekst);
        while (m.find()) {
            String cijfers = m.group().replaceAll("[ .]", "");
            if (isGeldig(cijfers)) {
                treffers.add(new Treffer(m.start(), m.end(), m.group(), Categorie.BSN, cijfers));
            }
        }
        return treffers;
    }
}
