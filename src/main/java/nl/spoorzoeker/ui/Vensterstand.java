package nl.spoorzoeker.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import nl.spoorzoeker.store.Bestanden;

/**
 * A window's size and place, kept between starts (issue 21 item 6), and a first size that fits the
 * screen it opens on: on a 1366×768 laptop a 780 px high window put its title bar off the screen.
 * The file holds four numbers and a flag — no client data — and a size or place that no longer fits
 * any screen (another monitor, a smaller laptop) is not used.
 */
public final class Vensterstand {

    private static final Logger LOG = LoggerFactory.getLogger(Vensterstand.class);
    /** Room left on the screen for a task bar and the window's own title bar. */
    static final double MARGE = 70;

    private final Path bestand;

    public Vensterstand(Path bestand) {
        this.bestand = bestand;
    }

    /** The size to create a window with: the wanted size, made smaller where the screen is smaller. */
    public static double[] passend(double breedte, double hoogte) {
        Rectangle2D scherm = Screen.getPrimary().getVisualBounds();
        return new double[] {Math.min(breedte, scherm.getWidth() - 20), Math.min(hoogte, scherm.getHeight() - MARGE)};
    }

    /** Puts the stage where it was last time (if that still fits a screen), and keeps it from now on. */
    public void herstelEnOnthoud(Stage stage) {
        Properties p = lees();
        try {
            double x = Double.parseDouble(p.getProperty("x"));
            double y = Double.parseDouble(p.getProperty("y"));
            double b = Double.parseDouble(p.getProperty("breedte"));
            double h = Double.parseDouble(p.getProperty("hoogte"));
            if (b >= stage.getMinWidth() && h >= stage.getMinHeight() && past(x, y, b, h)) {
                stage.setX(x);
                stage.setY(y);
                stage.setWidth(b);
                stage.setHeight(h);
            }
            stage.setMaximized(Boolean.parseBoolean(p.getProperty("gemaximaliseerd")));
        } catch (NullPointerException | NumberFormatException e) {
            // nothing kept yet, or not readable: the first size stays
        }
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDING, e -> bewaar(stage));
    }

    /** The window fits on one screen with its title bar visible. */
    static boolean past(double x, double y, double b, double h) {
        for (Screen s : Screen.getScreens()) {
            Rectangle2D v = s.getVisualBounds();
            if (x >= v.getMinX() - 10 && y >= v.getMinY() - 10 && x + b <= v.getMaxX() + 10 && y + h <= v.getMaxY() + 10) {
                return true;
            }
        }
        return false;
    }

    void bewaar(Stage stage) {
        Properties p = new Properties();
        p.setProperty("gemaximaliseerd", Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized() && !stage.isIconified()) {
            p.setProperty("x", Double.toString(stage.getX()));
            p.setProperty("y", Double.toString(stage.getY()));
            p.setProperty("breedte", Double.toString(stage.getWidth()));
            p.setProperty("hoogte", Double.toString(stage.getHeight()));
        } else {
            Properties oud = lees();
            for (String k : new String[] {"x", "y", "breedte", "hoogte"}) {
                if (oud.getProperty(k) != null) {
                    p.setProperty(k, oud.getProperty(k));
                }
            }
        }
        // Written whole or not at all: a crash while closing must not leave half a file.
        try {
            java.io.ByteArrayOutputStream uit = new java.io.ByteArrayOutputStream();
            p.store(uit, null);
            Bestanden.schrijfAtomisch(bestand, uit.toByteArray());
        } catch (IOException e) {
            LOG.warn("Window size not kept: {}", e.toString());
        }
    }

    private Properties lees() {
        Properties p = new Properties();
        if (Files.isRegularFile(bestand)) {
            try (InputStream in = Files.newInputStream(bestand)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Kept window size not readable: {}", e.toString());
            }
        }
        return p;
    }
}
