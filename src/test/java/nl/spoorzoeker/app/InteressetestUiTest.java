package nl.spoorzoeker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import nl.spoorzoeker.instrument.Afname;
import nl.spoorzoeker.instrument.Interessetest;
import nl.spoorzoeker.instrument.RiasecScoring;
import nl.spoorzoeker.instrument.Vraag;
import nl.spoorzoeker.fase.Persoonsprofiel;
import nl.spoorzoeker.testsupport.Fx;
import nl.spoorzoeker.testsupport.TestDossiers;
import nl.spoorzoeker.ui.DossierTab;
import nl.spoorzoeker.ui.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Issue 19 item 1: the werknemer takes the interest test with the keyboard only — start from the
 * dossier's Instrumenten tab, answer ten items with 1–5, stop, resume where it was left, look
 * back with the arrow keys, answer the rest, complete with Enter — and the code lands in the
 * persoonsprofiel as a new version naming the instrument. Screens are saved as PNG under
 * target/interessetest/ to be looked at.
 */
class InteressetestUiTest extends WindowTestBase {

    private static final Path SCHERMEN = Path.of("target", "interessetest");

    @Start
    @Override
    void start(Stage stage) throws Exception {
        super.start(stage);
        stage.setWidth(1366);
        stage.setHeight(768);
    }

    @AfterEach
    void nederlands() {
        I18n.setLocale(I18n.DUTCH);
    }

    /** E "heel leuk", S "leuk", C "weet ik niet", R "niet leuk", I and A "helemaal niet leuk": code ESC. */
    private static int antwoord(Vraag v) {
        return switch (v.schaal()) {
            case E -> 5;
            case S -> 4;
            case C -> 3;
            case R -> 2;
            case I, A -> 1;
        };
    }

    private static KeyCode toets(int cijfer) {
        return KeyCode.valueOf("DIGIT" + cijfer);
    }

    @Test
    void theWerknemerTakesTheTestByKeyboardWithAPauseAndTheCodeBecomesANewProfileVersion(FxRobot robot)
            throws Exception {
        int id = TestDossiers.create(context.database(), "Zoë de Vries-Müller");
        context.profielen().bewaarPersoonsprofiel(id, new Persoonsprofiel(null, null, "mbo 4", "20 jaar logistiek",
                null, null, "SEC", null, null, null, null));
        openTest(robot, id);
        foto("1-eerste-vraag-nl.png");
        assertEquals("Vraag 1 van 60 (0 beantwoord)", tekst(robot, "#riasec-voortgang"));
        assertEquals("Keukenkastjes bouwen", tekst(robot, "#riasec-vraag"));

        List<Vraag> vragen = Interessetest.vragen();
        for (Vraag v : vragen.subList(0, 10)) {
            robot.type(toets(antwoord(v)));
        }
        assertEquals("Vraag 11 van 60 (10 beantwoord)", tekst(robot, "#riasec-voortgang"));
        // Escape stops the test; the ten answers are already stored.
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !showing(robot, "#riasec-venster"));
        waitUntil(() -> context.instrumenten().afnames(id).getFirst().antwoorden().size() == 10);
        waitUntil(() -> robot.lookup("#riasec-stand").tryQuery().isPresent());
        assertTrue(tekst(robot, "#riasec-stand").contains("10 van de 60 vragen"), tekst(robot, "#riasec-stand"));

