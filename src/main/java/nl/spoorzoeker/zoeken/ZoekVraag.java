package nl.spoorzoeker.zoeken;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the coach typed, as a safe FTS5 query: every word quoted (so nothing the coach types is
 * read as an FTS operator or column filter), all words required, and the last one as a prefix
 * while it is being typed. Accents and case are left to the tokenizer. Pure.
 */
public final class ZoekVraag {

    /** More words than this add nothing but work. */
    static final int MAX_WOORDEN = 12;
    /** Longer words are cut: no one searches a 100-letter word, and the query stays small. */
    static final int MAX_WOORDLENGTE = 60;

    private ZoekVraag() {
    }

    /** The MATCH expression, or empty when there is nothing to search for. */
    public static Optional<String> match(String invoer) {
        List<String> woorden = woorden(invoer);
        if (woorden.isEmpty()) {
            return Optional.empty();
        }
        boolean typtNog = !invoer.isEmpty() && Character.isLetterOrDigit(invoer.codePointBefore(invoer.length()));
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < woorden.size(); i++) {
            if (i > 0) {
                query.append(' ');
            }
            query.append('"').append(woorden.get(i)).append('"');
            if (i == woorden.size() - 1 && typtNog) {
                query.append('*');
            }
        }
        return Optional.of(query.toString());
    }

    /** The words: runs of letters and digits (as the tokenizer splits them), at most {@link #MAX_WOORDEN}. */
    public static List<String> woorden(String invoer) {
        List<String> woorden = new ArrayList<>();
        if (invoer == null) {
            return woorden;
        }
        StringBuilder woord = new StringBuilder();
        invoer.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                if (woord.codePointCount(0, woord.length()) < MAX_WOORDLENGTE) {
                    woord.appendCodePoint(cp);
                }
            } else if (!woord.isEmpty()) {
                woorden.add(woord.toString());
                woord.setLength(0);
            }
        });
        if (!woord.isEmpty()) {
            woorden.add(woord.toString());
        }
        return woorden.size() > MAX_WOORDEN ? List.copyOf(woorden.subList(0, MAX_WOORDEN)) : woorden;
    }
}
