package nl.spoorzoeker.ui.form;

import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.input.Parsed;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.Knoppen;

/**
 * Asks for one date (typed or picked); refuses to close on a date that does not exist. The error
 * shows below the field, so nothing moves under the mouse.
 */
public final class DateDialog {

    private DateDialog() {
    }

    public static Optional<LocalDate> ask(Window owner, String title, String question, LocalDate initial) {
        Dialog<LocalDate> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().setId("date-dialog");
        DateField field = new DateField("date-dialog-field");
        field.textProperty().set(DateInput.format(initial));
        Label error = new Label();
        error.getStyleClass().add("form-errors");
        error.setId("date-dialog-error");
        dialog.getDialogPane().setContent(new VBox(8, new Label(question), field, error));
        dialog.getDialogPane().getButtonTypes().setAll(Knoppen.opslaan(), Knoppen.annuleren());
        var save = dialog.getDialogPane().lookupButton(Knoppen.opslaan());
        save.setId("date-dialog-save");
        save.addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            Parsed<LocalDate> parsed = DateInput.required(field.textProperty().get());
            if (!parsed.isOk()) {
                error.setText(I18n.t(parsed.errorKey()));
                event.consume();
            }
        });
        dialog.setResultConverter(button -> button == Knoppen.opslaan()
                ? DateInput.required(field.textProperty().get()).value() : null);
        // The date is what the coach came to type: the cursor is in it with the proposal selected, so a
        // typed date replaces it and Enter records that date, not today.
        Toetsenbord.formulier(dialog, (javafx.scene.control.Button) save);
        Toetsenbord.eersteVeld(dialog, field::editor);
        return dialog.showAndWait();
    }
}
