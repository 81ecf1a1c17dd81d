package nl.spoorzoeker.report.privacy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The privacy guard (domain.md §5.3, C18): finds diagnoses, conditions, symptoms, medication,
 * treatments, therapist types and BSNs in a text that is to go to the employer. Pure.
 *
 * <p>Matching is by whole word, ignoring case and accents, with the common Dutch inflections
 * (meervoud op -en/-s, verkleinwoord op -je/-tje, bijvoeglijk -e) and compounds: a word that ends in
 * a lexicon word of four letters or more ("rugpijn", "longkanker") is caught; a word that starts
 * with one only when the lexicon marks it ("kankerpatiënt"). An allow-list keeps ordinary words out
 * ("pijnlijk afscheid", "ziektewet", "werkervaringsplek").
 */
public final class Privacytoets {

    static final String LEXICON = "/nl/spoorzoeker/report/privacy/medisch-lexicon.txt";
    static final String TOEGESTAAN = "/nl/spoorzoeker/report/privacy/toegestaan.txt";
    /** Compounds are only split where both sides are at least this long. */
    static final int MIN_DEEL = 3;
    /** A lexicon word shorter than this only matches whole ("pil" must not catch "april"). */
    static final int MIN_SAMENSTELLING = 4;
    private static final List<String> UITGANGEN = List.of("", "en", "n", "s", "e", "es", "je", "tje", "jes", "tjes",
            "ën", "sen");
    /**
     * At the end of a compound only plural endings count: "assistente" ends in "stent" + "e", and
     * a compound ending in an adjective ending is not a thing.
     */
    private static final List<String> MEERVOUD = List.of("", "en", "n", "s", "sen", "ën");

    /** One lexicon entry, as folded tokens. */
    record Term(String origineel, List<String> woorden, Categorie categorie, boolean ookBegin) {
    }

    private final Map<String, List<Term>> eenWoord = new HashMap<>();
    private final Map<String, List<Term>> staart = new HashMap<>();
    private final Map<String, List<Term>> begin = new HashMap<>();
    private final List<Term> meerWoorden = new ArrayList<>();
    private final Set<String> toegestaan = new HashSet<>();
    private final int aantal;

    private Privacytoets(List<Term> termen, Collection<String> toegestaan) {
        toegestaan.forEach(w -> this.toegestaan.add(vouw(w)));
        Set<String> gezien = new HashSet<>();
        for (Term t : termen) {
            if (!gezien.add(String.join(" ", t.woorden()))) {
                continue;
            }
            if (t.woorden().size() == 1) {
                for (String uitgang : UITGANGEN) {
                    eenWoord.computeIfAbsent(t.woorden().getFirst() + uitgang, k -> new ArrayList<>()).add(t);
                }
                for (String uitgang : MEERVOUD) {
                    staart.computeIfAbsent(t.woorden().getFirst() + uitgang, k -> new ArrayList<>()).add(t);
                }
                if (t.ookBegin()) {
                    begin.computeIfAbsent(t.woorden().getFirst(), k -> new ArrayList<>()).add(t);
                }
            } else {
                meerWoorden.add(t);
            }
        }
        this.aantal = gezien.size();
    }

    /** The shipped lexicon and allow-list. */
    public static Privacytoets standaard() {
        return met(List.of(), List.of());
    }

    /**
     * The shipped lists plus the coach's own: extra words ("woord" or "woord;CATEGORIE", default
     * DIAGNOSE) and extra allowed words.
     */
    public static Privacytoets met(List<String> extraTermen, List<String> extraToegestaan) {
        List<Term> termen = new ArrayList<>(lees(LEXICON));
        for (String regel : extraTermen) {
            String[] delen = regel.split(";", 2);
            Categorie c = delen.length > 1 ? Categorie.valueOf(delen[1].strip().toUpperCase(Locale.ROOT)) : Categorie.DIAGNOSE;
            term(delen[0], c).ifPresent(termen::add);
        }
        List<String> allow = new ArrayList<>(regels(TOEGESTAAN));
        allow.addAll(extraToegestaan);
        return new Privacytoets(termen, allow);
    }

    /** How many distinct entries the lexicon holds. */
    public int aantalTermen() {
        return aantal;
    }

    /** Every hit in the text, in text order; none means the text may go to the employer. */
    public List<Treffer> toets(String tekst) {
        if (tekst == null || tekst.isEmpty()) {
            return List.of();
        }
        List<Woord> woorden = woorden(tekst);
        List<Treffer> treffers = new ArrayList<>(Bsn.vind(tekst));
        boolean[] bezet = new boolean[woorden.size()];
        for (Term t : meerWoorden) {
            int n = t.woorden().size();
            for (int i = 0; i + n <= woorden.size(); i++) {
                if (past(t, woorden, i)) {
                    treffers.add(treffer(tekst, woorden.get(i), woorden.get(i + n - 1), t));
                    for (int j = i; j < i + n; j++) {
                        bezet[j] = true;
                    }
                }
            }
        }
        for (int i = 0; i < woorden.size(); i++) {
            Woord w = woorden.get(i);
            if (bezet[i] || isToegestaan(w.gevouwen())) {
                continue;
            }
            Term t = enkel(w.gevouwen());
            if (t != null) {
                treffers.add(treffer(tekst, w, w, t));
            }
        }
        treffers.sort(Comparator.comparingInt(Treffer::begin));
        return treffers;
    }

