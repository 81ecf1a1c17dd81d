package nl.spoorzoeker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import nl.spoorzoeker.instrument.Kernkwadrant;
import nl.spoorzoeker.instrument.StarrVerhaal;
import nl.spoorzoeker.testsupport.Fx;
import nl.spoorzoeker.testsupport.TestDossiers;
import nl.spoorzoeker.ui.DossierTab;
import nl.spoorzoeker.ui.I18n;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * V27 on screen: the history of a kernkwadrant (Instrumenten tab) and of a STARR story (CV tab) shows
 * every saved text, read only, and an earlier one is restored as a new version.
 */
class TekstgeschiedenisUiTest extends WindowTestBase {

    @Start
    @Override
    void start(Stage stage) throws Exception {
        super.start(stage);
    }

    private static Set<String> teksten(FxRobot robot, String id) {
        return robot.lookup("#" + id).tryQuery().map(n -> n.lookupAll(".label").stream()
                .map(l -> ((Label) l).getText()).collect(Collectors.toSet())).orElse(Set.of());
    }

    @Test
    void theHistoryOfAKernkwadrantShowsEveryTextAndRestoresAnEarlierOne(FxRobot robot) throws Exception {
        int id = TestDossiers.create(context.database(), "Zoë de Vries-Müller");
        int kk = context.kernkwadranten().bewaar(id, new Kernkwadrant(null, "behulpzaam", "opdringerig", null, null));
        context.kernkwadranten().bewaar(id, new Kernkwadrant(kk, "zorgzaam", "bemoeizuchtig", "grenzen", null));
        robot.interact(() -> window.openDossier(id, DossierTab.INSTRUMENTEN));
        waitUntil(() -> showing(robot, "#kk-geschiedenis-" + kk));

        Platform.runLater(() -> robot.lookup("#kk-geschiedenis-" + kk).queryAs(ButtonBase.class).fire());
        waitUntil(() -> showing(robot, "#kk-geschiedenis"));
        assertTrue(teksten(robot, "kk-geschiedenis-versie-2").containsAll(List.of("zorgzaam", "bemoeizuchtig", "grenzen",
                "Versie 2 (nu), opgeslagen 24-11-2026 10:00")), teksten(robot, "kk-geschiedenis-versie-2").toString());
        assertTrue(teksten(robot, "kk-geschiedenis-versie-1").containsAll(List.of("behulpzaam", "opdringerig",
                "Versie 1, opgeslagen 24-11-2026 10:00")), teksten(robot, "kk-geschiedenis-versie-1").toString());
        // (the window's clock: 09:00 UTC, 10:00 in the practice's time zone.)
        // The current text has nothing to restore; the texts are labels, not fields: read only.
        assertFalse(robot.lookup("#kk-geschiedenis-herstel-2").tryQuery().isPresent());
        assertTrue(robot.lookup("#kk-geschiedenis").query().lookupAll(".text-input").isEmpty(), "nothing to type in");
        schermafdruk(robot, "#kk-geschiedenis", "kk-geschiedenis.png");

        Platform.runLater(() -> robot.lookup("#kk-geschiedenis-herstel-1").queryAs(ButtonBase.class).fire());
        waitUntil(() -> !showing(robot, "#kk-geschiedenis"));
        waitUntil(() -> "behulpzaam".equals(context.kernkwadranten().lijst(id).getFirst().kwaliteit()));
        assertEquals(List.of(3, 2, 1), context.kernkwadranten().versies(id, kk).stream().map(v -> v.nummer()).toList());
        waitUntil(() -> teksten(robot, "kk-" + kk).contains("behulpzaam"));
    }

