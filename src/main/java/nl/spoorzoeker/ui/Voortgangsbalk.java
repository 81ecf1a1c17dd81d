package nl.spoorzoeker.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;

/**
 * A long operation's progress as the coach sees it: the phase's name, a bar that fills, and
 * Annuleren where the operation can stop safely (it then stops at its next safe point, and the
 * button says it is stopping). Follows one {@link Langwerk.Uitvoering} at a time.
 */
public final class Voortgangsbalk {

    private final Label fase = new Label();
    private final ProgressBar balk = new ProgressBar(0);
    private final Button annuleer = new Button(I18n.t("action.cancel"));
    private final VBox root = new VBox(8, fase, balk, annuleer);

    public Voortgangsbalk() {
        root.setId("taak-voortgang");
        root.setPadding(new Insets(8, 0, 8, 0));
        fase.setId("taak-fase");
        fase.setWrapText(true);
        balk.setId("taak-balk");
        balk.setMaxWidth(Double.MAX_VALUE);
        annuleer.setId("taak-annuleer");
        annuleer.managedProperty().bind(annuleer.visibleProperty());
        annuleer.setVisible(false);
    }

    public VBox node() {
        return root;
    }

    public void volg(Langwerk.Uitvoering<?> uitvoering) {
        fase.textProperty().bind(uitvoering.messageProperty());
        balk.progressProperty().bind(uitvoering.progressProperty());
        annuleer.setVisible(uitvoering.taak().annuleerbaar());
        annuleer.setDisable(false);
        annuleer.setText(I18n.t("action.cancel"));
        annuleer.setOnAction(e -> {
            uitvoering.taak().annuleer();
            annuleer.setDisable(true);
            annuleer.setText(I18n.t("taak.annuleren.bezig"));
        });
    }

    /** Shows a failure where the phase was, with the bar emptied (the recovery screen keeps it in view). */
    public void fout(String tekst) {
        fase.textProperty().unbind();
        balk.progressProperty().unbind();
        fase.setText(tekst);
        balk.setProgress(0);
        annuleer.setVisible(false);
    }
}
