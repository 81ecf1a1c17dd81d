package nl.spoorzoeker.pdf;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fop.hyphenation.Hyphenation;
import org.apache.fop.hyphenation.HyphenationTree;

/**
 * Where a word may be hyphenated, by Liang's algorithm on the TeX patterns of the report's language:
 * Dutch (Piet Tutelaers' nehyph96, as hyph-utf8 carries it) or British English, compiled for Apache
 * FOP by the OFFO project and shipped in the jar (net.sf.offo:fop-hyph), read by FOP's engine. No
 * pattern is written here: a hand-made list would break "Arbeidsmarktbenadering" where a Dutch
 * reader does not.
 */
final class Afbreker {

    /** Breaks no word: for a language without patterns. */
    static final Afbreker GEEN = new Afbreker(null, 0, 0);

    private static final ConcurrentHashMap<String, Afbreker> PER_TAAL = new ConcurrentHashMap<>();

    /**
     * The pattern files are Java-serialised FOP objects; only FOP's own hyphenation classes and the
     * plain collections and arrays they hold may be read from them, nothing else.
     */
    private static final ObjectInputFilter ALLEEN_PATRONEN = ObjectInputFilter.Config.createFilter(
            "org.apache.fop.hyphenation.*;java.util.ArrayList;java.util.HashMap;java.util.Map$Entry;"
                    + "java.lang.Object;java.lang.String;java.lang.Character;maxdepth=64;!*");

    private final HyphenationTree patronen;
    private final int links;
    private final int rechts;

    private Afbreker(HyphenationTree patronen, int links, int rechts) {
        this.patronen = patronen;
        this.links = links;
        this.rechts = rechts;
    }

    /**
     * The hyphenator for a report in this language, loaded once. At least two letters stay before a
     * break and three go after it (TeX's English minimums; Dutch TeX allows two after, but in a
     * narrow table column "servi-ce" reads worse than "ser-vice").
     */
    static Afbreker voor(Locale taal) {
        return switch (taal.getLanguage()) {
            case "nl" -> PER_TAAL.computeIfAbsent("nl", t -> laad("nl", 2, 3));
            case "en" -> PER_TAAL.computeIfAbsent("en_GB", t -> laad("en_GB", 2, 3));
            default -> GEEN;
        };
    }

    private static Afbreker laad(String bestand, int links, int rechts) {
        try (InputStream ruw = Afbreker.class.getResourceAsStream("/hyph/" + bestand + ".hyp")) {
            if (ruw == null) {
                throw new IllegalStateException("hyphenation patterns hyph/" + bestand + ".hyp are not on the class path");
            }
            try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(ruw))) {
                in.setObjectInputFilter(ALLEEN_PATRONEN);
                return new Afbreker((HyphenationTree) in.readObject(), links, rechts);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The positions in {@code woord} (a run of letters) after which a hyphen may go, ascending; none
     * for a short word or one the patterns do not break.
     */
    int[] punten(String woord) {
        if (patronen == null || woord.length() < links + rechts) {
            return new int[0];
        }
        Hyphenation h = patronen.hyphenate(woord, links, rechts);
        return h == null ? new int[0] : h.getHyphenationPoints();
    }
}
