package nl.spoorzoeker.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import nl.spoorzoeker.crypto.KdfParameters;
import nl.spoorzoeker.crypto.Kluissessie;
import nl.spoorzoeker.crypto.Sleutelring;
import nl.spoorzoeker.store.Bestanden;
import nl.spoorzoeker.testsupport.Tmpfs;
import nl.spoorzoeker.ui.ErrorReporter;
import nl.spoorzoeker.ui.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import nl.spoorzoeker.app.werkplek.Demoset;
import nl.spoorzoeker.praktijk.Taalkeuze;
import nl.spoorzoeker.testsupport.Fx;

/**
 * The window's export and access export to a place that cannot take the file (issue 23): the error dialog
 * names that place and says to choose another — not the data folder's sentences ("make the data folder
 * writable or use --data-dir"), which the window showed before — nothing is written there and an older
 * file of that name stays byte for byte. A read-only medium is a tmpfs remounted read-only, a full disk a
 * small tmpfs filled to the last block (both skipped where the machine cannot mount); a missing folder and
 * a file where the folder should be need no mount.
 */
@Tag("ui")
class DoelfoutUiTest extends WindowTestBase {

    private static final Sleutelring.Nieuw SLEUTELS = Sleutelring.maak("correct paard batterij".toCharArray(),
            new KdfParameters(1024, 1, 1));
    static final byte[] OUD = "een ouder bestand".getBytes(StandardCharsets.UTF_8);

    private int dossier;

    @org.testfx.framework.junit5.Start
    @Override
    void start(javafx.stage.Stage stage) throws Exception {
        super.start(stage);
        Demoset.load(context.database(), CLOCK);
        dossier = context.dossiers().list().getFirst().trajectId();
        // The dialog is what is checked here; one per test, so the reporter's 1.5 s throttle must not drop it:
        // wait out what is left of it since the previous test's dialog (the window's start mostly took longer).
        ErrorReporter.setDialogsEnabled(true);
        Thread.sleep(Math.max(0, laatsteDialoog + 1600 - System.currentTimeMillis()));
        sluitEerdereFoutdialogen();
    }

    /**
     * Closes an error dialog already showing before this test's save (another failure, reported by an earlier
     * class in this JVM or by the window's own start), so the one read is this save's; says what it was.
     */
    static void sluitEerdereFoutdialogen() {
        if (!javafx.application.Platform.isFxApplicationThread()) {
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents(); // a dialog already asked for shows first
            Fx.op(() -> {
                sluitEerdereFoutdialogen();
                return null;
            });
            return;
        }
        for (javafx.stage.Window w : List.copyOf(javafx.stage.Window.getWindows())) {
            if (w.getScene() != null && w.getScene().lookup("#error-dialog") instanceof DialogPane p && w.isShowing()) {
                System.out.println("An error dialog was already showing before the save: " + p.getHeaderText()
                        + " / " + p.getContentText() + " (last message key " + ErrorReporter.lastMessageKey() + ")");
                w.hide();
            }
        }
    }

    /** When the error dialog was last seen here (the reporter shows none within 1.5 s of the one before). */
    static volatile long laatsteDialoog;

    @AfterEach
    void terug() {
        ErrorReporter.setDialogsEnabled(false);
        Taalkeuze.pasToe(I18n.DUTCH);
    }

    @Test
    void anExportToAReadOnlyMediumNamesThatPlaceAndKeepsTheOlderFile(FxRobot robot) throws Exception {
        opAlleenLezen(robot, "praktijk.szx", doel -> window.archief().exporteerNaar(dossier, doel, sleutels()));
    }

    @Test
    void anAccessExportToAReadOnlyMediumNamesThatPlaceAndKeepsTheOlderFile(FxRobot robot) throws Exception {
        Taalkeuze.pasToe(I18n.ENGLISH); // the dialog in the chosen language, whatever the window was built in
        opAlleenLezen(robot, "inzage.zip", doel -> window.archief().inzageNaar(dossier, doel));
    }

