package nl.spoorzoeker.rapportage.privacy;

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

    /** The words that say a number is a BSN (also the old sofinummer, and the English name). */
    private static final Pattern CONTEXT = Pattern.compile(
            "(?iu)(?<!\\p{L})(bsn|burger\\s*service\\s*nummer|sofi(?:-|\\s)?nummer|citizen\\s+service\\s+number)(?!\\p{L})");
    /** How far before the number such a word may stand: "BSN van de werknemer: 123456782". */
    private static final int BEREIK = 40;
    /** Right after the number, only as an explanation: "123456782 (BSN)". */
    private static final Pattern ERNA = Pattern.compile("\\s*\\(?\\s*" + CONTEXT.pattern());
    /** Another number between the word and this one: the word is about that one. */
    private static final Pattern ANDER_NUMMER = Pattern.compile("\\d{5}");

    /**
     * Whether the nine digits at {@code [begin, einde)} of {@code tekst} read as a BSN: a word that says so
     * up to {@value #BEREIK} characters before it on its line (with no other number between) or right after
     * it, or the number standing alone as the value of its line. On a paper the werknemer gets himself a
     * number in a sentence without that ("Medewerker planning, ref 123456782") is a vacancy's or an order's
     * reference, and one in nine of those passes the elfproef by chance.
     */
    public static boolean inContext(String tekst, int begin, int einde) {
        int regelBegin = tekst.lastIndexOf('\n', begin - 1) + 1;
        int regelEinde = tekst.indexOf('\n', einde);
        regelEinde = regelEinde < 0 ? tekst.length() : regelEinde;
        Matcher voor = CONTEXT.matcher(tekst).useTransparentBounds(true).region(Math.max(regelBegin, begin - BEREIK), begin);
        while (voor.find()) {
            if (!ANDER_NUMMER.matcher(tekst.substring(voor.end(), begin).replaceAll("[ .]", "")).find()) {
                return true;
            }
        }
        if (ERNA.matcher(tekst).useTransparentBounds(true).region(einde, regelEinde).lookingAt()) {
            return true;
        }
        String rest = tekst.substring(regelBegin, begin) + tekst.substring(einde, regelEinde);
        return rest.chars().allMatch(c -> Character.isWhitespace(c) || ":;.,()[]-".indexOf(c) >= 0);
    }

    /** The hits with every BSN that does not read as one in its context ({@link #inContext}) left out. */
    public static List<Treffer> alleenInContext(String tekst, List<Treffer> treffers) {
        return treffers.stream().filter(t -> t.categorie() != Categorie.BSN || inContext(tekst, t.begin(), t.einde()))
                .toList();
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
