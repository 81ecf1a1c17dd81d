package nl.spoorzoeker.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import nl.spoorzoeker.app.werkplek.Demoset;
import nl.spoorzoeker.testsupport.Fx;
import nl.spoorzoeker.testsupport.KindProces;
import nl.spoorzoeker.ui.DossierTab;
import nl.spoorzoeker.ui.I18n;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Issue 21 item 3, "drafts survive a crash": the app is killed (SIGKILL, no shutdown hook, no
 * close) while the contact form is open with text in it, and after a restart on the same data
 * folder the form brings back at least every word typed before the last "Concept bewaard" it
 * showed. The killed app is a child JVM ({@link KladKillMain}) with the real window on the
 * headless platform; the restart is this test's own window at 1366×768.
 */
@Tag("crash")
@Tag("ui")
class KladKillUiTest extends WindowTestBase {

    /** Saves seen before the kill: more than one, so the draft has been rewritten under way. */
    private static final int BEWAARD = 3;

    private Stage stage;

    @org.testfx.framework.junit5.Start
    @Override
    void start(Stage stage) throws Exception {
        this.stage = stage;
        super.start(stage);
    }

    @Test
    void theContactFormsDraftIsThereAfterTheAppWasKilledWithTheFormOpen(FxRobot robot) throws Exception {
        Demoset.load(context.database(), CLOCK);
        int id = context.dossiers().list().stream().filter(r -> r.naam().equals("Sanne Bakker")).findFirst()
                .orElseThrow().trajectId();
        // The folder is the child's while it runs: this window lets go of it first.
        robot.interact(() -> stage.hide());
        close();

        KindProces kind = KindProces.start(jvmOpties(), KladKillMain.class, "BEWAARD ", dir.toString(),
                Integer.toString(id));
        long tot = System.currentTimeMillis() + 300_000; // a JavaFX start on a busy two-core machine
        while (kind.aantal() < BEWAARD && kind.leeft() && System.currentTimeMillis() < tot) {
            Thread.sleep(10);
        }
        kind.dood();
        int gezien = kind.laatste();
        assertTrue(gezien >= BEWAARD, "the child showed 'Concept bewaard' " + gezien + " times before it was killed; its last lines:\n" + kind.staart());

        // Restart: a new window on the same folder, as the coach starts the app after the crash.
        robot.interact(() -> {
            try {
                stage = new Stage();
                openWindow(stage);
                stage.setWidth(1366);
                stage.setHeight(768);
                window.openDossier(id, DossierTab.LOGBOEK);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        waitUntil(() -> robot.lookup("#contact-nieuw").tryQuery().isPresent());
        Platform.runLater(() -> robot.lookup("#contact-nieuw").queryAs(ButtonBase.class).fire());
        waitUntil(() -> showing(robot, "#contact-dialog"));

        StringBuilder bewaard = new StringBuilder();
        for (int n = 1; n <= gezien; n++) {
            bewaard.append(KladKillMain.woord(n));
        }
        // The word typed after the last save may have been written too, or not: both are right.
        List<String> goed = new ArrayList<>(List.of(bewaard.toString(),
                bewaard + KladKillMain.woord(gezien + 1)));
        try {
            waitUntil(() -> goed.contains(tekst(robot)));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("after the kill the summary was '" + tekst(robot) + "', expected one of " + goed, e);
        }
        String gezegd = Fx.op(() -> robot.lookup("#contact-dialog #concept-status").queryAs(Label.class).getText());
        String hersteld = I18n.t("concept.hersteld", "\u0000");
        assertTrue(gezegd.startsWith(hersteld.substring(0, hersteld.indexOf('\u0000'))), "the form says so: " + gezegd);
        robot.interact(() -> robot.lookup("#contact-dialog #dialog-cancel").queryAs(ButtonBase.class).fire());
    }

    private static String tekst(FxRobot robot) {
        return Fx.op(() -> robot.lookup("#contact-samenvatting").tryQuery()
                .map(n -> ((TextInputControl) n).getText()).orElse(null));
    }

    /** The headless platform and the language of this test JVM, for the child's window. */
    private static List<String> jvmOpties() {
        List<String> opties = new ArrayList<>(List.of("-Dglass.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true", "-Duser.language=nl", "--enable-native-access=ALL-UNNAMED", "-Xmx1g"));
        String logs = System.getProperty("spoorzoeker.logdir");
        if (logs != null) {
            opties.add("-Dspoorzoeker.logdir=" + logs);
        }
        return opties;
    }
}
