package nl.spoorzoeker.ui;

import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * An unattended operation in the status line (issue 20): "Automatische back-up · Kopie maken" with a
 * small bar and a stop button, only while one runs. The coach who starts the app on battery or just
 * before a video call sees why the disk is busy and can stop it; the operation stops at its next safe
 * point (a backup leaves nothing half-made behind). Hidden again when it ends.
 */
public final class Achtergrondwerk {

    private final Label fase = new Label();
    private final ProgressBar balk = new ProgressBar(0);
    private final Button stop = new Button();
    private final HBox root = new HBox(6, fase, balk, stop);
    private final Langwerk langwerk;
    private final ChangeListener<Langwerk.Uitvoering<?>> volger = (o, was, is) -> volg(was, is);
    /**
     * Held weakly by the executor, which outlives every window: a window whose scene is replaced without
     * {@link #stop()} (VensterVrijgaveTest) must not stay reachable through its status line.
     */
    private final javafx.beans.value.WeakChangeListener<Langwerk.Uitvoering<?>> zwak =
            new javafx.beans.value.WeakChangeListener<>(volger);
    private final Consumer<Langwerk.Uitvoering<?>> gestopt;

    /** @param gestopt told on the FX thread when an operation ended because the coach stopped it */
    public Achtergrondwerk(Langwerk langwerk, Consumer<Langwerk.Uitvoering<?>> gestopt) {
        this.langwerk = langwerk;
        this.gestopt = gestopt;
        root.setId("achtergrond-taak");
        root.setAlignment(Pos.CENTER_LEFT);
        root.managedProperty().bind(root.visibleProperty());
        fase.setId("achtergrond-fase");
        fase.getStyleClass().add("text-muted");
        balk.setId("achtergrond-balk");
        balk.setPrefWidth(90);
        stop.setId("achtergrond-annuleer");
        stop.getStyleClass().addAll("flat", "small");
        stop.setGraphic(FontIcon.of(Material2AL.CLOSE, 14));
        stop.setTooltip(new Tooltip(I18n.t("action.cancel")));
        stop.setAccessibleText(I18n.t("action.cancel"));
        langwerk.opAchtergrond().addListener(zwak);
        volg(null, langwerk.opAchtergrond().get());
    }

    public HBox node() {
        return root;
    }

    private void volg(Langwerk.Uitvoering<?> was, Langwerk.Uitvoering<?> is) {
        // Ended after the coach's stop: failed with the cancel (a backup past its last safe point just finishes).
        if (was != null && was.getState() == javafx.concurrent.Worker.State.FAILED && was.taak().annuleringGevraagd()) {
            gestopt.accept(was);
        }
        fase.textProperty().unbind();
        balk.progressProperty().unbind();
        root.setVisible(is != null);
        if (is == null) {
            return;
        }
        fase.textProperty().bind(is.titleProperty().concat(" · ").concat(is.messageProperty()));
        balk.progressProperty().bind(is.progressProperty());
        stop.setVisible(is.taak().annuleerbaar());
        stop.setDisable(false);
        stop.setOnAction(e -> {
            is.taak().annuleer();
            stop.setDisable(true);
            fase.textProperty().unbind();
            fase.setText(I18n.t("taak.annuleren.bezig"));
        });
    }

    /** A replaced window (a language switch) stops following: the executor outlives it. */
    public void stop() {
        langwerk.opAchtergrond().removeListener(zwak);
        volg(null, null);
    }
}
