package nl.spoorzoeker.rapportage.privacy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The morphological layer (third tuning round, docs/privacy-toets.md): medical words are built from
 * Greek and Latin parts that ordinary words seldom end in — "-ose" (artrose, sarcoïdose, borreliose),
 * "-algie" (fibromyalgie), "-pathie" (neuropathie), "-plegie", "-emie", "-scopie", "-otomie" and their
 * English forms ("-osis", "-algia", "-opathy", "-aemia"…). A list of diseases can never be complete;
 * a word ending in one of these parts names a condition or a procedure whether the list knows it or
 * not. The ordinary words that happen to end the same way ("diagnose", "glucose", "sympathie",
 * "nostalgie", "academie", "diploma", "dichotomy") are kept out by an exception list, drawn up by
 * running the Dutch and English word lists of the system (wdutch, wamerican) through this layer and
 * reading every word it caught.
 *
 * <p>Asked only for a word that no other rule caught, by a hash lookup per ending (no regular
 * expression per word): the guard runs on every keystroke.
 */
final class Morfologie {

    static final String BRON = "/nl/spoorzoeker/rapportage/privacy/achtervoegsels.txt";

    /** An ending with the fewest letters that must come before it, and its category. */
    record Achtervoegsel(String eind, int minVoor, Categorie categorie, Privacytoets.Term term) {
    }

    /** Endings by their length, then by their text: a word is looked up once per length. */
    private final Map<Integer, Map<String, Achtervoegsel>> perLengte = new HashMap<>();
    private final Set<String> uitzonderingen = new HashSet<>();
    /** Exceptions by ending ("-premie": every premium; "-pose": compose, purpose). */
    private final List<String> uitzonderingEindes = new ArrayList<>();
    private final int[] lengtes;
    /**
     * A gate on the last two letters: whether any ending ends in them. Most words fail it, so the
     * lookups per ending length (a substring each) are made for few words: the guard runs on every
     * keystroke, and without the gate this layer doubled its time.
     */
    private final boolean[] poort = new boolean[27 * 27];

    private static int plek(char a, char b) {
        return (a >= 'a' && a <= 'z' ? a - 'a' : 26) * 27 + (b >= 'a' && b <= 'z' ? b - 'a' : 26);
    }

    Morfologie(List<String> regels) {
        String sectie = null;
        for (String regel : regels) {
            if (regel.startsWith("[") && regel.endsWith("]")) {
                sectie = regel.substring(1, regel.length() - 1);
            } else if ("ACHTERVOEGSEL".equals(sectie)) {
                String[] d = regel.split(";");
                String eind = Normalisatie.vouw(d[0].strip());
                Categorie c = Categorie.valueOf(d[2].strip());
                Achtervoegsel a = new Achtervoegsel(eind, Integer.parseInt(d[1].strip()), c,
                        new Privacytoets.Term("-" + eind, List.of(eind), c, false, true));
                perLengte.computeIfAbsent(eind.length(), k -> new HashMap<>()).put(eind, a);
            } else if ("UITZONDERING".equals(sectie)) {
                for (String u : regel.split(",")) {
                    String v = Normalisatie.vouw(u.strip());
                    if (v.startsWith("-")) {
                        uitzonderingEindes.add(v.substring(1));
                    } else if (!v.isEmpty()) {
                        uitzonderingen.add(v);
                    }
                }
            }
        }
        lengtes = perLengte.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        perLengte.values().forEach(m -> m.keySet().forEach(e -> poort[plek(e.charAt(e.length() - 2), e.charAt(e.length() - 1))] = true));
    }

    static Morfologie standaard() {
        return new Morfologie(Privacytoets.regels(BRON));
    }

    /** Plural and inflection endings taken off before the medical ending is looked for. */
    private static final List<String> UITGANGEN = List.of("", "s", "es", "en", "n", "e", "sche", "ische", "isch");

    /**
     * The lexicon-like entry of the medical ending the folded word ends in, or null. The word itself
     * (and each form without a plural or adjective ending) must not be an exception.
     */
    Privacytoets.Term vind(String w) {
        if (w.length() < 6) {
            return null;
        }
        for (String u : UITGANGEN) {
            if (!w.endsWith(u)) {
                continue;
            }
            String stam = w.substring(0, w.length() - u.length());
            Privacytoets.Term t = eind(stam);
            // "carcinomen", "neurosen": the plural that changes the ending.
            if (t == null && u.equals("en") && stam.endsWith("om")) {
                stam = stam.substring(0, stam.length() - 2) + "oom";
                t = eind(stam);
            }
            if (t != null) {
                return isUitzondering(w) || isUitzondering(stam) ? null : t;
            }
        }
        return null;
    }

    /** Only asked after an ending matched: most words never get here. */
    private boolean isUitzondering(String w) {
        if (uitzonderingen.contains(w)) {
            return true;
        }
        for (String e : uitzonderingEindes) {
            if (w.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    private Privacytoets.Term eind(String stam) {
        int n0 = stam.length();
        if (n0 < 2 || !poort[plek(stam.charAt(n0 - 2), stam.charAt(n0 - 1))]) {
            return null;
        }
        for (int n : lengtes) {
            if (n > stam.length()) {
                break;
            }
            Achtervoegsel a = perLengte.get(n).get(stam.substring(stam.length() - n));
            if (a != null && stam.length() - n >= a.minVoor() && isLetters(stam)) {
                return a.term();
            }
        }
        return null;
    }

    private static boolean isLetters(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    /** Every ending, for the tests and the word-list check. */
    List<String> eindes() {
        List<String> uit = new ArrayList<>();
        perLengte.values().forEach(m -> uit.addAll(m.keySet()));
        return uit;
    }
}
