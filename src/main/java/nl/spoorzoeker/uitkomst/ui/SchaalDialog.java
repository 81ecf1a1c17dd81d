package nl.spoorzoeker.uitkomst.ui;

import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.spoorzoeker.input.Parsed;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.Knoppen;
import nl.spoorzoeker.uitkomst.Schaalmeting;
import nl.spoorzoeker.ui.form.Toetsenbord;

/**
 * The intake's measurement of the soft-result scales, scored together with the werknemer. Leaving
 * every scale at "—" and saving removes a measurement (the werknemer did not want to score after all).
 */
public final class SchaalDialog {

    private SchaalDialog() {
    }

    /** What was chosen: a measurement, or null to remove it. */
    public record Keuze(Schaalmeting meting) {
    }

    /**
     * @param eind     the end measurement when there is one: the intake cannot be dated after it
     * @param voorstel the date a new measurement starts with (the intake's day, or today)
     */
    public static Optional<Keuze> ask(Window owner, String werknemer, Schaalmeting huidig, Schaalmeting eind,
                                      LocalDate voorstel, LocalDate vandaag) {
        Dialog<Keuze> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(I18n.t("schaal.intake.titel"));
        dialog.setHeaderText(I18n.t("schaal.intake.kop", werknemer));
        dialog.getDialogPane().setId("intake-schaal-dialog");
        Schaalvelden v = new Schaalvelden("intake-schaal", null);
        v.vul(huidig, voorstel);
        Label uitleg = new Label(I18n.t("schaal.uitleg"));
        uitleg.setWrapText(true);
        uitleg.setMaxWidth(460);
        uitleg.getStyleClass().add("text-muted");
        Label error = new Label();
        error.setId("intake-schaal-error");
        error.getStyleClass().add("form-errors");
        error.setWrapText(true);
        error.setMaxWidth(460);
        v.scores.values().forEach(c -> c.valueProperty().addListener((o, a, b) -> error.setText("")));
        v.datum.textProperty().addListener((o, a, b) -> error.setText(""));
        dialog.getDialogPane().setContent(new VBox(10, uitleg, v.node(), error));
        dialog.getDialogPane().getButtonTypes().setAll(Knoppen.opslaan(), Knoppen.annuleren());
        Button save = (Button) dialog.getDialogPane().lookupButton(Knoppen.opslaan());
        save.setId("intake-schaal-save");
        Keuze[] gelezen = new Keuze[1];
        save.addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            Parsed<Schaalmeting> p = v.lees();
            String fout = !p.isOk() ? p.errorKey() : p.value() == null ? null
                    : Schaalmeting.fouten(p.value(), eind, vandaag).stream().findFirst().orElse(null);
            error.setText(fout == null ? "" : I18n.t(fout));
            if (fout != null) {
                event.consume();
            } else {
                gelezen[0] = new Keuze(p.value());
            }
        });
        dialog.setResultConverter(button -> button == Knoppen.opslaan() ? gelezen[0] : null);
        Toetsenbord.formulier(dialog, save);
        Toetsenbord.eersteVeld(dialog, () -> v.scores.get(Schaalmeting.Schaal.ENERGIE));
        return dialog.showAndWait();
    }
}
