package nl.spoorzoeker.ui.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import nl.spoorzoeker.ui.I18n;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;
import org.controlsfx.validation.decoration.CompoundValidationDecoration;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;

/**
 * Lays out a form in labelled rows and marks invalid fields with ControlsFX decorations and the
 * Dutch message as tooltip. Marks appear once the coach has typed or tried to save, not on a
 * fresh empty form.
 */
public final class FormView {

    private final javafx.scene.layout.HBox columns = new javafx.scene.layout.HBox(32);
    private GridPane grid;
    private final ValidationSupport validation = new ValidationSupport();
    private final Map<String, Control> controls = new LinkedHashMap<>();
    private final List<Runnable> revalidators = new ArrayList<>();
    private int row;
    private Control eerste;

    public FormView() {
        newColumn();
        validation.setValidationDecorator(new CompoundValidationDecoration(
                new GraphicValidationDecoration(), new StyleClassValidationDecoration()));
        validation.setErrorDecorationEnabled(false);
    }

    public Node node() {
        return columns;
    }

    public int columnCount() {
        return columns.getChildren().size();
    }

    /** Continues the form in a new column to the right, so long forms fit a laptop screen. */
    public void newColumn() {
        grid = new GridPane();
        grid.getStyleClass().add("form");
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setMinWidth(200);
        grid.getColumnConstraints().addAll(labels, inputs);
        javafx.scene.layout.HBox.setHgrow(grid, Priority.ALWAYS);
        columns.getChildren().add(grid);
        row = 0;
    }

    public void section(String titleKey, Object... args) {
        Label title = new Label(I18n.t(titleKey, args));
        title.getStyleClass().addAll("title-4", "form-section");
        grid.add(title, 0, row++, 2, 1);
    }

    public TextField text(FieldModel<?> field) {
        TextField input = new TextField();
        input.setId(field.id());
        input.textProperty().bindBidirectional(field.textProperty());
        addRow(field.labelKey(), input, input);
        register(input, field);
        return input;
    }

    /** A multi-line field for functional descriptions and notes. */
    public javafx.scene.control.TextArea area(FieldModel<?> field) {
        javafx.scene.control.TextArea input = new javafx.scene.control.TextArea();
        input.setId(field.id());
        input.setWrapText(true);
        input.setPrefRowCount(2);
        input.textProperty().bindBidirectional(field.textProperty());
        addRow(field.labelKey(), input, input);
        controls.put(field.id(), input);
        validation.registerValidator(input, false, (Control c, String value) -> {
            var error = field.parse().error();
            return ValidationResult.fromErrorIf(c, error.map(I18n::t).orElse(""), error.isPresent());
        });
        revalidators.add(() -> validation.revalidate(input));
        return input;
    }

    /** A line of explanation across the form, e.g. what does not belong in it. */
    public void note(String textKey) {
        Label note = new Label(I18n.t(textKey));
        note.setWrapText(true);
        note.getStyleClass().add("form-note");
        grid.add(note, 0, row++, 2, 1);
    }

    public DateField date(FieldModel<?> field) {
        DateField input = new DateField(field.id());
        input.textProperty().bindBidirectional(field.textProperty());
        addRow(field.labelKey(), input, input.editor());
        register(input.editor(), field);
        return input;
    }

    public CheckBox check(String id, String labelKey, BooleanProperty property) {
        CheckBox box = new CheckBox(I18n.t(labelKey));
        box.setId(id);
        box.setWrapText(true); // a long label wraps rather than ending in "…" in the narrow field column
        box.selectedProperty().bindBidirectional(property);
        grid.add(box, 1, row++);
        return box;
    }

    /** Adds a row the caller has built and checks itself (the form model still reports its errors). */
    public void row(String labelKey, Node node) {
        Label label = new Label(I18n.t(labelKey));
        grid.add(label, 0, row);
        grid.add(node, 1, row++);
    }

    /** Adds a row for a control the caller has set up, with a validator for it. */
    public <T> void custom(String labelKey, Node node, Control target, java.util.function.Supplier<String> errorKey) {
        addRow(labelKey, node, target);
        valideer(target, errorKey);
    }

    private void valideer(Control target, java.util.function.Supplier<String> errorKey) {
        controls.put(target.getId(), target);
        validation.registerValidator(target, false, (Control c, Object value) -> {
            String key = errorKey.get();
            return ValidationResult.fromErrorIf(c, key == null ? "" : I18n.t(key), key != null);
        });
        revalidators.add(() -> validation.revalidate(target));
    }

    /**
     * As {@link #custom}, for a list that needs the column's whole width: the label above it, the
     * list under it across label and field column.
     */
    public void breed(String labelKey, Node node, Control target, java.util.function.Supplier<String> errorKey) {
        Label label = new Label(I18n.t(labelKey));
        label.setLabelFor(target);
        label.setMnemonicParsing(true);
        grid.add(label, 0, row++, 2, 1);
        grid.add(node, 0, row++, 2, 1);
        valideer(target, errorKey);
    }

    public <T> ComboBox<T> combo(String id, String labelKey, ComboBox<T> combo) {
        combo.setId(id);
        combo.setMaxWidth(Double.MAX_VALUE);
        addRow(labelKey, combo, combo);
        return combo;
    }

    /** Shows every mark from now on, and re-checks all fields. */
    public void showAllErrors() {
        validation.setErrorDecorationEnabled(true);
        revalidators.forEach(Runnable::run);
    }

    /**
     * The field the cursor starts in when the form opens: the one set with {@link #eersteVeld(Control)},
     * otherwise the first field, so the coach can start typing at once.
     */
    public Control eersteVeld() {
        return eerste != null ? eerste : controls.values().stream().findFirst().orElse(null);
    }

    /** Puts the cursor in the form's first field (see {@link #eersteVeld()}). */
    public void focusFirst() {
        Control veld = eersteVeld();
        if (veld != null) {
            veld.requestFocus();
        }
    }

    /** Starts the cursor in {@code veld} instead of the first field (the one a coach always types in). */
    public void eersteVeld(Control veld) {
        this.eerste = veld;
    }

    public Control control(String fieldId) {
        return controls.get(fieldId);
    }

    private void addRow(String labelKey, Node node, Control target) {
        Label label = new Label(I18n.t(labelKey));
        label.setLabelFor(target);
        label.setMnemonicParsing(true);
        grid.add(label, 0, row);
        grid.add(node, 1, row++);
    }

    private void register(TextField input, FieldModel<?> field) {
        controls.put(field.id(), input);
        validation.registerValidator(input, false, (Control c, String value) -> {
            var error = field.parse().error();
            return ValidationResult.fromErrorIf(c, error.map(I18n::t).orElse(""), error.isPresent());
        });
        revalidators.add(() -> validation.revalidate(input));
        input.textProperty().addListener((obs, old, now) -> validation.setErrorDecorationEnabled(true));
    }
}
