package nl.spoorzoeker.testsupport;

import java.lang.reflect.Field;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;
import org.testfx.service.support.FiredEvents;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Forgets the events TestFX recorded on its primary stage after every test. TestFX 4.0.18 keeps every
 * event fired at that stage in an unbounded list for the whole JVM, and each event's target holds its
 * scene, window and practice: over the suite that kept dozens of finished tests' windows reachable and
 * needed a 4 GB heap. Registered for every test through the service loader (junit-platform.properties
 * turns autodetection on), so no test class can forget it.
 */
public final class TestFxGebeurtenissen implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        vergeet();
    }

    /** Empties TestFX's record of fired events now (for a test that checks what stays reachable). */
    public static void vergeet() throws Exception {
        if (FxToolkit.toolkitContext().getRegisteredStage() == null) {
            return; // JavaFX never started in this JVM: nothing was recorded, and nothing must start it
        }
        Field veld = FxToolkit.toolkitContext().getClass().getDeclaredField("firedEvents");
        veld.setAccessible(true);
        FiredEvents gebeurtenissen = (FiredEvents) veld.get(FxToolkit.toolkitContext());
        if (gebeurtenissen == null) {
            return;
        }
        // The list is filled on the FX thread: empty it there.
        if (Platform.isFxApplicationThread()) {
            gebeurtenissen.clearEvents();
        } else {
            WaitForAsyncUtils.asyncFx(gebeurtenissen::clearEvents).get(30, TimeUnit.SECONDS);
        }
    }
}
