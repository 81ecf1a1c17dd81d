package nl.spoorzoeker.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

/**
 * A signature pad: the werknemer signs with mouse, touchpad or pen (all arrive as mouse events),
 * offline. The drawing becomes a PNG for the report.
 */
public final class Handtekeningveld {

    static final double BREEDTE = 520;
    static final double HOOGTE = 180;

    /**
     * Asks for a signature in a dialog (sign, clear, save); the PNG bytes, or empty when cancelled
     * or nothing was drawn.
     */
    public static java.util.Optional<byte[]> vraag(javafx.stage.Window owner, String titel, String uitleg) {
        Handtekeningveld veld = new Handtekeningveld();
        javafx.scene.control.Dialog<byte[]> dialoog = new javafx.scene.control.Dialog<>();
        dialoog.initOwner(owner);
        dialoog.setTitle(titel);
        dialoog.setHeaderText(uitleg);
        dialoog.getDialogPane().setId("handtekening-dialoog");
        javafx.scene.control.ButtonType opslaan = new javafx.scene.control.ButtonType(I18n.t("action.save"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        javafx.scene.control.ButtonType wissen = new javafx.scene.control.ButtonType(I18n.t("rapport.tekenen.wissen"),
                javafx.scene.control.ButtonBar.ButtonData.LEFT);
        javafx.scene.control.ButtonType annuleren = new javafx.scene.control.ButtonType(I18n.t("action.cancel"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        dialoog.getDialogPane().getButtonTypes().setAll(wissen, opslaan, annuleren);
        javafx.scene.layout.StackPane rand = new javafx.scene.layout.StackPane(veld.canvas());
        rand.setStyle("-fx-border-color: -color-border-default; -fx-border-width: 1;");
        dialoog.getDialogPane().setContent(rand);
        dialoog.getDialogPane().lookupButton(wissen).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            veld.wis();
        });
        dialoog.getDialogPane().lookupButton(opslaan).setId("handtekening-opslaan");
        dialoog.setResultConverter(knop -> knop == opslaan && veld.isGetekend() ? veld.png() : null);
        return dialoog.showAndWait();
    }

    private final Canvas canvas = new Canvas(BREEDTE, HOOGTE);
    private boolean getekend;

    public Handtekeningveld() {
        canvas.setId("handtekening-canvas");
        GraphicsContext g = canvas.getGraphicsContext2D();
        wis();
        canvas.setOnMousePressed(e -> {
            g.beginPath();
            g.moveTo(e.getX(), e.getY());
            g.stroke();
        });
        canvas.setOnMouseDragged(e -> {
            g.lineTo(e.getX(), e.getY());
            g.stroke();
            getekend = true;
        });
    }

    public Canvas canvas() {
        return canvas;
    }

    public boolean isGetekend() {
        return getekend;
    }

    public void wis() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, BREEDTE, HOOGTE);
        g.setStroke(Color.rgb(20, 30, 60));
        g.setLineWidth(2.2);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        getekend = false;
    }

    /** The drawing as PNG bytes (snapshot on the JavaFX thread; small enough to encode there). */
    public byte[] png() {
        WritableImage beeld = canvas.snapshot(new SnapshotParameters(), null);
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(SwingFXUtils.fromFXImage(beeld, null), "png", uit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toByteArray();
    }
}
