package nl.spoorzoeker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import nl.spoorzoeker.rapportage.Rapport;
import nl.spoorzoeker.testsupport.Fx;
import nl.spoorzoeker.tijdlijn.Mijlpaal;
import nl.spoorzoeker.tijdlijn.MijlpaalStatus;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import nl.spoorzoeker.dossier.Adres;
import nl.spoorzoeker.dossier.Traject;
import nl.spoorzoeker.dossier.TrajectStatus;
import nl.spoorzoeker.dossier.Werknemer;
import nl.spoorzoeker.praktijk.Praktijk;
import nl.spoorzoeker.tijdlijn.MijlpaalSoort;
import nl.spoorzoeker.tijdlijn.Overname;
import nl.spoorzoeker.ui.DossierTab;

/**
 * Typed input that lands where it was meant, and actions that cannot be undone asked first: the
 * "Gedaan…" date, removing from the timeline, making a report final.
 */
@Tag("ui")
class BevestigingUiTest extends WindowTestBase {

    @org.testfx.framework.junit5.Start
    @Override
    void start(javafx.stage.Stage stage) throws Exception {
        super.start(stage);
    }

    private static void fire(FxRobot robot, String query) {
        // Not interact(): a dialog's nested loop would block it.
        Platform.runLater(() -> robot.lookup(query).queryAs(ButtonBase.class).fire());
    }

    private void tijdlijn(FxRobot robot) throws Exception {
        openDemoDossier(robot, "Sanne Bakker", "sanne");
        robot.clickOn("#tab-tijdlijn .tab-label");
        waitUntil(() -> robot.lookup("#mijlpalen-table").tryQuery().map(Node::isVisible).orElse(false));
    }

