package nl.spoorzoeker.app;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.spoorzoeker.testsupport.Fx;
import nl.spoorzoeker.ui.Background;
import nl.spoorzoeker.ui.DossierTab;
import nl.spoorzoeker.ui.ErrorReporter;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.Theme;

/**
 * The coach of the draft kill test ({@link KladKillUiTest}): a separate JVM with the real
 * window on the headless platform and the contact form (Ctrl+L's form) open on one dossier, typing
 * one word at a time into its summary. After each word it waits until the form says "Concept
 * bewaard" and prints "BEWAARD n", then types the next word. It is killed with SIGKILL while the
 * form is open; it never ends by itself.
 *
 * <p>Arguments: the data folder, the dossier's traject id.
 */
public final class KladKillMain {

    private KladKillMain() {
    }

    /** Word {@code n} as typed (the test rebuilds the text from these). */
    static String woord(int n) {
        return "woord" + n + " ";
    }

    public static void main(String[] args) {
        try {
            typ(args);
        } catch (Throwable t) {
            // Said and ended, so the test does not wait for a count that will never come.
            t.printStackTrace();
            System.exit(2);
        }
    }

    private static void typ(String[] args) throws Exception {
        Path map = Path.of(args[0]);
        int dossier = Integer.parseInt(args[1]);
        Fx.start();
        ErrorReporter.setDialogsEnabled(false);
        Stage stage = op(() -> {
            Theme.applyUserAgent();
            AppContext context = AppContext.open(new DataDirectory(map), WindowTestBase.CLOCK);
            Stage s = new Stage();
            MainWindow window = new MainWindow(s, context, new Background());
            Scene scene = new Scene(new StackPane(), 1366, 768);
            Theme.style(scene);
            window.attachTo(scene);
            s.setScene(scene);
            s.show();
            window.openDossier(dossier, DossierTab.LOGBOEK);
            return s;
        });
        wacht(() -> op(() -> stage.getScene().lookup("#contact-nieuw") != null));
        Platform.runLater(() -> ((ButtonBase) stage.getScene().lookup("#contact-nieuw")).fire());
        wacht(() -> op(() -> formulier() != null && formulier().lookup("#contact-samenvatting") != null));
        Node form = op(KladKillMain::formulier);
        TextInputControl samenvatting = op(() -> (TextInputControl) form.lookup("#contact-samenvatting"));
        Label status = op(() -> (Label) form.lookup("#concept-status"));
        // What the form says once the draft is in the database, up to the time it names.
        String bewaard = I18n.t("concept.bewaard", "\u0000");
        String gezegd = bewaard.substring(0, bewaard.indexOf('\u0000'));
        for (int n = 1; ; n++) {
            String woord = woord(n);
            op(() -> {
                status.setText(""); // so the next "Concept bewaard" is this word's
                samenvatting.appendText(woord);
                return null;
            });
            wacht(() -> op(() -> status.getText().startsWith(gezegd)));
            System.out.println("BEWAARD " + n);
            System.out.flush();
        }
    }

    /**
     * Runs on the FX thread and waits for it; longer than {@link Fx#op} allows, for opening the
     * practice and building the window on a machine shared by many test runs.
     */
    private static <T> T op(java.util.concurrent.Callable<T> werk) throws Exception {
        java.util.concurrent.FutureTask<T> taak = new java.util.concurrent.FutureTask<>(werk);
        Platform.runLater(taak);
        return taak.get(2, java.util.concurrent.TimeUnit.MINUTES);
    }

    /** The contact form's pane, on whichever window shows it; null while it is not open. */
    private static Node formulier() {
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null) {
                Node pane = w.getScene().getRoot().lookup("#contact-dialog");
                if (pane != null) {
                    return pane;
                }
            }
        }
        return null;
    }

    /** A condition asked on the FX thread until it holds (at most two minutes). */
    private interface Vraag {
        boolean klaar() throws Exception;
    }

    private static void wacht(Vraag vraag) throws Exception {
        long tot = System.currentTimeMillis() + 120_000;
        while (!vraag.klaar()) {
            if (System.currentTimeMillis() > tot) {
                throw new IllegalStateException("waited two minutes");
            }
            Thread.sleep(20);
        }
    }
}
