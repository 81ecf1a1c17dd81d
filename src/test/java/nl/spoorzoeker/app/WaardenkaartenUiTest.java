package nl.spoorzoeker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import nl.spoorzoeker.instrument.Instrumentsoort;
import nl.spoorzoeker.instrument.Waardenkaarten;
import nl.spoorzoeker.instrument.Waardensortering;
import nl.spoorzoeker.instrument.Waardensortering.Stapel;
import nl.spoorzoeker.testsupport.Fx;
import nl.spoorzoeker.testsupport.TestDossiers;
import nl.spoorzoeker.ui.DossierTab;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Issue 19 item 2: the values card sort done with the keyboard only — every card laid on a pile
 * with 1, 2, 3, a card moved between piles, the top 5 chosen with T and put in order with Alt+arrow
 * — saved as it goes, then written into the persoonsprofiel; the window fits a 1366×768 screen.
 */
class WaardenkaartenUiTest extends WindowTestBase {

    static final Path SCHERMEN = Path.of("target", "waardenkaarten");

    @Start
    @Override
    void start(Stage stage) throws Exception {
        super.start(stage);
    }

    @Test
    void aWerknemerSortsEveryCardChoosesATopFiveAndPutsItInTheProfileWithTheKeyboard(FxRobot robot) throws Exception {
        int id = TestDossiers.create(context.database(), "Zoë de Vries-Müller");
        robot.interact(() -> window.openDossier(id, DossierTab.INSTRUMENTEN));
        waitUntil(() -> showing(robot, "#waarden-start"));
        foto(robot, "#waarden-start", "1-instrumenten-tab.png");
        Platform.runLater(() -> robot.lookup("#waarden-start").queryAs(ButtonBase.class).fire());
        waitUntil(() -> showing(robot, "#waarden-venster"));
        double[] maat = Fx.op(() -> {
            var s = robot.lookup("#waarden-venster").query().getScene();
            return new double[] {s.getWidth(), s.getHeight()};
        });
        assertTrue(maat[0] <= 1366 && maat[1] <= 720, "fits a 1366×768 screen with its task bar: " + maat[0] + "×" + maat[1]);
        robot.clickOn("#waarden-kaart");

        List<Waardenkaarten.Kaart> kaarten = Waardenkaarten.alle();
        assertEquals(kaarten.getFirst().naamNl(), tekst(robot, "#waarden-kaart"));
        // Six very important, four important, the rest less important.
        for (int i = 0; i < kaarten.size(); i++) {
            robot.type(i < 6 ? KeyCode.DIGIT1 : i < 10 ? KeyCode.DIGIT2 : KeyCode.DIGIT3);
        }
        assertEquals("Kies nu uw top 5", tekst(robot, "#waarden-kaart"));
        foto(robot, "#waarden-venster", "2-gesorteerd.png");

        // In the important pile: the first card moved to very important with 1.
        robot.clickOn(lijst(robot, "BELANGRIJK").lookup(".list-cell"));
        robot.type(KeyCode.DIGIT1);
        waitUntil(() -> Fx.op(() -> lijst(robot, "HEEL_BELANGRIJK").getItems().size() == 7));

        // The top 5: the first five of the very-important pile with T, a sixth refused.
        ListView<String> heel = lijst(robot, "HEEL_BELANGRIJK");
        robot.clickOn(heel.lookup(".list-cell"));
        for (int i = 0; i < 6; i++) {
            robot.type(KeyCode.T);
            robot.type(KeyCode.DOWN);
        }
        assertEquals("De top 5 is vol. Haal eerst een kaart uit de top 5.", tekst(robot, "#waarden-melding"));
        ListView<String> top = lijst(robot, "top");
        List<String> eerst = Fx.op(() -> List.copyOf(top.getItems()));
        assertEquals(Fx.op(() -> List.copyOf(heel.getItems()).subList(0, 5)), eerst);
        // The fifth one up to fourth place.
        robot.clickOn(top.lookup(".list-cell"));
        for (int i = 0; i < 4; i++) {
            robot.type(KeyCode.DOWN);
        }
        robot.press(KeyCode.ALT).type(KeyCode.UP).release(KeyCode.ALT);
        List<String> verwacht = List.of(eerst.get(0), eerst.get(1), eerst.get(2), eerst.get(4), eerst.get(3));
        waitUntil(() -> Fx.op(() -> top.getItems().equals(verwacht)));

        // Saved as it went: the stored sitting is what the screen shows.
        waitUntil(() -> context.waarden().sorteringen(id).size() == 1
                && context.waarden().sorteringen(id).getFirst().top().equals(verwacht));
        Waardensortering bewaard = context.waarden().sorteringen(id).getFirst();
        assertEquals(kaarten.size(), bewaard.stapels().size(), "every card on a pile");
        assertEquals(7, bewaard.op(Stapel.HEEL_BELANGRIJK).size());
        assertEquals(3, bewaard.op(Stapel.BELANGRIJK).size());
        foto(robot, "#waarden-venster", "3-top5.png");

        robot.clickOn("#waarden-profiel");
        waitUntil(() -> tekst(robot, "#waarden-melding").startsWith("De top 5 staat nu in het persoonsprofiel"));
        var pp = context.profielen().profielen(id).persoonsprofielen().getFirst();
        assertEquals("WAARDENKAART", pp.instrument());
        assertTrue(pp.waarden().startsWith("1. " + Waardenkaarten.naam(verwacht.getFirst(), java.util.Locale.of("nl"))),
                pp.waarden());
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !showing(robot, "#waarden-venster"));

