package nl.spoorzoeker.rapportage;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.spoorzoeker.input.Weigering;
import nl.spoorzoeker.rapportage.privacy.Treffer;
import nl.spoorzoeker.rapportage.privacy.AndereDeelnemers;
import nl.spoorzoeker.rapportage.privacy.Bsn;
import nl.spoorzoeker.rapportage.privacy.Categorie;
import nl.spoorzoeker.rapportage.privacy.Privacytoets;
import nl.spoorzoeker.taal.Teksten;

/**
 * The one gate between what the coach stored and what a report prints (issue 17, AVG art. 9).
 * The renderer takes only a {@link Bewaakt} model, and only this gate makes one: every string of
 * the model — found by walking the records, so a field added later is guarded without anyone
 * remembering to — is checked by the privacy guard. In a concept each hit is replaced by a visible
 * marker with the neutral wording, never the text (a concept is what a coach e-mails "ter inzage");
 * a final with a hit is refused.
 *
 * <p>A second verdict, <em>twijfel</em> (fifth round, docs/privacy-toets.md): a sentence about the
 * person's state that names nothing medical ({@code Privacytoets.twijfel}). It is redacted in a concept
 * like a hit, with its own marker, and a final is refused while one is not confirmed by the coach; a
 * confirmed passage (its text in {@code bevestigd}) is printed as typed. In a document for a third party
 * ({@link #zeef}) there is no confirmation: a doubtful passage is left out and listed like a hit.
 *
 * <p>Three kinds of string are told apart by the name of their record component: codes (enum names
 * that become label keys, never shown as typed), names of people (not medical by nature; checked
 * for other participants elsewhere), and everything else, which is free text and is guarded.
 */
public final class Privacypoort {

    /** Components that hold an enum name or a label key, not text the coach typed. */
    static final Set<String> CODES = Set.of("soort", "kanaal", "status", "beoogdeUitkomst", "bron", "documenttype",
            "fase", "labelKey", "conclusie", "volgendeMijlpaal", "trajectstatus", "vervoer", "ontbrekendeRivDelen",
            "contractvorm", "route", "gestoptDoor", "zachteResultaten", "hollandcode", "topwaarden");

    /** Components that hold a person's name. */
    static final Set<String> NAMEN = Set.of("werknemer", "naam", "contactpersoon", "casemanager", "arbeidsdeskundige",
            "bedrijfsarts", "coach");

    public enum Modus { CONCEPT, DEFINITIEF }

    /** A report model every printed string of which has passed the gate; only the gate makes one. */
    public static final class Bewaakt {
        private final RapportModel model;
        private final List<Vondst> vondsten;

        private Bewaakt(RapportModel model, List<Vondst> vondsten) {
            this.model = model;
            this.vondsten = List.copyOf(vondsten);
        }

        public RapportModel model() {
            return model;
        }

        /** What was found and redacted (empty for a final, which cannot have any). */
        public List<Vondst> vondsten() {
            return vondsten;
        }
    }

    /**
     * A document for a third party — a CV, a sollicitatiebrief — every printed string of which
     * passed the gate; only the gate makes one. A prospective employer may receive no health
     * information at all (domain.md §5.2), and a marker ("[medisch]") in a CV would itself tell
     * that there is some: a passage with a hit is left out whole, and the coach is shown which.
     */
    public static final class Gezeefd<T extends Record> {
        private final T model;
        private final List<Weglating> weggelaten;

        private Gezeefd(T model, List<Weglating> weggelaten) {
            this.model = model;
            this.weggelaten = List.copyOf(weggelaten);
        }

        public T model() {
            return model;
        }

        /** The passages left out, for the coach's screen (never for the document). */
        public List<Weglating> weggelaten() {
            return weggelaten;
        }
    }

    /**
     * The werknemer's own copy of their answers (the werkboek), every printed string of which passed
     * the gate; only the gate makes one. Unlike a document for a third party nothing is left out or
     * marked: the werknemer may have all of it (domain.md §5.2), and a marker in their own words
     * would tell them what they may not say. Only a BSN is replaced. What the gate found is kept for
     * the coach's screen (never for the document).
     */
    public static final class EigenKopie<T extends Record> {
        private final T model;
        private final List<Weglating> gevonden;

