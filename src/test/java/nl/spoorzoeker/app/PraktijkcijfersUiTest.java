package nl.spoorzoeker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.chart.BarChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.uitkomst.Cijfertekst;
import nl.spoorzoeker.uitkomst.Suppressie;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The practice figures in the window on a generated practice of ten years (370 closed trajecten
 * with outcomes and scales): all years, then one year where small outcomes hide behind "< 5"; the
 * chart shows only what the table shows. Screenshots go to target/screenshots/ to be looked at.
 */
class PraktijkcijfersUiTest extends WindowTestBase {

    /** Made once, before the window's setup (whose time limit the generation would not fit in). */
    @org.junit.jupiter.api.io.TempDir
    static java.nio.file.Path praktijk;

    @org.junit.jupiter.api.BeforeAll
    static void maak() throws Exception {
        nl.spoorzoeker.bench.Cijferpraktijk.maak(praktijk, 400, CLOCK);
    }

    @org.testfx.framework.junit5.Start
    @Override
    void start(javafx.stage.Stage stage) throws Exception {
        nl.spoorzoeker.ui.ErrorReporter.setDialogsEnabled(false);
        dir = praktijk;
        openWindow(stage);
        stage.setWidth(1366);
        stage.setHeight(860);
    }

    @Test
    void allYearsThenOneYearWithSmallOutcomesHidden(FxRobot robot) throws Exception {
        robot.clickOn("#nav-praktijkcijfers");
        @SuppressWarnings("unchecked")
        TableView<Suppressie.Rij> tabel = robot.lookup("#praktijkcijfers-table").queryAs(TableView.class);
        waitUntil(() -> !tabel.getItems().isEmpty());
        Suppressie.Rij totaal = tabel.getItems().getLast();
        assertNull(totaal.regel().soort());
        assertEquals(370, totaal.regel().aantal(), "every closed traject, none running");
        assertFalse(totaal.verborgen());
        @SuppressWarnings("unchecked")
        ComboBox<Integer> jaar = robot.lookup("#praktijkcijfers-jaar").queryAs(ComboBox.class);
        assertNull(jaar.getValue(), "all years first");
        assertNull(jaar.getItems().getFirst());
        assertTrue(jaar.getItems().size() >= 10, jaar.getItems().toString());
        @SuppressWarnings("unchecked")
        BarChart<Number, String> grafiek = robot.lookup("#praktijkcijfers-grafiek").queryAs(BarChart.class);
        assertEquals(tabel.getItems().stream().filter(r -> r.regel().soort() != null && !r.verborgen()).count(),
                grafiek.getData().getFirst().getData().size());
        bewaarBeeld(robot, "praktijkcijfers-alle-jaren.png");

        // A year with few closed trajecten: some outcomes below five, hidden with a complement.
        robot.interact(() -> jaar.setValue(jaar.getItems().get(4)));
        waitUntil(() -> tabel.getItems().stream().anyMatch(Suppressie.Rij::verborgen));
        List<Suppressie.Rij> verborgen = tabel.getItems().stream().filter(Suppressie.Rij::verborgen).toList();
        assertTrue(verborgen.size() >= 2, "one hidden row never stands alone");
        assertTrue(verborgen.stream().allMatch(r -> Cijfertekst.cel(r, Suppressie.Kolom.DUUR).equals("< 5")));
        assertEquals(tabel.getItems().stream().filter(r -> r.regel().soort() != null && !r.verborgen()).count(),
                grafiek.getData().getFirst().getData().size(), "a hidden outcome has no bar");
        assertTrue(robot.lookup("#praktijkcijfers-niet-in-grafiek").queryAs(javafx.scene.control.Label.class).getText()
                .startsWith(I18n.t("praktijkcijfers.nietInGrafiek", "").substring(0, 10)));
        bewaarBeeld(robot, "praktijkcijfers-jaar.png");
    }

    private static void bewaarBeeld(FxRobot robot, String naam) {
        java.nio.file.Path beeld = java.nio.file.Path.of("target", "screenshots", naam);
        robot.interact(() -> {
            try {
                java.nio.file.Files.createDirectories(beeld.getParent());
                var snapshot = robot.lookup("#praktijkcijfers").query().getScene().getRoot().snapshot(null, null);
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(snapshot, null), "png",
                        beeld.toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
