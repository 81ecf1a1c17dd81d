package nl.spoorzoeker.app;

import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import nl.spoorzoeker.testsupport.TestFxGebeurtenissen;
import nl.spoorzoeker.ui.Background;
import nl.spoorzoeker.ui.ErrorReporter;
import nl.spoorzoeker.ui.Theme;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A window that is replaced (a language switch, a lock, a test's next window) must be collectable: the
 * suite once kept 67 windows with their practices alive because the status line's minute timer and
 * its backup follower kept running after their window had gone.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("ui")
class VensterVrijgaveTest {

    @TempDir
    Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        ErrorReporter.setDialogsEnabled(false);
        this.stage = stage;
    }

    @Test
    void aWindowWhoseSceneIsReplacedIsCollected() throws Exception {
        AppContext context = AppContext.open(new DataDirectory(dir), WindowTestBase.CLOCK);
        Background background = new Background();
        AtomicReference<WeakReference<MainWindow>> ref = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> {
            Theme.applyUserAgent();
            MainWindow window = new MainWindow(stage, context, background);
            Scene scene = new Scene(new StackPane(), 980, 760);
            window.attachTo(scene);
            stage.setScene(scene);
            stage.show();
            ref.set(new WeakReference<>(window));
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        // The next window takes the stage; the practice stays open, as it does after a language switch.
        WaitForAsyncUtils.asyncFx(() -> stage.setScene(new Scene(new StackPane(), 200, 200))).get();
        WaitForAsyncUtils.waitForFxEvents();
        try {
            TestFxGebeurtenissen.vergeet();
            for (int i = 0; i < 20 && ref.get().get() != null; i++) {
                System.gc();
                Thread.sleep(100);
                WaitForAsyncUtils.waitForFxEvents();
            }
            assertNull(ref.get().get(), "the replaced window is still reachable");
        } finally {
            background.close();
            context.close();
        }
    }
}
