package nl.spoorzoeker.rapportage.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Group privacy (issue 17 item 5): a report about one werknemer must not name the practice's
 * other werknemers ("samen met Jan de Vries in de groepstraining"). Pure: the caller passes the
 * other names.
 *
 * <p>A name is found in full ("Jan de Vries", also with an initial: "J. de Vries") and by its
 * surname alone when the surname has at least four letters. The tussenvoegsel belongs to the
 * surname ("de Vries", "Van Dijk"): that is how Dutch writes a surname on its own, and it keeps
 * "een boer" and "de dijk" from being Mr de Boer and Mrs van Dijk. Each half of a double surname
 * counts on its own ("Jansen-Bakker": also "Bakker"). A first name alone is searched only for the
 * other participants of the same group ({@link Namen#deelnemers()}): in a group-session summary
 * "Ahmed vertelde over zijn scheiding" is how a coach writes about a fellow participant, while in the
 * practice at large "Kim" and "Mark" are too often other people. Matching is by whole words, after
 * the same normalisation as the medical guard (case, accents, invisible and look-alike characters).
 *
 * <p>False hits (issue 18): a name that is also an ordinary word ({@code naamwoorden.txt}: "Roos",
 * "Bas", "Bakker") counts alone only when written with a capital, and a first name alone not at the
 * start of a sentence, where every word has one; a name that is also a place does not count after a
 * preposition of place ("in Breda"); nothing inside a name that belongs to someone else in the text
 * ({@link Namen#nietDeelnemers()}: the coach, the trainers, employers: "Bakker Transport") counts, and
 * a first name of one of those is not searched alone ("Bas" gave the workshop).
 */
public final class AndereDeelnemers {

    /** Dutch (and a few other) surname particles, as folded tokens ("'t" is "t"). */
    static final Set<String> TUSSENVOEGSELS = Set.of("van", "de", "der", "den", "het", "t", "ter", "ten", "te", "in",
            "op", "onder", "uit", "bij", "aan", "vd", "la", "le", "du", "da", "di", "del", "della", "des", "dos", "das",
            "do", "von", "zu", "zum", "zur", "al", "el", "d", "l", "bin", "ben", "ibn");
    static final int MIN_ACHTERNAAM = 4;

    private AndereDeelnemers() {
    }

    /** A name as parts to look for: the first names, and each surname run (tussenvoegsel + surname). */
    private record Naam(String origineel, List<String> voornamen, List<Achternaam> achternamen) {
    }

    /** A surname as a run of folded words, and how many letters it has without the tussenvoegsel. */
    private record Achternaam(List<String> woorden, int letters) {
    }

    /**
     * Every mention in {@code tekst} of one of {@code namen} (the practice's other werknemers), in
     * text order, each reported at its place in the original text with category
     * {@link Categorie#ANDERE_DEELNEMER} and the name as given as its term.
     */
    public static List<Treffer> vind(String tekst, Collection<String> namen) {
        return vind(tekst, new Namen(namen, List.of(), List.of()));
    }

    /**
     * Who must not be named in a group text, and who may.
     *
     * @param praktijk       the practice's other werknemers: found by full name and by surname
     * @param deelnemers     the other participants of the session or programme: also by a first name alone
     * @param nietDeelnemers names of people and organisations that are no participant and may be named
     *                       (the coach, the trainers, the employers): a hit inside one is none
     */
    public record Namen(Collection<String> praktijk, Collection<String> deelnemers, Collection<String> nietDeelnemers) {
        public Namen {
            praktijk = schoon(praktijk);
            deelnemers = schoon(deelnemers);
            nietDeelnemers = schoon(nietDeelnemers);
        }

        private static List<String> schoon(Collection<String> c) {
            return c == null ? List.of() : c.stream().filter(n -> n != null && !n.isBlank()).distinct().toList();
        }

        /** Whether {@code naam} (a hit's term) is one of the participants rather than only of the practice. */
        public boolean isDeelnemer(String naam) {
            return deelnemers.contains(naam);
        }
    }

    /** Names that are also ordinary words, and those that are also places ({@code naamwoorden.txt}). */
    private static final Set<String> WOORDEN;
    private static final Set<String> PLAATSEN;
    /** Words before a place: "in Breda", "naar Ede", "regio Gouda". */
    private static final Set<String> PLAATSVOORZETSELS = Set.of("in", "naar", "uit", "te", "bij", "rond", "richting",
            "regio", "omgeving", "vanuit", "tot", "via");

    static {
        Set<String> woorden = new java.util.HashSet<>();
        Set<String> plaatsen = new java.util.HashSet<>();
        Set<String> doel = woorden;
        for (String regel : Privacytoets.regels("naamwoorden.txt")) {
            if (regel.equals("[PLAATS]")) {
                doel = plaatsen;
            } else {
                doel.add(Normalisatie.vouw(regel));
            }
        }
        WOORDEN = Set.copyOf(woorden);
        PLAATSEN = Set.copyOf(plaatsen);
    }

    /**
     * Every mention in {@code tekst} of the practice's other werknemers (full name, surname) and of
     * the group's other participants (also a first name alone), in text order, as {@link #vind(String, Collection)}.
     */
    public static List<Treffer> vind(String tekst, Namen namen) {
        if (tekst == null || tekst.isEmpty() || namen == null
                || namen.praktijk().isEmpty() && namen.deelnemers().isEmpty()) {
            return List.of();
        }
        Normalisatie.Genormaliseerd g = Normalisatie.van(tekst);
        List<Privacytoets.Woord> woorden = Privacytoets.woorden(g);
        List<int[]> plekken = new ArrayList<>();
        List<String> wie = new ArrayList<>();
        List<String> alle = new ArrayList<>(namen.praktijk());
        namen.deelnemers().stream().filter(n -> !alle.contains(n)).forEach(alle::add);
        // Names of others that may stand in the text: their runs of words, and their first names.
        List<int[]> vrij = new ArrayList<>();
        Set<String> vrijeVoornamen = new java.util.HashSet<>();
        for (String ander : namen.nietDeelnemers()) {
            List<String> run = tokens(ander);
            for (int i = 0; !run.isEmpty() && i + run.size() <= woorden.size(); i++) {
                if (staatEr(woorden, i, run)) {
                    vrij.add(new int[] {i, i + run.size() - 1});
                }
            }
            Naam n = ontleed(ander);
            if (n != null) {
                vrijeVoornamen.addAll(n.voornamen());
            }
        }
        for (String regel : alle) {
            Naam naam = ontleed(regel);
            if (naam == null) {
                continue;
            }
            for (Achternaam achternaam : naam.achternamen()) {
                List<String> run = achternaam.woorden();
                for (int i = 0; i + run.size() <= woorden.size(); i++) {
                    if (!staatEr(woorden, i, run)) {
                        continue;
                    }
                    int begin = i;
                    while (begin > 0 && isVoornaam(woorden.get(begin - 1).gevouwen(), naam.voornamen())) {
                        begin--;
                    }
                    boolean heel = begin < i || naam.voornamen().isEmpty();
                    boolean alleen = begin == i && run.size() == 1;
                    if ((heel || achternaam.letters() >= MIN_ACHTERNAAM) && (!alleen || alsNaam(g, woorden, i, false))) {
                        plekken.add(new int[] {begin, i + run.size() - 1});
                        wie.add(naam.origineel());
                    }
                }
            }
            if (!namen.deelnemers().contains(regel)) {
                continue;
            }
            for (String voornaam : naam.voornamen()) {
                if (voornaam.length() < 2 || vrijeVoornamen.contains(voornaam) || TUSSENVOEGSELS.contains(voornaam)) {
                    continue;
                }
                for (int i = 0; i < woorden.size(); i++) {
                    if (woorden.get(i).gevouwen().equals(voornaam) && alsNaam(g, woorden, i, true)) {
                        plekken.add(new int[] {i, i});
                        wie.add(naam.origineel());
                    }
                }
            }
        }
        for (int k = plekken.size() - 1; k >= 0; k--) {
            int[] p = plekken.get(k);
            if (vrij.stream().anyMatch(v -> v[0] <= p[0] && p[1] <= v[1])) {
                plekken.remove(k);
                wie.remove(k);
            }
        }
        // One hit per passage: the longest where two names overlap ("Anna de Vries" over "de Vries").
        List<Integer> volgorde = new ArrayList<>();
        for (int k = 0; k < plekken.size(); k++) {
            volgorde.add(k);
        }
        volgorde.sort(Comparator.comparingInt((Integer k) -> plekken.get(k)[0])
                .thenComparingInt(k -> -(plekken.get(k)[1] - plekken.get(k)[0])));
        List<Treffer> treffers = new ArrayList<>();
        int tot = -1;
        for (int k : volgorde) {
            int[] p = plekken.get(k);
            if (p[0] <= tot) {
                continue;
            }
            tot = p[1];
            treffers.add(Privacytoets.opOrigineel(g, woorden.get(p[0]).begin(), woorden.get(p[1]).einde(),
                    Categorie.ANDERE_DEELNEMER, wie.get(k)));
        }
        return treffers;
    }

    /**
     * "Jan de Vries", "Anna Maria van der Berg-Jansen", "Vries, Jan de" (surname first, as in a
     * list) or a single name; null when there is nothing to look for.
     */
    private static Naam ontleed(String regel) {
        if (regel == null || regel.isBlank()) {
            return null;
        }
        String schoon = regel.strip();
        List<List<String>> delen = new ArrayList<>();
        List<List<String>> voor;
        List<String> tussen = new ArrayList<>();
        List<String> kern;
        int komma = schoon.indexOf(',');
        if (komma >= 0) {
            kern = tokens(schoon.substring(0, komma));
            for (String deel : schoon.substring(komma + 1).strip().split("\\s+")) {
                delen.add(tokens(deel));
            }
            int eind = delen.size();
            while (eind > 0 && isTussenvoegsel(delen.get(eind - 1))) {
                eind--;
            }
            delen.subList(eind, delen.size()).forEach(tussen::addAll);
            voor = delen.subList(0, eind);
        } else {
            for (String deel : schoon.split("\\s+")) {
                delen.add(tokens(deel));
            }
            delen.removeIf(List::isEmpty);
            if (delen.isEmpty()) {
                return null;
            }
            kern = delen.getLast();
            int begin = delen.size() - 1;
            while (begin > 1 && isTussenvoegsel(delen.get(begin - 1))) {
                begin--;
            }
            if (begin == 1 && isTussenvoegsel(delen.getFirst())) {
                begin = 0; // "Van Dijk": no first name, the whole is the surname
            }
            delen.subList(begin, delen.size() - 1).forEach(tussen::addAll);
            voor = delen.subList(0, begin);
        }
        if (kern.isEmpty()) {
            return null;
        }
        List<String> voornamen = voor.stream().flatMap(List::stream).toList();
        List<Achternaam> achternamen = new ArrayList<>();
        List<String> geheel = new ArrayList<>(tussen);
        geheel.addAll(kern);
        achternamen.add(new Achternaam(geheel, letters(kern)));
        if (kern.size() > 1) {
            // A double surname: each half on its own too, the tussenvoegsel staying with the first.
            for (int i = 0; i < kern.size(); i++) {
                if (TUSSENVOEGSELS.contains(kern.get(i))) {
                    continue; // the "d" of "d'Ancona" is no surname
                }
                List<String> helft = new ArrayList<>(i == 0 ? tussen : List.of());
                helft.add(kern.get(i));
                achternamen.add(new Achternaam(helft, kern.get(i).length()));
            }
        }
        return new Naam(schoon, voornamen, achternamen);
    }

    private static List<String> tokens(String s) {
        return Privacytoets.woorden(s).stream().map(Privacytoets.Woord::gevouwen).toList();
    }

    private static boolean isTussenvoegsel(List<String> deel) {
        return !deel.isEmpty() && TUSSENVOEGSELS.containsAll(deel);
    }

    private static boolean staatEr(List<Privacytoets.Woord> woorden, int vanaf, List<String> run) {
        for (int j = 0; j < run.size(); j++) {
            if (!woorden.get(vanaf + j).gevouwen().equals(run.get(j))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a name standing alone as word {@code i} reads as a name: one that is also a word only
     * with a capital (and a first name not where a sentence starts), one that is also a place not
     * after a preposition of place.
     */
    private static boolean alsNaam(Normalisatie.Genormaliseerd g, List<Privacytoets.Woord> woorden, int i,
                                   boolean voornaam) {
        String w = woorden.get(i).gevouwen();
        if (PLAATSEN.contains(w) && i > 0 && PLAATSVOORZETSELS.contains(woorden.get(i - 1).gevouwen())) {
            return false;
        }
        if (!WOORDEN.contains(w)) {
            return true;
        }
        int begin = g.begin(woorden.get(i).begin());
        String origineel = g.origineel();
        if (!Character.isUpperCase(origineel.codePointAt(begin))) {
            return false;
        }
        if (!voornaam) {
            return true;
        }
        int j = begin - 1;
        while (j >= 0 && !Character.isLetterOrDigit(origineel.charAt(j)) && ".!?:;\n\"'‘’“”(-–—•*".indexOf(origineel.charAt(j)) < 0) {
            j--;
        }
        return j >= 0 && Character.isLetterOrDigit(origineel.charAt(j)) || j >= 0 && origineel.charAt(j) == '(';
    }

    /** One of the first names, or its initial ("J." for Jan). */
    private static boolean isVoornaam(String woord, List<String> voornamen) {
        return voornamen.contains(woord)
                || woord.length() == 1 && voornamen.stream().anyMatch(v -> v.charAt(0) == woord.charAt(0));
    }

    private static int letters(List<String> run) {
        return run.stream().mapToInt(String::length).sum();
    }
}
