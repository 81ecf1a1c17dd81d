package nl.spoorzoeker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import nl.spoorzoeker.tijdlijn.Mijlpaal;
import nl.spoorzoeker.tijdlijn.MijlpaalSoort;
import nl.spoorzoeker.tijdlijn.MijlpaalStatus;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Issue 21 item 1 in the window: a new dossier for a werknemer in week 61 whose spoor 2 started
 * late. Saving it opens the takeover step by itself; "all unknown" plus one known date clears every
 * "te laat" before the assignment; the late start gets its documented exception on the timeline.
 * No date of the dossier is changed on the way.
 */
@Tag("ui")
class OvernameUiTest extends WindowTestBase {

    static final LocalDate E = LocalDate.of(2025, 9, 16);

    @org.testfx.framework.junit5.Start
    @Override
    void start(javafx.stage.Stage stage) throws Exception {
        super.start(stage);
        stage.setWidth(1366);
        stage.setHeight(768);
    }

    @Test
    void aCaseTakenOnInWeek61GoesThroughTheTakeoverAndItsLateStartGetsItsException(FxRobot robot) throws Exception {
        robot.clickOn("#nav-dossiers");
        robot.clickOn("#dossier-new");
        waitUntil(() -> showing(robot, "#dossier-dialog"));
        type(robot, "#werknemer-naam", "Çiğdem Yılmaz-Łukasz");
        type(robot, "#traject-eerste-ziektedag", "16-09-2025");
        type(robot, "#traject-opdrachtdatum", "10-11-2026");
        type(robot, "#traject-startdatum", "12-11-2026");
        robot.clickOn("#dossier-new-werkgever");
        waitUntil(() -> showing(robot, "#werkgever-dialog"));
        type(robot, "#werkgever-naam", "Bouwbedrijf Noord");
        robot.clickOn("#werkgever-dialog #dialog-save");
        waitUntil(() -> !showing(robot, "#werkgever-dialog")
                && robot.lookup("#dossier-werkgever").queryAs(ComboBox.class).getValue() != null);
        robot.clickOn("#dossier-dialog #dialog-save");
        waitUntil(() -> !showing(robot, "#dossier-dialog"));

        // The takeover step opens by itself, the first date field focused.
        waitUntil(() -> showing(robot, "#overname-dialog"));
        waitUntil(() -> robot.lookup("#overname-datum-probleemanalyse").query().isFocused());
        cursorInVeld("#overname-dialog");
        bewaarBeeld(robot, "#overname-dialog", "overname-dialog.png");
        robot.clickOn("#overname-alles-onbekend");
        type(robot, "#overname-datum-plan-van-aanpak", "09-11-2025");
        robot.clickOn("#overname-save");
        waitUntil(() -> !showing(robot, "#overname-dialog"));

        int id = context.dossiers().list().getFirst().trajectId();
        waitUntil(() -> context.tijdlijn().tijdlijn(id).overname().voorOpdracht().contains(MijlpaalSoort.PROBLEEMANALYSE));
        var mijlpalen = context.tijdlijn().mijlpalen(id);
        assertEquals(LocalDate.of(2025, 11, 9), mijlpalen.stream().filter(m -> m.soort() == MijlpaalSoort.PLAN_VAN_AANPAK)
                .findFirst().orElseThrow().gedaanOp());
        assertTrue(mijlpalen.stream().noneMatch(m -> m.status() == MijlpaalStatus.TE_LAAT
                && m.deadline().isBefore(LocalDate.of(2026, 11, 10))), mijlpalen.toString());

        // The late start: shown late, with the way to record its exception.
        @SuppressWarnings("unchecked")
        TableView<Mijlpaal> table = robot.lookup("#mijlpalen-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().stream().anyMatch(m -> m.status() == MijlpaalStatus.VOOR_OPDRACHT));
        Mijlpaal start = table.getItems().stream().filter(m -> m.soort() == MijlpaalSoort.START_SPOOR_2).findFirst().orElseThrow();
        assertTrue(start.teLaatGedaan());
        robot.interact(() -> table.scrollTo(start));
        var knop = robot.lookup("#tijdlijn-uitzondering").queryAs(javafx.scene.control.Button.class);
        javafx.application.Platform.runLater(knop::fire);
        waitUntil(() -> showing(robot, "#uitzondering-dialog"));
        waitUntil(() -> robot.lookup("#uitzondering-reden").query().isFocused()); // the first field has focus
        robot.clickOn("#uitzondering-save");
        assertTrue(showing(robot, "#uitzondering-dialog"), "a reason is required");
        robot.clickOn("#uitzondering-reden").write("Volgens de bedrijfsarts was deelname tot 1 november niet mogelijk.");
        robot.clickOn("#uitzondering-document").write("Verklaring bedrijfsarts");
        type(robot, "#uitzondering-datum", "20-10-2026");
        bewaarBeeld(robot, "#uitzondering-dialog", "uitzondering-dialog.png");
        robot.clickOn("#uitzondering-save");
        waitUntil(() -> !showing(robot, "#uitzondering-dialog"));
        waitUntil(() -> context.tijdlijn().tijdlijn(id).uitzondering() != null);
        assertEquals(LocalDate.of(2026, 10, 20), context.tijdlijn().tijdlijn(id).uitzondering().documentdatum());
        var traject = context.dossiers().find(id).orElseThrow().traject();
        assertEquals(LocalDate.of(2026, 11, 12), traject.startdatum(), "the start date was not touched");
        assertEquals(E, traject.eersteZiektedag());
        waitUntil(() -> robot.lookup("#mijlpalen-table").tryQuery().isPresent());
        bewaarBeeld(robot, "#mijlpalen-table", "tijdlijn-overname.png");
    }

    /** A picture of the window that holds {@code query}, for a person to look at (target/, not committed). */
    static void bewaarBeeld(FxRobot robot, String query, String naam) {
        Path beeld = Path.of("target", "screenshots", naam);
        robot.interact(() -> {
            try {
                Files.createDirectories(beeld.getParent());
                var snapshot = robot.lookup(query).query().getScene().getRoot().snapshot(null, null);
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(snapshot, null), "png", beeld.toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
