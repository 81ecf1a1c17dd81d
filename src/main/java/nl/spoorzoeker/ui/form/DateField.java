package nl.spoorzoeker.ui.form;

import javafx.beans.property.StringProperty;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.ui.I18n;

/**
 * A date the coach can type (06-01-2025, 6/1/2025, …) or pick from a calendar. The typed text is
 * the truth: JavaFX's DatePicker editor throws away or throws on text it cannot parse, so the
 * picker here is only the calendar button and never owns the value.
 */
public final class DateField extends HBox {

    private final TextField editor = new TextField();
    private final DatePicker picker = new DatePicker();

    public DateField(String id) {
        getStyleClass().add("date-field");
        editor.setId(id);
        editor.setPromptText(I18n.t("input.date.prompt"));
        editor.setPrefColumnCount(10);
        picker.getStyleClass().add("date-field-button");
        picker.setEditable(false);
        picker.setFocusTraversable(false);
        picker.setShowWeekNumbers(true);
        picker.setAccessibleText(I18n.t("input.date.kalender"));
        HBox.setHgrow(editor, Priority.ALWAYS);
        getChildren().addAll(editor, picker);
        setSpacing(2);

        picker.setOnShowing(event -> {
            var parsed = DateInput.parse(editor.getText());
            picker.setValue(parsed.isOk() ? parsed.value() : null);
        });
        picker.setOnAction(event -> {
            if (picker.getValue() != null) {
                editor.setText(DateInput.format(picker.getValue()));
                editor.requestFocus();
                editor.end();
            }
        });
    }

    public TextField editor() {
        return editor;
    }

    public StringProperty textProperty() {
        return editor.textProperty();
    }
}
