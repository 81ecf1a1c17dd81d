package nl.spoorzoeker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import nl.spoorzoeker.testsupport.Fx;
import nl.spoorzoeker.tijdlijn.MijlpaalSoort;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import nl.spoorzoeker.tijdlijn.Mijlpaal;

/**
 * Who is responsible, on the real window: every milestone has a party — coach, werkgever,
 * bedrijfsarts, werknemer (or both of them) or UWV — shown by name, and Vandaag's "signaleren"
 * filter offers every party but the coach, UWV included.
 */
@Tag("ui")
class VerantwoordelijkeUiTest extends WindowTestBase {

    @org.testfx.framework.junit5.Start
    @Override
    void start(Stage stage) throws Exception {
        super.start(stage);
    }

    @Test
    void uwvIsAPartyInVandaagsFilterAndOnTheTimeline(FxRobot robot) throws Exception {
        int id = openDemoDossier(robot, "Sanne Bakker", "sanne");
        // The timeline names UWV as the party of the end of the wachttijd, not a dash.
        robot.clickOn("#tab-tijdlijn .tab-label");
        waitUntil(() -> robot.lookup("#mijlpalen-table").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<Object> tabel = robot.lookup("#mijlpalen-table").queryAs(TableView.class);
        String wie = Fx.op(() -> {
            int rij = -1;
            for (int i = 0; i < tabel.getItems().size(); i++) {
                if (tabel.getItems().get(i) instanceof Mijlpaal m
                        && m.soort() == MijlpaalSoort.EINDE_WACHTTIJD) {
                    rij = i;
                }
            }
            assertTrue(rij >= 0, "the end of the wachttijd is on the timeline of dossier " + id);
            int r = rij;
            return tabel.getColumns().stream().map(c -> String.valueOf(c.getCellData(r))).filter("UWV"::equals)
                    .findFirst().orElse(null);
        });
        assertEquals("UWV", wie);

        robot.clickOn("#nav-vandaag");
        waitUntil(() -> robot.lookup("#vandaag-signaleren-filter").tryQuery().map(Node::isVisible).orElse(false));
        @SuppressWarnings("unchecked")
        ComboBox<MijlpaalSoort.Actor> filter = robot.lookup("#vandaag-signaleren-filter").queryAs(ComboBox.class);
        List<String> keuzes = Fx.op(() -> filter.getItems().stream().map(a -> filter.getConverter().toString(a)).toList());
        assertEquals(List.of("iedereen", "bedrijfsarts", "werkgever", "werknemer", "werkgever en werknemer", "UWV",
                "UWV en werknemer"), keuzes);
        robot.interact(() -> filter.setValue(MijlpaalSoort.Actor.UWV));
        waitUntil(() -> Fx.op(() -> robot.lookup("#vandaag-signaleren").query() instanceof javafx.scene.layout.VBox v
                && v.getChildren().isEmpty()));
    }
}
