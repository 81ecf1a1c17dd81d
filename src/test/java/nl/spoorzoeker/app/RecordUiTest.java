package nl.spoorzoeker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import nl.spoorzoeker.logboek.Groepssessie;
import nl.spoorzoeker.arbeidsmarkt.Sollicitatie;
import nl.spoorzoeker.arbeidsmarkt.SollicitatieStatus;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import nl.spoorzoeker.arbeidsmarkt.Werkervaringsplek;
import nl.spoorzoeker.testsupport.Fx;

/** The record a coach keeps, on the real window: sollicitaties, group sessions, drafts of long text. */
@Tag("ui")
class RecordUiTest extends WindowTestBase {

    @org.testfx.framework.junit5.Start
    @Override
    void start(javafx.stage.Stage stage) throws Exception {
        super.start(stage);
    }

    private static void fire(FxRobot robot, String query) {
        Platform.runLater(() -> robot.lookup(query).queryAs(Button.class).fire());
    }

    private static boolean tableHas(FxRobot robot, String tableId, String text) {
        return robot.lookup(tableId).tryQuery().map(n -> ((TableView<?>) n).getItems().stream()
                .anyMatch(item -> item.toString().contains(text))).orElse(false);
    }

    @Test
    void logASollicitatieAndMoveItsStatusStepByStep(FxRobot robot) throws Exception {
        int id = openDemoDossier(robot, "Sanne Bakker", "sanne");
        robot.clickOn("#tab-arbeidsmarkt .tab-label");
        waitUntil(() -> robot.lookup("#sollicitatie-nieuw").tryQuery().isPresent());
        fire(robot, "#sollicitatie-nieuw");
        waitUntil(() -> showing(robot, "#sollicitatie-dialog"));
        type(robot, "#sollicitatie-organisatie", "Gemeente Utrecht");
        type(robot, "#sollicitatie-functie", "Medewerker klantcontact");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !showing(robot, "#sollicitatie-dialog"));
        waitUntil(() -> context.arbeidsmarkt().overzicht(id).sollicitaties().size() == 1);
        Sollicitatie s = context.arbeidsmarkt().overzicht(id).sollicitaties().getFirst();
        assertEquals(SollicitatieStatus.VERSTUURD, s.status(), "a new sollicitatie is sent by default");
        assertEquals(LocalDate.of(2026, 11, 24), s.verstuurdOp());
        waitUntil(() -> robot.lookup("#sollicitaties-table").tryQuery()
                .map(n -> ((TableView<?>) n).getItems().size() == 1).orElse(false));