        private EigenKopie(T model, List<Weglating> gevonden) {
            this.model = model;
            this.gevonden = List.copyOf(gevonden);
        }

        public T model() {
            return model;
        }

        /** The passages with health words: printed as the werknemer wrote them, shown to the coach. */
        public List<Weglating> gevonden() {
            return gevonden;
        }
    }

    /** A passage left out of a document: where, its text, and what was found in it. */
    public record Weglating(String pad, String tekst, List<Treffer> treffers) {
        public Weglating {
            treffers = List.copyOf(treffers);
        }
    }

    /**
     * The document as it may be printed for a third party: every string with a hit is left out
     * (null in a record, gone from a list), and an entry of a list with a hit anywhere in it goes whole. Organisation names are read as in a report (a
     * hospital as an employer is no health information); names of people are not read.
     */
    public <T extends Record> Gezeefd<T> zeef(T document) {
        List<Vondst> vondsten = new ArrayList<>();
        List<Weglating> weg = new ArrayList<>();
        @SuppressWarnings("unchecked")
        T schoon = (T) voorDeWerknemer().loop(document, "", new Wandeling(vondsten, true, weg, null), Set.of());
        return new Gezeefd<>(schoon, weg);
    }

    /**
     * The werknemer's own copy: printed as written, but a BSN replaced (it has no place on a paper
     * that goes home), and every passage with a hit listed for the coach (domain.md §5.3 rule 3:
     * better not to record health details at all; the coach can reword the answer in the app).
     */
    public <T extends Record> EigenKopie<T> eigenKopie(T document) {
        List<Weglating> gevonden = zeef(document).weggelaten();
        // The werknemer reads this: not the coach's "rephrase" marker, just that a number was left out.
        Privacypoort werknemer = voorDeWerknemer();
        Privacypoort alleenBsn = new Privacypoort(t -> bsn(werknemer.toets.apply(t)), t -> bsn(werknemer.organisatie.apply(t)),
                t -> bsn(werknemer.groep.apply(t)), t -> tk.t("werkboek.bsnWeg"), null, tk);
        @SuppressWarnings("unchecked")
        T schoon = (T) alleenBsn.loop(document, "", new Wandeling(new ArrayList<>(), true, null, null), null);
        return new EigenKopie<>(schoon, gevonden);
    }

    /**
     * This gate for a paper the werknemer writes or gets himself (CV, letter, werkboek): a nine-digit number
     * counts as a BSN only where its context says so (issue 21: "Medewerker planning, ref 123456782" printed
     * as "[nummer weggelaten]"). A report for the employer keeps the strict rule: any nine digits that pass the
     * elfproef, since a BSN there is never wanted and the coach can rephrase a reference.
     */
    private Privacypoort voorDeWerknemer() {
        return new Privacypoort(t -> Bsn.alleenInContext(t, toets.apply(t)), t -> Bsn.alleenInContext(t, organisatie.apply(t)),
                t -> Bsn.alleenInContext(t, groep.apply(t)), markering, privacy, tk);
    }

    private static List<Treffer> bsn(List<Treffer> treffers) {
        return treffers.stream().filter(t -> t.categorie() == Categorie.BSN).toList();
    }

    /** A hit in a field: where (a path like {@code sollicitaties.lijst[3].functie}) and what. */
    public record Vondst(String pad, Treffer treffer) {

        /** A doubt the coach may confirm, not a hit that must be rewritten. */
        public boolean twijfel() {
            return treffer.categorie() == Categorie.TWIJFEL;
        }
    }

    /** Components that hold an organisation's name: a hospital as an employer is no health information. */
    static final Set<String> ORGANISATIES = Set.of("organisatie", "werkgever");

