package nl.spoorzoeker.rapportage.privacy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The second kind of check (fifth round, docs/privacy-toets.md "Twijfel"): sentences about the
 * person's body, mind, energy, pregnancy, addiction or care situation that name nothing medical —
 * "ik ben op, helemaal leeg", "ze gokt veel", "she is due in October", "moet elke maand naar het AVL".
 * A word list cannot hold them: every word in them is ordinary. What makes them personal health
 * information is their structure — a person (a pronoun, "wn", "mw", a possessive) with a predicate
 * from a semantic field (exhaustion, mood, sleep, expecting, using, being cared for, a body part) —
 * so the rules are patterns over the words of the normalised text (the same {@link Normalisatie} as
 * the lexicon: soft hyphens and look-alikes do not help here either).
 *
 * <p>Such a sentence is often ordinary too ("het budget is op" is not, "hij is op" may be; "ze heeft
 * het zwaar met de sollicitaties" is about the job search). A hit is therefore not a block but a
 * <em>twijfel</em>: the gate redacts it in a concept like a medical hit, and a final report needs the
 * coach's explicit confirmation of each such passage ({@code rapportage.Privacypoort}).
 *
 * <p>The patterns are in {@code toestand.txt}, one family per section, in a small language over
 * words (see that file). A hit covers the whole sentence it stands in: the meaning lies in the
 * sentence, not in one word, and a concept must not show the half that was not redacted.
 */
public final class Toestand {

    static final String BRON = "/nl/spoorzoeker/rapportage/privacy/toestand.txt";
    static final int MAX_VULLING = 3;

    /** One slot of a pattern: what one word must be, or a condition between words. */
    private sealed interface Slot permits Woordset, Optioneel, Niet, Vulling, Persoon, Einde, Getal, Afkorting, Naam, Iets {
    }

    /** One word out of a set: exact forms, or a prefix when written with a trailing "*". */
    private record Woordset(Set<String> vormen, List<String> begin) implements Slot {
        boolean past(String w) {
            if (vormen.contains(w)) {
                return true;
            }
            for (String b : begin) {
                if (w.startsWith(b)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** {@code [a|b]}: that word, or nothing ({@code set} null: {@code [N]}, a number or nothing). */
    private record Optioneel(Woordset set) implements Slot {
    }

    /** {@code !{a|b}}: the next word after any articles is not one of these (or the clause ends); nothing is taken. */
    private record Niet(Woordset set) implements Slot {
    }

    /** {@code ~}: up to three filler words (adverbs, reflexives, intensifiers: the {@code @vul} set). */
    private record Vulling() implements Slot {
    }

    /** {@code P}: a person (the {@code @persoon} set). */
    private record Persoon() implements Slot {
    }

    /** {@code $}: the clause ends here (punctuation, the end, or a conjunction follows). */
    private record Einde() implements Slot {
    }

    /** {@code N}: a number, in digits or a word from the {@code @getal} set. */
    private record Getal() implements Slot {
    }

    /** {@code A}: an abbreviation typed in capitals (2 to 5 letters) that is not an ordinary one ({@code @gewoneafkorting}). */
    private record Afkorting() implements Slot {
    }

    /** {@code H}: a name — a word typed with a capital, not the first of its clause, not an authority ({@code @instantie}). */
    private record Naam() implements Slot {
    }

    /** {@code …}: up to four words of any kind, within the clause. */
    private record Iets() implements Slot {
    }

    /** A pattern of one family, with the line it was read from (shown as the hit's term). */
    record Patroon(String familie, List<Slot> slots, String regel) {
    }

    private final List<Patroon> patronen;
    private final Map<String, Woordset> sets;

    private Toestand(List<Patroon> patronen, Map<String, Woordset> sets) {
        this.patronen = patronen;
        this.sets = sets;
    }

    private static Toestand standaard;

    /** The shipped patterns. */
    public static synchronized Toestand standaard() {
        if (standaard == null) {
            standaard = lees(Privacytoets.regels(BRON));
        }
        return standaard;
    }

    /** The families of the shipped patterns, in file order. */
    public List<String> families() {
        return patronen.stream().map(Patroon::familie).distinct().toList();
    }

    /** The same patterns without one family: how a test shows that family is what catches its sentences. */
    Toestand zonder(String familie) {
        if (!families().contains(familie)) {
            throw new IllegalArgumentException("no family " + familie);
        }
        return new Toestand(patronen.stream().filter(p -> !p.familie().equals(familie)).toList(), sets);
    }

    static Toestand lees(List<String> regels) {
        Map<String, Woordset> sets = new HashMap<>();
        List<Patroon> patronen = new ArrayList<>();
        String familie = null;
        for (String regel : regels) {
            if (regel.matches("@\\w+\\s*=.*")) {
                int is = regel.indexOf('=');
                sets.put(regel.substring(1, is).strip(), woordset(regel.substring(is + 1), sets));
            } else if (regel.startsWith("[") && regel.endsWith("]")) {
                familie = regel.substring(1, regel.length() - 1);
            } else {
                if (familie == null) {
                    throw new IllegalStateException("a pattern outside a family: " + regel);
                }
                List<Slot> slots = new ArrayList<>();
                for (String deel : regel.split("\\s+")) {
                    slots.add(switch (deel) {
                        case "~" -> new Vulling();
                        case "P" -> new Persoon();
                        case "$" -> new Einde();
                        case "N" -> new Getal();
                        case "A" -> new Afkorting();
                        case "H" -> new Naam();
                        case "…", "..." -> new Iets();
                        default -> deel.startsWith("!") ? new Niet(woordset(deel.substring(1), sets))
                                : deel.startsWith("[") && deel.endsWith("]")
                                ? optioneel(deel.substring(1, deel.length() - 1), sets)
                                : woordset(deel, sets);
                    });
                }
                patronen.add(new Patroon(familie, List.copyOf(slots), regel));
            }
        }
        for (String nodig : List.of("vul", "persoon", "getal", "gewoneafkorting", "instantie")) {
            if (!sets.containsKey(nodig)) {
                throw new IllegalStateException("toestand.txt defines no @" + nodig);
            }
        }
        return new Toestand(List.copyOf(patronen), Map.copyOf(sets));
    }

    /** {@code [a|b]}, or {@code [N]} for an optional number. */
    private static Slot optioneel(String binnen, Map<String, Woordset> sets) {
        return new Optioneel(binnen.equals("N") ? null : woordset(binnen, sets));
    }

    /** {@code a|b*|@set}, with or without braces: the words folded as the text is. */
    private static Woordset woordset(String tekst, Map<String, Woordset> sets) {
        String t = tekst.strip();
        if (t.startsWith("{") && t.endsWith("}")) {
            t = t.substring(1, t.length() - 1);
        }
        Set<String> vormen = new HashSet<>();
        List<String> begin = new ArrayList<>();
        for (String deel : t.split("\\|")) {
            String d = deel.strip();
            if (d.startsWith("@")) {
                Woordset s = sets.get(d.substring(1));
                if (s == null) {
                    throw new IllegalStateException("unknown set " + d);
                }
                vormen.addAll(s.vormen());
                begin.addAll(s.begin());
            } else if (d.endsWith("*")) {
                begin.add(Normalisatie.vouw(d.substring(0, d.length() - 1)));
            } else if (!d.isEmpty()) {
                vormen.add(Normalisatie.vouw(d));
            }
        }
        return new Woordset(Set.copyOf(vormen), List.copyOf(begin));
    }

    /** The text as the patterns read it: its words, which clause each is in, and where sentences start. */
    /** A text read for sentences and clauses: per word its sentence and clause number (shared with {@link Zinsmodel}). */
    record Lezing(Normalisatie.Genormaliseerd g, List<Privacytoets.Woord> woorden, int[] zin, int[] clausule) {
    }

    /** Abbreviations after which a full stop does not end the sentence ("Mw. is op."). */
    private static final Set<String> AFKORTINGEN = Set.of("mw", "mevr", "dhr", "wn", "wnr", "mr", "mrs", "ms", "dr",
            "ca", "bijv", "evt", "ivm", "nav", "vlgs", "st", "jl", "a", "b", "c", "d", "i", "m", "v", "o", "e", "g");

    private static final Set<String> LIDWOORDEN = Set.of("de", "het", "een", "the", "a", "an");

    private static final Set<String> VOEGWOORDEN = Set.of("en", "maar", "want", "dus", "omdat", "and", "but", "so",
            "because", "or");

    static Lezing lezing(String tekst) {
        Normalisatie.Genormaliseerd g = Normalisatie.van(tekst);
        List<Privacytoets.Woord> woorden = Privacytoets.woorden(g);
        int n = woorden.size();
        int[] zin = new int[n];
        int[] clausule = new int[n];
        String t = g.tekst();
        for (int i = 1; i < n; i++) {
            String tussen = t.substring(woorden.get(i - 1).einde(), woorden.get(i).begin());
            String vorig = woorden.get(i - 1).gevouwen();
            boolean punt = tussen.indexOf('.') >= 0 && !AFKORTINGEN.contains(vorig);
            boolean zinseinde = punt || tussen.matches("(?s).*[!?;\\n].*");
            zin[i] = zin[i - 1] + (zinseinde ? 1 : 0);
            boolean clausuleEinde = zinseinde || tussen.matches("(?s).*[,:()\"\\u2013\\u2014\\[\\]].*")
                    || tussen.matches("(?s).*\\s-\\s.*");
            clausule[i] = clausule[i - 1] + (clausuleEinde ? 1 : 0);
        }
        return new Lezing(g, woorden, zin, clausule);
    }

    /** Every sentence of the text with a twijfel, in text order; a hit covers the sentence as typed. */
    public List<Treffer> vind(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return List.of();
        }
        Lezing l = lezing(tekst);
        List<Treffer> treffers = new ArrayList<>();
        int vorigeZin = -1;
        for (int i = 0; i < l.woorden().size(); i++) {
            if (l.zin()[i] == vorigeZin) {
                continue;
            }
            for (Patroon p : patronen) {
                if (past(p.slots(), 0, l, i, l.clausule()[i])) {
                    treffers.add(zin(l, l.zin()[i], p));
                    vorigeZin = l.zin()[i];
                    break;
                }
            }
        }
        return treffers;
    }

    /** The family of the first pattern that matches the text, or null: for tests and the measurement. */
    String familie(String tekst) {
        List<Treffer> t = vind(tekst);
        return t.isEmpty() ? null : t.getFirst().term().substring(0, t.getFirst().term().indexOf(':'));
    }

    private Treffer zin(Lezing l, int zin, Patroon p) {
        return zin(l, zin, p.familie() + ": " + p.regel());
    }

    /** Sentence {@code zin} of the text as typed, as a twijfel with {@code term}. */
    static Treffer zin(Lezing l, int zin, String term) {
        int eerste = -1;
        int laatste = -1;
        for (int i = 0; i < l.woorden().size(); i++) {
            if (l.zin()[i] == zin) {
                if (eerste < 0) {
                    eerste = i;
                }
                laatste = i;
            }
        }
        int begin = l.g().begin(l.woorden().get(eerste).begin());
        int einde = l.g().einde(l.woorden().get(laatste).einde());
        String origineel = l.g().origineel();
        // The sentence's own full stop (or ! ?) belongs to it: a redacted concept shows no stray dot.
        while (einde < origineel.length() && ".!?\u2026".indexOf(origineel.charAt(einde)) >= 0) {
            einde++;
        }
        return new Treffer(begin, einde, l.g().origineel().substring(begin, einde), Categorie.TWIJFEL, term);
    }

    /** Whether slots from {@code s} on match the words from {@code i} on, all within clause {@code c}. */
    private boolean past(List<Slot> slots, int s, Lezing l, int i, int c) {
        if (s == slots.size()) {
            return true;
        }
        List<Privacytoets.Woord> w = l.woorden();
        boolean hier = i < w.size() && l.clausule()[i] == c;
        return switch (slots.get(s)) {
            case Woordset set -> hier && set.past(w.get(i).gevouwen()) && past(slots, s + 1, l, i + 1, c);
            case Optioneel o -> (hier && (o.set() == null ? getal(w.get(i).gevouwen()) : o.set().past(w.get(i).gevouwen()))
                    && past(slots, s + 1, l, i + 1, c))
                    || past(slots, s + 1, l, i, c);
            case Niet x -> {
                int j = i;
                while (j < w.size() && l.clausule()[j] == c && LIDWOORDEN.contains(w.get(j).gevouwen())) {
                    j++;
                }
                yield !(j < w.size() && l.clausule()[j] == c && x.set().past(w.get(j).gevouwen())) && past(slots, s + 1, l, i, c);
            }
            case Persoon p -> hier && sets.get("persoon").past(w.get(i).gevouwen()) && past(slots, s + 1, l, i + 1, c);
            case Getal g -> hier && getal(w.get(i).gevouwen()) && past(slots, s + 1, l, i + 1, c);
            case Afkorting a -> hier && afkorting(l, i) && past(slots, s + 1, l, i + 1, c);
            case Naam h -> hier && naam(l, i) && past(slots, s + 1, l, i + 1, c);
            case Einde e -> (!hier || VOEGWOORDEN.contains(w.get(i).gevouwen())) && past(slots, s + 1, l, i, c);
            case Vulling v -> {
                int j = i;
                for (int k = 0; ; k++) {
                    if (past(slots, s + 1, l, j, c)) {
                        yield true;
                    }
                    if (k == MAX_VULLING || j >= w.size() || l.clausule()[j] != c
                            || !sets.get("vul").past(w.get(j).gevouwen())) {
                        yield false;
                    }
                    j++;
                }
            }
            case Iets x -> {
                for (int k = 0; k <= 4 && i + k <= w.size(); k++) {
                    if (i + k < w.size() && l.clausule()[i + k] != c) {
                        yield past(slots, s + 1, l, i + k, c);
                    }
                    if (past(slots, s + 1, l, i + k, c)) {
                        yield true;
                    }
                }
                yield false;
            }
        };
    }

    private boolean getal(String w) {
        return w.chars().allMatch(Character::isDigit) || sets.get("getal").past(w);
    }

    private static String origineel(Lezing l, int i) {
        Privacytoets.Woord w = l.woorden().get(i);
        return l.g().origineel().substring(l.g().begin(w.begin()), l.g().einde(w.einde()));
    }

    private static boolean inHoofdletters(Lezing l, int i) {
        String o = origineel(l, i);
        return o.codePoints().allMatch(ch -> Character.isLetter(ch) && Character.isUpperCase(ch));
    }

    /**
     * A word of 2 to 5 letters typed all in capitals, not an ordinary abbreviation (VOG, HBO, UWV…),
     * and not a word of a sentence typed in capitals (then its neighbours are capitals too).
     */
    private boolean afkorting(Lezing l, int i) {
        int letters = origineel(l, i).length();
        if (letters < 2 || letters > 5 || !inHoofdletters(l, i)) {
            return false;
        }
        boolean voor = i > 0 && inHoofdletters(l, i - 1) && origineel(l, i - 1).length() > 1;
        boolean na = i + 1 < l.woorden().size() && inHoofdletters(l, i + 1) && origineel(l, i + 1).length() > 1;
        return !(voor || na) && !sets.get("gewoneafkorting").past(l.woorden().get(i).gevouwen());
    }

    /** A capitalised word that is not the first of its clause and not an authority or employer word. */
    private boolean naam(Lezing l, int i) {
        String o = origineel(l, i);
        boolean eerste = i == 0 || l.clausule()[i - 1] != l.clausule()[i];
        return !eerste && !o.isEmpty() && Character.isUpperCase(o.codePointAt(0))
                && !sets.get("instantie").past(l.woorden().get(i).gevouwen());
    }
}