        openTest(robot, id);
        assertEquals("Vraag 11 van 60 (10 beantwoord)", tekst(robot, "#riasec-voortgang"), "resumed at the first open item");
        robot.type(KeyCode.LEFT);
        assertEquals("Vraag 10 van 60 (10 beantwoord)", tekst(robot, "#riasec-voortgang"));
        int gegeven = antwoord(vragen.get(9));
        assertTrue(Fx.op(() -> robot.lookup("#riasec-antwoord-" + gegeven).queryAs(ToggleButton.class).isSelected()),
                "the earlier answer is shown");
        robot.type(KeyCode.RIGHT);
        for (Vraag v : vragen.subList(10, 60)) {
            robot.type(toets(antwoord(v)));
        }
        waitUntil(() -> showing(robot, "#riasec-klaar"));
        foto("2-klaar-nl.png");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> showing(robot, "#riasec-code"));
        Fx.op(() -> { Platform.requestNextPulse(); return null; });
        foto("3-uitslag-nl.png");
        assertEquals("Uw code: ESC", tekst(robot, "#riasec-code"));
        assertEquals("De code staat nu in het persoonsprofiel (versie 2).", tekst(robot, "#riasec-in-profiel"));

        List<Persoonsprofiel> versies = context.profielen().profielen(id).persoonsprofielen();
        assertEquals(2, versies.size());
        assertEquals("ESC", versies.getFirst().riasec());
        assertEquals(Interessetest.CODE, versies.getFirst().instrument());
        assertEquals(CLOCK.instant().atZone(CLOCK.getZone()).toLocalDate(), versies.getFirst().instrumentDatum());
        assertEquals("20 jaar logistiek", versies.getFirst().werkervaring());
        Afname afname = context.instrumenten().afnames(id).getFirst();
        assertEquals(Afname.Status.VOLTOOID, afname.status());
        assertEquals(60, afname.antwoorden().size());

        // Closing the result shows the profile tab's new version with where it came from.
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !showing(robot, "#riasec-venster"));
        waitUntil(() -> robot.lookup("#riasec-uitslag-" + afname.id()).tryQuery().isPresent());
        robot.interact(() -> window.openDossier(id, DossierTab.PROFIELEN));
        waitUntil(() -> robot.lookup("#pp-versies").tryQuery().map(n -> !((javafx.scene.layout.VBox) n)
                .getChildren().isEmpty()).orElse(false));
        String regel = Fx.op(() -> ((Label) robot.lookup("#pp-versies").queryAs(javafx.scene.layout.VBox.class)
                .getChildren().getFirst()).getText());
        assertTrue(regel.startsWith("Versie 2") && regel.contains("Interessetest (O*NET Interest Profiler, korte vorm)")
                && regel.contains("24-11-2026"), regel);
        assertTrue(regel.contains("RIASEC"), regel);
    }

    /**
     * "Keyboard OR mouse only": the whole test with clicks alone — start, a pause, resume, a look
     * back with the Vorige button and a changed answer, complete, close — and no key pressed in any
     * window. The code shown and stored is what {@link RiasecScoring} makes of the same answers.
     */
    @Test
    void theWerknemerTakesTheTestWithTheMouseOnlyAndGetsTheCodeTheScoringGives(FxRobot robot) throws Exception {
        int id = TestDossiers.create(context.database(), "Zoë de Vries-Müller");
        AtomicInteger toetsen = new AtomicInteger();
        List<Vraag> vragen = Interessetest.vragen();
        Map<Integer, Integer> gegeven = new HashMap<>();

        klikOpen(robot, id, toetsen);
        for (Vraag v : vragen.subList(0, 7)) {
            klikAntwoord(robot, v, muis(v), gegeven);
        }
        assertEquals("Vraag 8 van 60 (7 beantwoord)", tekst(robot, "#riasec-voortgang"));
        // Pausing is a click too; the seven answers are stored.
        robot.clickOn("#riasec-pauze");
        waitUntil(() -> !showing(robot, "#riasec-venster"));
        waitUntil(() -> context.instrumenten().afnames(id).getFirst().antwoorden().equals(gegeven));

        klikOpen(robot, id, toetsen);
        assertEquals("Vraag 8 van 60 (7 beantwoord)", tekst(robot, "#riasec-voortgang"), "resumed at the first open item");
        // Back to item 7 with the button, a different answer, on to item 8 by the answer itself.
        robot.clickOn("#riasec-vorige");
        assertEquals("Vraag 7 van 60 (7 beantwoord)", tekst(robot, "#riasec-voortgang"));
        Vraag zeven = vragen.get(6);
        klikAntwoord(robot, zeven, Interessetest.HOOGSTE + Interessetest.LAAGSTE - muis(zeven), gegeven);
        for (Vraag v : vragen.subList(7, vragen.size())) {
            klikAntwoord(robot, v, muis(v), gegeven);
        }
        waitUntil(() -> showing(robot, "#riasec-klaar"));
        robot.clickOn("#riasec-klaar");
        waitUntil(() -> showing(robot, "#riasec-code"));
        foto("6-uitslag-muis-nl.png");

        RiasecScoring.Uitslag verwacht = RiasecScoring.scoor(vragen, gegeven);
        String code = verwacht.code().orElseThrow(() -> new AssertionError("the answers chosen give a code"));
        assertFalse(verwacht.code().equals(RiasecScoring.scoor(vragen, MUIS).code()), "the changed answer counts");
        assertEquals("Uw code: " + code, tekst(robot, "#riasec-code"));
        Afname afname = context.instrumenten().afnames(id).getFirst();
        assertEquals(Afname.Status.VOLTOOID, afname.status());
        assertEquals(gegeven, afname.antwoorden(), "every click stored, the changed answer as changed");
        assertEquals(code, afname.uitkomst());
        assertEquals(code, context.profielen().profielen(id).persoonsprofielen().getFirst().riasec());

        // The result is longer than the window; the close button on top is in reach without scrolling.
        assertEquals("Sluiten", tekst(robot, "#riasec-pauze"));
        robot.clickOn("#riasec-pauze");
        waitUntil(() -> !showing(robot, "#riasec-venster"));
        waitUntil(() -> robot.lookup("#riasec-uitslag-" + afname.id()).tryQuery().isPresent());
        assertEquals(0, toetsen.get(), "no key was pressed");
    }

    /**
     * Answers drawn with a fixed seed, so the code is the scoring's to find, not one written here.
     * With this seed changing item 7 (an S item, 5 to 1) changes the code: a change not stored shows.
     */
    private static final Map<Integer, Integer> MUIS = muisAntwoorden();

    private static Map<Integer, Integer> muisAntwoorden() {
        java.util.Random r = new java.util.Random(5);
        Map<Integer, Integer> m = new HashMap<>();
        for (Vraag v : Interessetest.vragen()) {
            m.put(v.nummer(), Interessetest.LAAGSTE + r.nextInt(Interessetest.HOOGSTE));
        }
        return Map.copyOf(m);
    }

    private static int muis(Vraag v) {
        return MUIS.get(v.nummer());
    }

    private static void klikAntwoord(FxRobot robot, Vraag v, int waarde, Map<Integer, Integer> gegeven) {
        assertEquals(v.tekst(I18n.locale()), tekst(robot, "#riasec-vraag"));
        robot.clickOn("#riasec-antwoord-" + waarde);
        gegeven.put(v.nummer(), waarde);
    }

    /** Opens the test with a click on the tab's button and counts every key pressed in any window from then. */
    private void klikOpen(FxRobot robot, int id, AtomicInteger toetsen) throws Exception {
        robot.interact(() -> window.openDossier(id, DossierTab.INSTRUMENTEN));
        waitUntil(() -> showing(robot, "#riasec-start"));
        robot.clickOn("#riasec-start");
        waitUntil(() -> showing(robot, "#riasec-vraag"));
        robot.interact(() -> {
            for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
                if (w.getScene() != null && w.getScene().getProperties().putIfAbsent("toetsen", toetsen) == null) {
                    w.getScene().addEventFilter(KeyEvent.KEY_PRESSED, e -> toetsen.incrementAndGet());
                }
            }
        });
    }

    @Test
    void inEnglishAFlatProfileCompletesWithoutACodeAndLeavesTheProfileAlone(FxRobot robot) throws Exception {
        I18n.setLocale(I18n.ENGLISH);
        int id = TestDossiers.create(context.database(), "Sam Jansen");
        openTest(robot, id);
        assertEquals("Build kitchen cabinets", tekst(robot, "#riasec-vraag"));
        assertEquals("1\nStrongly dislike", tekst(robot, "#riasec-antwoord-1"));
        robot.clickOn("#riasec-groot");
        foto("4-first-item-en-small-type.png");
        robot.clickOn("#riasec-groot");
        // Mouse for the first answer, keys for the rest.
        robot.clickOn("#riasec-antwoord-3");
        for (int i = 1; i < Interessetest.AANTAL; i++) {
            robot.type(KeyCode.NUMPAD3);
        }
        waitUntil(() -> showing(robot, "#riasec-klaar"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> showing(robot, "#riasec-code"));
        foto("5-result-flat-en.png");
        assertEquals("No code: all areas scored the same", tekst(robot, "#riasec-code"));
        assertFalse(robot.lookup("#riasec-in-profiel").tryQuery().isPresent());
        assertTrue(context.profielen().profielen(id).persoonsprofielen().isEmpty());
        assertNull(context.instrumenten().afnames(id).getFirst().uitkomst());
    }

    private void openTest(FxRobot robot, int id) throws Exception {
        robot.interact(() -> window.openDossier(id, DossierTab.INSTRUMENTEN));
        waitUntil(() -> showing(robot, "#riasec-start"));
        Platform.runLater(() -> robot.lookup("#riasec-start").queryAs(ButtonBase.class).fire());
        waitUntil(() -> showing(robot, "#riasec-vraag"));
        // Keys go to the focused window: the test window, as a werknemer would have it in front.
        robot.clickOn("#riasec-vraag");
    }

    private static String tekst(FxRobot robot, String query) {
        return Fx.op(() -> robot.lookup(query).queryAs(Labeled.class).getText());
    }

    private static void foto(String naam) throws Exception {
        Files.createDirectories(SCHERMEN);
        Fx.op(() -> {
            Node root = javafx.stage.Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene() != null
                    && w.getScene().lookup("#riasec-venster") != null).findFirst().orElseThrow().getScene().getRoot();
            ImageIO.write(SwingFXUtils.fromFXImage(root.snapshot(null, null), null), "png",
                    SCHERMEN.resolve(naam).toFile());
            return null;
        });
    }
}