        // Next step: an interview on the 26th.
        robot.interact(() -> robot.lookup("#sollicitaties-table").queryAs(TableView.class).getSelectionModel().select(0));
        fire(robot, "#sollicitatie-stap");
        waitUntil(() -> showing(robot, "#stap-dialog"));
        type(robot, "#stap-datum", "26-11-2026");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !showing(robot, "#stap-dialog"));
        waitUntil(() -> context.arbeidsmarkt().overzicht(id).sollicitaties().getFirst().status()
                == SollicitatieStatus.GESPREK);

        // A second interview dated before the first is refused in the dialog, which stays open.
        robot.interact(() -> robot.lookup("#sollicitaties-table").queryAs(TableView.class).getSelectionModel().select(0));
        fire(robot, "#sollicitatie-stap");
        waitUntil(() -> showing(robot, "#stap-dialog"));
        type(robot, "#stap-datum", "25-11-2026");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#stap-dialog #form-errors").tryQuery().map(javafx.scene.Node::isVisible)
                .orElse(false));
        assertTrue(robot.lookup("#stap-dialog #form-errors").queryAs(Label.class).getText()
                .contains("voor die van de vorige stap"));
        type(robot, "#stap-datum", "03-12-2026");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !showing(robot, "#stap-dialog"));
        waitUntil(() -> context.arbeidsmarkt().overzicht(id).sollicitaties().getFirst().status()
                == SollicitatieStatus.TWEEDE_GESPREK);
        assertEquals(LocalDate.of(2026, 12, 3),
                context.arbeidsmarkt().overzicht(id).sollicitaties().getFirst().stappen().getLast().datum());
        waitUntil(() -> robot.lookup("#trechter-tweede_gesprek").tryQuery()
                .map(n -> ((Label) n).getText().equals("1")).orElse(false));
    }

    @Test
    void aGroupSessionWithTwoParticipantsShowsInBothLogsAndIsEditedOnce(FxRobot robot) throws Exception {
        int cigdem = openDemoDossier(robot, "Çiğdem Yılmaz", "cigdem");
        int lukasz = context.dossiers().list().stream().filter(r -> r.naam().equals("Łukasz Żółć")).findFirst()
                .orElseThrow().trajectId();
        robot.clickOn("#tab-logboek .tab-label");
        waitUntil(() -> robot.lookup("#groep-nieuw").tryQuery().isPresent());
        fire(robot, "#groep-nieuw");
        waitUntil(() -> showing(robot, "#groep-dialog"));
        assertTrue(robot.lookup("#groep-deelnemer-" + cigdem).queryAs(CheckBox.class).isSelected(),
                "the dossier on screen takes part");
        type(robot, "#groep-titel", "Intervisie solliciteren");
        type(robot, "#groep-duur", "120");
        robot.interact(() -> robot.lookup("#groep-deelnemer-" + lukasz).queryAs(CheckBox.class).setSelected(true));
        type(robot, "#groep-minuten-" + lukasz, "60");
        fire(robot, "#groep-dialog #dialog-save");
        waitUntil(() -> !showing(robot, "#groep-dialog"));

        waitUntil(() -> context.contacten().logboek(lukasz).groepssessies().stream()
                .anyMatch(g -> g.sessie().titel().equals("Intervisie solliciteren")));
        var vanCigdem = context.contacten().logboek(cigdem).groepssessies().stream()
                .filter(g -> g.sessie().titel().equals("Intervisie solliciteren")).findFirst().orElseThrow();
        assertEquals(Groepssessie.Verdeling.GEDEELD, vanCigdem.sessie().verdeling());
        assertEquals(80, vanCigdem.declarabelMinuten(), "120 minutes shared by attendance 120:60");
        waitUntil(() -> tableHas(robot, "#contacten-table", "Intervisie solliciteren"));

        // In Łukasz's dossier it is in the log too; edited there, it changes for both.
        robot.clickOn("#nav-dossiers");
        robot.clickOn("#dossier-filter");
        robot.interact(() -> robot.lookup("#dossier-filter").queryAs(javafx.scene.control.TextField.class).clear());
        robot.write("lukasz");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#dossier-detail-naam").tryQuery()
                .map(n -> ((Label) n).getText().equals("Łukasz Żółć")).orElse(false));
        robot.clickOn("#tab-logboek .tab-label");
        waitUntil(() -> tableHas(robot, "#contacten-table", "Intervisie solliciteren"));
        int sessie = vanCigdem.sessie().id();
        Groepssessie s = context.contacten().groepssessie(sessie).orElseThrow();
        context.contacten().wijzigGroepssessie(new Groepssessie(s.id(), s.moment(), s.duurMinuten(), s.soort(),
                "Intervisie solliciteren en netwerken", s.locatie(), s.samenvatting(), Groepssessie.Verdeling.VOLLEDIG,
                true, s.deelnames()));
        assertEquals(120, context.contacten().logboek(cigdem).groepssessies().stream()
                .filter(g -> g.sessie().id() == sessie).findFirst().orElseThrow().declarabelMinuten());
        assertEquals("Intervisie solliciteren en netwerken", context.contacten().logboek(cigdem).groepssessies()
                .stream().filter(g -> g.sessie().id() == sessie).findFirst().orElseThrow().sessie().titel());
    }

    @Test
    void longTextIsKeptAsADraftWhileTypingAndComesBackAfterACrash(FxRobot robot) throws Exception {
        int id = openDemoDossier(robot, "Sanne Bakker", "sanne");
        String sleutel = "contact:nieuw:" + id;
        robot.press(KeyCode.CONTROL).press(KeyCode.L).release(KeyCode.L).release(KeyCode.CONTROL);
        waitUntil(() -> showing(robot, "#contact-dialog"));
        robot.clickOn("#contact-samenvatting");
        robot.write("Werknemer vertelt over haar week");
        // About a second after the last keystroke the draft is in the database, and the dialog says so.
        waitUntil(() -> context.kladden().lees(sleutel)
                .map(c -> "Werknemer vertelt over haar week".equals(c.velden().get("contact-samenvatting")))
                .orElse(false));
        waitUntil(() -> robot.lookup("#concept-status").queryAs(Label.class).getText().startsWith("Concept bewaard"));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !showing(robot, "#contact-dialog"));
        // Escape closes the form but keeps what the dialog said it kept (KladUiTest opens it again).
        assertTrue(context.kladden().lees(sleutel).isPresent());

        // As if the app had crashed while typing: the draft is there when the form opens again.
        context.kladden().bewaar(sleutel, Map.of("contact-samenvatting", "Tekst van voor de crash\nmet Zoë",
                "contact-duur", "45"));
        robot.press(KeyCode.CONTROL).press(KeyCode.L).release(KeyCode.L).release(KeyCode.CONTROL);
        waitUntil(() -> showing(robot, "#contact-dialog"));
        waitUntil(() -> "Tekst van voor de crash\nmet Zoë".equals(
                robot.lookup("#contact-samenvatting").queryAs(TextArea.class).getText()));
        assertEquals("45", robot.lookup("#contact-duur").queryAs(javafx.scene.control.TextField.class).getText());
        assertTrue(robot.lookup("#concept-status").queryAs(Label.class).getText().contains("teruggezet"));
        int before = context.contacten().logboek(id).contacten().size();
        fire(robot, "#contact-dialog #dialog-save");
        waitUntil(() -> !showing(robot, "#contact-dialog"));
        waitUntil(() -> context.contacten().logboek(id).contacten().size() == before + 1);
        assertEquals("Tekst van voor de crash\nmet Zoë", context.contacten().logboek(id).contacten().getFirst()
                .samenvatting());
        waitUntil(() -> context.kladden().lees(sleutel).isEmpty());
    }

    /**
     * Ctrl+L, text, Ctrl+Enter: the new row is in the logbook in the frame the form closes (not after
     * the dossier is read again), and the reload that follows keeps the table, so its scroll position and
     * selection stay (issue 21 item 10: a new 500-row table was styled anew after every save).
     */
    @Test
    void aSavedContactIsInTheLogbookAsTheFormClosesAndTheReloadKeepsTheTable(FxRobot robot) throws Exception {
        int id = openDemoDossier(robot, "Sanne Bakker", "sanne");
        robot.press(KeyCode.CONTROL).press(KeyCode.L).release(KeyCode.L).release(KeyCode.CONTROL);
        waitUntil(() -> showing(robot, "#contact-dialog"));
        javafx.scene.control.TableView<?> tabel = Fx.op(() ->
                robot.lookup("#contacten-table").queryAs(javafx.scene.control.TableView.class));
        int rijen = Fx.op(() -> tabel.getItems().size());
        robot.write("Vacatures besproken met Sanne");
        int[] bijSluiten = {-1};
        // Read in the same event as the dialog's window goes away, before any later frame.
        robot.interact(() -> robot.lookup("#contact-dialog").query().getScene().getWindow()
                .addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> javafx.application.Platform.runLater(
                        () -> bijSluiten[0] = tabel.getItems().size())));
        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitUntil(() -> !showing(robot, "#contact-dialog"));
        waitUntil(() -> bijSluiten[0] >= 0);
        assertEquals(rijen + 1, bijSluiten[0], "the row is there as the form closes");
        // The dossier is read again behind it (hours, signals): the row stays, in the same table.
        waitUntil(() -> context.contacten().logboek(id).contacten().size() == rijen + 1);
        Thread.sleep(500);
        assertTrue(Fx.op(() -> robot.lookup("#contacten-table").query() == tabel),
                "the same table after the reload");
        assertEquals(rijen + 1, (int) Fx.op(() -> tabel.getItems().size()),
                "the saved row once, not twice, after the reload");
    }

    @Test
    void aWerkervaringsplekWithItsOpbouwschemaRealisedHoursAndAnEvaluation(FxRobot robot) throws Exception {
        int id = openDemoDossier(robot, "Sanne Bakker", "sanne");
        robot.clickOn("#tab-arbeidsmarkt .tab-label");
        robot.clickOn("#tab-werkervaring .tab-label");
        waitUntil(() -> robot.lookup("#wep-nieuw").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        fire(robot, "#wep-nieuw");
        waitUntil(() -> showing(robot, "#wep-dialog"));
        type(robot, "#wep-organisatie", "Kringloop Eemland");
        type(robot, "#wep-functie", "Winkelmedewerker");
        type(robot, "#wep-start", "02-11-2026");
        type(robot, "#wep-eind", "01-11-2026");
        fire(robot, "#wep-dialog #dialog-save");
        waitUntil(() -> robot.lookup("#wep-dialog #form-errors").tryQuery().map(javafx.scene.Node::isVisible)
                .orElse(false));
        assertTrue(showing(robot, "#wep-dialog"), "an end before the start is refused");
        type(robot, "#wep-eind", "01-03-2027");
        fire(robot, "#wep-dialog #dialog-save");
        waitUntil(() -> !showing(robot, "#wep-dialog"));
        waitUntil(() -> context.werkervaring().plekken(id).size() == 1);
        int plek = context.werkervaring().plekken(id).getFirst().id();

        waitUntil(() -> robot.lookup("#wep-uren-" + plek).tryQuery().isPresent());
        fire(robot, "#wep-uren-" + plek);
        waitUntil(() -> showing(robot, "#uren-dialog"));
        fire(robot, "#opbouw-vul");
        waitUntil(() -> "4".equals(robot.lookup("#week-0-gepland").queryAs(javafx.scene.control.TextField.class).getText()));
        type(robot, "#week-0-gerealiseerd", "3,5");
        fire(robot, "#uren-dialog #dialog-save");
        waitUntil(() -> !showing(robot, "#uren-dialog"));
        waitUntil(() -> !context.werkervaring().plekken(id).getFirst().weken().isEmpty());
        var weken = context.werkervaring().plekken(id).getFirst().weken();
        assertEquals(new Werkervaringsplek.Week(LocalDate.of(2026, 11, 2), 240, 210),
                weken.getFirst());
        assertEquals(16 * 60, weken.getLast().geplandMinuten(), "the schedule builds up to 16 hours");

        waitUntil(() -> robot.lookup("#wep-evaluatie-" + plek).tryQuery().isPresent());
        fire(robot, "#wep-evaluatie-" + plek);
        waitUntil(() -> showing(robot, "#evaluatie-dialog"));
        robot.interact(() -> robot.lookup("#evaluatie-bevindingen").queryAs(TextArea.class)
                .setText("Goede start; klanten reageren positief."));
        fire(robot, "#evaluatie-dialog #dialog-save");
        waitUntil(() -> !showing(robot, "#evaluatie-dialog"));
        waitUntil(() -> context.werkervaring().plekken(id).getFirst().evaluaties().size() == 1);
        waitUntil(() -> robot.lookup("#wep-grafiek-" + plek).tryQuery().isPresent());
    }
}