    private final Function<String, List<Treffer>> toets;
    private final Function<String, List<Treffer>> organisatie;
    /** A group session's texts: medical words, and the names of the practice's other werknemers. */
    private final Function<String, List<Treffer>> groep;
    /** What stands in a text where a hit was: for the coach, the hit's neutral alternative. */
    private final Function<Treffer, String> markering;
    /** The guard whose twijfel verdict is read; null for the werknemer's own copy, which has none. */
    private final Privacytoets privacy;
    /** The document's language: what the markers in its text say. */
    private final Teksten tk;

    /** The gate with the guard as it stands, reading text in the report's language. */
    public Privacypoort(Privacytoets privacy, java.util.Locale taal) {
        this(privacy, taal, List.of());
    }

    /**
     * @param andereNamen the practice's other werknemers: a group session's summary lands in every
     *                    participant's report, and must not name the others there (issue 17 item 5)
     */
    public Privacypoort(Privacytoets privacy, java.util.Locale taal,
                        Collection<String> andereNamen) {
        this(privacy, taal, new AndereDeelnemers.Namen(andereNamen, List.of(), List.of()));
    }

    /**
     * @param namen the practice's other werknemers, the werknemer's fellow participants in a group (also
     *              by first name), and who may be named (coach, trainers, employers): issue 18
     */
    public Privacypoort(Privacytoets privacy, java.util.Locale taal, AndereDeelnemers.Namen namen) {
        this.privacy = privacy;
        this.toets = t -> privacy.toets(t, taal);
        this.organisatie = t -> privacy.toetsOrganisatie(t, taal);
        this.groep = t -> {
            List<Treffer> alle = new ArrayList<>(privacy.toets(t, taal));
            alle.addAll(AndereDeelnemers.vind(t, namen));
            return alle;
        };
        Teksten tk = Teksten.voor(taal);
        this.tk = tk;
        // A name is no medical information: its marker says what was left out (issue 18).
        this.markering = t -> t.categorie() == Categorie.TWIJFEL ? tk.t("privacy.redactie.twijfel")
                : t.categorie() == Categorie.ANDERE_DEELNEMER ? tk.t("groepsnaam.redactie")
                : tk.t("privacy.redactie", tk.t(t.categorie().alternatiefSleutel()));
    }

    private Privacypoort(Function<String, List<Treffer>> toets, Function<String, List<Treffer>> organisatie,
                         Function<String, List<Treffer>> groep, Function<Treffer, String> markering, Privacytoets privacy,
                         Teksten tk) {
        this.toets = toets;
        this.organisatie = organisatie;
        this.groep = groep;
        this.markering = markering;
        this.privacy = privacy;
        this.tk = tk;
    }

    /** A concept in {@code taal} guarded by the shipped lexicon alone (the command line's and the tests' way in). */
    public static Bewaakt concept(RapportModel m, java.util.Locale taal) {
        return new Privacypoort(Privacytoets.standaard(), taal)
                .bewaak(m, Modus.CONCEPT);
    }

    /** Every hit in every printed free-text field of the model. */
    public List<Vondst> vondsten(RapportModel m) {
        return toets(m).vondsten();
    }

    /**
     * A report model with the guard's verdict on every printed string, each read once: the checklist,
     * the report's own checks and the gate that prints all take it from here (issue 21: a finalise read
     * every string four times, 65–74 % of its time). Only the gate makes one.
     */
    public static final class Getoetst {
        private final Privacypoort poort;
        private final RapportModel model;
        private final Map<String, Oordeel> oordelen;
        private final List<Vondst> vondsten;

        private Getoetst(Privacypoort poort, RapportModel model, Map<String, Oordeel> oordelen, List<Vondst> vondsten) {
            this.poort = poort;
            this.model = model;
            this.oordelen = Map.copyOf(oordelen);
            this.vondsten = List.copyOf(vondsten);
        }

        public RapportModel model() {
            return model;
        }

        /** Every hit and every doubt (confirmed or not) in every printed free-text field. */
        public List<Vondst> vondsten() {
            return vondsten;
        }

