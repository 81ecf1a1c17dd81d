package nl.spoorzoeker.rapportage;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import nl.spoorzoeker.taal.Teksten;

/**
 * The readability measure of a text for the werknemer (taalniveau B1; docs/werknemerversie.md), pure.
 * Two parts, both simple enough to check by hand:
 * <ol>
 *   <li><b>Sentence length</b>: the average number of words per sentence is at most {@link #MAX_GEMIDDELD}
 *       (B1 guides name 10 to 15). A sentence ends at . ! ? or a line end; a heading is no sentence; a
 *       word is a run of characters without a space that holds a letter or a digit (a date is one word).
 *       Sentences longer than {@link #LANG} words are listed, so the coach can shorten them.</li>
 *   <li><b>Jargon</b>: no word of the {@link Jargon} list (the words of Poortwachter and re-integratie a
 *       werknemer need not know) without its explanation in the text's word list. A word counts where
 *       it starts a word, so "zoekprofielen" is "zoekprofiel" too.</li>
 * </ol>
 */
public final class Leesbaarheid {

    /** At most this many words per sentence on average. */
    public static final int MAX_GEMIDDELD = 15;
    /** A sentence longer than this is listed as long. */
    public static final int LANG = 20;

    private static final Pattern ZINEINDE = Pattern.compile("(?<=[.!?])\\s+|\\R");
    private static final Pattern WOORD = Pattern.compile("[\\p{L}\\p{N}]");

    private Leesbaarheid() {
    }

    /** A piece of the text: a heading, a paragraph, a list item, quoted words, or a word-list entry. */
    public record Blok(Soort soort, String tekst, Jargon woord) {
        public enum Soort { KOP, TUSSENKOP, ALINEA, PUNT, CITAAT, WOORD }

        public Blok(Soort soort, String tekst) {
            this(soort, tekst, null);
        }
    }

    /**
     * @param gemiddeld   words per sentence, on average
     * @param langeZinnen the sentences of more than {@link #LANG} words
     * @param onverklaard the jargon in the text that its word list does not explain
     */
    public record Uitslag(int zinnen, int woorden, double gemiddeld, List<String> langeZinnen, Set<Jargon> onverklaard) {
        public Uitslag {
            langeZinnen = List.copyOf(langeZinnen);
            onverklaard = onverklaard.isEmpty() ? Set.of() : Set.copyOf(onverklaard);
        }

        /** Whether the text meets the measure. */
        public boolean b1() {
            return gemiddeld <= MAX_GEMIDDELD && onverklaard.isEmpty();
        }
    }

    /** The measure of the blocks, the jargon read in the current language. */
    public static Uitslag meet(List<Blok> blokken, Teksten tk) {
        int zinnen = 0;
        int woorden = 0;
        List<String> lang = new ArrayList<>();
        for (Blok b : blokken) {
            if (b.soort() == Blok.Soort.KOP || b.soort() == Blok.Soort.TUSSENKOP) {
                continue;
            }
            for (String zin : ZINEINDE.split(b.tekst().strip())) {
                int n = woorden(zin);
                if (n == 0) {
                    continue;
                }
                zinnen++;
                woorden += n;
                if (n > LANG) {
                    lang.add(zin.strip());
                }
            }
        }
        Set<Jargon> verklaard = EnumSet.noneOf(Jargon.class);
        blokken.stream().filter(b -> b.woord() != null).forEach(b -> verklaard.add(b.woord()));
        Set<Jargon> onverklaard = EnumSet.noneOf(Jargon.class);
        onverklaard.addAll(jargon(blokken.stream().filter(b -> b.soort() != Blok.Soort.WOORD).map(Blok::tekst).toList(), tk));
        onverklaard.removeAll(verklaard);
        return new Uitslag(zinnen, woorden, zinnen == 0 ? 0 : (double) woorden / zinnen, lang, onverklaard);
    }

    static int woorden(String zin) {
        int n = 0;
        for (String w : zin.strip().split("\\s+")) {
            if (WOORD.matcher(w).find()) {
                n++;
            }
        }
        return n;
    }

    /** The jargon in these texts, in the current language, in the list's order. */
    public static Set<Jargon> jargon(List<String> teksten, Teksten tk) {
        Set<Jargon> gevonden = EnumSet.noneOf(Jargon.class);
        for (Jargon j : Jargon.values()) {
            Pattern p = j.patroon(tk);
            if (teksten.stream().anyMatch(t -> t != null && p.matcher(t).find())) {
                gevonden.add(j);
            }
        }
        return gevonden;
    }

    /**
     * The words of Poortwachter and re-integratie a werknemer need not know. Each has its wording per
     * language in the bundle ({@code b1.woord.*}: alternatives split by |) and its plain explanation
     * ({@code b1.uitleg.*}).
     */
    public enum Jargon {
        TWEEDE_SPOOR, EERSTE_SPOOR, REINTEGRATIE, INSPANNINGEN, ARBEIDSMOGELIJKHEDEN, BELASTBAARHEID,
        PERSOONSPROFIEL, ZOEKPROFIEL, PASSENDE_ARBEID, WERKERVARINGSPLAATS, DETACHERING, BEDRIJFSARTS,
        ARBEIDSDESKUNDIGE, POORTWACHTER, DESKUNDIGENOORDEEL, WIA, WACHTTIJD, LOONSANCTIE, TRAJECTPLAN, CASEMANAGER,
        ARBEIDSMARKT;

        /** The word as printed in the word list (the first alternative). */
        public String woord(Teksten tk) {
            return tk.t("b1.woord." + name()).split("\\|")[0].strip();
        }

        public String uitleg(Teksten tk) {
            return tk.t("b1.uitleg." + name());
        }

        Pattern patroon(Teksten tk) {
            List<String> delen = new ArrayList<>();
            for (String w : tk.t("b1.woord." + name()).split("\\|")) {
                delen.add(Pattern.quote(w.strip().toLowerCase(Locale.ROOT)));
            }
            // Where a word starts: "zoekprofielen" is "zoekprofiel", "bedrijfsarts" is not "arts".
            return Pattern.compile("(?<![\\p{L}])(?:" + String.join("|", delen) + ")",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }
    }
}