    @Test
    void theHistoryOfAStarrStoryIsShownOnTheCvTab(FxRobot robot) throws Exception {
        int id = TestDossiers.create(context.database(), "Sam Jansen");
        int s = context.starr().bewaar(id, new StarrVerhaal(null, "Planning magazijn", "Drukte", null, null, null, null,
                List.of("plannen")));
        context.starr().bewaar(id, new StarrVerhaal(s, "Nieuwe planning", "Drukte in december", null, null,
                "Geen overuren", null, List.of("plannen", "samenwerken")));
        robot.interact(() -> window.openDossier(id, DossierTab.CV));
        waitUntil(() -> showing(robot, "#starr-geschiedenis-" + s));

        Platform.runLater(() -> robot.lookup("#starr-geschiedenis-" + s).queryAs(ButtonBase.class).fire());
        waitUntil(() -> showing(robot, "#starr-geschiedenis"));
        assertTrue(teksten(robot, "starr-geschiedenis-versie-2").containsAll(List.of("Nieuwe planning", "Drukte in december",
                "Geen overuren", "plannen, samenwerken")), teksten(robot, "starr-geschiedenis-versie-2").toString());
        assertTrue(teksten(robot, "starr-geschiedenis-versie-1").containsAll(List.of("Planning magazijn", "Drukte", "plannen")),
                teksten(robot, "starr-geschiedenis-versie-1").toString());
        schermafdruk(robot, "#starr-geschiedenis", "starr-geschiedenis.png");

        Platform.runLater(() -> robot.lookup("#starr-geschiedenis-herstel-1").queryAs(ButtonBase.class).fire());
        waitUntil(() -> "Planning magazijn".equals(context.starr().lijst(id).getFirst().titel()));
        assertEquals(List.of("plannen"), context.starr().lijst(id).getFirst().competenties());
    }

    /** In English (issue 19): the dialog's title, explanation, versions and buttons, and the text as it was typed. */
    @Test
    void inEnglishTheHistoryReadsInEnglish(FxRobot robot) throws Exception {
        int id = TestDossiers.create(context.database(), "Çiğdem Yılmaz");
        int kk = context.kernkwadranten().bewaar(id, new Kernkwadrant(null, "behulpzaam", "opdringerig", null, null));
        context.kernkwadranten().bewaar(id, new Kernkwadrant(kk, "zorgzaam", "bemoeizuchtig", "grenzen", null));
        java.util.Locale was = I18n.locale();
        I18n.setLocale(I18n.ENGLISH);
        try {
            robot.interact(() -> window.openDossier(id, DossierTab.INSTRUMENTEN));
            waitUntil(() -> showing(robot, "#kk-geschiedenis-" + kk));
            Platform.runLater(() -> robot.lookup("#kk-geschiedenis-" + kk).queryAs(ButtonBase.class).fire());
            waitUntil(() -> showing(robot, "#kk-geschiedenis"));
            assertTrue(teksten(robot, "kk-geschiedenis-versie-2").contains("Version 2 (current), saved 24-11-2026 10:00"),
                    teksten(robot, "kk-geschiedenis-versie-2").toString());
            assertTrue(teksten(robot, "kk-geschiedenis-versie-1").containsAll(List.of("behulpzaam",
                    "Version 1, saved 24-11-2026 10:00")), teksten(robot, "kk-geschiedenis-versie-1").toString());
            assertEquals("Restore this text", Fx.op(() -> robot.lookup("#kk-geschiedenis-herstel-1")
                    .queryAs(ButtonBase.class).getText()));
            Set<String> alles = teksten(robot, "kk-geschiedenis");
            assertTrue(alles.stream().noneMatch(t -> t.contains("Versie") || t.contains("opgeslagen") || t.contains("Herstel")),
                    "no Dutch left: " + alles);
            schermafdruk(robot, "#kk-geschiedenis", "kk-geschiedenis-en.png");
        } finally {
            I18n.setLocale(was);
        }
    }

    /** The dialog as the coach sees it, to be looked at (target/geschiedenis/). */
    private static void schermafdruk(FxRobot robot, String query, String naam) throws Exception {
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "geschiedenis"));
        Node n = robot.lookup(query).query();
        Fx.op(() -> javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(
                n.getScene().getRoot().snapshot(null, null), null), "png",
                java.nio.file.Path.of("target", "geschiedenis", naam).toFile()));
    }
}
