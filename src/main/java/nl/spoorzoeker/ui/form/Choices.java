package nl.spoorzoeker.ui.form;

import java.util.Arrays;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;
import nl.spoorzoeker.ui.I18n;

/** A choice list of enum values, each shown by its bundle text ({@code keyPrefix + NAME}). */
public final class Choices {

    private Choices() {
    }

    public static <E extends Enum<E>> ComboBox<E> of(E[] values, String keyPrefix) {
        ComboBox<E> combo = new ComboBox<>(FXCollections.observableArrayList(Arrays.asList(values)));
        StringConverter<E> converter = new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : I18n.t(keyPrefix + value.name());
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        };
        combo.setConverter(converter);
        combo.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(E item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? I18n.t("choice.none") : converter.toString(item));
            }
        });
        // A list that offers "nothing chosen" (a null first item) names it, instead of a blank row.
        combo.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(E item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? I18n.t("choice.none") : converter.toString(item));
            }
        });
        return combo;
    }
}
