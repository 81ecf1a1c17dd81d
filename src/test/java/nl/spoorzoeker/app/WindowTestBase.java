package nl.spoorzoeker.app;

import nl.spoorzoeker.app.werkplek.Demoset;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import nl.spoorzoeker.ui.Background;
import nl.spoorzoeker.ui.ErrorReporter;
import nl.spoorzoeker.ui.Theme;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import nl.spoorzoeker.testsupport.Fx;

/**
 * The real window on JavaFX's headless platform with a real SQLite file in a temporary folder, and
 * the helpers the window tests share.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("ui")
abstract class WindowTestBase {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneId.of("Europe/Amsterdam"));

    @TempDir
    Path dir;

    AppContext context;
    Background background;
    MainWindow window;

    /** Subclasses annotate their override with {@code @Start}: TestFX only looks at the test class itself. */
    void start(Stage stage) throws Exception {
        ErrorReporter.setDialogsEnabled(false);
        openWindow(stage);
    }

    void openWindow(Stage stage) throws Exception {
        Theme.applyUserAgent();
        context = openContext();
        background = new Background();
        window = new MainWindow(stage, context, background);
        Scene scene = new Scene(new StackPane(), 980, 760);
        Theme.style(scene);
        window.attachTo(scene);
        stage.setScene(scene);
        stage.show();
    }

    /** The practice the window shows; a subclass may open it otherwise (unlocked, for one). */
    AppContext openContext() throws Exception {
        return AppContext.open(new DataDirectory(dir), CLOCK);
    }

    @AfterEach
    void close() {
        background.close();
        context.close();
    }

    static void waitUntil(BooleanSupplier condition) throws Exception {
        // 30 s, not 10: CI runs the whole suite in one fork on two cores, and the work these waits
        // follow (the privacy hint, the report check, a dossier's read) queues behind other tests'
        // background work there; a wait that passes returns as soon as its condition holds.
        // A lookup from this thread can meet the FX thread changing the same children (TestFX walks
        // them unlocked: "Index 3 out of bounds for length 1" in RecordUiTest once); that is "not
        // yet", and the condition is asked again, as for any other state not reached yet.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            try {
                return condition.getAsBoolean();
            } catch (IndexOutOfBoundsException | java.util.ConcurrentModificationException e) {
                return false;
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    static boolean showing(FxRobot robot, String query) {
        // One lookup: the dialog may close between two.
        return robot.lookup(query).tryQuery().map(n -> n.isVisible() && n.getScene() != null
                && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()).orElse(false);
    }

    /**
     * The dialog with CSS id {@code dialoog} has the cursor in a field (issue 21 item 4; the rule of
     * {@link LabelsUiTest}'s walk over every dialog), for dialogs that walk cannot reach. Waits for it,
     * as focus arrives as the window shows and again a pulse later.
     */
    static void cursorInVeld(String dialoog) throws Exception {
        try {
            waitUntil(() -> Fx.op(() -> LabelsUiTest.focusBuitenVeld(dialoog)).isEmpty());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("opens without the cursor in a field: " + Fx.op(
                    () -> LabelsUiTest.focusBuitenVeld(dialoog)).orElse(dialoog), e);
        }
    }

    static void type(FxRobot robot, String fieldId, String text) {
        robot.clickOn(fieldId);
        robot.interact(() -> robot.lookup(fieldId).queryAs(TextField.class).clear());
        robot.write(text);
    }

    /** Loads the demo practice and opens one dossier by typing its name in the list filter. */
    int openDemoDossier(FxRobot robot, String naam, String filter) throws Exception {
        Demoset.load(context.database(), CLOCK);
        int id = context.dossiers().list().stream().filter(r -> r.naam().equals(naam)).findFirst().orElseThrow()
                .trajectId();
        robot.clickOn("#nav-dossiers");
        robot.clickOn("#dossier-filter").write(filter);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#dossier-detail-naam").tryQuery()
                .map(n -> naam.equals(((javafx.scene.control.Label) n).getText())).orElse(false));
        return id;
    }
}
