package nl.spoorzoeker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import nl.spoorzoeker.help.ui.Sneltoets;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.tijdlijn.Gebeurtenissen;
import nl.spoorzoeker.tijdlijn.KlokInstellingen;
import nl.spoorzoeker.tijdlijn.Mijlpaal;
import nl.spoorzoeker.tijdlijn.MijlpaalSoort;
import nl.spoorzoeker.tijdlijn.Poortwachter;
import nl.spoorzoeker.tijdlijn.Verzuimklok;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import nl.spoorzoeker.help.Licenties;
import nl.spoorzoeker.testsupport.Fx;
import nl.spoorzoeker.ui.I18n;

/** Help › De Poortwachter in het kort and Help › Sneltoetsen, on the real window. */
@Tag("ui")
class HulpUiTest extends WindowTestBase {

    @org.testfx.framework.junit5.Start
    @Override
    void start(javafx.stage.Stage stage) throws Exception {
        super.start(stage);
    }

    @Test
    void everyShortcutInTheOverviewIsWiredToTheWindow(FxRobot robot) throws Exception {
        javafx.scene.Scene scene = window.shell().getScene();
        Set<KeyCombination> wired = Fx.op(() -> {
            Set<KeyCombination> s = new java.util.HashSet<>(scene.getAccelerators().keySet());
            MenuBar bar = (MenuBar) scene.lookup(".menu-bar");
            for (Menu menu : bar.getMenus()) {
                for (MenuItem item : menu.getItems()) {
                    if (item.getAccelerator() != null) {
                        s.add(item.getAccelerator());
                    }
                }
            }
            return s;
        });
        for (Sneltoets toets : Sneltoets.values()) {
            assertTrue(wired.contains(toets.combinatie()), toets + " is listed but does nothing");
        }
        assertEquals(Sneltoets.values().length, Set.of(Sneltoets.values()).stream().map(Sneltoets::combinatie)
                .collect(Collectors.toSet()).size(), "no two shortcuts share keys");

        robot.press(KeyCode.CONTROL).press(KeyCode.SLASH).release(KeyCode.SLASH).release(KeyCode.CONTROL);
        waitUntil(() -> showing(robot, "#sneltoetsen"));
        List<String> teksten = Fx.op(() -> robot.lookup("#sneltoetsen").queryAll().iterator().next()
                .lookupAll(".label").stream().map(n -> ((Label) n).getText()).toList());
        for (Sneltoets toets : Sneltoets.values()) {
            assertTrue(teksten.contains(toets.toets()), "overview shows " + toets.toets());
        }
        assertTrue(teksten.contains("Nieuw contactmoment in het dossier op het scherm"));
        assertFalse(teksten.stream().anyMatch(t -> t.startsWith("!")), "no missing keys: " + teksten);

        // Escape closes it; asking again opens one window, not two.
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !showing(robot, "#sneltoetsen"));
    }

    @Test
    void f1ExplainsThePoortwachterWithTheDatesOfTheRealRules(FxRobot robot) throws Exception {
        robot.type(KeyCode.F1);
        waitUntil(() -> showing(robot, "#poortwachter-uitleg"));
        robot.interact(() -> robot.lookup("#uitleg-eerste-ziektedag").queryAs(javafx.scene.control.TextField.class).clear());
        robot.clickOn("#uitleg-eerste-ziektedag").write("6-1-2025");
        waitUntil(() -> rijMet(robot, "Eerstejaarsevaluatie").contains("04-01-2026"));
        // The example of domain.md §1.2: E = 6 January 2025.
        assertTrue(rijMet(robot, "Probleemanalyse").containsAll(List.of("6", "16-02-2025")), rijMet(robot, "Probleemanalyse").toString());
        assertTrue(rijMet(robot, "WIA-aanvraag").containsAll(List.of("93", "18-10-2026")));
        assertTrue(rijMet(robot, "Einde wachttijd (104 weken)").contains("03-01-2027"));
        List<Mijlpaal> verwacht = Poortwachter.mijlpalen(Verzuimklok.vanaf(LocalDate.of(2025, 1, 6)), null,
                Gebeurtenissen.GEEN, KlokInstellingen.STANDAARD, LocalDate.of(2025, 1, 6));
        for (Mijlpaal m : verwacht) {
            assertTrue(rijMet(robot, naam(m.soort())).contains(DateInput.format(m.deadline())), m.toString());
        }

        // A malformed date says so and keeps the last table.
        robot.write("x");
        waitUntil(() -> labels(robot, "#poortwachter-uitleg").contains("Geen datum: typ dag-maand-jaar, bijvoorbeeld 06-01-2025."));
        assertTrue(rijMet(robot, "WIA-aanvraag").contains("18-10-2026"));
        assertTrue(labels(robot, "#poortwachter-uitleg").stream().anyMatch(t -> t.contains("wat niet in het dossier staat, is niet gebeurd")));
    }

    private static String naam(MijlpaalSoort soort) {
        return I18n.t("mijlpaal." + soort.name());
    }

    private static List<String> labels(FxRobot robot, String venster) {
        return Fx.op(() -> robot.lookup(venster).queryAll().iterator().next().lookupAll(".label").stream()
                .map(n -> ((Label) n).getText()).toList());
    }

    /** The texts in the timeline table's row whose third cell is {@code mijlpaal}. */
    private static List<String> rijMet(FxRobot robot, String mijlpaal) {
        return Fx.op(() -> {
            GridPane tabel = robot.lookup("#uitleg-tijdlijn").queryAs(GridPane.class);
            Integer rij = null;
            for (Node n : tabel.getChildren()) {
                if (GridPane.getColumnIndex(n) == 2 && mijlpaal.equals(((Label) n).getText())) {
                    rij = GridPane.getRowIndex(n);
                }
            }
            Integer gevonden = rij;
            return gevonden == null ? List.<String>of() : tabel.getChildren().stream()
                    .filter(n -> gevonden.equals(GridPane.getRowIndex(n))).map(n -> ((Label) n).getText()).toList();
        });
    }

    @Test
    void aboutLeadsToTheLicencesOfEveryShippedLibraryWithTheirTexts(FxRobot robot) throws Exception {
        Fx.op(() -> {
            MenuBar bar = (MenuBar) window.shell().getScene().lookup(".menu-bar");
            Menu help = bar.getMenus().stream().filter(m -> "menu-help".equals(m.getId())).findFirst().orElseThrow();
            help.getItems().stream().filter(i -> I18nText.ABOUT.equals(i.getText())).findFirst().orElseThrow().fire();
            return null;
        });
        waitUntil(() -> showing(robot, "#over-licenties"));
        robot.clickOn("#over-licenties");
        waitUntil(() -> showing(robot, "#licenties-lijst"));
        List<String> regels = Fx.op(() -> robot.lookup("#licenties-lijst")
                .queryAs(javafx.scene.control.ListView.class).getItems().stream().map(Object::toString).toList());
        assertTrue(regels.stream().anyMatch(r -> r.contains("javafx-graphics") && r.contains("GPL-2.0-with-classpath-exception")),
                regels.toString());
        assertTrue(regels.stream().anyMatch(r -> r.contains("controlsfx") && r.contains("BSD-3-Clause")), regels.toString());
        String tekst = Fx.op(() -> {
            @SuppressWarnings("unchecked")
            javafx.scene.control.ListView<Licenties.Bibliotheek> lijst = robot.lookup("#licenties-lijst")
                    .queryAs(javafx.scene.control.ListView.class);
            lijst.getSelectionModel().select(lijst.getItems().stream().filter(b -> b.artifactId().equals("atlantafx-base"))
                    .findFirst().orElseThrow());
            return robot.lookup("#licenties-tekst").queryAs(javafx.scene.control.TextArea.class).getText();
        });
        assertTrue(tekst.contains("Copyright (c) 2022 mkpaz") && tekst.contains("Permission is hereby granted"), tekst);
        robot.clickOn("#licenties-lijst");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !showing(robot, "#licenties-lijst"));
    }

    private static final class I18nText {
        static final String ABOUT = I18n.t("menu.about");
    }
}
