package nl.spoorzoeker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import nl.spoorzoeker.dossier.Adres;
import nl.spoorzoeker.dossier.Contact;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.dossier.Traject;
import nl.spoorzoeker.dossier.TrajectStatus;
import nl.spoorzoeker.dossier.Werkgever;
import nl.spoorzoeker.dossier.WerkgeverService;
import nl.spoorzoeker.dossier.Werknemer;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.testsupport.Fx;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every failure is caught, logged with a code, and mapped to a Dutch message the coach can act on. */
@Tag("ui")
class ErrorReporterTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void startFx() throws Exception {
        Fx.start();
        ErrorReporter.setDialogsEnabled(false);
    }

    @Test
    void anExceptionOnTheFxThreadIsReportedAndTheThreadLivesOn() throws Exception {
        CountDownLatch installed = new CountDownLatch(1);
        Platform.runLater(() -> {
            ErrorReporter.install();
            installed.countDown();
        });
        assertTrue(installed.await(5, TimeUnit.SECONDS));
        long before = ErrorReporter.reports();
        Platform.runLater(() -> {
            throw new IllegalStateException("boom in a click handler");
        });
        CountDownLatch after = new CountDownLatch(1);
        Platform.runLater(after::countDown); // the FX thread still runs work after the failure
        assertTrue(after.await(5, TimeUnit.SECONDS));
        assertTrue(ErrorReporter.reports() > before, "the failure was reported");
        assertEquals("error.unexpected", ErrorReporter.lastMessageKey());
    }

    /**
     * A task queued without a failure handler of its own, as most screens queue theirs: the
     * failure must still reach the coach. (This test used to pass its own handler that called
     * the reporter, so it tested itself.)
     */
    @Test
    void aFailingBackgroundTaskIsReported() throws Exception {
        // Counted, not compared by code: the code is derived from the failure, so an earlier test that reported the
        // same full disk left the same code behind, and this test failed or passed by the order the classes ran in.
        long before = ErrorReporter.reports();
        try (Background background = new Background()) {
            background.run(() -> {
                throw new java.io.IOException("No space left on device");
            }, value -> { });
            long tot = System.currentTimeMillis() + 30_000;
            while (ErrorReporter.reports() == before && System.currentTimeMillis() < tot) {
                Thread.sleep(10); // the task's failure is handled on the FX thread, after it ends
            }
        }
        assertTrue(ErrorReporter.reports() > before, "the failure was reported");
        assertEquals("error.diskFull", ErrorReporter.lastMessageKey());
    }

    @Test
    void aFullDiskIsExplainedAndWhatWasSavedStays() throws Exception {
        Clock clock = Clock.systemDefaultZone();
        try (Database db = Database.open(dir.resolve("spoorzoeker.db"))) {
            WerkgeverService werkgevers = new WerkgeverService(db, clock);
            DossierService dossiers = new DossierService(db, clock);
            int werkgever = werkgevers.create(new Werkgever(null, "Zorggroep", null, Adres.LEEG, Contact.LEEG,
                    Contact.LEEG, false));
            Traject traject = new Traject(null, LocalDate.of(2025, 1, 6), null, null, null, null, null,
                    TrajectStatus.ACTIEF);
            int saved = dossiers.create(new Werknemer(null, "Çiğdem Yılmaz", null, null, null, Adres.LEEG, null,
                    null, false, null), werkgever, traject);
            // SQLite's page limit makes the file behave exactly like a full disk: SQLITE_FULL.
            int pages = Integer.parseInt(db.pragma("page_count"));
            db.read(ctx -> ctx.execute("PRAGMA max_page_count = " + pages));
            DataAccessException full = assertThrows(DataAccessException.class, () -> dossiers.create(
                    new Werknemer(null, "Groot", null, null, null, Adres.LEEG, "x".repeat(200_000), null, false, null),
                    werkgever, traject));
            assertEquals("error.diskFull", ErrorReporter.messageKeyFor(full));
            assertEquals("Çiğdem Yılmaz", dossiers.find(saved).orElseThrow().werknemer().naam());
            assertEquals(1, dossiers.list().size());
            assertEquals("ok", db.pragma("quick_check"));
        }
    }

    /** The window reads failures through the command line's classifier: the place and the way out, not the exception. */
    @Test
    void theWindowNamesTheCauseAndThePlaceAsTheCommandLineDoes() {
        var alleenLezen = new java.nio.file.FileSystemException("/media/stick/praktijk/spoorzoeker.db", null,
                "Read-only file system");
        assertEquals("fout.alleenLezen.plek", ErrorReporter.messageKeyFor(alleenLezen));
        String tekst = ErrorReporter.text(new RuntimeException(alleenLezen));
        assertTrue(tekst.contains("/media/stick/praktijk/spoorzoeker.db") && tekst.contains("--data-dir")
                && !tekst.contains("Read-only file system"), tekst);
        ErrorReporter.report(new java.nio.file.AccessDeniedException("/data/spoorzoeker.lock"));
        assertEquals("fout.geenRecht.plek", ErrorReporter.lastMessageKey());
    }

    /**
     * The dialog shows the code derived from the failure (the same for the same failure, not random)
     * and "Kopieer details" puts the code and the stack, without the message, on the clipboard.
     */
    @Test
    void theDialogShowsTheDerivedCodeAndCopiesTheDetails() throws Exception {
        IllegalStateException fout = new IllegalStateException("Jan de Vries");
        ErrorReporter.setDialogsEnabled(true);
        try {
            Thread.sleep(1600); // past the pause between two dialogs
            String code = Fx.op(() -> ErrorReporter.report(fout));
            assertEquals(Foutcode.van(fout), code);
            assertEquals(code, ErrorReporter.report(fout), "the same failure, the same code");
            javafx.scene.control.DialogPane pane = Fx.op(() -> javafx.stage.Window.getWindows().stream()
                    .map(w -> w.getScene() == null ? null : w.getScene().lookup("#error-dialog"))
                    .filter(Objects::nonNull).map(javafx.scene.control.DialogPane.class::cast).findFirst().orElseThrow());
            assertTrue(Fx.op(pane::getContentText).contains(code));
            Fx.op(() -> {
                ((javafx.scene.control.Button) pane.lookup("#error-kopieer")).fire();
                return null;
            });
            String klembord = Fx.op(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString());
            assertTrue(klembord.contains(code) && klembord.contains("IllegalStateException"), klembord);
            assertFalse(klembord.contains("Jan de Vries"), klembord);
            assertTrue(Fx.op(() -> pane.getScene().getWindow().isShowing()), "copying does not close the dialog");
            Fx.op(() -> {
                ((javafx.stage.Stage) pane.getScene().getWindow()).close();
                return null;
            });
        } finally {
            ErrorReporter.setDialogsEnabled(false);
        }
    }

    @Test
    void unknownFailuresGetTheGeneralMessageAndEveryMessageExists() {
        assertEquals("error.unexpected", ErrorReporter.messageKeyFor(new NullPointerException()));
        for (String key : new String[] {"error.unexpected", "error.diskFull", "error.cannotWrite", "error.io",
                "error.corrupt", "error.busy", "error.title", "error.footer"}) {
            assertFalse(I18n.t(key).startsWith("!"), key);
        }
    }
}
