package nl.spoorzoeker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import nl.spoorzoeker.cv.CvDossier;
import nl.spoorzoeker.instrument.Drijfveren;
import nl.spoorzoeker.instrument.Kernkwadrant;
import nl.spoorzoeker.instrument.Waardenkaarten;
import nl.spoorzoeker.instrument.Waardensortering;
import nl.spoorzoeker.instrument.Waardensortering.Stapel;
import nl.spoorzoeker.praktijk.Taalkeuze;
import nl.spoorzoeker.testsupport.Fx;
import nl.spoorzoeker.testsupport.TestDossiers;
import nl.spoorzoeker.ui.DossierTab;
import nl.spoorzoeker.ui.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Issue 19 in English: the values card sort window, the drives worksheet, the kernkwadranten
 * section and its form, and the CV tab with a STARR story, the STARR form and the letter form,
 * with the program in English from the start (as Instellingen → English leaves it). Each screen:
 * a few key labels are the English ones, no label carries a Dutch word typical of that screen,
 * and no label is cut short (JavaFX's own "text truncated"). Screenshots under target/screenshots
 * to be looked at.
 */
class InstrumentenEngelsUiTest extends WindowTestBase {

    private static final Path SCHERMEN = Path.of("target", "screenshots");

    @Start
    @Override
    void start(Stage stage) throws Exception {
        // The whole window built in English, as after choosing English under Instellingen.
        Taalkeuze.pasToe(I18n.ENGLISH);
        super.start(stage);
        stage.setWidth(1366);
        stage.setHeight(768);
    }

    @AfterEach
    void nederlands() {
        Taalkeuze.pasToe(I18n.DUTCH);
    }

    @Test
    void theValuesCardSortWindow(FxRobot robot) throws Exception {
        int id = TestDossiers.create(context.database(), "Sam Jansen");
        robot.interact(() -> window.openDossier(id, DossierTab.INSTRUMENTEN));
        waitUntil(() -> showing(robot, "#waarden-start"));
        assertEquals("Start the values cards", tekst(robot, "#waarden-start"));
        fire(robot, "#waarden-start");
        waitUntil(() -> showing(robot, "#waarden-venster"));
        List<Waardenkaarten.Kaart> kaarten = Waardenkaarten.alle();
        robot.clickOn("#waarden-stapel-1");
        robot.clickOn("#waarden-stapel-2");
        robot.clickOn("#waarden-stapel-3");
        assertEquals(kaarten.get(3).naam(I18n.ENGLISH), tekst(robot, "#waarden-kaart"));
        Node venster = Fx.op(() -> robot.lookup("#waarden-venster").query());
        foto(venster, "waarden-1-sorting-en.png");
        controleer(venster, List.of("Very important", "Important", "Less important", "Top 5",
                        "Close (carry on later)"),
                List.of("belangrijk", "Waarden", "Sluiten", "Kaart", "Stapel"));
        robot.clickOn("#waarden-sluit");
        waitUntil(() -> !showing(robot, "#waarden-venster"));

        // A sort with its top chosen, opened from the tab: the top 5 state of the window.
        Waardensortering w = Waardensortering.nieuw(java.time.LocalDate.now(CLOCK));
        for (int i = 0; i < kaarten.size(); i++) {
            w = w.leg(kaarten.get(i).code(), i < 6 ? Stapel.HEEL_BELANGRIJK : Stapel.MINDER_BELANGRIJK);
        }
        for (int i = 0; i < 5; i++) {
            w = w.wisselTop(kaarten.get(i).code());
        }
        int sortering = context.waarden().bewaar(id, w);
        robot.interact(() -> window.openDossier(id, DossierTab.PROFIELEN));
        robot.interact(() -> window.openDossier(id, DossierTab.INSTRUMENTEN));
        waitUntil(() -> showing(robot, "#waarden-open-" + sortering));
        // The top as a chart on the tab, its bars named in English.
        DrijfverenUiTest.inBeeld(robot, "#waarden-grafiek");
        foto(Fx.op(() -> robot.lookup("#waarden-grafiek").query().getScene().getRoot()), "waarden-3-chart-en.png");
        assertEquals("1. " + kaarten.getFirst().naamEn(), Fx.op(() -> ((javafx.scene.chart.CategoryAxis)
                robot.lookup("#waarden-grafiek").queryAs(javafx.scene.chart.BarChart.class).getYAxis())
                .getCategories().getLast()));
        fire(robot, "#waarden-open-" + sortering);
        waitUntil(() -> showing(robot, "#waarden-profiel"));
        Node top = Fx.op(() -> robot.lookup("#waarden-venster").query());
        foto(top, "waarden-2-top5-en.png");
        controleer(top, List.of("Put the top 5 in the personal profile", "Up", "Down", "Into or out of top 5"),
                List.of("belangrijk", "Waarden", "persoonsprofiel", "Hoger", "Lager"));
    }

    @Test
    void theDrivesWorksheet(FxRobot robot) throws Exception {
        int id = TestDossiers.create(context.database(), "Sam Jansen");
        context.waarden().bewaarDrijfveren(id, new Drijfveren(java.time.LocalDate.now(CLOCK), "helping customers",
                "long days", "my team", "a steady job", "night shifts"), false, d -> "");
        robot.interact(() -> window.openDossier(id, DossierTab.INSTRUMENTEN));
        waitUntil(() -> showing(robot, "#drijfveren-bewaar"));
        DrijfverenUiTest.inBeeld(robot, "#drijfveren-bewaar");
        Node tab = Fx.op(() -> robot.lookup("#instrumenten-pane").query());
        foto(Fx.op(() -> tab.getScene().getRoot()), "drijfveren-en.png");
        controleer(tab, List.of("Drives", "What gives you energy in work?", "What makes you tired in work?",
                        "Save drives", "Also put in the personal profile", "In the reports"),
                List.of("Drijfveren", "Bewaren", "Waar", "Wat", "persoonsprofiel", "rapporten"));
    }

    @Test
    void theKernkwadrantenSectionAndItsForm(FxRobot robot) throws Exception {
        int id = TestDossiers.create(context.database(), "Sam Jansen");
        int kk = context.kernkwadranten().bewaar(id, new Kernkwadrant(null, "helpful", "pushy", "guard own limits",
                "selfishness"));
        robot.interact(() -> window.openDossier(id, DossierTab.INSTRUMENTEN));
        waitUntil(() -> showing(robot, "#kk-" + kk));
        DrijfverenUiTest.inBeeld(robot, "#kk-" + kk);
        Node sectie = Fx.op(() -> robot.lookup("#kk-sectie").query());
        foto(Fx.op(() -> sectie.getScene().getRoot()), "kernkwadranten-1-section-en.png");
        controleer(sectie, List.of("Core quadrants", "New core quadrant"),
                List.of("Kernkwadrant", "Kwaliteit", "Valkuil", "Uitdaging", "Allergie", "Gemaakt", "Bewerken",
                        "Verwijderen", "Geschiedenis"));

        fire(robot, "#kk-bewerk-" + kk);
        waitUntil(() -> showing(robot, "#kk-dialog"));
        Node form = Fx.op(() -> robot.lookup("#kk-dialog").query());
        foto(Fx.op(() -> form.getScene().getRoot()), "kernkwadranten-2-form-en.png");
        controleer(Fx.op(() -> form.getScene().getRoot()), List.of("Quality", "Pitfall", "Challenge", "Allergy"),
                List.of("Kernkwadrant", "Kwaliteit", "Valkuil", "Uitdaging", "Allergie", "Opslaan", "Annuleren",
                        "Gemaakt"));
    }

    @Test
    void theCvTabWithAStarrStoryTheStarrFormAndTheLetterForm(FxRobot robot) throws Exception {
        CvDossier d = new CvDossier(context.database());
        robot.interact(() -> window.openDossier(d.id, DossierTab.CV));
        org.testfx.util.WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS,
                () -> showing(robot, "#starr-" + d.magazijn));
        Node pane = Fx.op(() -> robot.lookup("#cv-pane").query());
        foto(Fx.op(() -> pane.getScene().getRoot()), "cv-1-tab-en.png");
        // The stories are the werknemer's own (Dutch) words; the screen's own words are checked.
        controleer(pane, List.of("STARR stories", "New STARR story", "CV per search direction", "New CV variant",
                        "Cover letters", "Write letter"),
                List.of("Verhalen", "Verteld", "Bewerken", "Verwijderen", "Nieuw", "Sollicitatiebrieven",
                        "Geschiedenis", "competenties"));
        DrijfverenUiTest.inBeeld(robot, "#brief-" + d.sollicitatie);
        foto(Fx.op(() -> pane.getScene().getRoot()), "cv-2-tab-letters-en.png");

        fire(robot, "#starr-bewerk-" + d.magazijn);
        waitUntil(() -> showing(robot, "#starr-dialog"));
        Node starr = Fx.op(() -> robot.lookup("#starr-dialog").query().getScene().getRoot());
        foto(starr, "cv-3-starr-form-en.png");
        controleer(starr, List.of("Title", "Situation", "Task", "Action", "Result", "Reflection", "Competencies"),
                List.of("Titel", "Situatie", "Taak", "Actie", "Resultaat", "Reflectie", "Opslaan", "Annuleren",
                        "Competenties", "Verteld"));
        fire(robot, "#dialog-cancel");
        waitUntil(() -> !showing(robot, "#starr-dialog"));

        fire(robot, "#brief-" + d.sollicitatie);
        waitUntil(() -> showing(robot, "#brief-dialog"));
        Node brief = Fx.op(() -> robot.lookup("#brief-dialog").query().getScene().getRoot());
        foto(brief, "cv-4-letter-form-en.png");
        controleer(brief, List.of("Text", "Stories for the template", "Start again from the template"),
                List.of("Tekst", "Verhalen", "sjabloon", "Opslaan", "Annuleren", "Sollicitatiebrief"));
        String tekst = Fx.op(() -> robot.lookup("#brief-tekst").queryAs(TextInputControl.class).getText());
        assertTrue(tekst.contains("Dear Sir or Madam,") && !tekst.contains("Geachte"), tekst);
    }

    /**
     * Every label under {@code root} (mnemonic marks left out): {@code engels} are among them, no label
     * holds one of {@code nederlands} as a word, and none shown is cut short with an ellipsis.
     */
    private static void controleer(Node root, List<String> engels, List<String> nederlands) {
        List<String> teksten = new ArrayList<>();
        List<String> afgekapt = new ArrayList<>();
        Fx.op(() -> {
            verzamel(root, teksten, afgekapt);
            return null;
        });
        for (String e : engels) {
            assertTrue(teksten.contains(e), "'" + e + "' not among " + teksten);
        }
        for (String nl : nederlands) {
            Pattern woord = Pattern.compile("(?iu)\\b" + Pattern.quote(nl.toLowerCase(Locale.ROOT)) + "\\b");
            List<String> gevonden = teksten.stream().filter(t -> woord.matcher(t).find()).toList();
            assertTrue(gevonden.isEmpty(), "Dutch '" + nl + "' in " + gevonden);
        }
        assertTrue(afgekapt.isEmpty(), "cut short: " + afgekapt);
    }

    private static void verzamel(Node n, List<String> teksten, List<String> afgekapt) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            String t = l.isMnemonicParsing() ? l.getText().replaceFirst("_", "") : l.getText();
            teksten.add(t);
            if (l.isTextTruncated()) {
                afgekapt.add(t);
            }
        }
        if (n instanceof TextInputControl t && t.getPromptText() != null && !t.getPromptText().isBlank()) {
            teksten.add(t.getPromptText());
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                verzamel(c, teksten, afgekapt);
            }
        }
    }

    private static void fire(FxRobot robot, String query) {
        Platform.runLater(() -> robot.lookup(query).queryAs(ButtonBase.class).fire());
    }

    private static String tekst(FxRobot robot, String query) {
        return Fx.op(() -> robot.lookup(query).queryAs(Labeled.class).getText());
    }

    private static void foto(Node root, String naam) throws Exception {
        Files.createDirectories(SCHERMEN);
        waitUntil(() -> true);
        Fx.op(() -> ImageIO.write(SwingFXUtils.fromFXImage(root.snapshot(null, null), null), "png",
                SCHERMEN.resolve(naam).toFile()));
    }
}
