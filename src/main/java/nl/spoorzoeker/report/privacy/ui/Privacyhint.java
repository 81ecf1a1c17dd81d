package nl.spoorzoeker.report.privacy.ui;

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
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import nl.spoorzoeker.report.privacy.AndereDeelnemers;
import nl.spoorzoeker.report.privacy.Categorie;
import nl.spoorzoeker.report.privacy.Privacytoets;
import nl.spoorzoeker.report.privacy.Treffer;
import nl.spoorzoeker.report.privacy.Veldsoort;
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
 * border, a small badge at its top-right corner names the kind of hit, and the tooltip (also the
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
        this.toets = toets;
        this.werknemers = werknemers;
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
        List<Treffer> treffers = new ArrayList<>(toets.toets(tekst, taal,
                soort == Veld.ORGANISATIE ? Veldsoort.ORGANISATIE : Veldsoort.TEKST));
        if (soort == Veld.GROEP) {
            treffers.addAll(AndereDeelnemers.vind(tekst, werknemers));
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
        if (veld.getProperties().containsKey(SLEUTEL)) {
            return;
        }
        Wacht wacht = new Wacht(veld, soort);
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
        private Tooltip eerdereTooltip;
        private String eerdereHulp;

        Wacht(TextInputControl veld, Veld soort) {
            this.veld = veld;
            this.soort = soort;
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
                    }
                    List<Treffer> treffers = treffers(t, soort == Veld.GROEP ? namen : List.of(), tekst, taal, soort);
                    Platform.runLater(() -> {
                        if (versie.get() == mijn) {
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
            badge.setText(soort == Veld.GESPREK ? I18n.t("privacy.hint.gesprek") : kort(getoond));
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

        /** The tooltip: every hit with its kind, then each kind's neutral wording once. */
        private String uitleg(List<Treffer> treffers) {
            StringBuilder s = new StringBuilder(I18n.t(soort == Veld.GESPREK ? "privacy.hint.gesprek"
                    : "privacy.hint.kop"));
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
     * The badge as a ControlsFX decoration over the field's top-right corner, right-aligned inside the
     * field's width. ControlsFX's own {@code GraphicDecoration} centres a graphic on the corner, so a
     * badge with words would hang half outside a dialog's edge and be cut off.
     */
    private static final class Badge extends Decoration {
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
            doel.needsLayoutProperty().addListener(plaats);
            plaats();
            return null;
        }

        @Override
        public void removeDecoration(Node target) {
            ImplUtils.getChildren((Parent) target, true).remove(badge);
            ((Region) target).widthProperty().removeListener(plaats);
            ((Region) target).needsLayoutProperty().removeListener(plaats);
            doel = null;
        }

        private void plaats() {
            if (doel == null) {
                return;
            }
            badge.applyCss();
            badge.autosize();
            badge.setLayoutX(Math.max(0, doel.getWidth() - badge.getWidth() - 8));
            badge.setLayoutY(-badge.getHeight() / 2 + 1);
        }
    }
}
