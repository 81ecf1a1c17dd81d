package nl.spoorzoeker.app;

import nl.spoorzoeker.app.werkplek.Demoset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Clock;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.stage.Stage;
import nl.spoorzoeker.crypto.KdfParameters;
import nl.spoorzoeker.crypto.Kluissessie;
import nl.spoorzoeker.crypto.Sleutelkluis;
import nl.spoorzoeker.praktijk.Taalkeuze;
import nl.spoorzoeker.slot.Ontgrendeling;
import nl.spoorzoeker.slot.ui.Deur;
import nl.spoorzoeker.testsupport.Fx;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.Knoppen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import nl.spoorzoeker.backup.BackupService;
import nl.spoorzoeker.crypto.Sleutelring;
import nl.spoorzoeker.slot.Pogingen;

/** Instellingen → English: saved in the data folder, the screens switch at once, and the next start reads it. */
@Tag("ui")
class TaalUiTest extends WindowTestBase {

    @Start
    @Override
    void start(Stage stage) throws Exception {
        super.start(stage);
    }

    @AfterEach
    void dutchAgain() {
        Taalkeuze.pasToe(I18n.DUTCH);
    }

    @Test
    void switchingToEnglishIsSavedShownAtOnceAndReadAtTheNextStart(FxRobot robot) throws Exception {
        assertEquals("Vandaag", navText(robot, "#nav-vandaag"));
        robot.clickOn("#nav-instellingen");
        waitUntil(() -> robot.lookup("#taal-en").tryQuery().isPresent());
        assertTrue(Fx.op(() -> robot.lookup("#taal-nl").queryAs(RadioButton.class).isSelected()), "Dutch is the default");

        robot.clickOn("#taal-en");
        waitUntil(() -> "Today".equals(navText(robot, "#nav-vandaag")));
        assertEquals("en\n", Files.readString(dir.resolve(Taalkeuze.BESTAND)));
        assertEquals("Settings", navText(robot, "#nav-instellingen"));
        assertTrue(Fx.op(() -> robot.lookup("#taal-en").queryAs(RadioButton.class).isSelected()),
                "the rebuilt Instellingen show the new choice");
        assertTrue(Fx.op(() -> robot.lookup("#instellingen").query().isVisible()), "still on Instellingen");
        assertEquals(I18n.t("taal.omgezet"), Fx.op(() -> robot.lookup("#status-message").queryAs(Labeled.class).getText()));
        assertEquals("Cancel", Knoppen.annuleren().getText());
        assertEquals("Yes", Knoppen.ja().getText());
        // No Dutch left on the screen: every label of the rebuilt Instellingen is English.
        String dutchSave = "Opslaan";
        assertTrue(Fx.op(() -> texts(robot.lookup("#instellingen").query())).stream().noneMatch(dutchSave::equals));

        // A fresh start: Dutch in memory, then the start-up path reads the data folder.
        Taalkeuze.pasToe(I18n.DUTCH);
        Cli.prepare(dir);
        assertEquals(I18n.ENGLISH, I18n.locale());
        assertEquals("en", Locale.getDefault().getLanguage());
        Deur deur = Fx.op(() -> {
            Deur d = new Deur(new Ontgrendeling(new Sleutelkluis(dir.resolve("sleutelring.szk")), new Kluissessie(),
                    new KdfParameters(1024, 1, 1), new Pogingen(Clock.systemUTC())), background, () -> { });
            d.toon();
            return d;
        });
        assertEquals("Get started", Fx.op(() -> ((Button) deur.node().lookup("#deur-beginnen")).getText()));
        assertTrue(Fx.op(() -> texts(deur.node())).stream().anyMatch(t -> t.contains("passphrase")),
                "the door speaks English before the database opens: " + Fx.op(() -> texts(deur.node())));

        robot.clickOn("#taal-nl");
        waitUntil(() -> "Vandaag".equals(navText(robot, "#nav-vandaag")));
        assertEquals("nl\n", Files.readString(dir.resolve(Taalkeuze.BESTAND)));
    }

    private static String navText(FxRobot robot, String id) {
        return Fx.op(() -> robot.lookup(id).queryAs(Labeled.class).getText().replace("_", ""));
    }

    private static java.util.List<String> texts(Node node) {
        java.util.List<String> found = new java.util.ArrayList<>();
        if (node instanceof Labeled l && l.getText() != null) {
            found.add(l.getText());
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> found.addAll(texts(c)));
        }
        return found;
    }

    /**
     * Issue 20, item 3: a language switch rebuilds every screen, and the rebuild used to empty the
     * private temp folder in which a running backup keeps its plain copy ("Back-up mislukt:
     * SQLITE_IOERR_DELETE_NOENT"). Backups run back to back while the language switches to and
     * fro; every one must succeed and verify, and a file in the folder survives the rebuilds.
     */
    @Test
    void aBackupRunningWhileTheLanguageSwitchesSucceedsAndVerifies(FxRobot robot) throws Exception {
        Demoset.load(context.database(), CLOCK);
        java.nio.file.Path tijdelijk = context.dataDirectory().tijdelijk();
        Files.createDirectories(tijdelijk);
        java.nio.file.Path inGebruik = tijdelijk.resolve("in-gebruik.db");
        Files.writeString(inGebruik, "a copy another job is using");
        var sleutels = Sleutelring.maak("wachtwoord".toCharArray(), new KdfParameters(1024, 1, 1));
        java.nio.file.Path backups = dir.resolve("proef-backups");
        java.util.List<Object> uitkomsten = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        int aantal = 6;
        Thread backup = Thread.ofPlatform().start(() -> {
            for (int i = 0; i < aantal; i++) {
                try {
                    // Each with its own time, so each is a generation of its own.
                    uitkomsten.add(new BackupService(context.database(), tijdelijk,
                            Clock.offset(CLOCK, java.time.Duration.ofMinutes(i))).maak(backups, sleutels.ring(),
                            sleutels.dataSleutel()));
                } catch (Exception e) {
                    uitkomsten.add(e);
                }
            }
        });
        robot.clickOn("#nav-instellingen");
        waitUntil(() -> robot.lookup("#taal-en").tryQuery().isPresent());
        int wissels = 0;
        while (backup.isAlive() || wissels < 2) {
            String naar = wissels % 2 == 0 ? "#taal-en" : "#taal-nl";
            String vandaag = wissels % 2 == 0 ? "Today" : "Vandaag";
            robot.clickOn(naar);
            waitUntil(() -> vandaag.equals(navText(robot, "#nav-vandaag")));
            waitUntil(() -> robot.lookup("#taal-en").tryQuery().isPresent());
            wissels++;
        }
        backup.join();
        assertEquals(aantal, uitkomsten.size());
        for (Object u : uitkomsten) {
            assertTrue(u instanceof BackupService.Backup, "every backup succeeded: " + u);
            var b = (BackupService.Backup) u;
            assertTrue(context.backupService().controleer(b.bestand(), ring -> sleutels.dataSleutel().clone()).goed(),
                    "and verifies: " + b.bestand());
        }
        assertTrue(Files.exists(inGebruik), "the rebuilt windows removed nothing from the private folder");
        System.out.printf("Backups during language switches: %d backups, %d switches, all verified%n", aantal, wissels);
    }
}