    private boolean past(Term t, List<Woord> woorden, int vanaf) {
        int n = t.woorden().size();
        for (int j = 0; j < n; j++) {
            String w = woorden.get(vanaf + j).gevouwen();
            String verwacht = t.woorden().get(j);
            boolean laatste = j == n - 1;
            boolean eerste = j == 0;
            if (w.equals(verwacht)) {
                continue;
            }
            if (laatste && UITGANGEN.stream().anyMatch(u -> w.equals(verwacht + u))) {
                continue;
            }
            if (eerste && n > 1 && w.endsWith(verwacht) && w.length() - verwacht.length() >= MIN_DEEL) {
                continue;
            }
            // "burn-outklachten": a marked term may start a compound with its last word too.
            if (laatste && n > 1 && t.ookBegin() && w.startsWith(verwacht) && w.length() - verwacht.length() >= MIN_DEEL) {
                continue;
            }
            return false;
        }
        return true;
    }

    /** An allowed word, also with an ending ("therapeutisch" allows "therapeutische"). */
    private boolean isToegestaan(String w) {
        for (String uitgang : UITGANGEN) {
            if (w.endsWith(uitgang) && toegestaan.contains(w.substring(0, w.length() - uitgang.length()))) {
                return true;
            }
        }
        return false;
    }

    /** The lexicon entry a single word is, ends in, or (when marked) starts with; null for none. */
    private Term enkel(String w) {
        List<Term> heel = eenWoord.get(w);
        if (heel != null) {
            return heel.getFirst();
        }
        for (int i = MIN_DEEL; i <= w.length() - MIN_SAMENSTELLING; i++) {
            List<Term> eind = staart.get(w.substring(i));
            if (eind != null) {
                for (Term t : eind) {
                    if (t.woorden().getFirst().length() >= MIN_SAMENSTELLING && !toegestaan.contains(w.substring(i))) {
                        return t;
                    }
                }
            }
        }
        for (int j = w.length() - MIN_DEEL; j >= MIN_SAMENSTELLING; j--) {
            List<Term> kop = begin.get(w.substring(0, j));
            if (kop != null) {
                return kop.getFirst();
            }
        }
        return null;
    }

    private static Treffer treffer(String tekst, Woord eerste, Woord laatste, Term t) {
        return new Treffer(eerste.begin(), laatste.einde(), tekst.substring(eerste.begin(), laatste.einde()),
                t.categorie(), t.origineel());
    }

    /** A word of the text: where it stands and its folded form. */
    record Woord(int begin, int einde, String gevouwen) {
    }

    /** Runs of letters and digits; a hyphen or apostrophe inside a word splits it, as in the lexicon. */
    static List<Woord> woorden(String tekst) {
        List<Woord> woorden = new ArrayList<>();
        int i = 0;
        int n = tekst.length();
        while (i < n) {
            int cp = tekst.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(tekst.codePointAt(i))
                        || Character.getType(tekst.codePointAt(i)) == Character.NON_SPACING_MARK)) {
                    i += Character.charCount(tekst.codePointAt(i));
                }
                woorden.add(new Woord(start, i, vouw(tekst.substring(start, i))));
            } else {
                i += Character.charCount(cp);
            }
        }
        return woorden;
    }

    /** Lower case without accents: "Çiğdem" and "cigdem", "Zoë" and "zoe" are the same word. */
    static String vouw(String woord) {
        String zonder = Normalizer.normalize(woord.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return zonder.replace("ł", "l").replace("ı", "i").replace("ß", "ss").replace("ø", "o").replace("æ", "ae");
    }

    private static java.util.Optional<Term> term(String regel, Categorie categorie) {
        String schoon = regel.strip();
        boolean ookBegin = schoon.endsWith("+");
        if (ookBegin) {
            schoon = schoon.substring(0, schoon.length() - 1).strip();
        }
        List<String> woorden = woorden(schoon).stream().map(Woord::gevouwen).toList();
        return woorden.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(new Term(schoon, woorden, categorie, ookBegin));
    }

    static List<Term> lees(String resource) {
        List<Term> termen = new ArrayList<>();
        Categorie categorie = null;
        for (String regel : regels(resource)) {
            if (regel.startsWith("[") && regel.endsWith("]")) {
                categorie = Categorie.valueOf(regel.substring(1, regel.length() - 1));
            } else if (categorie != null) {
                term(regel, categorie).ifPresent(termen::add);
            }
        }
        return termen;
    }

    /** Non-empty lines that are not comments. */
    static List<String> regels(String resource) {
        try (InputStream in = Privacytoets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