        // Back on the tab: the sitting with its top, and the report choice stored when unticked.
        waitUntil(() -> showing(robot, "#waarden-open-" + bewaard.id()));
        // Far down the tab (the coach scrolls there): fired as a click would.
        Platform.runLater(() -> robot.lookup("#instrumenten-rapport-KERNKWADRANTEN").queryAs(ButtonBase.class).fire());
        waitUntil(() -> showing(robot, "#waarden-open-" + bewaard.id()));
        Fx.op(() -> {
            // The whole tab, below the fold too.
            ImageIO.write(SwingFXUtils.fromFXImage(robot.lookup("#instrumenten-pane").query().snapshot(null, null),
                    null), "png", SCHERMEN.resolve("4-instrumenten-tab-heel.png").toFile());
            return null;
        });
        waitUntil(() -> context.waarden().weggelaten(id).equals(java.util.Set.of(Instrumentsoort.KERNKWADRANTEN)));
    }

    /**
     * Issue 19 item 2, "results as a chart": the latest top 5 (not an earlier one) as a ladder of
     * bars on the tab, the first on top and longest, named in the reader's language.
     */
    @Test
    void theLatestTopFiveIsShownAsARankedChart(FxRobot robot) throws Exception {
        int id = TestDossiers.create(context.database(), "Zoë de Vries-Müller");
        List<Waardenkaarten.Kaart> kaarten = Waardenkaarten.alle();
        java.time.LocalDate vandaag = java.time.LocalDate.now(CLOCK);
        context.waarden().bewaar(id, sortering(vandaag.minusDays(7), kaarten.subList(0, 5)));
        List<Waardenkaarten.Kaart> laatste = List.of(kaarten.get(9), kaarten.get(3), kaarten.get(7), kaarten.get(1),
                kaarten.get(5));
        context.waarden().bewaar(id, sortering(vandaag.minusDays(1), laatste));
        robot.interact(() -> window.openDossier(id, DossierTab.INSTRUMENTEN));
        waitUntil(() -> showing(robot, "#waarden-grafiek"));
        @SuppressWarnings("unchecked")
        javafx.scene.chart.BarChart<Number, String> chart = robot.lookup("#waarden-grafiek")
                .queryAs(javafx.scene.chart.BarChart.class);
        // Read from the top down: the category axis runs upwards.
        List<String> vanBoven = Fx.op(() -> List.copyOf(((javafx.scene.chart.CategoryAxis) chart.getYAxis())
                .getCategories()).reversed());
        List<String> verwacht = new java.util.ArrayList<>();
        for (int i = 0; i < laatste.size(); i++) {
            verwacht.add((i + 1) + ". " + laatste.get(i).naamNl());
        }
        assertEquals(verwacht, vanBoven);
        java.util.Map<String, Number> lengte = Fx.op(() -> chart.getData().getFirst().getData().stream().collect(
                java.util.stream.Collectors.toMap(javafx.scene.chart.XYChart.Data::getYValue,
                        javafx.scene.chart.XYChart.Data::getXValue)));
        for (int i = 1; i < verwacht.size(); i++) {
            assertTrue(lengte.get(verwacht.get(i - 1)).doubleValue() > lengte.get(verwacht.get(i)).doubleValue(),
                    "place " + i + " longer than place " + (i + 1) + ": " + lengte);
        }
        assertEquals("Top 5 van 23-11-2026", Fx.op(() -> ((Labeled) chart.getParent().getChildrenUnmodifiable()
                .get(chart.getParent().getChildrenUnmodifiable().indexOf(chart) - 1)).getText()));
        DrijfverenUiTest.inBeeld(robot, "#waarden-grafiek");
        foto(robot, "#waarden-grafiek", "5-top5-grafiek.png");
    }

    private static Waardensortering sortering(java.time.LocalDate datum, List<Waardenkaarten.Kaart> top) {
        Waardensortering w = Waardensortering.nieuw(datum);
        for (Waardenkaarten.Kaart k : Waardenkaarten.alle()) {
            w = w.leg(k.code(), top.contains(k) ? Stapel.HEEL_BELANGRIJK : Stapel.BELANGRIJK);
        }
        for (Waardenkaarten.Kaart k : top) {
            w = w.wisselTop(k.code());
        }
        return w;
    }

    @SuppressWarnings("unchecked")
    private static ListView<String> lijst(FxRobot robot, String naam) {
        return robot.lookup("#waarden-lijst-" + naam).queryAs(ListView.class);
    }

    private static String tekst(FxRobot robot, String query) {
        return Fx.op(() -> robot.lookup(query).queryAs(Labeled.class).getText());
    }

    private static void foto(FxRobot robot, String query, String naam) throws Exception {
        Files.createDirectories(SCHERMEN);
        Fx.op(() -> {
            ImageIO.write(SwingFXUtils.fromFXImage(robot.lookup(query).query().getScene().getRoot().snapshot(null, null),
                    null), "png", SCHERMEN.resolve(naam).toFile());
            return null;
        });
    }
}
