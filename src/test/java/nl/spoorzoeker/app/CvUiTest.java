package nl.spoorzoeker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.stage.Stage;
import nl.spoorzoeker.cv.CvDossier;
import nl.spoorzoeker.cv.CvVariant;
import nl.spoorzoeker.instrument.StarrVerhaal;
import nl.spoorzoeker.cv.ui.CvPane;
import nl.spoorzoeker.testsupport.Fx;
import nl.spoorzoeker.ui.DossierTab;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import nl.spoorzoeker.cv.CvServiceTest;
import nl.spoorzoeker.fase.FaseSoort;

/**
 * Issue 19 items 4-5 on the dossier's "CV and letters" tab: a STARR story written in its dialog
 * (a competency taken from the persoonsprofiel with one click), a CV variant that chooses it, the
 * burn-out story shown to the coach as left out, and the CV saved as PDF and DOCX from its buttons.
 */
class CvUiTest extends WindowTestBase {

    @Start
    @Override
    void start(Stage stage) throws Exception {
        super.start(stage);
    }

    private static void fire(FxRobot robot, String query) {
        Platform.runLater(() -> robot.lookup(query).queryAs(ButtonBase.class).fire());
    }

    @Test
    void aStarrStoryIsWrittenChosenForACvAndTheCvIsSavedAsPdfAndDocx(FxRobot robot) throws Exception {
        CvDossier d = new CvDossier(context.database());
        robot.interact(() -> window.openDossier(d.id, DossierTab.CV));
        // The first dossier opened builds the window's panes: on a busy machine (load 20+) that takes a while.
        org.testfx.util.WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS,
                () -> showing(robot, "#starr-nieuw"));

        fire(robot, "#starr-nieuw");
        waitUntil(() -> showing(robot, "#starr-titel"));
        type(robot, "#starr-titel", "Klacht van een klant opgelost");
        robot.clickOn("#starr-actie").write("Ik belde de klant terug en regelde een nieuwe levering");
        robot.clickOn("#starr-resultaat").write("De klant bestelt nog steeds bij ons");
        // The persoonsprofiel's competencies are offered as buttons: "plannen, samenwerken; klantgericht".
        fire(robot, "#starr-tag-2");
        waitUntil(() -> "klantgericht".equals(robot.lookup("#starr-competenties")
                .queryAs(javafx.scene.control.TextField.class).getText()));
        // The day it was told: today by default, set to the day of the conversation.
        assertEquals("24-11-2026", robot.lookup("#starr-datum").queryAs(javafx.scene.control.TextField.class).getText());
        type(robot, "#starr-datum", "20-11-2026");
        fire(robot, "#dialog-save");
        waitUntil(() -> !showing(robot, "#starr-dialog"));
        waitUntil(() -> d.starr.lijst(d.id).size() == 3);
        StarrVerhaal nieuw = d.starr.lijst(d.id).getLast();
        assertEquals(new StarrVerhaal(nieuw.id(), "Klacht van een klant opgelost", null, null,
                "Ik belde de klant terug en regelde een nieuwe levering", "De klant bestelt nog steeds bij ons", null,
                List.of("klantgericht"), java.time.LocalDate.of(2026, 11, 20), java.time.LocalDate.of(2026, 11, 24)), nieuw);
        waitUntil(() -> showing(robot, "#starr-" + nieuw.id()));
        waitUntil(() -> robot.lookup("#starr-datum-" + nieuw.id()).tryQuery().map(n -> ((javafx.scene.control.Label) n)
                .getText().equals("Verteld op 20-11-2026")).orElse(false));