    @Test
    void anAccessExportToAFullDiskNamesThatPlaceAndLeavesNoPartialFile(FxRobot robot) throws Exception {
        var schijf = Tmpfs.mount(dir.resolve("vol"), "1m");
        Assumptions.assumeTrue(schijf.isPresent(), "cannot mount a tmpfs here: the full-disk case is not run");
        try (Tmpfs t = schijf.get()) {
            Path doel = Files.write(t.map().resolve("inzage.zip"), OUD);
            Path vulsel = t.map().resolve("vulsel");
            try (var uit = Files.newOutputStream(vulsel)) {
                byte[] blok = new byte[4096];
                while (true) {
                    uit.write(blok); // until the disk says it is full
                    uit.flush();
                }
            } catch (java.io.IOException vol) {
                // full to the last block
            }
            robot.interact(() -> window.archief().inzageNaar(dossier, doel));
            assertEquals(I18n.t("fout.doel.schijfVol", doel.toString()), foutkop(robot));
            assertArrayEquals(OUD, Files.readAllBytes(doel), "the older file as it was");
            try (var s = Files.list(t.map())) {
                assertEquals(java.util.Set.of(doel, vulsel), java.util.Set.copyOf(s.toList()), "no partial file left there");
            }
            nietsInDeDatamap();
        }
    }

    @Test
    void anExportIntoAMissingFolderNamesItAndMakesNoFolder(FxRobot robot) throws Exception {
        Path doel = dir.resolve("stick-eruit").resolve("praktijk.szx");
        robot.interact(() -> window.archief().exporteerNaar(dossier, doel, sleutels()));
        assertEquals(I18n.t("fout.doel.geenMap", doel.getParent().toString()), foutkop(robot));
        assertTrue(Files.notExists(doel.getParent()), "no folder made");
        nietsInDeDatamap();
    }

    @Test
    void anAccessExportBelowAFileNamesThePlace(FxRobot robot) throws Exception {
        Path bestand = Files.write(dir.resolve("geen-map"), OUD);
        Path doel = bestand.resolve("inzage.zip");
        robot.interact(() -> window.archief().inzageNaar(dossier, doel));
        assertEquals(I18n.t("fout.doel.anders", doel.toString()), foutkop(robot));
        assertArrayEquals(OUD, Files.readAllBytes(bestand));
        nietsInDeDatamap();
    }

    private void opAlleenLezen(FxRobot robot, String naam, java.util.function.Consumer<Path> schrijf) throws Exception {
        var schijf = Tmpfs.mount(dir.resolve("stick"), "2m");
        Assumptions.assumeTrue(schijf.isPresent(), "cannot mount a tmpfs here: the read-only case is not run");
        try (Tmpfs t = schijf.get()) {
            Path doel = Files.write(t.map().resolve(naam), OUD);
            Assumptions.assumeTrue(mount("remount,ro", t.map()), "cannot remount read-only");
            try {
                robot.interact(() -> schrijf.accept(doel));
                assertEquals(I18n.t("fout.doel.alleenLezen", doel.toString()), foutkop(robot));
                assertArrayEquals(OUD, Files.readAllBytes(doel), "the older file as it was");
                try (var s = Files.list(t.map())) {
                    assertEquals(List.of(doel), s.toList(), "nothing else written there");
                }
                nietsInDeDatamap();
            } finally {
                mount("remount,rw", t.map());
            }
        }
    }

    private static Kluissessie.Sleutels sleutels() {
        return new Kluissessie.Sleutels(SLEUTELS.ring(), SLEUTELS.dataSleutel().clone());
    }

    /**
     * The error dialog's sentence (its header), once it shows; then closed. A place the coach chose is not a
     * fault of the app: the dialog has no error code, log folder or "Kopieer details" under the sentence.
     */
    static String foutkop(FxRobot robot) throws Exception {
        waitUntil(() -> showing(robot, "#error-dialog"));
        laatsteDialoog = System.currentTimeMillis();
        DialogPane pane = robot.lookup("#error-dialog").queryAs(DialogPane.class);
        String kop = pane.getHeaderText();
        String voet = pane.getContentText();
        boolean kopieer = robot.lookup("#error-kopieer").tryQuery().isPresent();
        robot.interact(() -> pane.getScene().getWindow().hide());
        assertTrue(voet == null || voet.isEmpty(), "no error code or log folder under a place's sentence: " + voet);
        assertTrue(!kopieer, "no \"Kopieer details\" for a place's sentence");
        return kop;
    }

    /** No plain copy left in the data folder's private folder, no record of a file on its way. */
    private void nietsInDeDatamap() throws Exception {
        nietsInDeDatamap(context, dir);
    }

    static void nietsInDeDatamap(AppContext context, Path dir) throws Exception {
        Path tijdelijk = context.dataDirectory().tijdelijk();
        if (Files.isDirectory(tijdelijk)) {
            try (var s = Files.list(tijdelijk)) {
                assertEquals(List.of(), s.toList(), "the private temp folder");
            }
        }
        assertTrue(Files.notExists(dir.resolve(Bestanden.ONDERWEG)), "a record of a file on its way");
    }

    static boolean mount(String opties, Path map) throws Exception {
        Process p = new ProcessBuilder("mount", "-o", opties, map.toString()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    }
}
