package nl.spoorzoeker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.ComboBox;
import java.util.List;
import javafx.scene.control.Label;
import nl.spoorzoeker.testsupport.Fx;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.dossier.Dossier;
import nl.spoorzoeker.dossier.Opdrachtgever;
import nl.spoorzoeker.tijdlijn.MijlpaalSoort;
import nl.spoorzoeker.tijdlijn.Regime;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import nl.spoorzoeker.ui.DossierTab;

/**
 * Issue 18 item 1 in the window: a vangnet dossier is created without a werkgever, for UWV as
 * opdrachtgever. Without a werkgever under loondoorbetaling the form says what to choose and keeps
 * what was typed; with the Ziektewet-vangnet it saves, and the dossier's clock is UWV's.
 */
@Tag("ui")
class VangnetUiTest extends WindowTestBase {

    @org.testfx.framework.junit5.Start
    @Override
    void start(javafx.stage.Stage stage) throws Exception {
        super.start(stage);
        stage.setWidth(1366);
        stage.setHeight(768);
    }

    @Test
    void aVangnetDossierForUwvIsCreatedWithoutAWerkgever(FxRobot robot) throws Exception {
        robot.clickOn("#nav-dossiers");
        robot.clickOn("#dossier-new");
        waitUntil(() -> showing(robot, "#dossier-dialog"));
        type(robot, "#werknemer-naam", "Sanne de Vries");
        type(robot, "#traject-eerste-ziektedag", "01-09-2026");
        type(robot, "#traject-startdatum", "01-10-2026");

        // Loondoorbetaling is the default: without a werkgever the form refuses and says why.
        robot.clickOn("#dossier-dialog #dialog-save");
        waitUntil(() -> robot.lookup("#form-errors").queryAs(Label.class).getText()
                .contains("Bij loondoorbetaling hoort een werkgever"));
        assertTrue(showing(robot, "#dossier-dialog"));
        assertEquals(0, context.dossiers().list().size());

        @SuppressWarnings("unchecked")
        ComboBox<Opdrachtgever.Soort> opdrachtgever = robot.lookup("#traject-opdrachtgever").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<Regime> regime = robot.lookup("#traject-regime").queryAs(ComboBox.class);
        robot.interact(() -> regime.setValue(Regime.ZIEKTEWET_VANGNET));
        // Still the werkgever as opdrachtgever: a werkgever is needed for that, said in the coach's words.
        robot.clickOn("#dossier-dialog #dialog-save");
        waitUntil(() -> robot.lookup("#form-errors").queryAs(Label.class).getText()
                .contains("De werkgever is opdrachtgever, maar er is geen werkgever gekozen"));
        robot.interact(() -> opdrachtgever.setValue(Opdrachtgever.Soort.UWV));
        type(robot, "#traject-opdrachtgever-naam", "Utrecht");
        assertEquals("Sanne de Vries", robot.lookup("#werknemer-naam").queryAs(javafx.scene.control.TextField.class)
                .getText(), "what was typed is kept");
        OvernameUiTest.bewaarBeeld(robot, "#dossier-dialog", "vangnet-dossier-dialog.png");
        robot.clickOn("#dossier-dialog #dialog-save");
        waitUntil(() -> !showing(robot, "#dossier-dialog"));

        waitUntil(() -> context.dossiers().list().size() == 1);
        int id = context.dossiers().list().getFirst().trajectId();
        Dossier d = context.dossiers().find(id).orElseThrow();
        assertNull(d.werkgever());
        assertEquals(Regime.ZIEKTEWET_VANGNET, d.traject().regime());
        assertEquals("UWV Utrecht", d.opdrachtgeverNaam());
        var mijlpalen = context.tijdlijn().mijlpalen(id);
        assertTrue(mijlpalen.stream().anyMatch(m -> m.soort() == MijlpaalSoort.EERSTEJAARS_ZW_BEOORDELING));
        assertFalse(mijlpalen.stream().anyMatch(m -> m.soort() == MijlpaalSoort.WEEKMELDING_42));

        // The dossier opens with UWV where the werkgever would stand.
        waitUntil(() -> robot.lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(l -> "UWV Utrecht".equals(l.getText()) && l.getScene() != null));
        OvernameUiTest.bewaarBeeld(robot, "#dossier-detail-naam", "vangnet-dossier.png");
    }

