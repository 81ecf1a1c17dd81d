package nl.spoorzoeker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import nl.spoorzoeker.agenda.Afspraak;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Appointments on the real window: planned in the dossier, seen in the agenda, exported and read back. */
@Tag("ui")
class AgendaUiTest extends WindowTestBase {

    @org.testfx.framework.junit5.Start
    @Override
    void start(javafx.stage.Stage stage) throws Exception {
        super.start(stage);
    }

    @Test
    void planInTheDossierSeeItInTheAgendaAndExportAnIcsThatParsesBack(FxRobot robot) throws Exception {
        int id = openDemoDossier(robot, "Sanne Bakker", "sanne");
        waitUntil(() -> robot.lookup("#afspraak-nieuw").tryQuery().isPresent());
        Platform.runLater(() -> robot.lookup("#afspraak-nieuw").queryAs(Button.class).fire());
        waitUntil(() -> showing(robot, "#afspraak-dialog"));
        type(robot, "#afspraak-datum", "02-12-2026");
        type(robot, "#afspraak-tijd", "14:00");
        type(robot, "#afspraak-onderwerp", "Intake werkervaringsplek");
        type(robot, "#afspraak-locatie", "Kringloop Eemland, Amersfoort");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !showing(robot, "#afspraak-dialog"));
        waitUntil(() -> context.afspraken().vanDossier(id).stream()
                .anyMatch(a -> a.onderwerp().equals("Intake werkervaringsplek")));
        Afspraak afspraak = context.afspraken().vanDossier(id).stream()
                .filter(a -> a.onderwerp().equals("Intake werkervaringsplek")).findFirst().orElseThrow();
        assertEquals(LocalDateTime.of(2026, 12, 2, 14, 0), afspraak.begin());
        assertEquals(60, afspraak.duurMinuten(), "an hour unless the coach says otherwise");

        // The agenda opens on this week; the appointment is next week.
        robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT3).release(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#agenda-weekraster").tryQuery().isPresent());
        assertTrue(robot.lookup("#agenda-afspraak-" + afspraak.id()).tryQuery().isEmpty());
        Platform.runLater(() -> robot.lookup("#agenda-volgende").queryAs(Button.class).fire());
        waitUntil(() -> robot.lookup("#agenda-afspraak-" + afspraak.id()).tryQuery().isPresent());
        Platform.runLater(() -> robot.lookup("#agenda-maand").queryAs(javafx.scene.control.ToggleButton.class).fire());
        waitUntil(() -> robot.lookup("#agenda-cel-2026-12-02").tryQuery().isPresent());

        Path bestand = dir.resolve("afspraken.ics");
        robot.interact(() -> window.agenda().exporteerKomendeNaar(bestand));
        waitUntil(() -> Files.exists(bestand));
        var calendar = new CalendarBuilder().build(new StringReader(Files.readString(bestand)));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(context.afspraken().komende().size(), events.size());
        VEvent event = events.stream().filter(e -> e.getSummary().getValue().equals("Intake werkervaringsplek (S.B.)"))
                .findFirst().orElseThrow();
        assertEquals(afspraak.uid(), event.getUid().orElseThrow().getValue());
        assertEquals("Kringloop Eemland, Amersfoort", event.getProperty("LOCATION").orElseThrow().getValue());
    }
}
