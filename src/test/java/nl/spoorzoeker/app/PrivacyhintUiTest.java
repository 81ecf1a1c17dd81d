package nl.spoorzoeker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.Styles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import nl.spoorzoeker.fase.FaseSoort;
import nl.spoorzoeker.fase.Stap;
import nl.spoorzoeker.rapportage.PrivacyWoordenService;
import nl.spoorzoeker.rapportage.privacy.Categorie;
import nl.spoorzoeker.rapportage.privacy.Treffer;
import nl.spoorzoeker.rapportage.privacy.ui.Privacyhint;
import nl.spoorzoeker.ui.DossierTab;
import nl.spoorzoeker.ui.I18n;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The live privacy hint on the real window at 1366×768 (issue 17 item 6): it marks what the report's
 * gate would stop while the coach types, with the kind of hit and the neutral wording, and goes away
 * when the text is clean. Screens are saved under {@code target/privacyhint/} to be looked at.
 */
@Tag("ui")
class PrivacyhintUiTest extends WindowTestBase {

    private static final Path SCHERMEN = Path.of("target", "privacyhint");

    @org.testfx.framework.junit5.Start
    @Override
    void start(Stage stage) throws Exception {
        super.start(stage);
        stage.setWidth(1366);
        stage.setHeight(768);
    }

    /** The badge the hint put on a field, if it is there now. */
    private static Optional<Label> badge(FxRobot robot, String veldId) {
        return robot.lookup("#" + veldId + "-privacyhint").tryQuery()
                .filter(n -> n.getParent() != null && n.getScene() != null).map(Label.class::cast);
    }

