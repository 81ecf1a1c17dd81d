package nl.spoorzoeker.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** The window's frame: menu on top, navigation on the left, the current screen, a status line. */
public final class Shell extends BorderPane {

    private final VBox navigation = new VBox(4);
    private final ToggleGroup navGroup = new ToggleGroup();
    private final Map<String, ToggleButton> navButtons = new LinkedHashMap<>();
    private final StackPane content = new StackPane();
    private final Label statusMessage = new Label();
    private final Label statusInfo = new Label();

    public Shell(MenuBar menuBar) {
        getStyleClass().add("shell");
        setTop(menuBar);

        Label brand = new Label(I18n.t("app.name"));
        brand.getStyleClass().addAll("title-4", "brand");
        brand.setGraphic(FontIcon.of(org.kordamp.ikonli.material2.Material2MZ.WORK, 22));
        navigation.getChildren().add(brand);
        navigation.getStyleClass().add("navigation");
        navigation.setPadding(new Insets(12));
        navigation.setPrefWidth(220);
        navigation.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        setLeft(navigation);

        content.getStyleClass().add("content");
        content.setPadding(new Insets(16));
        setCenter(content);

        statusMessage.setId("status-message");
        statusInfo.setId("status-info");
        statusInfo.getStyleClass().add("text-muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox statusBar = new HBox(12, statusMessage, spacer, statusInfo);
        statusBar.getStyleClass().add("status-bar");
        statusBar.setAlignment(Pos.CENTER_LEFT);
        statusBar.setPadding(new Insets(4, 12, 4, 12));
        setBottom(statusBar);
    }

    public void addNavigation(String id, String labelKey, Ikon icon, Runnable action) {
        ToggleButton button = new ToggleButton(I18n.t(labelKey), FontIcon.of(icon, 18));
        button.setId("nav-" + id);
        button.setToggleGroup(navGroup);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setAlignment(Pos.CENTER_LEFT);
        button.setMnemonicParsing(true);
        button.getStyleClass().add("nav-button");
        button.setOnAction(event -> {
            button.setSelected(true); // a nav button stays selected when clicked twice
            action.run();
        });
        navButtons.put(id, button);
        navigation.getChildren().add(button);
    }

    public void select(String navId) {
        ToggleButton button = navButtons.get(navId);
        if (button != null) {
            button.setSelected(true);
        }
    }

    public void show(Node node) {
        content.getChildren().setAll(node);
    }

    public Node current() {
        return content.getChildren().isEmpty() ? null : content.getChildren().getFirst();
    }

    public void status(String message) {
        statusMessage.setText(message);
    }

    /** A permanent indicator in the status line, left of the info text (the backup status). */
    public void indicator(Node node) {
        HBox bar = (HBox) getBottom();
        bar.getChildren().add(bar.getChildren().indexOf(statusInfo), node);
    }

    public void info(String text) {
        statusInfo.setText(text);
    }
}
