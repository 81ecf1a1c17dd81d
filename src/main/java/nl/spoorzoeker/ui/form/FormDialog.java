package nl.spoorzoeker.ui.form;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.spoorzoeker.klad.KladService;
import nl.spoorzoeker.ui.Background;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.Knoppen;
import nl.spoorzoeker.ui.Meldingen;
import nl.spoorzoeker.ui.FxMeldingen;

/**
 * A modal form with Opslaan (Enter in a field, Ctrl+Enter anywhere) and Annuleren (Escape), keyboard
 * rules from {@link Toetsenbord}. Opslaan is refused while a field is invalid: the dialog stays open,
 * the fields are marked and a summary below the form names them (below, so no field moves under the
 * mouse). Saving runs in the background; if it fails the dialog stays open with everything the coach
 * typed.
 */
public final class FormDialog<R> extends Dialog<R> {

    private final Label summary = new Label();
    private final Kladregel kladregel = new Kladregel();
    private final FormModel model;
    private final Background background;
    /** An unexpected failure's dialog stands over the form (which may stand over a window other than the main one). */
    private final Meldingen meldingen = new FxMeldingen(this::getOwner);
    private Autosave autosave;
    /** Styled ahead by {@link #voorbereiden}: showing places the window itself (see {@link #plaatsBovenEigenaar}). */
    private boolean voorbereid;

