package nl.spoorzoeker.rapportage;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.spoorzoeker.input.Weigering;
import nl.spoorzoeker.rapportage.privacy.Categorie;
import nl.spoorzoeker.rapportage.privacy.Privacytoets;
import nl.spoorzoeker.store.Database;

/**
 * The coach's own additions to the privacy guard: medical words the shipped lexicon misses, and
 * ordinary words it wrongly catches. The guard built from them is cached and rebuilt on a change,
 * so every check sees the lists as they are now.
 *
 * <p>And what the guard learnt from this practice (ninth round, docs/privacy-toets.md): every doubted passage the
 * coach confirmed as not medical (C18T, stored with its report) teaches the sentence model that sentences like it
 * are ordinary, unless the lexicon finds anything in it. Nothing extra is stored: the confirmations are the
 * reports' own, so they go when their report or dossier goes, and forgetting draws a line after the latest.
 */
public final class PrivacyWoordenService {

    /** Letters (any script), digits, spaces, hyphens and apostrophes; at least one letter. */
    private static final Pattern WOORD = Pattern.compile("(?=.*\\p{L})[\\p{L}\\p{M}\\p{N} '’-]+");
    static final int MAX_LENGTE = 80;

    public enum Soort {
        MEDISCH, TOEGESTAAN
    }

    /**
     * The kinds a coach's own medical word can be: every {@link Categorie} but the BSN, which is a
     * number the guard finds by its check digit, not a word, and the doubt, which is never a word's but a sentence's
     * ({@link nl.spoorzoeker.rapportage.privacy.Toestand}). Derived, so a category added to the guard
     * is offered at once.
     */
    public static final List<Categorie> KIESBARE_CATEGORIEEN = java.util.Arrays.stream(Categorie.values())
            .filter(c -> c != Categorie.BSN && c != Categorie.TWIJFEL).toList();

    /** One word the coach added; {@code categorie} only for MEDISCH. */
    public record EigenWoord(int id, String woord, Soort soort, Categorie categorie) {
    }

    private final Database db;
    private final Clock clock;
    private volatile Privacytoets toets;
    /** The guard with what it learnt, for the fingerprint of the confirmations and the guard it was built on. */
    private record Geleerd(String stempel, Privacytoets basis, Privacytoets toets) {
    }

    private volatile Geleerd geleerd;

    public PrivacyWoordenService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public List<EigenWoord> alle() {
        return db.read(ctx -> new PrivacyWoordRepository(ctx).alle());
    }

    /** Adds a word; refused with a Dutch reason when it is empty, too long, odd, or already there. */
    public EigenWoord voegToe(String woord, Soort soort, Categorie categorie) {
        String schoon = woord == null ? "" : woord.strip().replaceAll("\\s+", " ");
        if (schoon.length() < 2) {
            throw new Weigering("privacy.woord.leeg");
        }
        if (schoon.length() > MAX_LENGTE) {
            throw new Weigering("privacy.woord.teLang");
        }
        if (!WOORD.matcher(schoon).matches()) {
            throw new Weigering("privacy.woord.tekens");
        }
        if (soort == Soort.MEDISCH && categorie != null && !KIESBARE_CATEGORIEEN.contains(categorie)) {
            throw new Weigering("privacy.woord.tekens");
        }
        Categorie c = soort == Soort.MEDISCH ? (categorie == null ? Categorie.DIAGNOSE : categorie) : null;
        String opgeslagen = schoon.toLowerCase(Locale.ROOT);
        if (alle().stream().anyMatch(w -> w.soort() == soort && w.woord().equals(opgeslagen))) {
            throw new Weigering("privacy.woord.bestaat");
        }
        int id = db.write(cfg -> new PrivacyWoordRepository(cfg.dsl()).insert(opgeslagen, soort, c, clock.instant()));
        toets = null;
        return new EigenWoord(id, opgeslagen, soort, c);
    }

    public void verwijder(int id) {
        db.write(cfg -> new PrivacyWoordRepository(cfg.dsl()).delete(id));
        toets = null;
    }

    /**
     * The shipped lexicon and allow-list plus the coach's words, with the sentence model as this practice taught it.
     * One small query per call tells whether a confirmation came or went since the last; only then is the model
     * adapted again (a moment: the lexicon is shared, see Privacytoets.metZinsmodel).
     */
    public Privacytoets toets() {
        Privacytoets basis = woordenToets();
        String stempel = db.read(ctx -> new PrivacyWoordRepository(ctx).stempel());
        Geleerd g = geleerd;
        if (g == null || g.basis() != basis || !g.stempel().equals(stempel)) {
            List<String> zinnen = db.read(ctx -> new PrivacyWoordRepository(ctx).bevestigdeTwijfels()).stream()
                    .flatMap(b -> RapportRepository.passage(b).stream()).filter(basis::leerbaar).toList();
            g = new Geleerd(stempel, basis, zinnen.isEmpty() ? basis : basis.metZinsmodel(basis.zinsmodel().aangepast(zinnen)));
            geleerd = g;
        }
        return g.toets();
    }

    /** How many sentences the guard learnt from this practice's confirmations (Instellingen shows it). */
    public int aantalGeleerd() {
        return toets().zinsmodel().geleerd();
    }

    /** Forgets every learnt sentence: the guard doubts as shipped again; the confirmations stay with their reports. */
    public void vergeetGeleerd() {
        db.write(cfg -> {
            new PrivacyWoordRepository(cfg.dsl()).vergeetBevestigdeTwijfels();
            return null;
        });
    }

    private Privacytoets woordenToets() {
        Privacytoets t = toets;
        if (t == null) {
            List<EigenWoord> woorden = alle();
            t = Privacytoets.met(
                    woorden.stream().filter(w -> w.soort() == Soort.MEDISCH)
                            .map(w -> w.woord() + ";" + w.categorie().name()).toList(),
                    woorden.stream().filter(w -> w.soort() == Soort.TOEGESTAAN).map(EigenWoord::woord).toList());
            toets = t;
        }
        return t;
    }
}
