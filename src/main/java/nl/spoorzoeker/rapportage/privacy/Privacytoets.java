package nl.spoorzoeker.rapportage.privacy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 *
 * <p>The text is read as printed ({@link Normalisatie}): invisible characters, compatibility forms,
 * accents and look-alike letters from other scripts do not hide a word, and every hit still points
 * into the original text. The Dutch and the English lexicon are always both used (a Dutch report
 * quotes "PTSD" or "panic attacks", an English one "burn-out" or a Dutch treatment); the report's
 * language only decides which ordinary words are allowed ("Ms" is a title in English, MS in Dutch).
 *
 * <p>An organisation's name (employer, where an application went) is checked with
 * {@link Veldsoort#ORGANISATIE}: there a care organisation ("Ziekenhuis Rivierenland", "GGZ
 * Centraal") is fine, because where someone applies says nothing about their health; diagnoses and
 * the rest still count. In running text the same words are hits, except right after a job-search
 * phrase ("solliciteerde bij het ziekenhuis", "vacature bij GGZ Centraal").
 */
public final class Privacytoets {

    static final String LEXICON = "/nl/spoorzoeker/rapportage/privacy/medisch-lexicon.txt";
    static final String LEXICON_EN = "/nl/spoorzoeker/rapportage/privacy/medisch-lexicon-en.txt";
    static final String TOEGESTAAN = "/nl/spoorzoeker/rapportage/privacy/toegestaan.txt";
    /** Allowed only when the report is in English: Dutch lexicon words that are ordinary English. */
    static final String TOEGESTAAN_EN = "/nl/spoorzoeker/rapportage/privacy/toegestaan-en.txt";
    /** Kinds of care organisation that may stand in an organisation's name (docs/privacy-toets.md). */
    static final String ORGANISATIE = "/nl/spoorzoeker/rapportage/privacy/organisatie.txt";
    /** Figures of speech: a lexicon word with the words that make it figurative ("bittere pil"). */
    static final String BEELDSPRAAK = "/nl/spoorzoeker/rapportage/privacy/beeldspraak.txt";
    /**
     * A diagnosis, symptom, drug or pregnancy word at least this long also starts a compound
     * ("migraineaanvallen", "lithiumgebruik", "morfinepleister"); shorter ones only when marked "+".
     */
    static final int MIN_BEGIN = 6;
    /** Categories whose words start a compound without a "+": they name the condition itself. */
    private static final Set<Categorie> BEGIN_VANZELF = java.util.EnumSet.of(Categorie.DIAGNOSE, Categorie.SYMPTOOM,
            Categorie.MEDICATIE, Categorie.ZWANGERSCHAP);
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

    /**
     * One lexicon entry, as folded tokens. {@code ookBegin} ("+" in the lexicon): also as the start
     * of a compound; {@code alleenStaart} ("-" before it): only as the end of a compound, never on
     * its own ("-patiënt" catches "hartpatiënt", not "patiënten" in "met patiënten werken").
     */
    record Term(String origineel, List<String> woorden, Categorie categorie, boolean ookBegin, boolean alleenStaart,
            boolean hoofdletters) {

        Term(String origineel, List<String> woorden, Categorie categorie, boolean ookBegin, boolean alleenStaart) {
            this(origineel, woorden, categorie, ookBegin, alleenStaart, false);
        }
    }

    /** Allowed words: single words, and runs of words ("occupational psychologist"). */
    private record Toegestaan(Set<String> woorden, Map<String, List<List<String>>> zinnen) {

        static Toegestaan van(Collection<String> regels) {
            Set<String> woorden = new HashSet<>();
            // Runs by their first word, which must match exactly: with choices the list holds hundreds.
            Map<String, List<List<String>>> zinnen = new HashMap<>();
            for (String regel : regels.stream().flatMap(r -> uitvouwen(r).stream()).toList()) {
                List<String> delen = Privacytoets.woorden(regel).stream().map(Woord::gevouwen).toList();
                if (delen.size() == 1) {
                    woorden.add(delen.getFirst());
                } else if (delen.size() > 1) {
                    zinnen.computeIfAbsent(delen.getFirst(), k -> new ArrayList<>()).add(delen);
                }
            }
            return new Toegestaan(woorden, zinnen);
        }
    }

    private final Map<String, List<Term>> eenWoord;
    private final Map<String, List<Term>> staart;
    private final Map<String, List<Term>> begin;
    private final List<Term> meerWoorden;
    /**
     * The multi-word entries by their first word and the first letter of their second word: index into {@link #meerWoorden}. A text word is a
     * candidate for an entry when it is that first word or ends in it (a compound); looking its
     * endings up here replaces trying every entry at every word, which with the grown lexicon made
     * the gate the largest part of rendering a 49-page report.
     */
    private final Map<String, List<Integer>[]> meerOpEerste;
    private final Toegestaan toegestaan;
    private final Toegestaan toegestaanEngels;
    private final Set<String> organisatie;
    /** Per folded lexicon entry: the words that make it a figure of speech in the same clause. */
    private final Map<String, List<String>> beeldspraak;
    private final int aantal;
    /**
     * Typing errors: every lexicon word of {@link #MIN_BIJNA} letters or more under the hash of itself
     * and of each form with one letter left out (the "deletion neighbourhood"). A text word one edit
     * away from such a word shares one of these forms with it. The table holds only the forms' string
     * hashes, so a text word's own forms are hashed without making a string of each: the check runs on
     * every word that nothing else caught, and allocating there made the whole guard 30 % slower.
     */
    private final Bijna bijna;
    /** Medical word endings ("-ose", "-algie", "-scopie"), for words nothing else caught (achtervoegsels.txt). */
    private final Morfologie morfologie = Morfologie.standaard();
    /** The sentence model of {@link #twijfel}: the practice's after it learnt (ninth round); null: the shipped one. */
    private final Zinsmodel zinsmodel;

    private Privacytoets(List<Term> termen, Collection<String> toegestaan, Collection<String> toegestaanEngels,
            Collection<String> organisatie, Collection<String> beeldspraak) {
        this.eenWoord = new HashMap<>();
        this.staart = new HashMap<>();
        this.begin = new HashMap<>();
        this.meerWoorden = new ArrayList<>();
        this.meerOpEerste = new HashMap<>();
        this.organisatie = new HashSet<>();
        this.beeldspraak = new HashMap<>();
        // The shipped model is read on the first doubt, not with the lexicon (null until then: see twijfel).
        this.zinsmodel = null;
        for (String regel : beeldspraak) {
            String[] delen = regel.split(":", 2);
            if (delen.length == 2) {
                List<String> signalen = java.util.Arrays.stream(delen[1].split(","))
                        .map(w -> vouw(w.strip())).filter(w -> !w.isEmpty()).toList();
                // Choices as in the lexicon: "{loopt|liep} bij iemand: stage" is two entries.
                for (String vorm : uitvouwen(delen[0])) {
                    this.beeldspraak.computeIfAbsent(String.join(" ", woorden(vorm).stream().map(Woord::gevouwen).toList()),
                            k -> new ArrayList<>()).addAll(signalen);
                }
            }
        }
        this.toegestaan = Toegestaan.van(toegestaan);
        this.toegestaanEngels = Toegestaan.van(toegestaanEngels);
        organisatie.forEach(o -> this.organisatie.add(
                String.join(" ", woorden(o).stream().map(Woord::gevouwen).toList())));
        Set<String> gezien = new HashSet<>();
        for (Term t : termen) {
            if (!gezien.add(String.join(" ", t.woorden()))) {
                continue;
            }
            if (t.woorden().size() == 1) {
                String w = t.woorden().getFirst();
                List<String> verdubbeld = verdubbeld(w);
                if (!t.alleenStaart()) {
                    for (String uitgang : UITGANGEN) {
                        eenWoord.computeIfAbsent(w + uitgang, k -> new ArrayList<>()).add(t);
                    }
                    verdubbeld.forEach(v -> eenWoord.computeIfAbsent(v, k -> new ArrayList<>()).add(t));
                }
                if (!t.hoofdletters()) {
                    for (String uitgang : MEERVOUD) {
                        staart.computeIfAbsent(w + uitgang, k -> new ArrayList<>()).add(t);
                    }
                    verdubbeld.forEach(v -> staart.computeIfAbsent(v, k -> new ArrayList<>()).add(t));
                }
                boolean vanzelf = BEGIN_VANZELF.contains(t.categorie()) && !t.alleenStaart() && !t.hoofdletters()
                        && w.length() >= MIN_BEGIN;
                if (t.ookBegin() || vanzelf) {
                    begin.computeIfAbsent(t.woorden().getFirst(), k -> new ArrayList<>()).add(t);
                }
            } else {
                meerWoorden.add(t);
            }
        }
        // Where an entry is a form of another ("paniekaanvallen", also "paniekaanval" + plural), the entry
        // itself is the one reported.
        for (Map<String, List<Term>> kaart : List.of(eenWoord, staart)) {
            kaart.forEach((vorm, lijst) -> lijst.sort(Comparator.comparingInt(t -> t.woorden().getFirst().equals(vorm) ? 0 : 1)));
        }
        meerWoorden.sort(Comparator.comparingInt((Term t) -> t.woorden().size()).reversed());
        for (int k = 0; k < meerWoorden.size(); k++) {
            // By the first letter of the second word too: every form past() accepts keeps it, and entries
            // with choices ("{iets|het} aan {zijn|haar} {hart|rug|…}") put hundreds behind "het" or "zijn".
            List<String> ws = meerWoorden.get(k).woorden();
            @SuppressWarnings("unchecked")
            List<Integer>[] emmers = meerOpEerste.computeIfAbsent(ws.getFirst(), x -> (List<Integer>[]) new List[27]);
            int b = letter(ws.get(1));
            if (emmers[b] == null) {
                emmers[b] = new ArrayList<>();
            }
            emmers[b].add(k);
        }
        this.aantal = gezien.size();
        Map<Integer, List<Term>> vormen = new HashMap<>();
        for (Term t : termen) {
            String w = t.woorden().getFirst();
            if (t.woorden().size() == 1 && w.length() >= MIN_BIJNA && !t.hoofdletters() && !t.alleenStaart()
                    && t.categorie() != Categorie.INSTELLING && w.chars().allMatch(Character::isLetter)) {
                for (String vorm : weglatingen(w)) {
                    List<Term> lijst = vormen.computeIfAbsent(vorm.hashCode(), k -> new ArrayList<>());
                    if (!lijst.contains(t)) {
                        lijst.add(t);
                    }
                }
            }
        }
        this.bijna = new Bijna(vormen);
    }

    /** The same lexicon tables (never changed once built, so shared), another sentence model, a memory of its own. */
    private Privacytoets(Privacytoets zelfde, Zinsmodel zinsmodel) {
        this.eenWoord = zelfde.eenWoord;
        this.staart = zelfde.staart;
        this.begin = zelfde.begin;
        this.meerWoorden = zelfde.meerWoorden;
        this.meerOpEerste = zelfde.meerOpEerste;
        this.toegestaan = zelfde.toegestaan;
        this.toegestaanEngels = zelfde.toegestaanEngels;
        this.organisatie = zelfde.organisatie;
        this.beeldspraak = zelfde.beeldspraak;
        this.aantal = zelfde.aantal;
        this.bijna = zelfde.bijna;
        this.zinsmodel = zinsmodel;
    }

    /**
     * This guard with another sentence model: the practice's, after learning from the doubts its coach confirmed
     * (ninth round, {@link Zinsmodel#aangepast}). Built in a moment — the lexicon is not read again — so a new
     * confirmation can replace the practice's guard at once. The lexicon's blocks and the patterns' doubts are
     * those of this guard: learning never touches them.
     */
    public Privacytoets metZinsmodel(Zinsmodel model) {
        return model == zinsmodel() ? this : new Privacytoets(this, model);
    }

    /**
     * Whether a passage the coach confirmed as not medical may teach the sentence model (ninth round): only when the
     * lexicon finds nothing in it, read as Dutch or as English. A confirmed passage with a medical word is the coach's
     * judgement on that report, never a lesson for every report.
     */
    public boolean leerbaar(String passage) {
        return passage != null && !passage.isBlank() && toets(passage).isEmpty() && toets(passage, Locale.ENGLISH).isEmpty();
    }

    /** The sentence model this guard doubts with. */
    public Zinsmodel zinsmodel() {
        return zinsmodel != null ? zinsmodel : Zinsmodel.standaard();
    }

    /**
     * The shipped lexicon and allow-list: one instance for the whole program (a heap of the running app
     * held 26 copies of about 2 MB each when every caller built its own, each with its own remembered
     * answers). A guard is fixed once built and its memory is locked, so sharing it between the FX thread,
     * the hint's background checks and a report's render is safe.
     */
    public static Privacytoets standaard() {
        return Gedeeld.TOETS;
    }

    /** Built on first use (the lexicon takes a moment to read), by the JVM's class initialisation: once. */
    private static final class Gedeeld {
        static final Privacytoets TOETS = bouw(List.of(), List.of());
    }

    /**
     * The shipped lists plus the coach's own: extra words ("woord" or "woord;CATEGORIE", default
     * DIAGNOSE) and extra allowed words.
     */
    public static Privacytoets met(List<String> extraTermen, List<String> extraToegestaan) {
        // Without words of the coach's own the guard is the shipped one: no second copy of it.
        return extraTermen.isEmpty() && extraToegestaan.isEmpty() ? standaard() : bouw(extraTermen, extraToegestaan);
    }

    private static Privacytoets bouw(List<String> extraTermen, List<String> extraToegestaan) {
        // The coach's own words first: where one is also shipped, the coach's category is the one shown.
        List<Term> termen = new ArrayList<>();
        for (String regel : extraTermen) {
            String[] delen = regel.split(";", 2);
            Categorie c = delen.length > 1 ? Categorie.valueOf(delen[1].strip().toUpperCase(Locale.ROOT)) : Categorie.DIAGNOSE;
            uitvouwen(delen[0]).forEach(v -> term(v, c).ifPresent(termen::add));
        }
        termen.addAll(lees(LEXICON));
        termen.addAll(lees(LEXICON_EN));
        List<String> allow = new ArrayList<>(regels(TOEGESTAAN));
        allow.addAll(extraToegestaan);
        return new Privacytoets(termen, allow, regels(TOEGESTAAN_EN), regels(ORGANISATIE), regels(BEELDSPRAAK));
    }

    /** How many distinct entries the lexicon holds. */
    public int aantalTermen() {
        return aantal;
    }

    /** Every hit in the text, in text order; none means the text may go to the employer. */
    public List<Treffer> toets(String tekst) {
        return toets(tekst, null, Veldsoort.TEKST);
    }

    /**
     * As {@link #toets(String)}, for a report in {@code taal}: both lexicons always, the ordinary
     * words of that language allowed (null: Dutch).
     */
    public List<Treffer> toets(String tekst, Locale taal) {
        return toets(tekst, taal, Veldsoort.TEKST);
    }

    /**
     * The doubts in a text ({@link Toestand}, the fifth round): sentences about the person's body, mind,
     * energy, pregnancy, addiction or care situation that name nothing medical, except where they overlap
     * a hit in {@code naast} (those are rewritten anyway). Not a block: the coach confirms each before a
     * report is final; a concept redacts them until then.
     */
    public List<Treffer> twijfel(String tekst, List<Treffer> naast) {
        Twijfels twijfels = twijfels(tekst);
        List<Treffer> patronen = twijfels.patronen();
        List<Treffer> uit = twijfelPatronen(patronen, naast);
        // The sentence classifier (sixth round) for what the patterns do not name; where a pattern already
        // doubts the sentence, its hit (which says which family) is the one shown.
        for (Treffer t : twijfels.model()) {
            if (!overlapt(t, naast) && !overlapt(t, patronen)) {
                uit.add(t);
            }
        }
        uit.sort(Comparator.comparingInt(Treffer::begin));
        return uit;
    }

    /**
     * The doubts of the {@link Toestand} patterns alone, without the sentence model: for documents the
     * werknemer writes in the first person (CV, letter), where a doubt is left out without a confirmation
     * step. The model learnt from coach notes about the werknemer; on a CV's "Ik maakte een rooster…" its
     * burden was never measured, and a false doubt there silently drops a sentence of the CV.
     */
    public List<Treffer> twijfelPatronen(String tekst, List<Treffer> naast) {
        return twijfelPatronen(twijfels(tekst).patronen(), naast);
    }

    /** What the patterns and the sentence model doubt in a text, before the hits beside them are taken out. */
    private record Twijfels(List<Treffer> patronen, List<Treffer> model) {
    }

    /**
     * The doubts of a text, remembered like {@link #toets}'s answers: the patterns and the sentence model were
     * 32 of the 81 database-thread samples of opening a report's editor on the 10-year practice (issue 21 item
     * 10), because every check of a report reads all its printed strings again — after each autosave too — and
     * only what the coach typed since is new. Both depend on the text and on this guard alone.
     */
    private Twijfels twijfels(String tekst) {
        if (tekst == null || tekst.length() > GEHEUGEN_MAX_TEKENS) {
            return new Twijfels(Toestand.standaard().vind(tekst), zinsmodel().vind(tekst));
        }
        Twijfels eerder = twijfelGeheugen.get(tekst);
        if (eerder != null) {
            return eerder;
        }
        Twijfels nu = new Twijfels(List.copyOf(Toestand.standaard().vind(tekst)), List.copyOf(zinsmodel().vind(tekst)));
        twijfelGeheugen.put(tekst, nu);
        return nu;
    }

    private static List<Treffer> twijfelPatronen(List<Treffer> patronen, List<Treffer> naast) {
        List<Treffer> uit = new ArrayList<>();
        for (Treffer t : patronen) {
            if (!overlapt(t, naast)) {
                uit.add(t);
            }
        }
        return uit;
    }

    private static boolean overlapt(Treffer t, List<Treffer> andere) {
        return andere.stream().anyMatch(h -> h.begin() < t.einde() && t.begin() < h.einde());
    }

    /** An organisation's name: a care organisation as such is fine ({@link Veldsoort#ORGANISATIE}). */
    public List<Treffer> toetsOrganisatie(String naam) {
        return toets(naam, null, Veldsoort.ORGANISATIE);
    }

    public List<Treffer> toetsOrganisatie(String naam, Locale taal) {
        return toets(naam, taal, Veldsoort.ORGANISATIE);
    }

    /** Every hit in a field of the given kind, in a report in {@code taal} (null: Dutch), in text order. */
    public List<Treffer> toets(String tekst, Locale taal, Veldsoort soort) {
        if (tekst == null || tekst.isEmpty()) {
            return List.of();
        }
        boolean engels = isEngels(taal);
        if (tekst.length() > GEHEUGEN_MAX_TEKENS) {
            return toetsNu(tekst, engels, soort);
        }
        Eerder sleutel = new Eerder(tekst, engels, soort);
        List<Treffer> eerder = geheugen.get(sleutel);
        if (eerder != null) {
            return new ArrayList<>(eerder);
        }
        List<Treffer> nu = toetsNu(tekst, engels, soort);
        geheugen.put(sleutel, List.copyOf(nu));
        return nu;
    }

    /**
     * What this guard found in texts it saw recently: a report's check reads the same texts several
     * times (the checklist, the gate's walk over every printed field, the preview), and again after
     * every autosave, while only what the coach typed since has changed (issue 21 item 10: the check
     * was most of the ~64 ms of CPU before the editor's checklist showed). A guard is fixed once built
     * (the coach's own words make a new one), so a remembered answer stays right.
     */
    private final Geheugen<Eerder, List<Treffer>> geheugen = new Geheugen<>(Eerder::tekst);
    /** The doubts per text ({@link #twijfels}), bounded the same way. */
    private final Geheugen<String, Twijfels> twijfelGeheugen = new Geheugen<>(t -> t);
    private static final int GEHEUGEN_MAX = 8_192;
    /** At most about 4 MB of remembered text per memory. */
    private static final long GEHEUGEN_MAX_TOTAAL = 2_000_000;
    /** Longer texts are checked anew each time rather than kept (a pasted document). */
    private static final int GEHEUGEN_MAX_TEKENS = 20_000;

    /**
     * Answers per text, the least recently used forgotten first, bounded by the characters kept and not
     * only the number of texts: the hint checks every keystroke's text, and 8,192 texts of 20,000
     * characters would be 300 MB in one guard. Locked, as the guard is shared between threads.
     */
    private static final class Geheugen<K, V> {
        private final java.util.function.Function<K, String> tekst;
        private final java.util.LinkedHashMap<K, V> kaart = new java.util.LinkedHashMap<>(256, 0.75f, true);
        private long tekens;

        Geheugen(java.util.function.Function<K, String> tekst) {
            this.tekst = tekst;
        }

        synchronized V get(K sleutel) {
            return kaart.get(sleutel);
        }

        synchronized void put(K sleutel, V waarde) {
            if (kaart.put(sleutel, waarde) == null) {
                tekens += tekst.apply(sleutel).length();
            }
            var oudste = kaart.keySet().iterator();
            while ((tekens > GEHEUGEN_MAX_TOTAAL || kaart.size() > GEHEUGEN_MAX) && oudste.hasNext()) {
                tekens -= tekst.apply(oudste.next()).length();
                oudste.remove();
            }
        }

        synchronized long tekens() {
            return tekens;
        }

        synchronized long geteld() {
            return kaart.keySet().stream().mapToLong(k -> tekst.apply(k).length()).sum();
        }
    }

    /** The characters of the texts remembered now: for the test that the bound holds under concurrent use. */
    long onthoudenTekens() {
        return geheugen.tekens() + twijfelGeheugen.tekens();
    }

    /** The characters of the texts remembered, counted afresh: must equal {@link #onthoudenTekens()}. */
    long onthoudenTekensGeteld() {
        return geheugen.geteld() + twijfelGeheugen.geteld();
    }

    private record Eerder(String tekst, boolean engels, Veldsoort soort) {
    }

    private List<Treffer> toetsNu(String tekst, boolean engels, Veldsoort soort) {
        Normalisatie.Genormaliseerd g = Normalisatie.van(tekst);
        List<Woord> woorden = woorden(g);
        List<Treffer> treffers = new ArrayList<>();
        for (Treffer b : Bsn.vind(g.tekst())) {
            treffers.add(opOrigineel(g, b.begin(), b.einde(), Categorie.BSN, b.term()));
        }
        boolean[] vrij = toegestaneZinnen(woorden, engels);
        boolean[] bezet = vrij.clone();
        List<int[]> plekken = new ArrayList<>();
        List<Term> gevonden = new ArrayList<>();
        // Longest entries first, and no hit over words another hit already holds: "in verwachting van
        // een kind" is one passage to rewrite, not two overlapping ones.
        for (int[] kandidaat : kandidaten(woorden)) {
            Term t = meerWoorden.get(kandidaat[0]);
            int n = t.woorden().size();
            int i = kandidaat[1];
            if (i + n <= woorden.size() && past(t, woorden, i) && !raakt(bezet, i, i + n)
                    && (!t.hoofdletters() || inHoofdletters(g, woorden, i, i + n))) {
                plekken.add(new int[] {i, i + n - 1});
                gevonden.add(t);
                for (int j = i; j < i + n; j++) {
                    bezet[j] = true;
                }
            }
        }
        for (int i = 0; i < woorden.size(); i++) {
            Woord w = woorden.get(i);
            // An abbreviation in capitals keeps its Dutch meaning in an English report: "Ms" is a title, "MS" is not.
            boolean engelsGewoon = engels && !isAfkorting(g, w);
            if (bezet[i]) {
                continue;
            }
            // "opgenomen" and "behandeling" are ordinary words; with a name after them they are not.
            Term context = behandeldBij(g, woorden, i);
            if (context == null) {
                context = opname(g, woorden, i); // "opgenomen" is an allowed word on its own
            }
            if (context != null) {
                plekken.add(new int[] {i, i});
                gevonden.add(context);
                continue;
            }
            if (isToegestaan(w.gevouwen(), engelsGewoon)) {
                continue;
            }
            Term t = enkel(w.gevouwen(), engelsGewoon);
            if (t != null && t.hoofdletters() && !isAfkorting(g, w)) {
                t = null;
            }
            if (t == null) {
                t = eponiem(g, woorden, i);
            }
            if (t == null && !isAfkorting(g, w)) {
                t = bijna(w.gevouwen());
            }
            if (t == null) {
                t = morfologie.vind(w.gevouwen());
            }
            if (t == null && !isAfkorting(g, w)) {
                t = dosis(woorden, i); // "MG" in capitals is a make of car ("12 MG-auto's"), "mg" a dose
            }
            if (t != null) {
                plekken.add(new int[] {i, i});
                gevonden.add(t);
            }
        }
        for (int k = 0; k < plekken.size(); k++) {
            Term t = gevonden.get(k);
            int eerste = plekken.get(k)[0];
            if ((isZorgorganisatie(t) || isAfdeling(woorden, plekken.get(k)[1])
                    || isPraktijknaam(g, woorden, t, eerste, plekken.get(k)[1]))
                    && (soort == Veldsoort.ORGANISATIE || inWerkcontext(g, woorden, eerste)
                    || inWerkzin(g, woorden, eerste) || naOrganisatieLabel(g, woorden, eerste))) {
                continue;
            }
            if (naFunctietitel(g, woorden, t, eerste) || voorFunctietitel(g, woorden, t, plekken.get(k)[1])
                    || alsBeroep(g, woorden, t, eerste)) {
                continue;
            }
            if (isBeeldspraak(g, woorden, t, eerste, plekken.get(k)[1])) {
                continue;
            }
            treffers.add(opOrigineel(g, woorden.get(eerste).begin(), woorden.get(plekken.get(k)[1]).einde(),
                    t.categorie(), t.origineel()));
        }
        treffers.sort(Comparator.comparingInt(Treffer::begin));
        return treffers;
    }

    /**
     * Words that introduce an organisation's name in a form-like note: "Organisatie: Parnassia Groep;
     * functie: …", "Employer: Jeroen Bosch Hospital". What follows such a label up to the next
     * punctuation is a name, as in the organisation field itself (Veldsoort.ORGANISATIE).
     */
    private static final Set<String> ORGANISATIE_LABELS = Set.of("organisatie", "werkgever", "bedrijf", "organisation",
            "organization", "employer", "company", "werkervaringsplek", "wep", "stageplek", "stagebedrijf", "gastbedrijf",
            "placement", "host", "sollicitatie", "application");

    /** Whether the words before {@code eerste} in its clause are an organisation label and a colon. */
    private static boolean naOrganisatieLabel(Normalisatie.Genormaliseerd g, List<Woord> woorden, int eerste) {
        for (int j = eerste - 1; j >= 0 && eerste - j <= 4; j--) {
            String tussen = g.tekst().substring(woorden.get(j).einde(), woorden.get(j + 1).begin());
            if (tussen.indexOf(':') >= 0) {
                return ORGANISATIE_LABELS.contains(woorden.get(j).gevouwen());
            }
            if (tussen.chars().anyMatch(c -> ",;.!?()\n".indexOf(c) >= 0)) {
                return false;
            }
        }
        return false;
    }

    /** What a job title can name after it ("bezorger medicijnen", "secretaresse cardiologie"): not a diagnosis. */
    private static final Set<Categorie> IN_FUNCTIETITEL = java.util.EnumSet.of(Categorie.MEDICATIE, Categorie.BEHANDELING,
            Categorie.BEHANDELAAR);

    /**
     * A treatment, drug or practitioner word right after a job title is part of the title: "bezorger
     * medicijnen", "medewerker operatie", "assistent fysiotherapie". Only a title ending of the job
     * sentence list (medewerker, bezorger, secretaresse…), with no punctuation between, and never a
     * diagnosis or symptom ("medewerker met depressie" has a word between anyway).
     */
    private static boolean naFunctietitel(Normalisatie.Genormaliseerd g, List<Woord> woorden, Term t, int eerste) {
        if (eerste == 0 || !IN_FUNCTIETITEL.contains(t.categorie()) || t.woorden().size() > 1
                || leesteken(g, woorden.get(eerste - 1), woorden.get(eerste))) {
            return false;
        }
        String titel = woorden.get(eerste - 1).gevouwen();
        return FUNCTIETITELS.stream().anyMatch(e -> titel.endsWith(e) || titel.endsWith(e + "s") || titel.endsWith(e + "en"));
    }

    /**
     * The English order of the same (seventh round, the blocks on the retired blind sets v4–v6): a treatment,
     * drug or practitioner word right before a job title is the field of the job — "ambulance driver",
     * "outpatient clinic secretary", "pharmacy assistant". Multi-word entries count too; no punctuation between.
     */
    private static boolean voorFunctietitel(Normalisatie.Genormaliseerd g, List<Woord> woorden, Term t, int laatste) {
        int k = laatste + 1;
        if (k >= woorden.size() || leesteken(g, woorden.get(laatste), woorden.get(k))) {
            return false;
        }
        // Eighth round (v7): a condition followed by "care" names a care sector, not the werknemer's illness:
        // "addiction care admin assistant", "dementia care worker".
        boolean sector = ZORGSECTOR.contains(woorden.get(k).gevouwen());
        if (!IN_FUNCTIETITEL.contains(t.categorie()) && !sector) {
            return false;
        }
        // Dutch writes the field and the title as one word, or with a hyphen when the field is long:
        // "fysiotherapeut-assistent", "ergotherapie-assistent", "vaccinatie-administratie".
        if (g.tekst().substring(woorden.get(laatste).einde(), woorden.get(k).begin()).equals("-")
                && isWerkkop(woorden.get(k).gevouwen())) {
            return true;
        }
        // Eighth round (v7): the field and the title may have one or two nouns between them ("medicine delivery
        // driver", "addiction care admin assistant"); a function word, a number or punctuation ends the phrase.
        for (; k < woorden.size() && k <= laatste + 3; k++) {
            if (leesteken(g, woorden.get(k - 1), woorden.get(k))) {
                return false;
            }
            String titel = woorden.get(k).gevouwen();
            if (FUNCTIETITELS_EN.contains(titel) || FUNCTIETITELS_EN.contains(titel.replaceFirst("s$", ""))) {
                return true;
            }
            if (FUNCTIEWOORDEN.contains(titel) || titel.chars().anyMatch(Character::isDigit)) {
                return false;
            }
        }
        return false;
    }

    /** "care", "zorg": after a condition, a sector ("addiction care"). */
    private static final Set<String> ZORGSECTOR = Set.of("care", "zorg");

    /**
     * Function words, pronouns and verbs that end a noun phrase: what comes after one of them is no longer the
     * job title the field word belongs to ("medicine for the driver", "physiotherapy, then the assistant").
     */
    private static final Set<String> FUNCTIEWOORDEN = Set.of("the", "a", "an", "and", "or", "but", "of", "for", "to",
            "in", "on", "at", "by", "with", "from", "as", "his", "her", "their", "my", "your", "he", "she", "they", "we",
            "i", "it", "is", "was", "are", "were", "be", "been", "has", "had", "have", "does", "did", "do", "not", "no",
            "after", "before", "because", "since", "while", "every", "each", "twice", "daily", "weekly");

    /** The second half of a hyphenated Dutch job or department name: a title, or a department of the office. */
    private static boolean isWerkkop(String w) {
        return FUNCTIETITELS.stream().anyMatch(e -> w.endsWith(e) || w.endsWith(e + "s") || w.endsWith(e + "en"))
                || WERKAFDELINGEN.contains(w) || FUNCTIETITELS_EN.contains(w);
    }

    /** Departments of an office that a care word can name the field of: "vaccinatie-administratie". */
    private static final Set<String> WERKAFDELINGEN = Set.of("administratie", "planning", "registratie", "balie",
            "secretariaat", "logistiek", "receptie", "afdeling", "team");

    /**
     * A treatment or practitioner word written with a capital and followed by a capitalised name, with nothing
     * between, is the name of a practice (eighth round, v7): "Physio North", "Fysio Vitaal Emmen". As an
     * organisation it gets the same job-sentence rules as a hospital; "bij de fysio" stays a hit.
     */
    private static boolean isPraktijknaam(Normalisatie.Genormaliseerd g, List<Woord> woorden, Term t, int eerste,
            int laatste) {
        if (!IN_FUNCTIETITEL.contains(t.categorie()) || laatste + 1 >= woorden.size()
                || leesteken(g, woorden.get(laatste), woorden.get(laatste + 1))) {
            return false;
        }
        return Character.isUpperCase(g.origineel().codePointAt(g.begin(woorden.get(eerste).begin())))
                && Character.isUpperCase(g.origineel().codePointAt(g.begin(woorden.get(laatste + 1).begin())));
    }

    /** English job titles that take their field before them. */
    private static final Set<String> FUNCTIETITELS_EN = Set.of("driver", "secretary", "scheduler", "assistant",
            "receptionist", "clerk", "porter", "cleaner", "administrator", "coordinator", "planner", "courier", "officer",
            "dispatcher", "technician", "manager", "supervisor", "host", "hostess");

    /**
     * A practitioner named as someone's trade (seventh round): "werkte als fysiotherapeut", "Werknemer was
     * fysiotherapeut in loondienst", "She was a physiotherapist", "de opleiding tot praktijkondersteuner",
     * "trained as a physiotherapist". The word right before, or before an indefinite article, says it is a
     * job: als, as, tot, was, werd, became. A definite article ("Het is de psychiater die…") or a preposition
     * ("was bij de psychiater") keeps it a hit.
     */
    private static boolean alsBeroep(Normalisatie.Genormaliseerd g, List<Woord> woorden, Term t, int eerste) {
        if (t.categorie() != Categorie.BEHANDELAAR) {
            return false;
        }
        int k = eerste - 1;
        if (k >= 0 && ONBEPAALD.contains(woorden.get(k).gevouwen()) && !leesteken(g, woorden.get(k), woorden.get(eerste))) {
            k--;
        }
        return k >= 0 && k < eerste && BEROEPSWOORDEN.contains(woorden.get(k).gevouwen())
                && !leesteken(g, woorden.get(k), woorden.get(k + 1));
    }

    private static final Set<String> ONBEPAALD = Set.of("een", "a", "an");
    private static final Set<String> BEROEPSWOORDEN = Set.of("als", "as", "tot", "was", "werd", "became", "become");

    /** Job titles that take a field after them in Dutch job ads. */
    private static final List<String> FUNCTIETITELS = List.of("medewerker", "medewerkster", "bezorger", "koerier",
            "secretaresse", "assistent", "assistente", "administrateur", "receptionist", "receptioniste", "coordinator",
            "planner", "chauffeur");

    private static final Term DOSIS = new Term("… mg", List.of("mg"), Categorie.MEDICATIE, false, false);
    /** Units of a dose of medicine; "ml" and "gram" are kitchen units too and stay out. */
    private static final Set<String> DOSISEENHEDEN = Set.of("mg", "milligram", "milligrams", "mcg", "microgram",
            "micrograms", "ug");

    /**
     * A dose: a number followed by a unit of medicine ("100 mg", "20mg", "50 microgram"). A dose says
     * medication as plainly as the drug's name, and no list holds every drug.
     */
    private static Term dosis(List<Woord> woorden, int i) {
        String w = woorden.get(i).gevouwen();
        if (DOSISEENHEDEN.contains(w)) {
            return i > 0 && isGetal(woorden.get(i - 1).gevouwen()) ? DOSIS : null;
        }
        int n = w.length();
        int k = 0;
        while (k < n && Character.isDigit(w.charAt(k))) {
            k++;
        }
        return k > 0 && k < n && DOSISEENHEDEN.contains(w.substring(k)) ? DOSIS : null;
    }

    private static boolean isGetal(String w) {
        return !w.isEmpty() && w.chars().allMatch(Character::isDigit);
    }

    private static final Term OPNAME = new Term("opname", List.of("opname"), Categorie.BEHANDELING, false, false);
    /** Numbers as words, for "opname van drie weken", "admitted for two weeks". */
    private static final Set<String> TELWOORDEN = Set.of("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht",
            "negen", "tien", "paar", "enkele", "aantal", "ruim", "bijna", "a", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "few", "couple", "several");
    /** Time units also in their clipped forms: "opname 3 wk", "admitted 3 wks". */
    private static final Set<String> TIJD_KORT = Set.of("wk", "wkn", "wks", "dgn", "mnd", "mndn", "hrs");
    /** Words that make "opgenomen" taken up into something: in, op, als, het, de… */
    private static final Set<String> OPGENOMEN_IN = Set.of("in", "op", "als", "onder", "bij", "tot", "aan", "het", "de",
            "een", "into", "onto", "to", "the", "as", "on");
    private static final Set<String> HULPWERKWOORDEN = Set.of("is", "was", "werd", "wordt", "ligt", "lag", "zit", "zat",
            "been", "were", "got", "gets");

    /**
     * An admission that no list can hold by its words, which are ordinary ("opname" is also a
     * recording, "opgenomen" also taken up, "admitted" also conceded):
     * <ul>
     *   <li>with a length of stay: "opname van drie weken", "opname 3 wk", "twee weken opgenomen",
     *       "admitted for two weeks", "admitted 3 wks";</li>
     *   <li>a person who "is/was/werd … opgenomen" or "was admitted", where the clause ends there:
     *       "hij is vorige week opgenomen, …", "She was admitted." — not "is opgenomen in het team",
     *       "verlof opgenomen" (no person with is/was), "was admitted to the course".</li>
     * </ul>
     */
    private static Term opname(Normalisatie.Genormaliseerd g, List<Woord> woorden, int i) {
        String w = woorden.get(i).gevouwen();
        boolean nl = w.equals("opname") || w.equals("opnames") || w.equals("opgenomen");
        boolean en = w.equals("admitted") || w.equals("hospitalised") || w.equals("hospitalized");
        if (!nl && !en) {
            return null;
        }
        // A length of stay: a number and a unit of time in the four words after "opname"/"admitted"
        // (same clause), or right before any of them ("twee weken opgenomen"). Not after "opgenomen":
        // "vakantie opgenomen voor twee weken" is leave taken.
        if (!w.equals("opgenomen")) {
            boolean getal = false;
            for (int j = i + 1; j < woorden.size() && j <= i + 4 && !leesteken(g, woorden.get(j - 1), woorden.get(j)); j++) {
                String v = woorden.get(j).gevouwen();
                if (isGetal(v) || TELWOORDEN.contains(v)) {
                    getal = true;
                } else if (getal && (TIJD.contains(v) || TIJD_KORT.contains(v))) {
                    return OPNAME;
                }
            }
        }
        if (i >= 2 && (TIJD.contains(woorden.get(i - 1).gevouwen()) || TIJD_KORT.contains(woorden.get(i - 1).gevouwen()))
                && (isGetal(woorden.get(i - 2).gevouwen()) || TELWOORDEN.contains(woorden.get(i - 2).gevouwen()))
                && !leesteken(g, woorden.get(i - 1), woorden.get(i))) {
            return OPNAME;
        }
        if (w.equals("opname") || w.equals("opnames")) {
            return null;
        }
        // A person, then is/was/werd, then "opgenomen"/"admitted" at the end of the clause.
        int eind = i + 1;
        if (eind < woorden.size() && Set.of("geweest", "again", "opnieuw").contains(woorden.get(eind).gevouwen())) {
            eind++;
        }
        if (eind < woorden.size() && !leesteken(g, woorden.get(eind - 1), woorden.get(eind))) {
            return null;
        }
        boolean hulp = false;
        for (int j = i - 1; j >= 0 && i - j <= 6; j--) {
            String v = woorden.get(j).gevouwen();
            if (leesteken(g, woorden.get(j), woorden.get(j + 1))) {
                // The point of "Mw." or "Dhr." does not end the clause.
                boolean afkorting = PERSONEN.contains(v) && g.tekst().substring(woorden.get(j).einde(),
                        woorden.get(j + 1).begin()).strip().equals(".");
                if (!afkorting) {
                    return null;
                }
            }
            if (HULPWERKWOORDEN.contains(v)) {
                hulp = true;
            } else if (PERSONEN.contains(v) && hulp) {
                return OPNAME;
            } else if (!hulp && OPGENOMEN_IN.contains(v)) {
                return null; // "hij is in het team opgenomen": taken up into something
            }
        }
        return null;
    }

    /** A word of two or more letters written in capitals only, as typed. */
    private static boolean isAfkorting(Normalisatie.Genormaliseerd g, Woord w) {
        String origineel = g.origineel().substring(g.begin(w.begin()), g.einde(w.einde()));
        long letters = origineel.codePoints().filter(Character::isLetter).count();
        return letters >= 2 && origineel.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    static boolean isEngels(Locale taal) {
        return taal != null && taal.getLanguage().equals("en");
    }

    private static boolean raakt(boolean[] bezet, int van, int tot) {
        for (int j = van; j < tot; j++) {
            if (bezet[j]) {
                return true;
            }
        }
        return false;
    }

    /** The words that are part of an allowed run ("occupational psychologist"): not checked. */
    private boolean[] toegestaneZinnen(List<Woord> woorden, boolean engels) {
        boolean[] vrij = new boolean[woorden.size()];
        for (Toegestaan lijst : engels ? List.of(toegestaan, toegestaanEngels) : List.of(toegestaan)) {
            for (int i = 0; i < woorden.size(); i++) {
                for (List<String> zin : lijst.zinnen().getOrDefault(woorden.get(i).gevouwen(), List.of())) {
                    if (i + zin.size() > woorden.size()) {
                        continue;
                    }
                    boolean past = true;
                    for (int j = 0; j < zin.size() && past; j++) {
                        String w = woorden.get(i + j).gevouwen();
                        String z = zin.get(j);
                        past = w.equals(z) || j == zin.size() - 1 && MEERVOUD.stream().anyMatch(u -> w.equals(z + u));
                    }
                    if (past) {
                        java.util.Arrays.fill(vrij, i, i + zin.size(), true);
                    }
                }
            }
        }
        return vrij;
    }

    /** Words that make the word before them a part of an organisation: "therapie-afdeling", "fysio praktijk". */
    private static final Set<String> AFDELINGEN = Set.of("afdeling", "afdelingen", "praktijk", "praktijken", "centrum",
            "department", "practice", "unit", "restaurant", "kantine", "canteen", "cafe", "keuken", "kitchen", "winkel",
            "shop", "receptie", "reception", "parkeergarage", "car park");

    /**
     * A treatment or practitioner followed by a word for a department or practice ("de therapie-afdeling
     * zoekt een secretaresse"): an organisation, with the same job-sentence rules as a hospital.
     */
    private static boolean isAfdeling(List<Woord> woorden, int laatste) {
        return laatste + 1 < woorden.size() && AFDELINGEN.contains(woorden.get(laatste + 1).gevouwen());
    }

    /** A kind of care organisation, or a named one: fine as an organisation's name. */
    private boolean isZorgorganisatie(Term t) {
        return t.categorie() == Categorie.INSTELLING || organisatie.contains(String.join(" ", t.woorden()));
    }

    /** Prepositions between a job-search word and the organisation: "solliciteerde bij het ziekenhuis". */
    private static final Set<String> VOORZETSELS = Set.of("bij", "in", "voor", "van", "at", "with", "for");
    /** Articles, which may stand between the preposition and the name. */
    private static final Set<String> LIDWOORDEN = Set.of("het", "de", "een", "t", "the", "a", "an");
    /**
     * Job-search words whose organisation is an employer, not a place of care. Deliberately not
     * "gesprek", "werknemer"/"employee" or "opgenomen": "gesprek met werknemer in het ziekenhuis" is a visit.
     */
    private static final List<String> WERKWOORD_BEGIN = List.of("sollicit", "gesollicit", "vacature", "werkervaring",
            "proefplaats", "stage", "meeloop", "proefdag", "detacher", "gedetacheerd", "vrijwilligerswerk", "appl",
            "vacanc", "placement", "internship", "volunteer");
    private static final Set<String> WERKWOORDEN = Set.of("baan", "banen", "functie", "functies", "dienst", "werkt",
            "werkte", "werkten", "werken", "gewerkt", "werkzaam", "werkplek", "werkgever", "aangenomen", "job", "jobs",
            "work", "works", "worked", "working", "employer", "employed", "employment", "interview", "position", "hired");

    /**
     * Whether the hit at word {@code eerste} is the organisation after a job-search phrase:
     * a job word, a preposition, then at most three articles or capitalised name words
     * ("vacature bij het Maasstad Ziekenhuis"), with no punctuation in between.
     */
    private static boolean inWerkcontext(Normalisatie.Genormaliseerd g, List<Woord> woorden, int eerste) {
        int k = eerste - 1;
        int overgeslagen = 0;
        while (k >= 0 && !VOORZETSELS.contains(woorden.get(k).gevouwen())) {
            Woord w = woorden.get(k);
            boolean naamdeel = Character.isUpperCase(g.origineel().codePointAt(g.begin(w.begin())));
            if (overgeslagen == 3 || !(LIDWOORDEN.contains(w.gevouwen()) || naamdeel)) {
                return false;
            }
            k--;
            overgeslagen++;
        }
        if (k < 1) {
            return false;
        }
        String werk = woorden.get(k - 1).gevouwen();
        if (!WERKWOORDEN.contains(werk) && WERKWOORD_BEGIN.stream().noneMatch(werk::startsWith)) {
            return false;
        }
        String tussen = g.tekst().substring(woorden.get(k - 1).einde(), woorden.get(eerste).begin());
        return tussen.chars().noneMatch(c -> ".,;:!?()\n".indexOf(c) >= 0);
    }

    /**
     * The (entry, word) pairs where a multi-word entry can start: the word is the entry's first word
     * or ends in it with at least {@link #MIN_DEEL} letters before (as {@link #past} accepts). In the
     * order the full search used: entries longest first, then by position.
     */
    private List<int[]> kandidaten(List<Woord> woorden) {
        List<int[]> uit = new ArrayList<>();
        for (int i = 0; i < woorden.size(); i++) {
            String w = woorden.get(i).gevouwen();
            for (int s = 0; s < w.length(); s = s == 0 ? MIN_DEEL : s + 1) {
                List<Integer>[] emmers = i + 1 < woorden.size() ? meerOpEerste.get(s == 0 ? w : w.substring(s)) : null;
                List<Integer> lijst = emmers == null ? null : emmers[letter(woorden.get(i + 1).gevouwen())];
                if (lijst != null) {
                    for (int k : lijst) {
                        uit.add(new int[] {k, i});
                    }
                }
            }
        }
        uit.sort(Comparator.comparingInt((int[] a) -> a[0]).thenComparingInt(a -> a[1]));
        return uit;
    }

    /** The bucket of a word's first letter: a–z, or 26 for anything else. */
    private static int letter(String w) {
        char c = w.isEmpty() ? ' ' : w.charAt(0);
        return c >= 'a' && c <= 'z' ? c - 'a' : 26;
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
            // "panic atacks", "hoge bloedruk": with the other words of the entry exact, one typing error
            // in a later word is read as one; the words around it make a collision unlikely.
            if (!eerste && !t.hoofdletters() && verwacht.length() >= 5 && !w.isEmpty() && w.charAt(0) == verwacht.charAt(0)
                    && (eenFoutLos(w, verwacht)
                    || laatste && UITGANGEN.stream().anyMatch(u -> !u.isEmpty() && w.endsWith(u)
                            && eenFoutLos(w.substring(0, w.length() - u.length()), verwacht)))) {
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

    /**
     * Whether the word ends in an allowed word that starts before position {@code tot}: then a lexicon
     * word at {@code tot} is only part of that allowed word ("inkoopassistent", "meldkamerassistent").
     */
    private boolean eindigtToegestaan(String w, int tot, boolean engels) {
        for (int j = 1; j < tot; j++) {
            if (isToegestaan(w.substring(j), engels)) {
                return true;
            }
        }
        return false;
    }

    /** An allowed word, also with an ending ("therapeutisch" allows "therapeutische"). */
    private boolean isToegestaan(String w, boolean engels) {
        for (String uitgang : UITGANGEN) {
            if (w.endsWith(uitgang) && isToegestaanWoord(w.substring(0, w.length() - uitgang.length()), engels)) {
                return true;
            }
        }
        return false;
    }

    private boolean isToegestaanWoord(String w, boolean engels) {
        return toegestaan.woorden().contains(w) || engels && toegestaanEngels.woorden().contains(w);
    }

    /** The lexicon entry a single word is, ends in, or (when marked) starts with; null for none. */
    private Term enkel(String w, boolean engels) {
        List<Term> heel = eenWoord.get(w);
        if (heel != null) {
            return heel.getFirst();
        }
        for (int i = MIN_DEEL; i <= w.length() - MIN_SAMENSTELLING; i++) {
            List<Term> eind = staart.get(w.substring(i));
            if (eind != null) {
                if (eindigtToegestaan(w, i, engels)) {
                    return null; // "inkoopassistent" ends in "assistent", which holds "stent"
                }
                for (Term t : eind) {
                    if (t.woorden().getFirst().length() >= MIN_SAMENSTELLING && !isToegestaanWoord(w.substring(i), engels)) {
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

    /** A lexicon word this long or longer is also found with one typing error ("depresie", "pyschiater"). */
    static final int MIN_BIJNA = 6;

    /** The word itself and every form with one letter left out. */
    static List<String> weglatingen(String w) {
        List<String> uit = new ArrayList<>(w.length() + 1);
        uit.add(w);
        for (int i = 0; i < w.length(); i++) {
            if (i == 0 || w.charAt(i) != w.charAt(i - 1)) { // "ll" gives the same form twice
                uit.add(w.substring(0, i) + w.substring(i + 1));
            }
        }
        return uit;
    }

    /**
     * The lexicon word a text word is one typing error away from: a letter left out, added, changed or
     * two neighbours swapped. Only words of {@link #MIN_BIJNA} letters or more, so that short ordinary
     * words next to short medical ones stay apart; the text word itself is checked against the allow-list
     * before it gets here.
     */
    private Term bijna(String w) {
        int n = w.length();
        if (n < MIN_BIJNA || n > 40) {
            return null;
        }
        if (!bijna.kan(w)) {
            return null;
        }
        Term t = bijna.vind(w, w.hashCode());
        if (t != null) {
            return t;
        }
        // The hash of w without its letter i, as String.hashCode would give it: the hash of the part
        // before, shifted past the part after, plus the hash of the part after.
        int[] na = new int[n + 1];
        int macht = 1;
        int[] machten = new int[n + 1];
        for (int j = n - 1; j >= 0; j--) {
            na[j] = w.charAt(j) * macht + na[j + 1];
            machten[n - j] = macht * 31;
            macht *= 31;
        }
        machten[0] = 1;
        int voor = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || w.charAt(i) != w.charAt(i - 1)) {
                t = bijna.vind(w, voor * machten[n - 1 - i] + na[i + 1]);
                if (t != null) {
                    return t;
                }
            }
            voor = 31 * voor + w.charAt(i);
        }
        return null;
    }

    /** Lexicon words by the hashes of their forms, in an open-addressing table without boxing. */
    private static final class Bijna {
        private final int[] sleutels;
        private final Term[][] termen;

        /**
         * A gate before the table: whether any lexicon word has this first and last letter and a length
         * one edit away (or the last two letters swapped, "schizofrenei"). A typing error seldom hits the
         * first or the last letter otherwise, and most ordinary words fail this test: without it the
         * check made the guard a fifth slower.
         */
        private final boolean[] poort = new boolean[27 * 27 * 42];

        private static int plek(char eerste, char laatste, int lengte) {
            return ((eerste >= 'a' && eerste <= 'z' ? eerste - 'a' : 26) * 27
                    + (laatste >= 'a' && laatste <= 'z' ? laatste - 'a' : 26)) * 42 + Math.min(lengte, 41);
        }

        boolean kan(String w) {
            return poort[plek(w.charAt(0), w.charAt(w.length() - 1), w.length())];
        }

        Bijna(Map<Integer, List<Term>> vormen) {
            vormen.values().forEach(lijst -> lijst.forEach(t -> {
                String b = t.woorden().getFirst();
                char laatste = b.charAt(b.length() - 1);
                for (int d = -1; d <= 1; d++) {
                    poort[plek(b.charAt(0), laatste, b.length() + d)] = true;
                }
                poort[plek(b.charAt(1), laatste, b.length())] = true; // the first two letters swapped
                poort[plek(b.charAt(0), b.charAt(b.length() - 2), b.length())] = true; // the last two
            }));
            int grootte = Integer.highestOneBit(Math.max(4, vormen.size() * 3)) * 2;
            sleutels = new int[grootte];
            termen = new Term[grootte][];
            vormen.forEach((h, lijst) -> {
                int i = h & (grootte - 1);
                while (termen[i] != null) {
                    i = (i + 1) & (grootte - 1);
                }
                sleutels[i] = h;
                termen[i] = lijst.toArray(Term[]::new);
            });
        }

        /** The first lexicon word with a form of this hash that is one typing error from {@code w}. */
        Term vind(String w, int h) {
            int i = h & (sleutels.length - 1);
            while (termen[i] != null) {
                if (sleutels[i] == h) {
                    for (Term t : termen[i]) {
                        if (eenFout(w, t.woorden().getFirst())) {
                            return t;
                        }
                    }
                }
                i = (i + 1) & (sleutels.length - 1);
            }
            return null;
        }
    }

    /**
     * Whether text word {@code a} is lexicon word {@code b} with one typing error of a kind that seldom
     * makes another real word (measured against the Dutch and English word lists, docs/privacy-toets.md):
     * <ul>
     *   <li>two neighbouring letters swapped ("herina", "pyschiater"): words of six letters or more;</li>
     *   <li>a vowel for a vowel ("diabetis", "epelepsie", "oxazapam"): eight or more — a consonant for a
     *       consonant makes ordinary words ("bestrating", "meditatie", "hoofdlijn");</li>
     *   <li>a letter too many ("pshycholoog"): eight or more;</li>
     *   <li>a letter left out: of a doubled letter ("depresie") eight or more, another eleven or more
     *       ("fysiotheapeut") — "factuur", "addition", "mediation" are fractuur, addiction, medication
     *       less a letter.</li>
     * </ul>
     * The first letter must agree, except in a swap of the first two: typing errors seldom start a word.
     * (The gate in {@link Bijna} also wants the last letter to agree, unless the last two are swapped.)
     */
    static boolean eenFout(String a, String b) {
        int n = b.length();
        if (a.equals(b) || Math.abs(a.length() - n) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == n) {
            boolean verwisseld = i + 1 < n && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, n - i - 2);
            if (verwisseld) {
                return n >= 6;
            }
            return i > 0 && n >= 8 && a.regionMatches(i + 1, b, i + 1, n - i - 1) && isKlinker(a.charAt(i))
                    && isKlinker(b.charAt(i));
        }
        if (i == 0) {
            return false;
        }
        if (a.length() > n) {
            return n >= 8 && a.regionMatches(i + 1, b, i, n - i);
        }
        boolean dubbel = b.charAt(i) == b.charAt(i - 1) || i + 1 < n && b.charAt(i) == b.charAt(i + 1);
        return a.regionMatches(i, b, i + 1, n - i - 1) && (dubbel ? n >= 8 : n >= 11);
    }

    /**
     * One typing error of any of the kinds {@link #eenFout} knows, in a word of five letters or more,
     * for a word inside a multi-word entry whose other words are exact ("panic atacks").
     */
    static boolean eenFoutLos(String a, String b) {
        int n = b.length();
        if (a.equals(b) || Math.abs(a.length() - n) > 1 || a.isEmpty() || a.charAt(0) != b.charAt(0)) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == n) {
            return i + 1 < n && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, n - i - 2)
                    || a.regionMatches(i + 1, b, i + 1, n - i - 1) && isKlinker(a.charAt(i)) && isKlinker(b.charAt(i));
        }
        if (a.length() > n) {
            return a.regionMatches(i + 1, b, i, n - i);
        }
        return a.regionMatches(i, b, i + 1, n - i - 1);
    }

    private static boolean isKlinker(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }

    private static final Term BEHANDELD_BIJ = new Term("in behandeling bij …", List.of("behandeling", "bij"),
            Categorie.BEHANDELING, false, false);
    private static final Term IN_BEHANDELING = new Term("in behandeling", List.of("in", "behandeling"),
            Categorie.BEHANDELING, false, false);
    /** Authorities and employers with whom a file is "in behandeling": not a place of care. */
    private static final Set<String> INSTANTIES = Set.of("uwv", "gemeente", "ind", "svb", "duo", "belastingdienst", "cbr",
            "cak", "cjib", "rechtbank", "kantonrechter", "notaris", "advocaat", "werkgever", "hr", "p", "po", "verzekeraar",
            "arbodienst", "bedrijfsarts", "the");

    /**
     * Treatment at a named place or person that no list holds: "in behandeling bij Mondriaan", "onder
     * behandeling van Dr. Jansen", "opgenomen geweest bij Vincent van Gogh". Only with a capitalised
     * name right after "bij"/"van" that is not an authority ("de aanvraag is in behandeling bij het
     * UWV" has an article; "in behandeling bij UWV" names one). Hit on "behandeling"/"opgenomen".
     */
    private static Term behandeldBij(Normalisatie.Genormaliseerd g, List<Woord> woorden, int i) {
        String w = woorden.get(i).gevouwen();
        int k;
        if (w.equals("behandeling") && i >= 1 && Set.of("in", "onder").contains(woorden.get(i - 1).gevouwen())
                && (i + 1 == woorden.size() || zinsgrens(g, woorden.get(i), woorden.get(i + 1))
                        || leesteken(g, woorden.get(i), woorden.get(i + 1)))) {
            // "Mw. is nog onder behandeling.": at the end of a clause, about a person and not a file.
            boolean onder = woorden.get(i - 1).gevouwen().equals("onder");
            boolean persoon = false;
            for (int j = i - 2; j >= 0; j--) {
                String v = woorden.get(j).gevouwen();
                if (ZAKEN.stream().anyMatch(z -> v.endsWith(z) || v.endsWith(z + "en") || v.endsWith(z + "s"))) {
                    return null;
                }
                persoon |= PERSONEN.contains(v);
                // The point of "Mw." or "Dhr." does not end the sentence.
                if (j > 0 && zinsgrens(g, woorden.get(j - 1), woorden.get(j))
                        && !PERSONEN.contains(woorden.get(j - 1).gevouwen())) {
                    break;
                }
            }
            return onder || persoon ? IN_BEHANDELING : null;
        }
        if (w.equals("behandeling") && i >= 1 && Set.of("in", "onder").contains(woorden.get(i - 1).gevouwen())) {
            k = i + 1;
        } else if (w.equals("opgenomen")) {
            k = i + 1;
            if (k < woorden.size() && woorden.get(k).gevouwen().equals("geweest")) {
                k++;
            }
        } else {
            return null;
        }
        if (k + 1 >= woorden.size() || !Set.of("bij", "van").contains(woorden.get(k).gevouwen())
                || w.equals("opgenomen") && !woorden.get(k).gevouwen().equals("bij")) {
            return null;
        }
        Woord naam = woorden.get(k + 1);
        if (!isHoofdletter(g, naam) || INSTANTIES.contains(naam.gevouwen()) || leesteken(g, woorden.get(i), naam)) {
            return null;
        }
        for (int j = i - 1; j >= 0 && !zinsgrens(g, woorden.get(j), woorden.get(j + 1)); j--) {
            String v = woorden.get(j).gevouwen();
            if (ZAKEN.stream().anyMatch(z -> v.endsWith(z) || v.endsWith(z + "en") || v.endsWith(z + "s"))) {
                return null; // "de klacht is in behandeling bij Menzis": a file, not a person
            }
        }
        return BEHANDELD_BIJ;
    }

    /** Who can be "in behandeling" in a coach's note: the werknemer, by any of the usual names. */
    private static final Set<String> PERSONEN = Set.of("wn", "wnr", "werknemer", "werkneemster", "mw", "mevr", "mevrouw",
            "dhr", "meneer", "heer", "hij", "zij", "ze", "cliënt", "client", "cliente", "klant", "deelnemer", "betrokkene",
            "ik", "he", "she", "employee");

    /** What else is "in behandeling" or "opgenomen" with an organisation: files, requests, matters. */
    private static final List<String> ZAKEN = List.of("aanvraag", "aanvrag", "sollicitatie", "klacht", "verzoek",
            "dossier", "melding", "zaak", "bezwaar", "declaratie", "factuur", "offerte", "voorstel", "brief", "bestelling",
            "cv", "punt", "vacature", "order", "gegevens", "application", "claim", "request", "complaint", "case", "file");

    /**
     * A lexicon line with choices, every combination: "het aan {mijn|zijn} {hart|rug}" is four
     * entries. An empty choice leaves the word out ("{erg |}somber"). Lines without braces stay as they are.
     */
    static List<String> uitvouwen(String regel) {
        int open = regel.indexOf('{');
        int dicht = open < 0 ? -1 : regel.indexOf('}', open);
        if (dicht < 0) {
            return List.of(regel);
        }
        List<String> uit = new ArrayList<>();
        for (String keuze : regel.substring(open + 1, dicht).split("\\|", -1)) {
            uit.addAll(uitvouwen(regel.substring(0, open) + keuze + regel.substring(dicht + 1)));
        }
        return uit;
    }

    /**
     * The Dutch plural and adjective forms that double the last consonant after a short vowel:
     * "migraineaanval" → "migraineaanvallen", "prik" → "prikken". Only after a single vowel that
     * follows a consonant ("aanval", not "griep").
     */
    static List<String> verdubbeld(String w) {
        int n = w.length();
        if (n < 3) {
            return List.of();
        }
        char laatste = w.charAt(n - 1);
        char klinker = w.charAt(n - 2);
        char ervoor = w.charAt(n - 3);
        if ("bdfgklmnprst".indexOf(laatste) < 0 || "aeiou".indexOf(klinker) < 0 || "aeiouy".indexOf(ervoor) >= 0) {
            return List.of();
        }
        return List.of(w + laatste + "en", w + laatste + "e");
    }

    /**
     * Every word of [van, tot) written in capitals only, as typed ("ADD", "ME/CVS"); in an entry of
     * several words a single letter counts too ("A&E" is the words "A" and "E").
     */
    private static boolean inHoofdletters(Normalisatie.Genormaliseerd g, List<Woord> woorden, int van, int tot) {
        for (int i = van; i < tot; i++) {
            Woord w = woorden.get(i);
            String origineel = g.origineel().substring(g.begin(w.begin()), g.einde(w.einde()));
            boolean hoofdletters = origineel.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase)
                    && origineel.codePoints().anyMatch(Character::isLetter);
            if (!(tot - van > 1 ? hoofdletters : isAfkorting(g, w))) {
                return false;
            }
        }
        return true;
    }

    private static final Term EPONIEM = new Term("ziekte van …", List.of("ziekte", "van"), Categorie.DIAGNOSE, false, false);

    /**
     * A disease named after a person, which no list can hold in full: "ziekte van Lyme", "syndroom
     * van Sjögren", "Crohn's disease". Dutch: "ziekte" or "syndroom" + "van" + a capitalised word;
     * English: a capitalised word + "'s" + "disease" or "syndrome". Hit on the word "ziekte"/"disease",
     * so that "tijdens de ziekte van haar moeder" (lower case after "van") stays ordinary text.
     */
    private static Term eponiem(Normalisatie.Genormaliseerd g, List<Woord> woorden, int i) {
        String w = woorden.get(i).gevouwen();
        if ((w.equals("ziekte") || w.equals("syndroom")) && i + 2 < woorden.size()
                && woorden.get(i + 1).gevouwen().equals("van") && isHoofdletter(g, woorden.get(i + 2))) {
            return EPONIEM;
        }
        if ((w.equals("disease") || w.equals("syndrome")) && i >= 2 && woorden.get(i - 1).gevouwen().equals("s")
                && isHoofdletter(g, woorden.get(i - 2))) {
            return EPONIEM;
        }
        return null;
    }

    private static boolean isHoofdletter(Normalisatie.Genormaliseerd g, Woord w) {
        return Character.isUpperCase(g.origineel().codePointAt(g.begin(w.begin())));
    }

    /** Words that mark a sentence as about work or a job search ("vacature", "receptionist", "zoekt"). */
    private static final List<String> WERKZIN_BEGIN = List.of("sollicit", "gesollicit", "vacature", "vacatures",
            "werkervaring", "proefplaats", "detacher", "gedetacheerd", "functie", "stage", "secondment", "vacanc",
            "appl", "recruit", "werving", "vrijwillig", "volunteer", "collect", "netwerk", "zoekricht");
    /** Job titles and workplaces, as the end of a word ("sterilisatiemedewerker", "facilitair manager"). */
    private static final List<String> WERKZIN_EIND = List.of("medewerker", "medewerkster", "receptionist", "receptioniste",
            "secretaresse", "secretaris", "gastvrouw", "gastheer", "manager", "bezorger", "chauffeur", "schoonmaker",
            "beveiliger", "monteur", "magazijn", "postkamer", "balie", "receptie", "afdeling", "sector", "zorgsector",
            "werk", "baan", "department", "assistant", "officer", "clerk", "driver", "cleaner", "porter",
            "verpleegkundige", "verzorgende", "assistent", "assistente", "nurse", "operator", "desk", "host", "hostess",
            "administrator", "administratie", "administration", "medewerkers", "scheduler", "secretary");
    private static final Set<String> WERKZIN_WOORDEN = Set.of("zoekt", "zoeken", "werkt", "werkte", "werken", "gewerkt",
            "werkzaam", "werkgever", "aangenomen", "facilitair", "facilitaire", "logistiek", "logistieke", "administratief",
            "administratieve", "job", "jobs", "role", "roles", "position", "positions", "employer", "hired", "interview",
            "placement", "works", "worked", "working", "gezocht", "zocht", "administrative", "cleaned", "cleaning",
            // The steps of an application: "tweede ronde", "afgewezen", "rejected by UMC Utrecht".
            "ronde", "rondes", "round", "work", "afgewezen", "rejected", "salaris", "payroll");
    /**
     * Words that make the care organisation a place of care even in a job-search sentence: someone
     * lay there, was admitted, treated, examined, had an appointment.
     */
    private static final List<String> ZORGZIN_BEGIN = List.of("opgenomen", "opname", "lag", "ligt", "gelegen", "behandel",
            "onderzoek", "afspraak", "afspraken", "controle", "bezoek", "bezocht", "ontslagen", "spoed",
            "geopereerd", "admitted", "hospitalis", "hospitaliz", "treat", "appointment", "ward", "stayed", "discharged",
            "examin", "check");
    /** First words of a sentence that make it a job as a whole, besides vacature…, vacanc…, sollicitatie…. */
    private static final Set<String> BEGINLABELS = Set.of("application", "functie", "functies", "role", "job",
            "werkervaringsplek", "stageplek", "placement");

    /**
     * What "patient" names as a department or service that hires ("patient administration assistant", "patient
     * transport"): then it is not a word of care.
     */
    private static final Set<String> PATIENTENDIENSTEN = Set.of("administration", "transport", "services", "service",
            "records", "registration", "planning", "vervoer", "administratie", "logistics", "logistiek");
    /** Whole words of care ("patiënten", not "patiëntenservice", a department that hires). */
    private static final Set<String> ZORGZIN_WOORDEN = Set.of("patient", "patienten", "patiente", "patients");
    /** Prepositions that put someone inside the care organisation: "in het ziekenhuis", "naar de poli". */
    private static final Set<String> ZORG_VOORZETSELS = Set.of("in", "naar", "uit", "op", "into", "to", "from");

    /**
     * The wider job context, for a care organisation that is not right after a job word: a sentence
     * (up to . ; ! ? or a line break) that speaks of a job or a job search ("Vacature
     * sterilisatiemedewerker (CSA) bij het Amphia", "Fysiotherapiepraktijk in Utrecht zoekt een
     * receptionist", "de facilitair manager van het Spaarne Gasthuis") and has no word of care in it
     * (opgenomen, lag, behandeld, afspraak, onderzoek…). "In het", "naar de" right before the name
     * puts someone inside it, so that counts only with a job word in the four words before.
     */
    private static boolean inWerkzin(Normalisatie.Genormaliseerd g, List<Woord> woorden, int eerste) {
        int van = eerste;
        while (van > 0 && !zinsgrens(g, woorden.get(van - 1), woorden.get(van))) {
            van--;
        }
        int tot = eerste;
        while (tot + 1 < woorden.size() && !zinsgrens(g, woorden.get(tot), woorden.get(tot + 1))) {
            tot++;
        }
        boolean werk = false;
        // "Vacature: …", "Vacancy found: …", "Functie: …", "Sollicitatie …, in behandeling": the whole sentence is a job
        // or an application.
        String begin = woorden.get(van).gevouwen();
        boolean label = begin.startsWith("vacature") || begin.startsWith("vacanc") || begin.startsWith("sollicitatie")
                || BEGINLABELS.contains(begin);
        for (int i = van; i <= tot; i++) {
            String w = woorden.get(i).gevouwen();
            boolean volgtWerk = i < tot && (isWerkwoord(woorden.get(i + 1).gevouwen())
                    || PATIENTENDIENSTEN.contains(woorden.get(i + 1).gevouwen()));
            boolean status = label && w.equals("behandeling") && i > van && woorden.get(i - 1).gevouwen().equals("in")
                    && (i == tot || leesteken(g, woorden.get(i), woorden.get(i + 1)));
            if (!status && (ZORGZIN_BEGIN.stream().anyMatch(w::startsWith) || ZORGZIN_WOORDEN.contains(w) && !volgtWerk)) {
                return false;
            }
            if (i != eerste && isWerkwoord(w)) {
                werk = true;
            }
        }
        if (!werk) {
            return false;
        }
        if (label) {
            return true; // "Vacature: medewerker patiëntenvervoer (bedden rijden) in het Catharina Ziekenhuis"
        }
        int k = eerste - 1;
        while (k >= van && (LIDWOORDEN.contains(woorden.get(k).gevouwen()) || isHoofdletter(g, woorden.get(k)))
                && eerste - k <= 3) {
            k--;
        }
        if (k >= van && ZORG_VOORZETSELS.contains(woorden.get(k).gevouwen())) {
            if (k > van && TIJD.contains(woorden.get(k - 1).gevouwen())) {
                return false; // "twee weken in het ziekenhuis": a stay
            }
            for (int j = k - 1; j >= Math.max(van, k - 4); j--) {
                if (leesteken(g, woorden.get(j), woorden.get(j + 1))) {
                    return false; // "Hij werkt weer, na twee weken in het ziekenhuis": another clause
                }
                if (isWerkwoord(woorden.get(j).gevouwen())) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    private static boolean isWerkwoord(String w) {
        return WERKZIN_WOORDEN.contains(w) || WERKZIN_BEGIN.stream().anyMatch(w::startsWith)
                || WERKZIN_EIND.stream().anyMatch(e -> w.endsWith(e) || w.endsWith(e + "s") || w.endsWith(e + "en")
                        || w.endsWith(e + "n"));
    }

    /** Units of time: "weken in het ziekenhuis", "nights in hospital". */
    private static final Set<String> TIJD = Set.of("dag", "dagen", "dagje", "week", "weken", "weekje", "nacht", "nachten",
            "maand", "maanden", "uur", "uren", "day", "days", "weeks", "night", "nights", "month", "months");

    /** Any punctuation between two words. */
    private static boolean leesteken(Normalisatie.Genormaliseerd g, Woord a, Woord b) {
        return g.tekst().substring(a.einde(), b.begin()).chars().anyMatch(c -> ",;:.!?()\n".indexOf(c) >= 0);
    }

    /** Whether a sentence ends between two words: . ; ! ? or a line break. */
    private static boolean zinsgrens(Normalisatie.Genormaliseerd g, Woord a, Woord b) {
        String tussen = g.tekst().substring(a.einde(), b.begin());
        return tussen.chars().anyMatch(c -> ".;!?\n".indexOf(c) >= 0);
    }

    /**
     * A lexicon word used as a figure of speech (beeldspraak.txt): one of its signal words stands in
     * the same clause (no , ; : . ! ? or line break in between), at most five words away. A signal
     * ending in "*" matches the start of a word, one starting with "*" its end ("*markt": "arbeidsmarkt").
     */
    private boolean isBeeldspraak(Normalisatie.Genormaliseerd g, List<Woord> woorden, Term t, int eerste, int laatste) {
        List<String> signalen = beeldspraak.get(String.join(" ", t.woorden()));
        if (signalen == null) {
            return false;
        }
        for (int richting : new int[] {-1, 1}) {
            int i = richting < 0 ? eerste : laatste;
            for (int stap = 0; stap < 5; stap++) {
                int j = i + richting;
                if (j < 0 || j >= woorden.size()) {
                    break;
                }
                Woord a = woorden.get(Math.min(i, j));
                Woord b = woorden.get(Math.max(i, j));
                if (g.tekst().substring(a.einde(), b.begin()).chars().anyMatch(c -> ",;:.!?()\n".indexOf(c) >= 0)) {
                    break;
                }
                String w = woorden.get(j).gevouwen();
                for (String s : signalen) {
                    if (s.endsWith("*") ? w.startsWith(s.substring(0, s.length() - 1))
                            : s.startsWith("*") ? w.endsWith(s.substring(1)) : w.equals(s)) {
                        return true;
                    }
                }
                i = j;
            }
        }
        return false;
    }

    /** A hit at normalised chars [van, tot), reported at its place in the original text. */
    static Treffer opOrigineel(Normalisatie.Genormaliseerd g, int van, int tot, Categorie categorie, String term) {
        int begin = g.begin(van);
        int einde = g.einde(tot);
        return new Treffer(begin, einde, g.origineel().substring(begin, einde), categorie, term);
    }

    /** A word of the normalised text: where it stands there and its folded form. */
    record Woord(int begin, int einde, String gevouwen) {
    }

    /** The words of a text as the guard reads it ({@link Normalisatie}). */
    static List<Woord> woorden(String tekst) {
        return woorden(Normalisatie.van(tekst));
    }

    /**
     * Runs of letters and digits in the normalised text; a hyphen or apostrophe inside a word splits
     * it, as in the lexicon. Invisible characters are already gone there, so a soft hyphen inside
     * "depressie" leaves it one word.
     */
    static List<Woord> woorden(Normalisatie.Genormaliseerd g) {
        String tekst = g.tekst();
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
                woorden.add(new Woord(start, i, tekst.substring(start, i)));
            } else {
                i += Character.charCount(cp);
            }
        }
        return woorden;
    }

    /** Lower case without accents: "Çiğdem" and "cigdem", "Zoë" and "zoe" are the same word. */
    static String vouw(String woord) {
        return Normalisatie.vouw(woord);
    }

    private static java.util.Optional<Term> term(String regel, Categorie categorie) {
        String schoon = regel.strip();
        boolean hoofdletters = schoon.endsWith("!");
        if (hoofdletters) {
            schoon = schoon.substring(0, schoon.length() - 1).strip();
        }
        boolean ookBegin = schoon.endsWith("+");
        if (ookBegin) {
            schoon = schoon.substring(0, schoon.length() - 1).strip();
        }
        boolean alleenStaart = schoon.startsWith("-");
        if (alleenStaart) {
            schoon = schoon.substring(1).strip();
        }
        List<String> woorden = woorden(schoon).stream().map(Woord::gevouwen).toList();
        return woorden.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(new Term(schoon, woorden, categorie, ookBegin, alleenStaart && woorden.size() == 1,
                        hoofdletters));
    }

    static List<Term> lees(String resource) {
        List<Term> termen = new ArrayList<>();
        Categorie categorie = null;
        for (String regel : regels(resource)) {
            if (regel.startsWith("[") && regel.endsWith("]")) {
                categorie = Categorie.valueOf(regel.substring(1, regel.length() - 1));
            } else if (categorie != null) {
                for (String vorm : uitvouwen(regel)) {
                    term(vorm, categorie).ifPresent(termen::add);
                }
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
