package nl.spoorzoeker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import nl.spoorzoeker.rapportage.Rapport;
import nl.spoorzoeker.rapportage.RapportSoort;
import nl.spoorzoeker.rapportage.Sectie;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.DossierTab;

/** Writing a report on the real window: new, type, the checklist follows, the text is saved. */
@Tag("ui")
class RapportUiTest extends WindowTestBase {

    @org.testfx.framework.junit5.Start
    @Override
    void start(javafx.stage.Stage stage) throws Exception {
        super.start(stage);
    }

    /** Read on the JavaFX thread: the checklist is rebuilt there while the test waits. */
    /** Scrolls the scroll pane around {@code node} so that the node is in view. */
    private static void inBeeld(Node node) {
        for (javafx.scene.Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ScrollPane sp) {
                javafx.geometry.Bounds inhoud = sp.getContent().getLayoutBounds();
                double y = sp.getContent().sceneToLocal(node.localToScene(node.getLayoutBounds())).getMinY();
                double ruimte = inhoud.getHeight() - sp.getViewportBounds().getHeight();
                sp.setVvalue(ruimte <= 0 ? 0 : Math.min(1, Math.max(0, (y - 20) / ruimte)));
                sp.layout();
                return;
            }
        }
    }

    private static boolean checklistNoemt(FxRobot robot, String tekst) {
        java.util.concurrent.FutureTask<Boolean> lees = new java.util.concurrent.FutureTask<>(() ->
                robot.lookup("#rapport-checklist").tryQuery().map(n -> ((javafx.scene.layout.VBox) n).getChildren()
                        .stream().flatMap(c -> ((javafx.scene.layout.VBox) c).getChildren().stream())
                        .anyMatch(l -> l instanceof Label label && label.getText().contains(tekst))).orElse(false));
        Platform.runLater(lees);
        try {
            return lees.get(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aNewReportIsWrittenWhileTheChecklistFollows(FxRobot robot) throws Exception {
        int id = openDemoDossier(robot, "Mohammed El Amrani", "mohammed");
        // The last tab may sit in the tab pane's overflow menu at this window width: chosen as other screens do.
        robot.interact(() -> window.openDossier(id, DossierTab.RAPPORTAGES));
        waitUntil(() -> robot.lookup("#rapport-nieuw").tryQuery().map(Node::isVisible).orElse(false));
        Platform.runLater(() -> robot.lookup("#rapport-nieuw").queryAs(Button.class).fire());
        waitUntil(() -> showing(robot, "#rapport-nieuw-dialog"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> showing(robot, "#rapport-editor"));
        // The new report starts from a draft of the facts; its gaps are blockers until the coach fills them in.
        waitUntil(() -> checklistNoemt(robot, "moet aanvullen"));
        Rapport rapport = context.rapportOpslag().vanDossier(id).getFirst();
        assertEquals(RapportSoort.VOORTGANG, rapport.soort());
        assertEquals(CLOCK.instant().atZone(CLOCK.getZone()).toLocalDate(), rapport.tot());

        TextArea analyse = robot.lookup("#rapport-tekst-ANALYSE_PROFIELEN").queryAs(TextArea.class);
        assertTrue(analyse.getText().startsWith("De zoekrichtingen zijn:"), analyse.getText());
        robot.interact(analyse::clear);
        // Further down the editor than the window shows: scrolled into view as the coach would.
        robot.interact(() -> inBeeld(analyse));
        robot.clickOn(analyse);
        robot.write("De afstand wordt kleiner: plannen en klantcontact zijn sterk.");
        // About a second after typing the text is stored and the checklist no longer asks for it.
        waitUntil(() -> "De afstand wordt kleiner: plannen en klantcontact zijn sterk.".equals(
                context.rapportOpslag().invoer(rapport.id()).teksten().get(Sectie.ANALYSE_PROFIELEN)));
        waitUntil(() -> !checklistNoemt(robot, "analyse van de afstand"));
        assertTrue(checklistNoemt(robot, "visie van de werknemer"), "the other blockers stay");
        assertTrue(robot.lookup("#rapport-definitief").queryAs(Button.class).isDisabled(),
                "no finalising while blockers remain");

        // The werknemer signs on the laptop.
        Platform.runLater(() -> robot.lookup("#rapport-tekenen").queryAs(Button.class).fire());
        waitUntil(() -> showing(robot, "#handtekening-dialoog"));
        javafx.scene.canvas.Canvas canvas = robot.lookup("#handtekening-canvas").queryAs(javafx.scene.canvas.Canvas.class);
        robot.moveTo(canvas).moveBy(-150, 20).press(javafx.scene.input.MouseButton.PRIMARY).moveBy(80, -40)
                .moveBy(120, 30).moveBy(90, -20).release(javafx.scene.input.MouseButton.PRIMARY);
        Platform.runLater(() -> robot.lookup("#handtekening-opslaan").queryAs(Button.class).fire());
        waitUntil(() -> robot.lookup("#rapport-handtekening-status").queryAs(Label.class).getText()
                .equals("Handtekening vastgelegd."));
        waitUntil(() -> context.rapportOpslag().invoer(rapport.id()).akkoord() != null
                && context.rapportOpslag().invoer(rapport.id()).akkoord().handtekening() != null);

        // A medical word in the text is a blocker with a neutral alternative.
        TextArea samenvatting = robot.lookup("#rapport-tekst-SAMENVATTING").queryAs(TextArea.class);
        robot.interact(() -> inBeeld(samenvatting));
        robot.clickOn(samenvatting);
        robot.write("Door de hernia ging het trager.");
        waitUntil(() -> checklistNoemt(robot, "\"hernia\""));
        waitUntil(() -> checklistNoemt(robot, "verzuimoorzaak is medisch"));
        Platform.runLater(() -> robot.lookup("#rapport-sluiten").queryAs(Button.class).fire());
        waitUntil(() -> !showing(robot, "#rapport-editor"));

        // The preview shows the pages as the employer will see them.
        waitUntil(() -> !robot.lookup("#rapportages-table").queryAs(javafx.scene.control.TableView.class)
                .getItems().isEmpty());
        robot.interact(() -> robot.lookup("#rapportages-table").queryAs(javafx.scene.control.TableView.class)
                .getSelectionModel().select(0));
        Platform.runLater(() -> robot.lookup("#rapport-voorbeeld-knop").queryAs(Button.class).fire());
        waitUntil(() -> opFx(() -> robot.lookup("#rapport-voorbeeld").tryQuery().map(n -> !((javafx.scene.layout.VBox) n)
                .getChildren().isEmpty()).orElse(false)));
        waitUntil(() -> opFx(() -> !robot.lookup("#rapport-bezig").query().isVisible()));
        // The window opens with page 1 and the others follow: in the end every page of the PDF is there.
        int paginas;
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(context.rapportOpslag().concept(
                context.rapportOpslag().vanDossier(id).getFirst().id(), I18n.teksten()))) {
            paginas = pdf.getNumberOfPages();
        }
        assertTrue(paginas > 1, "a report of more than one page, so the pages after the first are seen to follow");
        waitUntil(() -> opFx(() -> robot.lookup("#rapport-voorbeeld").tryQuery().map(n -> ((javafx.scene.layout.VBox) n)
                .getChildren().size() == paginas).orElse(false)));

        // The system viewer: opened, or (no desktop here) a Dutch message; the buttons wait meanwhile.
        robot.interact(() -> robot.lookup("#rapportages-table").queryAs(javafx.scene.control.TableView.class)
                .getSelectionModel().select(0));
        Platform.runLater(() -> robot.lookup("#rapport-viewer").queryAs(Button.class).fire());
        waitUntil(() -> opFx(() -> {
            String status = robot.lookup("#status-message").queryAs(Label.class).getText();
            return status.contains("PDF-viewer") || status.contains("geen programma gevonden");
        }));
        assertFalse(opFx(() -> robot.lookup("#rapport-bezig").query().isVisible()), "the progress indicator goes away");
        assertFalse(opFx(() -> robot.lookup("#rapport-viewer").queryAs(Button.class).isDisabled()));

        // The generated part is shown read-only, each line linking to where it is fixed: the dossier.
        Platform.runLater(() -> robot.lookup("#rapport-openen").queryAs(Button.class).fire());
        waitUntil(() -> showing(robot, "#rapport-editor"));
        waitUntil(() -> opFx(() -> robot.lookup("#rapport-gegevens").tryQuery().map(n -> n.lookupAll(".label").stream()
                .anyMatch(l -> ((Label) l).getText().contains("contactmomenten,"))).orElse(false)));
        Platform.runLater(() -> robot.lookup("#rapport-herstel-LOGBOEK").queryAs(javafx.scene.control.Hyperlink.class)
                .fire());
        waitUntil(() -> !showing(robot, "#rapport-editor"));
        waitUntil(() -> opFx(() -> robot.lookup("#tab-logboek").query().getPseudoClassStates()
                .contains(javafx.css.PseudoClass.getPseudoClass("selected"))));
    }

    /** Reads the scene graph on the JavaFX thread: lists may change under a reader on another thread. */
    private static boolean opFx(java.util.concurrent.Callable<Boolean> lees) {
        java.util.concurrent.FutureTask<Boolean> taak = new java.util.concurrent.FutureTask<>(lees);
        Platform.runLater(taak);
        try {
            return taak.get(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
