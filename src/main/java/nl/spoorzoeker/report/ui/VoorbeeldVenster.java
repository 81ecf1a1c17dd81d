package nl.spoorzoeker.report.ui;

import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.spoorzoeker.ui.Vensterstand;

/** A window with the report's pages, as the employer will see them. */
final class VoorbeeldVenster {

    private VoorbeeldVenster() {
    }

    static Stage toon(Window owner, String titel, List<java.awt.image.BufferedImage> paginas) {
        VBox pagina = new VBox(16);
        pagina.setId("rapport-voorbeeld");
        pagina.setAlignment(Pos.TOP_CENTER);
        pagina.setPadding(new Insets(16));
        pagina.setStyle("-fx-background-color: -color-bg-subtle;");
        for (var p : paginas) {
            Image image = SwingFXUtils.toFXImage(p, null);
            ImageView view = new ImageView(image);
            view.setPreserveRatio(true);
            view.setFitWidth(Math.min(image.getWidth(), 820));
            view.setStyle("-fx-effect: dropshadow(gaussian, rgba(0,0,0,0.25), 8, 0, 0, 2);");
            pagina.getChildren().add(view);
        }
        ScrollPane scroll = new ScrollPane(pagina);
        scroll.setFitToWidth(true);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(titel);
        double[] maat = Vensterstand.passend(900, 680);
        stage.setScene(new Scene(scroll, maat[0], maat[1]));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.show();
        return stage;
    }
}
