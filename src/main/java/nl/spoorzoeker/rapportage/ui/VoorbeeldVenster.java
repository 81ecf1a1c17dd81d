package nl.spoorzoeker.rapportage.ui;

import java.awt.image.BufferedImage;
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

/**
 * A window with the report's pages, as the employer will see them. It opens with the first page and
 * the others are added as they are drawn ({@link #voegToe}), so a long report does not keep the coach
 * waiting for its last page before seeing its first (issue 21 item 10).
 */
final class VoorbeeldVenster {

    private final Stage stage = new Stage();
    private final VBox pagina = new VBox(16);

    private VoorbeeldVenster(Window owner, String titel) {
        pagina.setId("rapport-voorbeeld");
        pagina.setAlignment(Pos.TOP_CENTER);
        pagina.setPadding(new Insets(16));
        pagina.setStyle("-fx-background-color: -color-bg-subtle;");
        ScrollPane scroll = new ScrollPane(pagina);
        scroll.setFitToWidth(true);
        stage.initOwner(owner);
        stage.setTitle(titel);
        double[] maat = Vensterstand.passend(900, 680);
        stage.setScene(new Scene(scroll, maat[0], maat[1]));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
    }

    /** Opens the window with the first page. */
    static VoorbeeldVenster toon(Window owner, String titel, BufferedImage eerste) {
        VoorbeeldVenster venster = new VoorbeeldVenster(owner, titel);
        venster.voegToe(eerste);
        venster.stage.show();
        return venster;
    }

    /** The next page, below the others. */
    void voegToe(BufferedImage p) {
        pagina.getChildren().add(beeld(p));
    }

    /** Page 1 again, now with its footer: the first image was drawn before the page count was known. */
    void vervangEerste(BufferedImage p) {
        pagina.getChildren().set(0, beeld(p));
    }

    private static ImageView beeld(BufferedImage p) {
        Image image = SwingFXUtils.toFXImage(p, null);
        ImageView view = new ImageView(image);
        view.setPreserveRatio(true);
        view.setFitWidth(Math.min(image.getWidth(), 820));
        view.setStyle("-fx-effect: dropshadow(gaussian, rgba(0,0,0,0.25), 8, 0, 0, 2);");
        return view;
    }

    /** Whether the coach still has it open (pages for a closed window are not drawn). */
    boolean open() {
        return stage.isShowing();
    }

    Stage stage() {
        return stage;
    }
}
