package nl.spoorzoeker.ui.form;

import java.lang.ref.WeakReference;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.animation.PauseTransition;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import nl.spoorzoeker.klad.Klad;
import nl.spoorzoeker.klad.KladService;
import nl.spoorzoeker.ui.Background;
import nl.spoorzoeker.ui.ErrorReporter;
import nl.spoorzoeker.ui.I18n;

/**
 * Keeps a draft of a form while the coach types: one second after the last keystroke the texts of
 * all fields are written to the database, and the form says so. Closing the form without saving
 * (Escape, Annuleren, the window's close button) keeps the draft — it was promised as kept — and
 * opening the same form again, also after a crash, brings it back. The draft goes when the form
 * is saved or when the coach throws it away ({@link #weggooien()}).
 */
public final class Autosave {

    static final javafx.util.Duration PAUZE = javafx.util.Duration.seconds(1);
    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("HH:mm:ss");
    /** Forms open now, for the question at closing the main window; weak, so a rebuilt screen's old forms go. */
    private static final List<WeakReference<Autosave>> OPEN = new ArrayList<>();

    private final KladService kladden;
    private final String sleutel;
    private final Map<String, StringProperty> velden;
    private final Map<String, String> begin;
    private final Background background;
    private final Label status;
    private final PauseTransition pauze = new PauseTransition(PAUZE);
    private Node anker;
    private Runnable bijKlad = () -> { };
    private boolean actief = true;
    private boolean herstellen;
    /** The texts as last written to the draft store (or as the form opened). */
    private Map<String, String> bewaard;

    /** Every text field of a form model, by its id, and the choices given as text (see {@link #alsTekst}). */
    Autosave(KladService kladden, String sleutel, FormModel model, Map<String, StringProperty> keuzes,
             Background background, Label status) {
        this(kladden, sleutel, metKeuzes(metKeuzes(velden(model), model.keuzes()), keuzes), background, status);
    }

    private static Map<String, StringProperty> metKeuzes(Map<String, StringProperty> velden,
                                                         Map<String, StringProperty> keuzes) {
        Map<String, StringProperty> alle = new LinkedHashMap<>(velden);
        alle.putAll(keuzes);
        return alle;
    }

    /**
     * A choice (a list, a check box) as text both ways, so a draft keeps it beside the typed text:
     * {@code naarTekst} must give a name that stays the same between app versions (an enum name,
     * a record id), {@code vanTekst} finds the choice again (null when it no longer exists).
     */
    public static <T> StringProperty alsTekst(javafx.beans.property.Property<T> keuze,
                                              java.util.function.Function<T, String> naarTekst,
                                              java.util.function.Function<String, T> vanTekst) {
        StringProperty tekst = new javafx.beans.property.SimpleStringProperty(
                keuze.getValue() == null ? "" : naarTekst.apply(keuze.getValue()));
        boolean[] bezig = {false};
        keuze.addListener((obs, oud, nieuw) -> {
            if (!bezig[0]) {
                bezig[0] = true;
                tekst.set(nieuw == null ? "" : naarTekst.apply(nieuw));
                bezig[0] = false;
            }
        });
        tekst.addListener((obs, oud, nieuw) -> {
            if (!bezig[0]) {
                bezig[0] = true;
                keuze.setValue(nieuw == null || nieuw.isEmpty() ? null : vanTekst.apply(nieuw));
                bezig[0] = false;
            }
        });
        return tekst;
    }

    /** An enum choice as text both ways, by its name (a name no longer known comes back as no choice). */
    public static <E extends Enum<E>> StringProperty keuze(javafx.beans.property.Property<E> keuze, Class<E> soort) {
        return alsTekst(keuze, Enum::name, naam -> java.util.Arrays.stream(soort.getEnumConstants())
                .filter(e -> e.name().equals(naam)).findFirst().orElse(null));
    }

    /** A tick as text both ways ("true", "false"), for a draft. */
    public static StringProperty vinkje(javafx.beans.property.BooleanProperty vinkje) {
        return alsTekst(vinkje, b -> Boolean.toString(Boolean.TRUE.equals(b)), Boolean::valueOf);
    }

    /**
     * Check boxes a form builds from a list (competences, stories) as text, by each box's id, to
     * keep in a draft beside the form's fields ({@link FormDialog#autosave(KladService, String, Map)}).
     */
    public static Map<String, StringProperty> vinkjes(java.util.Collection<? extends javafx.scene.control.CheckBox> vakjes) {
        Map<String, StringProperty> tekst = new LinkedHashMap<>();
        vakjes.forEach(vak -> tekst.put(vak.getId(), vinkje(vak.selectedProperty())));
        return tekst;
    }

