package nl.spoorzoeker.rapportage.privacy.ui;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;
import nl.spoorzoeker.rapportage.privacy.AndereDeelnemers;
import nl.spoorzoeker.rapportage.privacy.Categorie;
import nl.spoorzoeker.rapportage.privacy.Privacytoets;
import nl.spoorzoeker.rapportage.privacy.Treffer;
import nl.spoorzoeker.rapportage.privacy.Veldsoort;
import nl.spoorzoeker.ui.ErrorReporter;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.Privacyhulp;
import impl.org.controlsfx.ImplUtils;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.Region;
import org.controlsfx.control.decoration.Decoration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Marks, while the coach types, what the report's privacy gate would stop: the field gets a red
 * border, a small badge in its bottom-right corner names the kind of hit, and the tooltip (also the
 * field's accessible help) lists every hit with the neutral wording of domain.md §5.3.1. The check is
 * the same {@link Privacytoets} the gate uses, with the practice's own words, read in the language the
 * reports are written in — so the hint and the gate agree.
 *
 * <p>A TextArea cannot style a range, hence a ControlsFX graphic decoration rather than an underline;
 * it is added to the field's own children, so it scrolls and is clipped with the field and nothing
 * around it moves (issue 21: a form that shifts while typing sends the next click to the wrong field).
 *
 * <p>Checked {@value #PAUZE_MS} ms after the last keystroke, on one background thread of its own (not
 * the database queue, where a save may be waiting): a 100,000-character note takes tens of
 * milliseconds, which would be felt as a stutter on the JavaFX thread. Only the latest text of a field
 * is checked; an older result that arrives late is dropped.
 */
public final class Privacyhint implements Privacyhulp {

    static final int PAUZE_MS = 300;
    /** Where the hint state of a field is kept, in its properties. */
    private static final String SLEUTEL = Privacyhint.class.getName();

    private final Supplier<Privacytoets> toets;
    private final Supplier<? extends Collection<String>> werknemers;
    /** Who may be named in a group text though a name may look like a werknemer's: the coach, the employers. */
    private final Supplier<? extends Collection<String>> vrij;
    private ExecutorService werker;

    /**
     * @param toets the guard as it stands now (the shipped lexicon plus the practice's own words);
     *              called on the hint's own thread, as its first call may read the database
     */
    public Privacyhint(Supplier<Privacytoets> toets) {
        this(toets, List::of);
    }

    /**
     * @param werknemers the names of the practice's werknemers, for a group session's fields
     *                   ({@link Veld#GROEP}); read on the hint's own thread, once per field
     */
    public Privacyhint(Supplier<Privacytoets> toets, Supplier<? extends Collection<String>> werknemers) {
        this(toets, werknemers, List::of);
    }

    /**
     * @param vrij names of people and organisations that are no participant and may be named in a group
     *             text (the coach, the practice, employers and their contacts); read on the hint's thread,
     *             once per field
     */
    public Privacyhint(Supplier<Privacytoets> toets, Supplier<? extends Collection<String>> werknemers,
                       Supplier<? extends Collection<String>> vrij) {
        this.toets = toets;
        this.werknemers = werknemers;
        this.vrij = vrij;
    }

    /**
     * What the hint marks in a field of kind {@code soort}, in text order: the guard's hits, and in a
     * group session's field ({@link Veld#GROEP}) also every werknemer of the practice named in it. The
     * report's gate flags a name only in the reports of the others; a group text goes into every
     * participant's report, so while it is typed every werknemer's name is someone else's. Outside an
     * organisation's name also the doubts ({@link Privacytoets#twijfel}), as category TWIJFEL. Pure.
     */
    public static List<Treffer> treffers(Privacytoets toets, Collection<String> werknemers, String tekst, Locale taal,
            Veld soort) {
        return treffers(toets, new AndereDeelnemers.Namen(werknemers, List.of(), List.of()), tekst, taal, soort);
    }

    /** As above, knowing the group: its participants count by first name too, and who may be named does not count. */
    public static List<Treffer> treffers(Privacytoets toets, AndereDeelnemers.Namen namen, String tekst, Locale taal,
            Veld soort) {
        List<Treffer> treffers = new ArrayList<>(toets.toets(tekst, taal,
                soort == Veld.ORGANISATIE ? Veldsoort.ORGANISATIE : Veldsoort.TEKST));
        if (soort == Veld.GROEP) {
            treffers.addAll(AndereDeelnemers.vind(tekst, namen));
        }
        if (soort != Veld.ORGANISATIE) {
            // The gate's second verdict: a sentence about the person's state that names nothing medical,
            // which the coach must confirm before a report is final — shown now, not first at finalising.
            treffers.addAll(toets.twijfel(tekst, List.copyOf(treffers)));
        }
        treffers.sort(Comparator.comparingInt(Treffer::begin));
        return treffers;
    }

    @Override
    public void bewaak(TextInputControl veld, Veld soort) {
        bewaak(veld, soort, List::of, List::of);
    }

    @Override
    public <T extends TextInputControl> T groep(T veld, Supplier<? extends Collection<String>> deelnemers,
                                                Supplier<? extends Collection<String>> nietDeelnemers) {
        bewaak(veld, Veld.GROEP, deelnemers, nietDeelnemers);
        return veld;
    }

    @Override
    public List<String> genoemd(TextInputControl veld) {
        return veld.getProperties().get(SLEUTEL) instanceof Wacht w ? w.genoemd() : List.of();
    }

    private void bewaak(TextInputControl veld, Veld soort, Supplier<? extends Collection<String>> deelnemers,
                        Supplier<? extends Collection<String>> nietDeelnemers) {
        if (veld.getProperties().containsKey(SLEUTEL)) {
            return;
        }
        Wacht wacht = new Wacht(veld, soort, deelnemers, nietDeelnemers);
        veld.getProperties().put(SLEUTEL, wacht);
        veld.getStyleClass().add("privacy-bewaakt");
        veld.textProperty().addListener((o, oud, nieuw) -> wacht.pauze.playFromStart());
        if (veld.getText() != null && !veld.getText().isBlank()) {
            wacht.pauze.playFromStart(); // a loaded note or a restored draft is checked too
        }
    }

    /** The hits shown on a field now (empty when none, or when it is not watched); for tests. */
    public static List<Treffer> treffers(TextInputControl veld) {
        return veld.getProperties().get(SLEUTEL) instanceof Wacht w ? w.getoond : List.of();
    }

    private synchronized ExecutorService werker() {
        if (werker == null) {
            werker = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "spoorzoeker-privacyhint");
                t.setDaemon(true);
                return t;
            });
        }
        return werker;
    }

    /** The hint of one field. */
    /** The key that does what a click on a badge naming a participant does. */
    static final KeyCombination SNELLE_OPLOSSING = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.ALT_DOWN);

    private final class Wacht {
        private final TextInputControl veld;
        private final Veld soort;
        private final PauseTransition pauze = new PauseTransition(Duration.millis(PAUZE_MS));
        private final AtomicLong versie = new AtomicLong();
        private final Label badge = new Label();
        private final Badge decoratie;
        private final Tooltip uitleg = new Tooltip();
        private List<Treffer> getoond = List.of();
        /** The practice's werknemers, read once on the hint's thread for a group session's field. */
        private volatile Collection<String> namen;
        /** Who may be named (coach, practice, employers), read once on the hint's thread with {@link #namen}. */
        private volatile Collection<String> vrijeNamen;
        /** The group as the form holds it, read on the JavaFX thread at each check. */
        private final Supplier<? extends Collection<String>> deelnemers;
        private final Supplier<? extends Collection<String>> nietDeelnemers;
        /** The names the shown hits were found with: who is a participant. */
        private AndereDeelnemers.Namen getoondMet = new AndereDeelnemers.Namen(List.of(), List.of(), List.of());
        private Tooltip eerdereTooltip;
        private String eerdereHulp;

        Wacht(TextInputControl veld, Veld soort, Supplier<? extends Collection<String>> deelnemers,
              Supplier<? extends Collection<String>> nietDeelnemers) {
            this.veld = veld;
            this.soort = soort;
            this.deelnemers = deelnemers;
            this.nietDeelnemers = nietDeelnemers;
            // The way to fix a name: a click on the badge puts "een andere deelnemer" in its place.
            badge.setOnMouseClicked(e -> vervangNamen());
            // And from the keyboard, without leaving the field (the badge takes no focus): Alt+Enter, the quick fix.
            veld.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (SNELLE_OPLOSSING.match(e) && !genoemd().isEmpty()) {
                    vervangNamen();
                    e.consume();
                }
            });
            badge.setGraphic(FontIcon.of(Material2MZ.WARNING, 13));
            badge.getStyleClass().add("privacy-hint");
            badge.setFocusTraversable(false);
            badge.setMouseTransparent(false);
            if (veld.getId() != null) {
                badge.setId(veld.getId() + "-privacyhint");
            }
            uitleg.setWrapText(true);
            uitleg.setMaxWidth(460);
            uitleg.setShowDelay(Duration.millis(150));
            uitleg.setShowDuration(Duration.INDEFINITE);
            Tooltip.install(badge, uitleg);
            decoratie = new Badge(badge);
            pauze.setOnFinished(e -> toets());
        }

        private void toets() {
            String tekst = veld.getText() == null ? "" : veld.getText();
            Locale taal = I18n.locale();
            long mijn = versie.incrementAndGet();
            List<String> mee = soort == Veld.GROEP ? List.copyOf(deelnemers.get()) : List.of();
            List<String> niet = soort == Veld.GROEP ? List.copyOf(nietDeelnemers.get()) : List.of();
            if (tekst.isBlank()) {
                toon(List.of());
                return;
            }
            werker().execute(() -> {
                if (versie.get() != mijn) {
                    return; // typed on meanwhile: only the newest text is worth checking
                }
                try {
                    Privacytoets t = toets.get();
                    if (soort == Veld.GROEP && namen == null) {
                        namen = List.copyOf(werknemers.get());
                        vrijeNamen = List.copyOf(vrij.get());
                    }
                    List<String> alleVrij = new ArrayList<>(niet);
                    if (vrijeNamen != null) {
                        alleVrij.addAll(vrijeNamen);
                    }
                    AndereDeelnemers.Namen met = new AndereDeelnemers.Namen(soort == Veld.GROEP ? namen : List.of(),
                            mee, alleVrij);
                    List<Treffer> treffers = treffers(t, met, tekst, taal, soort);
                    Platform.runLater(() -> {
                        if (versie.get() == mijn) {
                            getoondMet = met;
                            toon(treffers);
                        }
                    });
                } catch (RuntimeException e) {
                    ErrorReporter.report(e);
                }
            });
        }

        private void toon(List<Treffer> treffers) {
            boolean was = !getoond.isEmpty();
            getoond = List.copyOf(treffers);
            // Red for what must be rewritten; a doubt alone (to confirm or rewrite) gets the warning colour.
            boolean hard = getoond.stream().anyMatch(t -> t.categorie() != Categorie.TWIJFEL);
            veld.pseudoClassStateChanged(Styles.STATE_DANGER, hard);
            veld.pseudoClassStateChanged(Styles.STATE_WARNING, !hard && !getoond.isEmpty());
            if (getoond.isEmpty()) {
                if (was) {
                    decoratie.removeDecoration(veld);
                    veld.setTooltip(eerdereTooltip);
                    veld.setAccessibleHelp(eerdereHulp);
                }
                return;
            }
            badge.setText(soort == Veld.GESPREK ? I18n.t("privacy.hint.gesprek")
                    : genoemd().isEmpty() ? kort(getoond) : noemt());
            uitleg.setText(uitleg(getoond));
            if (!was) {
                eerdereTooltip = veld.getTooltip();
                eerdereHulp = veld.getAccessibleHelp();
                decoratie.applyDecoration(veld);
                veld.setTooltip(uitleg);
            }
            veld.setAccessibleHelp(uitleg.getText());
            veld.requestLayout();
        }

        /** The badge: the kinds found, in order of appearance ("diagnose, medicatie"). */
        private static String kort(List<Treffer> treffers) {
            return String.join(", ", treffers.stream().map(Treffer::categorie).distinct()
                    .map(c -> I18n.t(c.naamSleutel())).toList());
        }

        /** The people named, each once, with what they are: "Ahmed (deelnemer)". */
        List<String> genoemd() {
            return getoond.stream().filter(t -> t.categorie() == Categorie.ANDERE_DEELNEMER)
                    .map(t -> I18n.t("groepsnaam.genoemd", t.gevonden(), I18n.t(getoondMet.isDeelnemer(t.term())
                            ? "groepsnaam.rol.deelnemer" : "groepsnaam.rol.werknemer")))
                    .distinct().toList();
        }

        /** "Deze samenvatting noemt Ahmed (deelnemer)": what the coach reads on the badge. */
        private String noemt() {
            return I18n.t(veld instanceof javafx.scene.control.TextArea ? "groepsnaam.noemt.samenvatting"
                    : "groepsnaam.noemt.tekst", String.join(", ", genoemd()));
        }

        /**
         * Puts "een andere deelnemer" where a name was found, from the end so earlier positions hold; at
         * the start of a sentence with a capital. The coach sees the text change and can still undo it.
         */
        private void vervangNamen() {
            String tekst = veld.getText();
            List<Treffer> namen = getoond.stream().filter(t -> t.categorie() == Categorie.ANDERE_DEELNEMER)
                    .sorted(Comparator.comparingInt(Treffer::begin).reversed()).toList();
            if (tekst == null || namen.isEmpty()) {
                return;
            }
            StringBuilder uit = new StringBuilder(tekst);
            String vervanging = I18n.t("groepsnaam.vervanging");
            for (Treffer t : namen) {
                if (t.einde() > uit.length() || !uit.substring(t.begin(), t.einde()).equals(t.gevonden())) {
                    continue; // typed on since the check: that name is checked again after the change
                }
                String hoofd = zinsbegin(uit, t.begin())
                        ? vervanging.substring(0, 1).toUpperCase(I18n.locale()) + vervanging.substring(1) : vervanging;
                uit.replace(t.begin(), t.einde(), hoofd);
            }
            veld.setText(uit.toString());
        }

        private static boolean zinsbegin(CharSequence s, int i) {
            int j = i - 1;
            while (j >= 0 && Character.isWhitespace(s.charAt(j))) {
                j--;
            }
            return j < 0 || ".!?".indexOf(s.charAt(j)) >= 0;
        }

        /** The tooltip: every hit with its kind, then each kind's neutral wording once. */
        private String uitleg(List<Treffer> treffers) {
            StringBuilder s = new StringBuilder(I18n.t(soort == Veld.GESPREK ? "privacy.hint.gesprek"
                    : "privacy.hint.kop"));
            if (!genoemd().isEmpty()) {
                // Names first and in words a coach acts on: who, why it matters, and how to fix it.
                s = new StringBuilder(noemt()).append('\n').append(I18n.t("groepsnaam.uitleg"));
                if (treffers.stream().allMatch(t -> t.categorie() == Categorie.ANDERE_DEELNEMER)) {
                    return s.toString();
                }
                s.append('\n').append(I18n.t("privacy.hint.kop"));
            }
            for (Treffer t : treffers) {
                s.append('\n').append(I18n.t("privacy.hint.regel", t.gevonden(), I18n.t(t.categorie().naamSleutel())));
            }
            for (Categorie c : treffers.stream().map(Treffer::categorie).distinct().toList()) {
                s.append('\n').append(I18n.t(c.alternatiefSleutel()));
            }
            return s.toString();
        }
    }

    /**
     * The badge as a ControlsFX decoration inside the field's bottom-right corner, wrapped to the field's
     * width. ControlsFX's own {@code GraphicDecoration} centres a graphic on the corner, so a badge with
     * words would hang half outside a dialog's edge and be cut off; and a badge at its own width, half
     * above the field, covered the control beside and above it (issue 21: "Deze samenvatting noemt Sanne
     * (deelnemer)" over the first participant's checkbox and the Locatie field). Inside the field nothing
     * else is covered; the bottom, not the top, because the coach types from the top. Where a wrapped
     * badge would be taller than the field (a one-line field), it shows the warning sign alone, so the
     * words do not cover what was typed: the tooltip and the field's accessible help say them in full.
     */
    private static final class Badge extends Decoration {
        /** Between the badge and the field's edge, inside the border. */
        private static final double MARGE = 3;
        private final Label badge;
        private final InvalidationListener plaats;
        private Region doel;

        Badge(Label badge) {
            this.badge = badge;
            badge.setManaged(false);
            this.plaats = o -> plaats();
            badge.textProperty().addListener(plaats);
        }

        @Override
        public Node applyDecoration(Node target) {
            doel = (Region) target;
            List<Node> kinderen = ImplUtils.getChildren((Parent) target, true);
            if (!kinderen.contains(badge)) {
                kinderen.add(badge);
            }
            doel.widthProperty().addListener(plaats);
            doel.heightProperty().addListener(plaats);
            doel.needsLayoutProperty().addListener(plaats);
            plaats();
            return null;
        }

        @Override
        public void removeDecoration(Node target) {
            ImplUtils.getChildren((Parent) target, true).remove(badge);
            ((Region) target).widthProperty().removeListener(plaats);
            ((Region) target).heightProperty().removeListener(plaats);
            ((Region) target).needsLayoutProperty().removeListener(plaats);
            doel = null;
        }

        private void plaats() {
            if (doel == null) {
                return;
            }
            badge.applyCss();
            badge.setContentDisplay(ContentDisplay.LEFT);
            double breedte = Math.max(0, Math.min(badge.prefWidth(-1), doel.getWidth() - 2 * MARGE));
            double ruimte = Math.max(0, doel.getHeight() - 2 * MARGE);
            badge.setWrapText(true);
            double hoogte = badge.prefHeight(breedte);
            if (hoogte > ruimte) {
                // A one-line field: the words would cover what the coach typed; the sign alone, the words in
                // the tooltip and the accessible help.
                badge.setWrapText(false);
                badge.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
                breedte = Math.min(badge.prefWidth(-1), breedte);
                hoogte = Math.min(badge.prefHeight(-1), ruimte);
            }
            badge.resize(breedte, hoogte);
            badge.setLayoutX(doel.getWidth() - breedte - MARGE);
            badge.setLayoutY(doel.getHeight() - hoogte - MARGE);
        }
    }
}