        fire(robot, "#cv-nieuw");
        waitUntil(() -> showing(robot, "#cv-zoekrichting"));
        type(robot, "#cv-zoekrichting", "Klantenservice");
        robot.interact(() -> {
            robot.lookup("#cv-hl-" + nieuw.id()).queryAs(CheckBox.class).setSelected(true);
            robot.lookup("#cv-hl-" + d.burnout).queryAs(CheckBox.class).setSelected(true);
            robot.lookup("#cv-comp-2").queryAs(CheckBox.class).setSelected(true);
        });
        fire(robot, "#dialog-save");
        waitUntil(() -> !showing(robot, "#cv-dialog"));
        waitUntil(() -> d.cv.varianten(d.id).size() == 1);
        CvVariant v = d.cv.varianten(d.id).getFirst();
        assertEquals(new CvVariant(v.id(), "Klantenservice", null, List.of("klantgericht"),
                List.of(d.burnout, nieuw.id())), v);
        // The coach sees that the burn-out story will not be in the CV.
        waitUntil(() -> showing(robot, "#cv-weggelaten-" + v.id()));

        Files.createDirectories(Path.of("target", "cv"));
        // The whole tab as the coach scrolls through it (the pane itself, not only what the window shows).
        Fx.op(() -> javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(robot.lookup("#cv-pane")
                .query().snapshot(null, null), null), "png", Path.of("target", "cv", "cv-tab-nl.png").toFile()));

        CvPane pane = Fx.op(() -> (CvPane) robot.lookup("#cv-pane").query().getProperties().get(CvPane.class));
        Path pdf = dir.resolve("cv.pdf");
        Path docx = dir.resolve("cv.docx");
        String[] voorgesteld = new String[1];
        robot.interact(() -> pane.zetKiezer(naam -> {
            voorgesteld[0] = naam;
            return naam.endsWith(".pdf") ? pdf : docx;
        }));
        fire(robot, "#cv-pdf-" + v.id());
        waitUntil(() -> Files.exists(pdf));
        assertEquals("Curriculum vitae Klantenservice.pdf", voorgesteld[0]);
        fire(robot, "#cv-docx-" + v.id());
        waitUntil(() -> Files.exists(docx));
        for (String tekst : List.of(CvServiceTest.pdfTekst(Files.readAllBytes(pdf)),
                CvServiceTest.docxTekst(Files.readAllBytes(docx)))) {
            assertTrue(tekst.contains("Klacht van een klant opgelost"), tekst);
            assertTrue(tekst.contains("Klantenservice"), tekst);
            assertTrue(tekst.contains("Klantgericht"), tekst);
            assertFalse(tekst.toLowerCase(Locale.ROOT).contains("burn"), tekst);
        }

        // Issue 19 item 6: the werknemer's werkboek. The burn-out stays in it (their own copy), and
        // the coach is shown that before it is made.
        waitUntil(() -> showing(robot, "#werkboek-gezondheid"));
        Path werkboek = dir.resolve("werkboek.pdf");
        robot.interact(() -> pane.zetKiezer(naam -> {
            voorgesteld[0] = naam;
            return werkboek;
        }));
        fire(robot, "#werkboek-maak");
        waitUntil(() -> Files.exists(werkboek));
        assertEquals("Werkboek.pdf", voorgesteld[0]);
        String tekst = CvServiceTest.pdfTekst(Files.readAllBytes(werkboek));
        assertTrue(tekst.contains("Werkboek: wie ben ik, wat kan ik, wat wil ik?"), tekst);
        assertTrue(tekst.contains("Klacht van een klant opgelost"), tekst);
        assertTrue(tekst.contains("burn-out"), tekst);

        // A werkboek per phase: the zoekprofiel one, chosen beside the button.
        Path zoek = dir.resolve("werkboek-zoekprofiel.pdf");
        robot.interact(() -> pane.zetKiezer(naam -> {
            voorgesteld[0] = naam;
            return zoek;
        }));
        robot.interact(() -> robot.lookup("#werkboek-fase").queryAs(javafx.scene.control.ComboBox.class)
                .setValue(FaseSoort.ZOEKPROFIEL));
        fire(robot, "#werkboek-maak");
        waitUntil(() -> Files.exists(zoek));
        assertEquals("Werkboek Zoekprofiel.pdf", voorgesteld[0]);
        String zp = CvServiceTest.pdfTekst(Files.readAllBytes(zoek));
        assertTrue(zp.contains("Werkboek: welk werk zoek ik?"), zp);
    }
}