    @Test
    void aDateTypedInTheGedaanDialogIsTheDateRecorded(FxRobot robot) throws Exception {
        tijdlijn(robot);
        @SuppressWarnings("unchecked")
        TableView<Mijlpaal> table = robot.lookup("#mijlpalen-table").queryAs(TableView.class);
        Mijlpaal open = Fx.op(() -> table.getItems().stream().filter(m -> m.open()
                && robot.lookup("#registreer-" + m.soort().name().toLowerCase(java.util.Locale.ROOT)).tryQuery().isPresent())
                .findFirst().orElseThrow());
        fire(robot, "#registreer-" + open.soort().name().toLowerCase(java.util.Locale.ROOT));
        waitUntil(() -> showing(robot, "#date-dialog"));
        TextField datum = robot.lookup("#date-dialog-field").queryAs(TextField.class);
        waitUntil(() -> Fx.op(() -> datum.getScene().getFocusOwner() == datum
                && datum.getSelectedText().equals(datum.getText())));
        // Typed straight away, as a coach does: the proposal (today) is replaced, Enter records the typed date.
        robot.targetWindow(datum.getScene().getWindow());
        robot.write("20-11-2026");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !showing(robot, "#date-dialog"));
        waitUntil(() -> Fx.op(() -> robot.lookup("#mijlpalen-table").queryAs(TableView.class).getItems().stream()
                .anyMatch(m -> ((Mijlpaal) m).soort() == open.soort()
                        && LocalDate.of(2026, 11, 20).equals(((Mijlpaal) m).gedaanOp()))));
    }

    @Test
    void removingFromTheTimelineAsksFirst(FxRobot robot) throws Exception {
        tijdlijn(robot);
        @SuppressWarnings("unchecked")
        ListView<Object> lijst = robot.lookup("#gebeurtenissen-list").queryAs(ListView.class);
        int voor = Fx.op(() -> lijst.getItems().size());
        assertTrue(voor > 0, "the demo dossier has recorded events");
        fire(robot, "#gebeurtenissen-list .tijdlijn-verwijder");
        waitUntil(() -> showing(robot, "#tijdlijn-verwijder-vraag"));
        fire(robot, "#tijdlijn-verwijder-vraag-nee");
        waitUntil(() -> !showing(robot, "#tijdlijn-verwijder-vraag"));
        Thread.sleep(300);
        assertEquals(voor, Fx.op(() -> robot.lookup("#gebeurtenissen-list").queryAs(ListView.class).getItems().size()),
                "Annuleren keeps it");

        fire(robot, "#gebeurtenissen-list .tijdlijn-verwijder");
        waitUntil(() -> showing(robot, "#tijdlijn-verwijder-vraag"));
        fire(robot, "#tijdlijn-verwijder-vraag-ja");
        waitUntil(() -> Fx.op(() -> robot.lookup("#gebeurtenissen-list").tryQuery()
                .map(n -> ((ListView<?>) n).getItems().size() == voor - 1).orElse(false)));
    }

    @Test
    void withdrawingABeforeMyAssignmentDeclarationAsksFirst(FxRobot robot) throws Exception {
        tijdlijn(robot);
        int sanne = context.dossiers().list().stream().filter(r -> r.naam().equals("Sanne Bakker")).findFirst()
                .orElseThrow().trajectId();
        // A case taken on in week 61 (issue 21's), with nothing of the employer's tasks on record.
        int id = context.dossiers().create(new Werknemer(null, "Ilse Overgenomen", null, null,
                        null, Adres.LEEG, null, null, false, null),
                context.dossiers().find(sanne).orElseThrow().werkgever().id(),
                new Traject(null, LocalDate.of(2025, 9, 16), LocalDate.of(2026, 11, 10),
                        LocalDate.of(2026, 11, 12), null, 10 * 60, null, TrajectStatus.ACTIEF));
        // Every statutory task of others declared as done before the assignment, as the takeover step does.
        context.tijdlijn().legOvernameVast(id, java.util.Map.of(), java.util.Arrays.stream(
                MijlpaalSoort.values()).filter(Overname::verklaarbaar)
                .collect(java.util.stream.Collectors.toSet()));
        robot.interact(() -> window.openDossier(id, DossierTab.TIJDLIJN));
        String[] knop = new String[1];
        waitUntil(() -> Fx.op(() -> robot.lookup("#mijlpalen-table").tryQuery().map(n -> {
            @SuppressWarnings("unchecked")
            TableView<Mijlpaal> t = (TableView<Mijlpaal>) n;
            return t.getItems().stream().filter(m -> m.status() == MijlpaalStatus.VOOR_OPDRACHT).findFirst().map(m -> {
                t.scrollTo(m);
                knop[0] = "#intrekken-" + m.soort().name().toLowerCase(java.util.Locale.ROOT);
                return robot.lookup(knop[0]).tryQuery().isPresent();
            }).orElse(false);
        }).orElse(false)));
        int voor = context.tijdlijn().tijdlijn(id).overname().voorOpdracht().size();

        fire(robot, knop[0]);
        waitUntil(() -> showing(robot, "#tijdlijn-intrekken-vraag"));
        fire(robot, "#tijdlijn-intrekken-vraag-nee");
        waitUntil(() -> !showing(robot, "#tijdlijn-intrekken-vraag"));
        Thread.sleep(300);
        assertEquals(voor, context.tijdlijn().tijdlijn(id).overname().voorOpdracht().size(), "Annuleren keeps it");

        fire(robot, knop[0]);
        waitUntil(() -> showing(robot, "#tijdlijn-intrekken-vraag"));
        fire(robot, "#tijdlijn-intrekken-vraag-ja");
        waitUntil(() -> context.tijdlijn().tijdlijn(id).overname().voorOpdracht().size() == voor - 1);
    }

    @Test
    void makingAReportFinalAsksAndWarnsWithoutASignature(FxRobot robot) throws Exception {
        int id = openDemoDossier(robot, "Mohammed El Amrani", "mohammed");
        context.praktijk().save(new Praktijk("Anke de Coach", "Praktijk De Brug", null,
                new Adres(null, null, null), null, null, null, null));
        int rapport = ReportCommandTest.klaarVoorDefinitief(context.rapportOpslag(), id);
        robot.interact(() -> window.openDossier(id, DossierTab.RAPPORTAGES));
        waitUntil(() -> robot.lookup("#rapportages-table").tryQuery()
                .map(n -> !((TableView<?>) n).getItems().isEmpty()).orElse(false));
        robot.interact(() -> robot.lookup("#rapportages-table").queryAs(TableView.class).getSelectionModel().select(0));
        fire(robot, "#rapport-openen");
        waitUntil(() -> showing(robot, "#rapport-editor"));
        waitUntil(() -> robot.lookup("#rapport-definitief").tryQuery().map(n -> !n.isDisabled()).orElse(false));

        fire(robot, "#rapport-definitief");
        waitUntil(() -> showing(robot, "#rapport-definitief-vraag"));
        String tekst = Fx.op(() -> robot.lookup("#rapport-definitief-vraag").queryAs(DialogPane.class).getContentText());
        assertTrue(tekst.contains("handtekening is niet ingesteld"), tekst);
        assertTrue(tekst.contains("niet meer mogelijk"), tekst);
        fire(robot, "#rapport-definitief-vraag-nee");
        waitUntil(() -> !showing(robot, "#rapport-definitief-vraag"));
        Thread.sleep(300);
        assertEquals(Rapport.Status.CONCEPT, context.rapportOpslag().rapport(rapport).status(), "Annuleren: still a concept");
        assertTrue(showing(robot, "#rapport-editor"));

        fire(robot, "#rapport-definitief");
        waitUntil(() -> showing(robot, "#rapport-definitief-vraag"));
        fire(robot, "#rapport-definitief-vraag-ja");
        waitUntil(() -> context.rapportOpslag().rapport(rapport).status() == Rapport.Status.DEFINITIEF);
        waitUntil(() -> !showing(robot, "#rapport-editor"));
        assertFalse(showing(robot, "#rapport-definitief-vraag"));
    }

    @Test
    void withoutThePracticesDetailsTheChecklistLeadsToInstellingen(FxRobot robot) throws Exception {
        int id = openDemoDossier(robot, "Mohammed El Amrani", "mohammed");
        ReportCommandTest.klaarVoorDefinitief(context.rapportOpslag(), id);
        robot.interact(() -> window.openDossier(id, DossierTab.RAPPORTAGES));
        waitUntil(() -> robot.lookup("#rapportages-table").tryQuery()
                .map(n -> !((TableView<?>) n).getItems().isEmpty()).orElse(false));
        robot.interact(() -> robot.lookup("#rapportages-table").queryAs(TableView.class).getSelectionModel().select(0));
        fire(robot, "#rapport-openen");
        waitUntil(() -> showing(robot, "#rapport-editor"));
        // The blocker for the missing practice details has its way out, as every other finding has.
        waitUntil(() -> robot.lookup("#rapport-herstel-INSTELLINGEN").tryQuery().isPresent());
        assertTrue(robot.lookup("#rapport-definitief").query().isDisabled());
        fire(robot, "#rapport-herstel-INSTELLINGEN");
        waitUntil(() -> !showing(robot, "#rapport-editor"));
        waitUntil(() -> robot.lookup("#instellingen").tryQuery().isPresent());
    }
}