    /**
     * A vangnet case taken on late: the takeover step names who did each earlier milestone as under the Ziektewet
     * (UWV the problem analysis, UWV and the werknemer the plan van aanpak), not the bedrijfsarts or the werkgever.
     */
    @Test
    void theTakeoverOfAVangnetCaseNamesUwvAsWhoDidTheEarlierMilestones(FxRobot robot) throws Exception {
        robot.clickOn("#nav-dossiers");
        robot.clickOn("#dossier-new");
        waitUntil(() -> showing(robot, "#dossier-dialog"));
        type(robot, "#werknemer-naam", "Sanne de Vries");
        type(robot, "#traject-eerste-ziektedag", "16-09-2025");
        type(robot, "#traject-opdrachtdatum", "10-11-2026");
        type(robot, "#traject-startdatum", "12-11-2026");
        @SuppressWarnings("unchecked")
        ComboBox<Opdrachtgever.Soort> opdrachtgever = robot.lookup("#traject-opdrachtgever").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<Regime> regime = robot.lookup("#traject-regime").queryAs(ComboBox.class);
        robot.interact(() -> {
            regime.setValue(Regime.ZIEKTEWET_VANGNET);
            opdrachtgever.setValue(Opdrachtgever.Soort.UWV);
        });
        type(robot, "#traject-opdrachtgever-naam", "Utrecht");
        robot.clickOn("#dossier-dialog #dialog-save");
        waitUntil(() -> !showing(robot, "#dossier-dialog"));
        waitUntil(() -> showing(robot, "#overname-dialog"));
        java.util.List<String> labels = robot.lookup("#overname-dialog").query().lookupAll(".label").stream()
                .map(n -> ((Label) n).getText()).toList();
        assertTrue(labels.contains("Probleemanalyse · UWV"), labels.toString());
        assertTrue(labels.contains("Plan van aanpak · UWV en werknemer"), labels.toString());
        assertTrue(labels.stream().noneMatch(l -> l.endsWith("· bedrijfsarts") || l.endsWith("· werkgever en werknemer")
                || l.contains("bedrijfsarts, werknemer")), labels.toString());
        assertTrue(labels.stream().anyMatch(l -> l.contains("de taak van anderen (UWV, werknemer)")), labels.toString());
        robot.clickOn("#overname-alles-onbekend");
        robot.clickOn("#overname-save");
        waitUntil(() -> !showing(robot, "#overname-dialog"));
    }

    /**
     * Under the vangnet the report has no spoor 1 part (no own employer to return to), so the editor
     * does not offer its field either: text typed there would reach no report.
     */
    @Test
    void theReportEditorOffersNoSpoor1FieldForAVangnetDossier(FxRobot robot) throws Exception {
        int id = openDemoDossier(robot, "Yvonne Kramer", "yvonne");
        robot.interact(() -> window.openDossier(id, DossierTab.RAPPORTAGES));
        waitUntil(() -> robot.lookup("#rapport-nieuw").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        javafx.application.Platform.runLater(() -> robot.lookup("#rapport-nieuw").queryAs(javafx.scene.control.Button.class).fire());
        waitUntil(() -> showing(robot, "#rapport-nieuw-dialog"));
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> showing(robot, "#rapport-editor"));
        waitUntil(() -> !robot.lookup("#rapport-spoor1").query().isVisible());
        assertFalse(robot.lookup("#rapport-spoor1").query().isManaged(), "no empty gap where the field was");
        javafx.application.Platform.runLater(() -> robot.lookup("#rapport-sluiten").queryAs(javafx.scene.control.Button.class).fire());
        waitUntil(() -> !showing(robot, "#rapport-editor"));
    }

    /**
     * Vandaag follows the regime (issue 18, reviewer): the demo's vangnet client's deadlines name UWV as the party
     * where it is not the coach's own work, and none is the werkgever's 42e-weeksmelding.
     */
    @Test
    void vandaagNamesUwvForTheVangnetClientAndNoWeekmelding(FxRobot robot) throws Exception {
        int id = openDemoDossier(robot, "Yvonne Kramer", "yvonne");
        robot.interact(() -> window.showVandaag());
        waitUntil(() -> !regelsVan(robot, "Yvonne Kramer").isEmpty());
        List<String> regels = regelsVan(robot, "Yvonne Kramer");
        System.out.println("Vandaag, vangnet client: " + regels);
        assertTrue(regels.stream().noneMatch(r -> r.contains(I18n.t("mijlpaal.WEEKMELDING_42"))), regels.toString());
        assertTrue(regels.stream().anyMatch(r -> r.contains(" · " + I18n.t("actor.UWV"))), regels.toString());
        assertTrue(regels.stream().noneMatch(r -> r.contains(" · " + I18n.t("actor.WERKGEVER"))), regels.toString());
    }

    /** Vandaag's deadline rows of the dossier named {@code naam}: their labels' texts joined. */
    private static List<String> regelsVan(FxRobot robot, String naam) {
        return Fx.op(() -> robot.lookup("#vandaag .label").queryAllAs(Label.class).stream()
                .filter(l -> naam.equals(l.getText()) && l.getParent() != null && l.getScene() != null)
                .map(l -> l.getParent().getChildrenUnmodifiable().stream().filter(n -> n instanceof Label)
                        .map(n -> ((Label) n).getText()).collect(java.util.stream.Collectors.joining(" | ")))
                .toList());
    }
}
