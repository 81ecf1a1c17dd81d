package nl.spoorzoeker.report.ui;

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
final class Handtekeningveld {

    static final double BREEDTE = 520;
    static final double HOOGTE = 180;

    private final Canvas canvas = new Canvas(BREEDTE, HOOGTE);
    private boolean getekend;

    Handtekeningveld() {
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

    Canvas canvas() {
        return canvas;
    }

    boolean isGetekend() {
        return getekend;
    }

    void wis() {
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
    byte[] png() {
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