    /** Scrolls the scroll pane around {@code node} so that the node is in view (for the screenshot). */
    private static void inBeeld(Node node) {
        for (javafx.scene.Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ScrollPane sp) {
                sp.layout();
                double y = sp.getContent().sceneToLocal(node.localToScene(node.getLayoutBounds())).getMinY();
                double ruimte = sp.getContent().getLayoutBounds().getHeight() - sp.getViewportBounds().getHeight();
                sp.setVvalue(ruimte <= 0 ? 0 : Math.min(1, Math.max(0, (y - 200) / ruimte)));
                sp.layout();
                return;
            }
        }
    }

    private static void foto(Scene scene, String naam) throws Exception {
        Files.createDirectories(SCHERMEN);
        java.util.concurrent.FutureTask<Void> f = new java.util.concurrent.FutureTask<>(() -> {
            ImageIO.write(SwingFXUtils.fromFXImage(scene.getRoot().snapshot(null, null), null), "png",
                    SCHERMEN.resolve(naam).toFile());
            return null;
        });
        Platform.runLater(f);
        f.get(10, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Test
    void theContactSummaryMarksAMedicalWordWhileTypingAndLetsGoOfACleanSentence(FxRobot robot) throws Exception {
        openDemoDossier(robot, "Sanne Bakker", "sanne");
        robot.press(KeyCode.CONTROL).press(KeyCode.L).release(KeyCode.L).release(KeyCode.CONTROL);
        waitUntil(() -> showing(robot, "#contact-dialog"));
        TextArea samenvatting = robot.lookup("#contact-samenvatting").queryAs(TextArea.class);
        robot.clickOn(samenvatting);
        robot.write("Zij vertelde dat de burn-out nog speelt.");

        // The hint follows the text as it is typed: since the sentence model (sixth round) an unfinished
        // "Zij vertelde dat de" may be a doubt for a moment; the finished sentence is a diagnosis, and only
        // that (the doubt overlaps the hit and is dropped).
        waitUntil(() -> badge(robot, "contact-samenvatting").map(b -> b.getText().equals("diagnose")).orElse(false));
        Label badge = badge(robot, "contact-samenvatting").orElseThrow();
        assertEquals("diagnose", badge.getText(), "the badge names the kind of hit");
        assertEquals(Categorie.DIAGNOSE, Privacyhint.treffers(samenvatting).getFirst().categorie());
        assertEquals("burn-out", Privacyhint.treffers(samenvatting).getFirst().gevonden());
        assertTrue(samenvatting.getPseudoClassStates().contains(Styles.STATE_DANGER), "a red border");
        String uitleg = samenvatting.getTooltip().getText();
        assertTrue(uitleg.contains("«burn-out»: diagnose"), uitleg);
        assertTrue(uitleg.contains("de verzuimoorzaak is medisch"), "the neutral wording is offered: " + uitleg);
        assertEquals(uitleg, samenvatting.getAccessibleHelp(), "a screen reader hears the same");
        foto(samenvatting.getScene(), "contact-hint.png");

        robot.interact(samenvatting::clear);
        robot.write("Zij solliciteert deze week bij twee werkgevers.");
        waitUntil(() -> badge(robot, "contact-samenvatting").isEmpty());
        waitUntil(() -> Privacyhint.treffers(samenvatting).isEmpty());
        assertFalse(samenvatting.getPseudoClassStates().contains(Styles.STATE_DANGER));
        assertEquals(null, samenvatting.getTooltip(), "the field's own tooltip (none) is back");
        foto(samenvatting.getScene(), "contact-schoon.png");
        Platform.runLater(() -> robot.lookup("#contact-dialog #dialog-cancel").queryAs(Button.class).fire());
    }

    /** Opens a new group session from the dossier's log; its summary field. */
    private TextArea nieuweGroepssessie(FxRobot robot, int id) throws Exception {
        robot.interact(() -> window.openDossier(id, DossierTab.LOGBOEK));
        waitUntil(() -> robot.lookup("#groep-nieuw").tryQuery().map(Node::isVisible).orElse(false));
        Platform.runLater(() -> robot.lookup("#groep-nieuw").queryAs(Button.class).fire());
        waitUntil(() -> showing(robot, "#groep-dialog"));
        TextArea samenvatting = robot.lookup("#groep-samenvatting").queryAs(TextArea.class);
        return samenvatting;
    }

    @Test
    void aGroupSessionSummaryMarksAnotherWerknemersName(FxRobot robot) throws Exception {
        int id = openDemoDossier(robot, "Sanne Bakker", "sanne");
        TextArea samenvatting = nieuweGroepssessie(robot, id);
        robot.interact(() -> samenvatting.setText("Mohammed El Amrani oefende zijn pitch voor de groep."));
        waitUntil(() -> badge(robot, "groep-samenvatting").isPresent());
        assertEquals("Deze samenvatting noemt Mohammed El Amrani (werknemer van de praktijk)",
                badge(robot, "groep-samenvatting").orElseThrow().getText());
        assertEquals(Categorie.ANDERE_DEELNEMER, Privacyhint.treffers(samenvatting).getFirst().categorie());
        foto(samenvatting.getScene(), "groep-hint.png");
        robot.interact(() -> samenvatting.setText("Een deelnemer oefende zijn pitch voor de groep."));
        waitUntil(() -> badge(robot, "groep-samenvatting").isEmpty());
        Platform.runLater(() -> robot.lookup("#groep-dialog #dialog-cancel").queryAs(Button.class).fire());
    }

    /**
     * Issue 18: a ticked participant is found by first name alone, the badge says who and what they
     * are, and a click on it puts "een andere deelnemer" in the name's place; a first name that is
     * also a word, written as a word, is left alone. The same in English.
     */
    @Test
    void aParticipantsFirstNameIsNamedOnTheBadgeAndAClickReplacesIt(FxRobot robot) throws Exception {
        int id = openDemoDossier(robot, "Sanne Bakker", "sanne");
        TextArea samenvatting = nieuweGroepssessie(robot, id);
        robot.clickOn(samenvatting);
        robot.write("Daarna vertelde Sanne over haar vorige baan.");
        waitUntil(() -> badge(robot, "groep-samenvatting").isPresent());
        assertEquals("Deze samenvatting noemt Sanne (deelnemer)", badge(robot, "groep-samenvatting").orElseThrow().getText());
        assertTrue(samenvatting.getTooltip().getText().contains("Klik op deze melding"), samenvatting.getTooltip().getText());
        foto(samenvatting.getScene(), "groep-voornaam.png");
        robot.clickOn(badge(robot, "groep-samenvatting").orElseThrow());
        waitUntil(() -> samenvatting.getText().equals("Daarna vertelde een andere deelnemer over haar vorige baan."));
        waitUntil(() -> badge(robot, "groep-samenvatting").isEmpty());

        robot.interact(() -> samenvatting.setText("Ze kreeg een roos van de groep."));
        Thread.sleep(1000); // past the hint's pause: a hit would show by now
        waitUntil(() -> badge(robot, "groep-samenvatting").isEmpty());

        I18n.setLocale(I18n.ENGLISH);
        try {
            robot.interact(() -> samenvatting.setText("Sanne practised her pitch."));
            waitUntil(() -> badge(robot, "groep-samenvatting").map(b -> b.getText().startsWith("This")).orElse(false));
            assertEquals("This summary names Sanne (participant)", badge(robot, "groep-samenvatting").orElseThrow().getText());
            robot.clickOn(badge(robot, "groep-samenvatting").orElseThrow());
            waitUntil(() -> samenvatting.getText().equals("Another participant practised her pitch."));
        } finally {
            I18n.setLocale(I18n.DUTCH);
        }
        Platform.runLater(() -> robot.lookup("#groep-dialog #dialog-cancel").queryAs(Button.class).fire());
    }

    /** Issue 18: the badge's fix from the keyboard, without leaving the field: Alt+Enter, said in the tooltip. */
    @Test
    void altEnterInTheFieldReplacesTheNamedParticipant(FxRobot robot) throws Exception {
        int id = openDemoDossier(robot, "Sanne Bakker", "sanne");
        TextArea samenvatting = nieuweGroepssessie(robot, id);
        robot.clickOn(samenvatting);
        // The whole text at once: typed key by key, the hint may answer for the first sentence before the second is there.
        robot.interact(() -> {
            samenvatting.setText("Sanne oefende haar pitch. Daarna vertelde Sanne over haar vorige baan.");
            samenvatting.end();
        });
        waitUntil(() -> badge(robot, "groep-samenvatting").isPresent());
        assertTrue(samenvatting.getTooltip().getText().contains("Alt+Enter"), samenvatting.getTooltip().getText());
        robot.press(KeyCode.ALT).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.ALT);
        try {
            waitUntil(() -> samenvatting.getText().equals(
                    "Een andere deelnemer oefende haar pitch. Daarna vertelde een andere deelnemer over haar vorige baan."));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("text now: [" + samenvatting.getText() + "] focused " + samenvatting.isFocused(), e);
        }
        assertTrue(samenvatting.isFocused(), "the coach types on where they were");
        waitUntil(() -> badge(robot, "groep-samenvatting").isEmpty());
        // Without a name on the badge, Alt+Enter is the text area's own again: nothing replaced, nothing lost.
        robot.press(KeyCode.ALT).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.ALT);
        assertTrue(samenvatting.getText().startsWith("Een andere deelnemer oefende"), samenvatting.getText());
        Platform.runLater(() -> robot.lookup("#groep-dialog #dialog-cancel").queryAs(Button.class).fire());
    }

    /**
     * Issue 21: in the group-session dialog at 1366×768 the badge "Deze samenvatting noemt Sanne
     * (deelnemer)" stood at its own width half above the summary and covered the first participant's
     * checkbox and the Locatie field's lower edge. Now, on the summary (a text area, the words wrapped) and
     * on the title (a one-line field, the sign alone), it lies inside its field and over no other control.
     */
    @Test
    void theBadgeStaysInsideItsFieldAndCoversNoOtherControl(FxRobot robot) throws Exception {
        int id = openDemoDossier(robot, "Sanne Bakker", "sanne");
        TextArea samenvatting = nieuweGroepssessie(robot, id);
        TextInputControl titel = robot.lookup("#groep-titel").queryAs(TextInputControl.class);
        robot.interact(() -> {
            samenvatting.setText("Daarna vertelde Sanne over haar vorige baan.");
            titel.setText("Sanne oefent haar pitch");
        });
        waitUntil(() -> badge(robot, "groep-samenvatting").isPresent() && badge(robot, "groep-titel").isPresent());
        for (TextInputControl veld : java.util.List.of(samenvatting, titel)) {
            Label badge = badge(robot, veld.getId()).orElseThrow();
            robot.interact(() -> inBeeld(veld));
            javafx.geometry.Bounds[] b = new javafx.geometry.Bounds[2];
            java.util.List<String> bedekt = new java.util.ArrayList<>();
            robot.interact(() -> {
                b[0] = badge.localToScene(badge.getBoundsInLocal());
                b[1] = veld.localToScene(veld.getLayoutBounds());
                bedekt.addAll(bedekt(veld.getScene().getRoot(), veld, b[0]));
            });
            assertTrue(b[0].getWidth() > 10 && b[0].getHeight() > 5, "the badge is there: " + b[0]);
            assertTrue(b[0].getMinX() >= b[1].getMinX() && b[0].getMaxX() <= b[1].getMaxX()
                    && b[0].getMinY() >= b[1].getMinY() && b[0].getMaxY() <= b[1].getMaxY(),
                    veld.getId() + ": the badge " + b[0] + " lies inside its field " + b[1]);
            assertEquals(java.util.List.of(), bedekt, veld.getId() + ": controls under the badge");
        }
        foto(samenvatting.getScene(), "groep-badge-binnen-veld.png");
        Platform.runLater(() -> robot.lookup("#groep-dialog #dialog-cancel").queryAs(Button.class).fire());
    }

    /** The visible controls outside {@code veld} (and not holding it) whose bounds meet {@code badge}'s. */
    private static java.util.List<String> bedekt(javafx.scene.Parent ouder, Node veld, javafx.geometry.Bounds badge) {
        java.util.List<String> uit = new java.util.ArrayList<>();
        for (Node n : ouder.getChildrenUnmodifiable()) {
            if (n == veld || !n.isVisible()) {
                continue;
            }
            boolean houdtVeld = false;
            for (Node p = veld.getParent(); p != null; p = p.getParent()) {
                houdtVeld |= p == n;
            }
            javafx.geometry.Bounds nb = n.localToScene(n.getBoundsInLocal());
            // Half a pixel in from each side: touching edges are not covering.
            boolean raakt = nb.intersects(badge.getMinX() + 0.5, badge.getMinY() + 0.5,
                    badge.getWidth() - 1, badge.getHeight() - 1);
            if (n instanceof javafx.scene.control.Control && !houdtVeld && raakt) {
                uit.add(n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId()) + " " + nb);
            }
            if (n instanceof javafx.scene.Parent p && (houdtVeld || raakt)) {
                uit.addAll(bedekt(p, veld, badge));
            }
        }
        return uit;
    }

    @Test
    void thePracticesOwnWordsCountInTheHintAsAtTheGate(FxRobot robot) throws Exception {
        openDemoDossier(robot, "Sanne Bakker", "sanne");
        context.privacyWoorden().voegToe("Flumoxal", PrivacyWoordenService.Soort.MEDISCH, Categorie.MEDICATIE);
        robot.press(KeyCode.CONTROL).press(KeyCode.L).release(KeyCode.L).release(KeyCode.CONTROL);
        waitUntil(() -> showing(robot, "#contact-dialog"));
        TextArea afspraken = robot.lookup("#contact-afspraken").queryAs(TextArea.class);
        robot.interact(() -> afspraken.setText("Zij neemt sinds maart flumoxal."));
        waitUntil(() -> badge(robot, "contact-afspraken").isPresent());
        assertEquals("medicatie", badge(robot, "contact-afspraken").orElseThrow().getText());
        Platform.runLater(() -> robot.lookup("#contact-dialog #dialog-cancel").queryAs(Button.class).fire());
    }

    @Test
    void theReportEditorMarksASectionAsTheChecklistDoes(FxRobot robot) throws Exception {
        int id = openDemoDossier(robot, "Mohammed El Amrani", "mohammed");
        robot.interact(() -> window.openDossier(id, DossierTab.RAPPORTAGES));
        waitUntil(() -> robot.lookup("#rapport-nieuw").tryQuery().map(Node::isVisible).orElse(false));
        Platform.runLater(() -> robot.lookup("#rapport-nieuw").queryAs(Button.class).fire());
        waitUntil(() -> showing(robot, "#rapport-nieuw-dialog"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> showing(robot, "#rapport-editor"));
        TextArea samenvatting = robot.lookup("#rapport-tekst-SAMENVATTING").queryAs(TextArea.class);
        robot.clickOn(samenvatting);
        robot.interact(samenvatting::end);
        robot.write(" Door de hernia en de fysiotherapie ging het trager.");
        waitUntil(() -> Privacyhint.treffers(samenvatting).size() == 2);
        assertEquals("diagnose, behandeling", badge(robot, "rapport-tekst-SAMENVATTING").orElseThrow().getText());
        String uitleg = samenvatting.getTooltip().getText();
        assertTrue(uitleg.contains("«hernia»: diagnose") && uitleg.contains("«fysiotherapie»: behandeling"), uitleg);
        assertTrue(uitleg.contains("gerichte behandeling"), uitleg);
        foto(samenvatting.getScene(), "rapport-editor-hint.png");
        Platform.runLater(() -> robot.lookup("#rapport-sluiten").queryAs(Button.class).fire());
        waitUntil(() -> !showing(robot, "#rapport-editor"));
    }

    @Test
    void anIntakeAnswerGetsTheGentleWarningAtEntry(FxRobot robot) throws Exception {
        int id = openDemoDossier(robot, "Sanne Bakker", "sanne");
        robot.clickOn("#tab-fasen .tab-label");
        waitUntil(() -> robot.lookup("#fase-chip-intake").tryQuery().isPresent());
        robot.clickOn("#fase-chip-intake");
        Stap stap = context.fasen().overzicht(id).stappen().stream().filter(s -> s.fase() == FaseSoort.INTAKE)
                .findFirst().orElseThrow();
        String veldId = "stap-antwoord-" + stap.id();
        waitUntil(() -> robot.lookup("#" + veldId).tryQuery().isPresent());
        TextInputControl antwoord = robot.lookup("#" + veldId).queryAs(TextInputControl.class);
        robot.interact(() -> {
            for (javafx.scene.Parent p = antwoord.getParent(); p != null; p = p.getParent()) {
                if (p instanceof TitledPane t) {
                    t.setExpanded(true);
                }
            }
            antwoord.setText("Hij vertelt over zijn hernia en de pijnstillers.");
        });
        waitUntil(() -> badge(robot, veldId).isPresent());
        assertEquals("Dit lijkt medische informatie: niet vastleggen, of functioneel omschrijven.",
                badge(robot, veldId).orElseThrow().getText());
        assertEquals(java.util.List.of(Categorie.DIAGNOSE, Categorie.MEDICATIE),
                Privacyhint.treffers(antwoord).stream().map(Treffer::categorie).toList());
        robot.interact(() -> inBeeld(antwoord));
        foto(antwoord.getScene(), "intake-hint.png");
    }
}