    /**
     * @param saveFactory called on the JavaFX thread once the form is valid; returns the
     *                    background work that saves it and yields the dialog's result
     */
    public FormDialog(Window owner, String title, String dialogId, FormModel model, FormView view,
                      Background background, Supplier<Callable<R>> saveFactory) {
        this.model = model;
        this.background = background;
        initOwner(owner);
        setTitle(title);
        setHeaderText(title);
        setResizable(true);
        getDialogPane().setId(dialogId);
        getDialogPane().getButtonTypes().setAll(Knoppen.opslaan(), Knoppen.annuleren());

        summary.setId("form-errors");
        summary.getStyleClass().add("form-errors");
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        summary.setManaged(false);
        summary.setVisible(false);

        ScrollPane scroll = new ScrollPane(view.node());
        scroll.setFitToWidth(true);
        // Sized to show the whole form without scrolling on a 1366x768 laptop screen.
        scroll.setPrefViewportHeight(540);
        scroll.setPrefViewportWidth(view.columnCount() > 1 ? 900 : 520);
        // The form keeps its place when a message appears: the scroll pane gives up the room, below.
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        VBox content = new VBox(10, scroll, summary, kladregel.node());
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(view.columnCount() > 1 ? 960 : 580);
        getDialogPane().setMinWidth(view.columnCount() > 1 ? 960 : 580);
        setResultConverter(button -> null);
        // Some platforms (the headless one among them) do not grow the window to the pane's size.
        setOnShown(event -> getDialogPane().getScene().getWindow().sizeToScene());
        setOnShowing(event -> {
            if (voorbereid) {
                plaatsBovenEigenaar();
            }
        });

        Button save = (Button) getDialogPane().lookupButton(Knoppen.opslaan());
        save.setId("dialog-save");
        Toetsenbord.formulier(this, save);
        Toetsenbord.eersteVeld(this, view::eersteVeld);
        ((Button) getDialogPane().lookupButton(Knoppen.annuleren())).setId("dialog-cancel");
        save.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            List<FormModel.FormError> errors = model.errors();
            if (!errors.isEmpty()) {
                showErrors(view, errors);
                return;
            }
            hideErrors();
            Callable<R> work = saveFactory.get();
            getDialogPane().setDisable(true);
            background.run(work, result -> {
                if (autosave != null) {
                    autosave.stop();
                }
                setResult(result);
                close();
            }, failure -> {
                getDialogPane().setDisable(false);
                // A rule the service enforces: say so in the dialog, which stays open as typed.
                meldingen.weigering(failure, tekst -> {
                    summary.setText(I18n.t("form.fixErrors") + "\n• " + tekst);
                    summary.setManaged(true);
                    summary.setVisible(true);
                });
            });
        });
    }

    /**
     * Creates the controls' skins and applies the theme's CSS now, while nobody waits, so that showing
     * the form later only lays it out and paints it (issue 21 item 10: styling a two-column form is most
     * of the time between Ctrl+N and its first frame). For a form built ahead of the key that opens it;
     * FX thread, before {@link #showAndWait()}.
     */
    public FormDialog<R> voorbereiden() {
        javafx.scene.Scene scene = getDialogPane().getScene();
        if (scene != null) {
            scene.getRoot().applyCss();
            // The sizes the window asks for when it is placed, computed (and cached) now as well.
            getDialogPane().prefHeight(getDialogPane().prefWidth(-1));
            getDialogPane().prefHeight(-1);
            voorbereid = true;
        }
        return this;
    }

    /**
     * Centres the window over its owner before it shows, from the sizes {@link #voorbereiden} worked
     * out. Left to itself, JavaFX's dialog window places itself when shown by first forcing CSS on the
     * whole pane ({@code HeavyweightDialog.positionStage} calls {@code dialogPane.applyCss()}, which
     * marks every node for a style update): the styling done ahead was done a second time in the frame
     * the coach waits for (issue 21; 45 of the Ctrl+L profile's FX samples). A window that already has
     * a place of its own is placed there without that pass, so the place is given here, the same as
     * JavaFX would compute it. (One pass remains and is JavaFX's own: a window becoming visible
     * reapplies CSS to its scene's root, {@code Window.doVisibleChanging}.)
     */
    private void plaatsBovenEigenaar() {
        Window eigenaar = getOwner();
        if (eigenaar == null || eigenaar.getScene() == null || !eigenaar.isShowing()) {
            return;
        }
        javafx.scene.Scene scene = eigenaar.getScene();
        double breedte = getDialogPane().prefWidth(-1);
        double hoogte = getDialogPane().prefHeight(breedte);
        setX(eigenaar.getX() + scene.getWidth() / 2 - breedte / 2);
        setY(eigenaar.getY() + scene.getY() / 2 + scene.getHeight() / 2 - hoogte / 2);
    }

    /**
     * Keeps a draft of this form under {@code sleutel} while the coach types (see {@link Autosave});
     * closing without saving keeps it, and a draft left by closing or by a crash is brought back,
     * with a link to throw it away. Does nothing without a draft store.
     */
    public FormDialog<R> autosave(KladService kladden, String sleutel) {
        return autosave(kladden, sleutel, java.util.Map.of());
    }

    /** As {@link #autosave(nl.spoorzoeker.klad.KladService, String)}, keeping the choices too ({@link Autosave#alsTekst}). */
    public FormDialog<R> autosave(KladService kladden, String sleutel,
                                  java.util.Map<String, javafx.beans.property.StringProperty> keuzes) {
        if (kladden == null || autosave != null) {
            return this;
        }
        autosave = kladregel.volg(new Autosave(kladden, sleutel, model, keuzes, background, kladregel.status())
                .anker(getDialogPane()));
        setOnHidden(event -> {
            if (getResult() == null) {
                autosave.sluit();
            }
        });
        return this;
    }

    private void showErrors(FormView view, List<FormModel.FormError> errors) {
        view.showAllErrors();
        summary.setText(I18n.t("form.fixErrors") + "\n" + errors.stream()
                .map(e -> "• " + I18n.t(e.labelKey()).replace("_", "") + ": " + I18n.t(e.messageKey()))
                .collect(Collectors.joining("\n")));
        summary.setManaged(true);
        summary.setVisible(true);
        Control first = view.control(errors.getFirst().fieldId());
        if (first != null) {
            first.requestFocus();
        }
    }

    private void hideErrors() {
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        summary.setManaged(false);
        summary.setVisible(false);
    }
}
