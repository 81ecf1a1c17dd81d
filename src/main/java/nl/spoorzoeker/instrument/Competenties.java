package nl.spoorzoeker.instrument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Competencies as tags. The persoonsprofiel keeps them as free text ("samenwerken, plannen;
 * klantgericht"), a STARR story and a CV as a list: this splits the one into the other.
 */
public final class Competenties {

    /** The longest tag: a few words. */
    public static final int MAX = 60;

    private Competenties() {
    }

    /**
     * The tags in a free text: split at commas, semicolons, line ends and bullets, trimmed, blank
     * ones left out and a tag that repeats (in any case) kept once, where it first appears.
     */
    public static List<String> uit(String tekst) {
        if (tekst == null) {
            return List.of();
        }
        Map<String, String> tags = new LinkedHashMap<>();
        for (String deel : tekst.split("[,;\\n\\r•·]+")) {
            String tag = deel.strip().replaceAll("^[-*]\\s*", "").replaceAll("\\s+", " ");
            if (!tag.isEmpty()) {
                tags.putIfAbsent(tag.toLowerCase(Locale.ROOT), tag);
            }
        }
        return new ArrayList<>(tags.values());
    }

    /** The tags of several lists together, each kept once, in the order they first appear. */
    @SafeVarargs
    public static List<String> samen(List<String>... lijsten) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (List<String> lijst : lijsten) {
            lijst.forEach(t -> tags.putIfAbsent(t.toLowerCase(Locale.ROOT), t));
        }
        return new ArrayList<>(tags.values());
    }
}
