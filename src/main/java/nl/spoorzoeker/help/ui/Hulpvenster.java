package nl.spoorzoeker.help.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.Theme;

/**
 * A help window beside the practice: not modal, so the coach can keep it open while working,
 * and opened once — asking again brings the open one forward.
 */
final class Hulpvenster {

    private final String id;
    private final String titelKey;
    private final double breedte;
    private final double hoogte;
    private Stage stage;

    Hulpvenster(String id, String titelKey, double breedte, double hoogte) {
        this.id = id;
        this.titelKey = titelKey;
        this.breedte = breedte;
        this.hoogte = hoogte;
    }

    /** Shows {@code inhoud} (built only when the window is not open yet). */
    Stage toon(Window eigenaar, java.util.function.Supplier<Node> inhoud) {
        if (stage != null && stage.isShowing()) {
            stage.toFront();
            stage.requestFocus();
            return stage;
        }
        ScrollPane scroll = new ScrollPane(inhoud.get());
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        Button sluiten = new Button(I18n.t("action.close"));
        sluiten.setId(id + "-sluiten");
        sluiten.setCancelButton(true);
        HBox knoppen = new HBox(sluiten);
        knoppen.setAlignment(Pos.CENTER_RIGHT);
        knoppen.setPadding(new Insets(10, 16, 12, 16));
        BorderPane root = new BorderPane(scroll, null, null, knoppen, null);
        root.setId(id);
        Stage s = new Stage();
        s.initOwner(eigenaar);
        s.setTitle(I18n.t(titelKey));
        Scene scene = new Scene(root, breedte, hoogte);
        Theme.style(scene);
        // A filter, not a handler: a list or text area in the window would otherwise take the Escape.
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                s.close();
            }
        });
        sluiten.setOnAction(e -> s.close());
        s.setScene(scene);
        if (eigenaar instanceof Stage st) {
            s.getIcons().setAll(st.getIcons());
        }
        stage = s;
        s.show();
        return s;
    }
}