        /**
         * Every printed passage of running text the coach typed (where doubts are read: not names, not an
         * organisation's name, not codes), in the order the report's fields were walked, blank ones left out: what the
         * coach reads through before a report to the employer is final (eleventh round, docs/privacy-toets.md).
         */
        public List<Passage> vrijeTekst() {
            return oordelen.entrySet().stream().filter(e -> e.getValue().twijfelGelezen() && e.getValue().tekst() != null
                            && !e.getValue().tekst().isBlank())
                    .sorted(Map.Entry.comparingByKey(Privacypoort::padVolgorde))
                    .map(e -> new Passage(e.getKey(), e.getValue().tekst())).toList();
        }

        /**
         * The sentences of a passage the read-through marks for attention (the sentence model's second, lower mark,
         * with what this practice taught it); none without a guard.
         */
        public List<Treffer> aandacht(String tekst) {
            return poort.privacy == null ? List.of() : poort.privacy.zinsmodel().aandacht(tekst);
        }
    }

    /** A printed passage of running text and where in the report model it stands ("teksten.SAMENVATTING", "activiteiten[3].samenvatting"). */
    public record Passage(String pad, String tekst) {
    }

    /**
     * Paths in the order of the model: the record's components as declared, list elements by number, so the
     * read-through follows the report ("activiteiten[10]" after "activiteiten[9]").
     */
    static int padVolgorde(String a, String b) {
        String[] x = a.split("(?=[.\\[])");
        String[] y = b.split("(?=[.\\[])");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (x[i].equals(y[i])) {
                continue;
            }
            if (x[i].startsWith("[") && y[i].startsWith("[")) {
                return Integer.compare(Integer.parseInt(x[i].substring(1, x[i].length() - 1)),
                        Integer.parseInt(y[i].substring(1, y[i].length() - 1)));
            }
            int ix = VELDVOLGORDE.indexOf(x[i].replace(".", ""));
            int iy = VELDVOLGORDE.indexOf(y[i].replace(".", ""));
            return ix >= 0 && iy >= 0 && ix != iy ? Integer.compare(ix, iy) : x[i].compareTo(y[i]);
        }
        return Integer.compare(x.length, y.length);
    }

    /** The report model's top-level fields and sections in their order. */
    private static final List<String> VELDVOLGORDE = java.util.stream.Stream.concat(
            java.util.Arrays.stream(RapportModel.class.getRecordComponents()).map(RecordComponent::getName),
            java.util.Arrays.stream(Sectie.values()).map(Enum::name)).toList();

    /**
     * What the guard found in the text at one path, and the doubts beside it (before any confirmation): the
     * text is kept to tell whether it is still the same.
     */
    private record Oordeel(String tekst, List<Treffer> treffers, boolean twijfelGelezen, List<Treffer> twijfels) {

        /** Whether this verdict is the one for {@code tekst} now, with its doubts if they are to be read. */
        boolean geldtVoor(String tekst, boolean twijfel) {
            return java.util.Objects.equals(this.tekst, tekst) && (twijfelGelezen || !twijfel);
        }
    }

    /** Reads every printed string of the model once (doubts included) and keeps the verdicts with the model. */
    public Getoetst toets(RapportModel m) {
        List<Vondst> vondsten = new ArrayList<>();
        Map<String, Oordeel> oordelen = new java.util.HashMap<>();
        loop(m, "", new Wandeling(vondsten, false, null, oordelen), Set.of());
        return new Getoetst(this, m, oordelen, vondsten);
    }

    /** The model as the renderer may print it: redacted in a concept; refused as a final when anything was found. */
    public Bewaakt bewaak(RapportModel m, Modus modus) {
        return bewaak(m, modus, Set.of());
    }

    /**
     * As {@link #bewaak(RapportModel, Modus)}, with the doubtful passages the coach confirmed (their text
     * as found): those are printed as typed; every other doubt is redacted in a concept and refuses a final.
     */
    public Bewaakt bewaak(RapportModel m, Modus modus, Set<String> bevestigd) {
        return bewaak(toets(m), modus, bevestigd);
    }

    /**
     * As {@link #bewaak(RapportModel, Modus, Set)}, printing what {@link #toets} read: every string is
     * walked again, and its verdict taken from the reading only while its text is the one read there (a
     * list changed in between is read anew), so nothing is printed that the guard did not read.
     */
    public Bewaakt bewaak(Getoetst getoetst, Modus modus, Set<String> bevestigd) {
        if (getoetst.poort != this) {
            throw new IllegalArgumentException("read by another gate (other names, another guard)");
        }
        List<Vondst> vondsten = new ArrayList<>();
        RapportModel schoon = (RapportModel) loop(getoetst.model, "",
                new Wandeling(vondsten, true, null, new java.util.HashMap<>(getoetst.oordelen)), bevestigd);
        weigerDefinitief(modus, vondsten);
        return new Bewaakt(schoon, vondsten);
    }

    private static void weigerDefinitief(Modus modus, List<Vondst> vondsten) {
        if (modus != Modus.DEFINITIEF) {
            return;
        }
        long twijfels = vondsten.stream().filter(Vondst::twijfel).count();
        if (twijfels < vondsten.size()) {
            throw new Weigering("rapport.fout.medisch", vondsten.size() - (int) twijfels);
        }
        if (twijfels > 0) {
            throw new Weigering("rapport.fout.twijfel", (int) twijfels);
        }
    }

    /** A single printed string outside the model (the letterhead's names): redacted the same way. */
    public String tekst(String tekst, Modus modus) {
        List<Vondst> vondsten = new ArrayList<>();
        // Names only (the letterhead): no sentence about anyone's state, so no doubts to read.
        String schoon = vrij(tekst, "kop", new Wandeling(vondsten, true, null, null), toets, null);
        weigerDefinitief(modus, vondsten);
        return schoon;
    }

    /**
     * One walk over a value: what it found, whether it rebuilds the value, where a document for a third
     * party notes what it left out (null: redact), and the verdicts by path (null: none kept) — filled by
     * {@link #toets}, read and checked against the text by {@link #bewaak(Getoetst, Modus, Set)}.
     */
    private record Wandeling(List<Vondst> vondsten, boolean herbouw, List<Weglating> weg, Map<String, Oordeel> oordelen) {
    }

    /** Walks a value: records by their components, lists and maps by their elements, strings through the guard. */
    private Object loop(Object waarde, String pad, Wandeling w, Set<String> bevestigd) {
        if (waarde == null) {
            return null;
        }
        if (waarde instanceof String s) {
            return vrij(s, pad, w, toets, bevestigd);
        }
        Function<String, List<Treffer>> lezer = waarde instanceof RapportModel.Activiteit a
                && "GROEPSSESSIE".equals(a.soort()) ? groep : toets;
        if (waarde instanceof List<?> lijst) {
            List<Object> uit = new ArrayList<>(lijst.size());
            for (int i = 0; i < lijst.size(); i++) {
                List<Weglating> weg = w.weg();
                int eerder = weg == null ? 0 : weg.size();
                Object element = loop(lijst.get(i), pad + "[" + i + "]", w, bevestigd);
                // Leaving out: an entry of a list (a line, a story) is one passage; a hit anywhere in a
                // story leaves all of it out, since what remains of it would still tell the tale.
                boolean weglaten = weg != null && (element == null || weg.size() > eerder);
                if (!weglaten) {
                    uit.add(element);
                }
            }
            return uit;
        }
        if (waarde instanceof Map<?, ?> map) {
            Map<Sectie, Object> uit = new EnumMap<>(Sectie.class);
            for (var e : map.entrySet()) {
                uit.put((Sectie) e.getKey(), loop(e.getValue(), pad + "." + e.getKey(), w, bevestigd));
            }
            return uit;
        }
        Class<?> klasse = waarde.getClass();
        if (!klasse.isRecord()) {
            return waarde; // dates, numbers, enums, byte[] signatures: nothing typed to read
        }
        RecordComponent[] delen = klasse.getRecordComponents();
        Object[] nieuw = new Object[delen.length];
        Class<?>[] typen = new Class<?>[delen.length];
        try {
            for (int i = 0; i < delen.length; i++) {
                RecordComponent c = delen[i];
                typen[i] = c.getType();
                Object v = c.getAccessor().invoke(waarde);
                String naam = c.getName();
                String hier = pad.isEmpty() ? naam : pad + "." + naam;
                if (CODES.contains(naam)) {
                    nieuw[i] = code(v);
                } else if (NAMEN.contains(naam) && v instanceof String) {
                    nieuw[i] = v;
                } else if (ORGANISATIES.contains(naam) && v instanceof String s) {
                    // An organisation's name is no sentence about a person: no doubts there.
                    nieuw[i] = vrij(s, hier, w, organisatie, null);
                } else if (v instanceof String s) {
                    nieuw[i] = vrij(s, hier, w, lezer, bevestigd);
                } else {
                    nieuw[i] = loop(v, hier, w, bevestigd);
                }
            }
            if (!w.herbouw()) {
                return waarde;
            }
            var bouwer = klasse.getDeclaredConstructor(typen);
            bouwer.setAccessible(true);
            return bouwer.newInstance(nieuw);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the privacy gate could not read " + klasse.getSimpleName(), e);
        }
    }

    /**
     * What the guard finds in a text, and with {@code twijfels} the doubts beside it, whoever confirmed them.
     * A document for a third party ({@code weg} != null: CV, letter) has no confirmation step and is written by
     * the werknemer in the first person: the patterns only, not the sentence model (Privacytoets.twijfelPatronen).
     */
    private Oordeel lees(String tekst, Function<String, List<Treffer>> lezer, List<Weglating> weg, boolean twijfels) {
        List<Treffer> treffers = List.copyOf(lezer.apply(tekst));
        List<Treffer> twijfel = !twijfels || tekst == null || privacy == null ? List.of()
                : List.copyOf(weg != null ? privacy.twijfelPatronen(tekst, treffers) : privacy.twijfel(tekst, treffers));
        return new Oordeel(tekst, treffers, twijfels, twijfel);
    }

    /** A code is printed through its label; anything that is not a code's shape is not printed at all. */
    private static Object code(Object v) {
        if (v instanceof String s) {
            return s.matches("[A-Za-z0-9_.]*") ? s : "ANDERS";
        }
        if (v instanceof Collection<?> c) {
            return c.stream().map(Privacypoort::code).toList();
        }
        return v;
    }

    /** @param bevestigd the doubtful passages the coach confirmed; null: doubts are not read in this field */
    private String vrij(String tekst, String pad, Wandeling w, Function<String, List<Treffer>> lezer, Set<String> bevestigd) {
        List<Vondst> vondsten = w.vondsten();
        List<Weglating> weg = w.weg();
        Oordeel oordeel = w.oordelen() == null ? null : w.oordelen().get(pad);
        if (oordeel == null || !oordeel.geldtVoor(tekst, bevestigd != null)) {
            oordeel = lees(tekst, lezer, weg, bevestigd != null);
            if (w.oordelen() != null) {
                w.oordelen().put(pad, oordeel);
            }
        }
        List<Treffer> treffers = new ArrayList<>(oordeel.treffers());
        if (bevestigd != null) {
            oordeel.twijfels().stream().filter(t -> !bevestigd.contains(t.gevonden())).forEach(treffers::add);
        }
        if (treffers.isEmpty()) {
            return tekst;
        }
        treffers.forEach(t -> vondsten.add(new Vondst(pad, t)));
        if (weg != null) {
            weg.add(new Weglating(pad, tekst, treffers));
            return null;
        }
        if (!w.herbouw()) {
            return tekst;
        }
        // From the end, so earlier positions stay valid; overlapping hits are merged into one marker.
        List<Treffer> volgorde = treffers.stream().sorted(java.util.Comparator.comparingInt(Treffer::begin)).toList();
        StringBuilder uit = new StringBuilder();
        int positie = 0;
        for (Treffer t : volgorde) {
            if (t.begin() < positie) {
                continue;
            }
            uit.append(tekst, positie, Math.max(positie, t.begin()));
            uit.append(markering.apply(t));
            positie = Math.min(tekst.length(), t.einde());
        }
        uit.append(tekst.substring(Math.min(positie, tekst.length())));
        return uit.toString();
    }
}
