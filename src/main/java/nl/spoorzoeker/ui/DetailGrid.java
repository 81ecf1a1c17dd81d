package nl.spoorzoeker.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/** Read-only label/value rows for the detail screens; empty values show a dash. */
public final class DetailGrid extends GridPane {

    private int row;

    public DetailGrid(String titleKey) {
        getStyleClass().add("detail-grid");
        setHgap(16);
        setVgap(6);
        Label title = new Label(I18n.t(titleKey));
        title.getStyleClass().add("title-4");
        add(title, 0, row++, 2, 1);
    }

    public DetailGrid row(String labelKey, String value) {
        Label label = new Label(I18n.t(labelKey).replace("_", ""));
        label.getStyleClass().add("text-muted");
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label text = new Label(value == null || value.isBlank() ? "–" : value);
        text.setWrapText(true);
        add(label, 0, row);
        add(text, 1, row++);
        return this;
    }
}
