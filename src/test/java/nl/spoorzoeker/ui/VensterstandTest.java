package nl.spoorzoeker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 21 item 6: the window comes back where the coach left it, and never with its title bar off the screen. */
@ExtendWith(ApplicationExtension.class)
@Tag("ui")
class VensterstandTest {

    @TempDir
    Path dir;

    /** On the FX thread, with the toolkit TestFX started (the headless platform of the UI tests). */
    private static <T> T fx(java.util.concurrent.Callable<T> werk) throws Exception {
        return WaitForAsyncUtils.asyncFx(werk).get(30, java.util.concurrent.TimeUnit.SECONDS);
    }

    private static Stage stage(Path bestand) {
        Stage s = new Stage();
        s.setMinWidth(400);
        s.setMinHeight(300);
        s.setScene(new Scene(new StackPane(), 600, 400));
        new Vensterstand(bestand).herstelEnOnthoud(s);
        return s;
    }

    @Test
    void theSizeAndPlaceComeBackAfterARestart() throws Exception {
        Path bestand = dir.resolve("venster.properties");
        fx(() -> {
            Stage eerste = stage(bestand);
            eerste.show();
            eerste.setX(40);
            eerste.setY(30);
            eerste.setWidth(700);
            eerste.setHeight(500);
            eerste.hide();
            return null;
        });
        assertTrue(Files.exists(bestand));
        double[] terug = fx(() -> {
            Stage tweede = stage(bestand);
            tweede.show();
            double[] r = {tweede.getX(), tweede.getY(), tweede.getWidth(), tweede.getHeight()};
            tweede.hide();
            return r;
        });
        assertEquals(40, terug[0], 1);
        assertEquals(30, terug[1], 1);
        assertEquals(700, terug[2], 1);
        assertEquals(500, terug[3], 1);
    }

    @Test
    void aPlaceThatNoLongerFitsAnyScreenIsNotUsed() throws Exception {
        Path bestand = dir.resolve("venster.properties");
        Files.writeString(bestand, "x=5000\ny=4000\nbreedte=900\nhoogte=700\ngemaximaliseerd=false\n");
        double[] r = fx(() -> {
            Stage s = stage(bestand);
            s.show();
            double[] uit = {s.getX(), s.getWidth()};
            s.hide();
            return uit;
        });
        assertTrue(r[0] < 5000, "not placed off every screen");
        assertEquals(600, r[1], 1, "the first size stays");
        Files.writeString(bestand, "x=onzin\n");
        fx(() -> {
            Stage s = stage(bestand); // an unreadable file is no reason not to start
            s.show();
            s.hide();
            return null;
        });
    }

    @Test
    void theFirstSizeFitsTheScreen() throws Exception {
        double[] maat = fx(() -> Vensterstand.passend(5000, 5000));
        var scherm = fx(() -> Screen.getPrimary().getVisualBounds());
        assertTrue(maat[0] <= scherm.getWidth() && maat[1] <= scherm.getHeight() - Vensterstand.MARGE + 0.1);
        double[] klein = fx(() -> Vensterstand.passend(300, 200));
        assertEquals(300, klein[0]);
        assertEquals(200, klein[1]);
    }
}
