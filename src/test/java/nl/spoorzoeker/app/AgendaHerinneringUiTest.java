package nl.spoorzoeker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import javafx.scene.control.ComboBox;
import nl.spoorzoeker.testsupport.Fx;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Issue 18, reminders as the coach chooses: the choice on the Agenda screen is the practice's setting that every .ics
 * export uses (IcsTweeParsersTest reads the alarm), kept across a visit elsewhere, said in the coach's words.
 */
@Tag("ui")
class AgendaHerinneringUiTest extends WindowTestBase {

    @Start
    @Override
    void start(javafx.stage.Stage stage) throws Exception {
        super.start(stage);
    }

    @Test
    void theReminderChosenOnTheAgendaIsKeptForEveryExport(FxRobot robot) throws Exception {
        robot.clickOn("#nav-agenda");
        waitUntil(() -> showing(robot, "#agenda-herinnering"));
        @SuppressWarnings("unchecked")
        ComboBox<Integer> keuze = robot.lookup("#agenda-herinnering").queryAs(ComboBox.class);
        assertEquals("Geen herinnering", Fx.op(() -> keuze.getConverter().toString(keuze.getValue())));
        assertEquals("Herinnering 1 dag vooraf", Fx.op(() -> keuze.getConverter().toString(24 * 60)));
        assertEquals("Herinnering 15 min vooraf", Fx.op(() -> keuze.getConverter().toString(15)));
        robot.interact(() -> keuze.setValue(60));
        waitUntil(() -> context.afspraken().herinnering().equals(Optional.of(60)));

        robot.clickOn("#nav-dossiers");
        robot.clickOn("#nav-agenda");
        waitUntil(() -> Integer.valueOf(60).equals(Fx.op(keuze::getValue)));
        robot.interact(() -> keuze.setValue(null));
        waitUntil(() -> context.afspraken().herinnering().isEmpty());
        // The button names the null choice too (JavaFX hands it over as an empty cell).
        assertEquals("Geen herinnering", Fx.op(() -> ((javafx.scene.control.ListCell<?>) keuze.getButtonCell()).getText()));
    }
}