    /**
     * @param velden the texts to keep, by a name that stays the same between app versions
     * @param status where to say that the draft was kept (made visible when it is)
     */
    public Autosave(KladService kladden, String sleutel, Map<String, StringProperty> velden,
                    Background background, Label status) {
        this.kladden = kladden;
        this.sleutel = sleutel;
        // In form order: a draft is brought back field by field, as the coach filled it in.
        this.velden = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(velden));
        this.background = background;
        this.status = status;
        this.begin = teksten();
        this.bewaard = begin;
        pauze.setOnFinished(e -> bewaar());
        for (StringProperty veld : this.velden.values()) {
            veld.addListener((obs, oud, nieuw) -> {
                if (actief && !herstellen) {
                    pauze.playFromStart();
                }
            });
        }
        synchronized (OPEN) {
            OPEN.removeIf(ref -> ref.get() == null);
            OPEN.add(new WeakReference<>(this));
        }
    }

    private static Map<String, StringProperty> velden(FormModel model) {
        Map<String, StringProperty> velden = new LinkedHashMap<>();
        for (FieldModel<?> field : model.fields()) {
            velden.put(field.id(), field.textProperty());
        }
        return velden;
    }

    /**
     * The node that shows this form: only forms whose node is on a showing window count as open
     * when the main window closes. Without one (a form built and dropped) the form never counts.
     */
    public Autosave anker(Node node) {
        this.anker = node;
        return this;
    }

    /** Runs whenever a draft is kept or brought back (a form shows its "throw away" link then). */
    void bijKlad(Runnable actie) {
        this.bijKlad = actie;
    }

    /** Brings back a draft left by a crash or by closing the form, if there is one. */
    public void herstel() {
        background.run(() -> kladden.lees(sleutel), found -> found.ifPresent(this::pasToe));
    }

    private void pasToe(Klad klad) {
        if (!actief) {
            return;
        }
        // The app's clock, not the system's: the time said is the one the draft was stored with.
        String tijd = TIJD.withZone(kladden.zone()).format(klad.gewijzigdOp());
        if (klad.onleesbaar()) {
            // Said, not swallowed: the coach knows text was kept and may type it again.
            toon(I18n.t("concept.onleesbaar", tijd));
            return;
        }
        if (klad.velden().isEmpty()) {
            return;
        }
        herstellen = true;
        try {
            velden.forEach((naam, veld) -> {
                String tekst = klad.velden().get(naam);
                if (tekst != null) {
                    veld.set(tekst);
                }
            });
        } finally {
            herstellen = false;
        }
        bewaard = teksten();
        toon(I18n.t("concept.hersteld", tijd));
        bijKlad.run();
    }

    private Map<String, String> teksten() {
        Map<String, String> teksten = new LinkedHashMap<>();
        velden.forEach((naam, veld) -> teksten.put(naam, veld.get() == null ? "" : veld.get()));
        return teksten;
    }

    private void bewaar() {
        if (!actief) {
            return;
        }
        Map<String, String> teksten = teksten();
        if (teksten.equals(bewaard)) {
            return;
        }
        bewaard = teksten;
        if (teksten.equals(begin)) {
            // Typed back to what the form opened with: nothing to keep, and nothing to offer later.
            background.run(() -> {
                kladden.verwijder(sleutel);
                return null;
            }, ignored -> { });
            return;
        }
        background.run(() -> kladden.bewaar(sleutel, teksten), tijd -> {
            if (actief) {
                toon(I18n.t("concept.bewaard", TIJD.withZone(kladden.zone()).format(tijd)));
                bijKlad.run();
            }
        }, failure -> {
            toon(I18n.t("concept.mislukt"));
            ErrorReporter.report(failure);
        });
    }

    /** Whether text was typed that is not in the draft store yet (the pause after the last keystroke). */
    public boolean nietBewaard() {
        return actief && !teksten().equals(bewaard);
    }

    /** Whether the form holds text that differs from what it opened with (kept as a draft or not). */
    public boolean heeftTekst() {
        return actief && !teksten().equals(begin);
    }

    /** Writes what was typed now instead of after the pause (closing a form, closing the window). */
    public void bewaarNu() {
        pauze.stop();
        bewaar();
    }

    /**
     * The form closed without saving: what was typed is kept as a draft (at once, not after the
     * pause) and comes back when the form opens again.
     */
    public void sluit() {
        bewaarNu();
        actief = false;
        afmelden();
    }

    /** The text was saved: no more drafts, and the one kept is removed. */
    public void stop() {
        actief = false;
        pauze.stop();
        afmelden();
        verwijderKlad();
    }

    /** The coach throws the draft away: the fields go back to what the form opened with. */
    public void weggooien() {
        pauze.stop();
        herstellen = true;
        try {
            velden.forEach((naam, veld) -> veld.set(begin.get(naam)));
        } finally {
            herstellen = false;
        }
        bewaard = begin;
        verwijderKlad();
        status.setText(I18n.t("concept.weggegooid"));
    }

    private void verwijderKlad() {
        background.run(() -> {
            kladden.verwijder(sleutel);
            return null;
        }, ignored -> { });
    }

    private void afmelden() {
        synchronized (OPEN) {
            OPEN.removeIf(ref -> ref.get() == null || ref.get() == this);
        }
    }

    private void toon(String tekst) {
        status.setText(tekst);
        status.setVisible(true);
        status.setManaged(true);
    }

    /** The forms on a showing window that hold text differing from how they opened. */
    public static List<Autosave> openMetTekst() {
        List<Autosave> open;
        synchronized (OPEN) {
            open = OPEN.stream().map(WeakReference::get).filter(Objects::nonNull).toList();
        }
        return open.stream().filter(a -> a.anker != null && a.anker.getScene() != null
                && a.anker.getScene().getWindow() != null && a.anker.getScene().getWindow().isShowing())
                .filter(Autosave::heeftTekst).toList();
    }
}
