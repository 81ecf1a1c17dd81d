package nl.spoorzoeker.app;

import nl.spoorzoeker.app.werkplek.Demoset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import nl.spoorzoeker.logboek.Contactmoment;
import nl.spoorzoeker.testsupport.Fx;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import nl.spoorzoeker.fase.Doel;
import nl.spoorzoeker.fase.DoelStatus;
import nl.spoorzoeker.fase.FaseSoort;
import nl.spoorzoeker.fase.Zoekprofiel;
import nl.spoorzoeker.fase.Zoekrichting;
import nl.spoorzoeker.ui.form.DateField;

/**
 * Drafts that survive and entry without the mouse, on the real window: every form that says
 * "Concept bewaard" brings it back after Escape and after its window's close button; the main
 * window asks before unsaved text goes; a contactmoment is Ctrl+L, the summary, Ctrl+Enter.
 */
@Tag("ui")
class KladUiTest extends WindowTestBase {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 11, 24);

    private Stage stage;

    @org.testfx.framework.junit5.Start
    @Override
    void start(Stage stage) throws Exception {
        this.stage = stage;
        super.start(stage);
    }

    private static void fire(FxRobot robot, String query) {
        Platform.runLater(() -> robot.lookup(query).queryAs(javafx.scene.control.ButtonBase.class).fire());
    }

    private static void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).press(key).release(key).release(KeyCode.CONTROL);
    }

    private static String tekst(FxRobot robot, String query) {
        return Fx.op(() -> robot.lookup(query).queryAs(TextInputControl.class).getText());
    }

    private static Node focus(FxRobot robot, String dialogQuery) {
        return Fx.op(() -> robot.lookup(dialogQuery).query().getScene().getFocusOwner());
    }

    /** Fires the close request its title bar's close button would send (not interact(): the dialog's nested loop). */
    private static void sluitVenster(FxRobot robot, String dialogQuery) {
        Platform.runLater(() -> {
            Window w = robot.lookup(dialogQuery).query().getScene().getWindow();
            w.fireEvent(new WindowEvent(w, WindowEvent.WINDOW_CLOSE_REQUEST));
        });
    }

    @Test
    void aMinimalContactIsCtrlLTheSummaryAndCtrlEnter(FxRobot robot) throws Exception {
        int id = openDemoDossier(robot, "Sanne Bakker", "sanne");
        int voor = context.contacten().logboek(id).contacten().size();
        String samenvatting = "Belafspraak over de sollicitatiebrief";
        AtomicInteger toetsen = new AtomicInteger();
        AtomicInteger kliks = new AtomicInteger();
        EventHandler<KeyEvent> telToets = e -> toetsen.incrementAndGet();
        EventHandler<MouseEvent> telKlik = e -> kliks.incrementAndGet();
        // Every window, also the dialog that opens: counted where the keys arrive.
        Platform.runLater(() -> Window.getWindows().addListener((javafx.collections.ListChangeListener<Window>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(w -> {
                    w.addEventFilter(KeyEvent.KEY_PRESSED, telToets);
                    w.addEventFilter(MouseEvent.MOUSE_PRESSED, telKlik);
                });
            }
        }));
        robot.interact(() -> {
            stage.addEventFilter(KeyEvent.KEY_PRESSED, telToets);
            stage.addEventFilter(MouseEvent.MOUSE_PRESSED, telKlik);
        });

        ctrl(robot, KeyCode.L);
        waitUntil(() -> showing(robot, "#contact-dialog"));
        waitUntil(() -> focus(robot, "#contact-dialog") instanceof TextArea a && "contact-samenvatting".equals(a.getId()));
        int voorTekst = toetsen.get();
        // TestFX types text into its target window; a coach's keyboard goes to the focused dialog. Pointing it there is no click.
        robot.targetWindow(robot.lookup("#contact-dialog").query().getScene().getWindow());
        robot.write(samenvatting);
        int tekstToetsen = toetsen.get() - voorTekst;
        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitUntil(() -> !showing(robot, "#contact-dialog"));
        waitUntil(() -> context.contacten().logboek(id).contacten().size() == voor + 1);

        Contactmoment c = context.contacten().logboek(id).contacten().stream()
                .filter(x -> samenvatting.equals(x.samenvatting())).findFirst().orElseThrow(() -> new AssertionError(
                        context.contacten().logboek(id).contacten().stream().map(Contactmoment::samenvatting).toList()));
        assertEquals(VANDAAG, c.moment().toLocalDate(), "today's date without typing it");
        int buitenTekst = toetsen.get() - tekstToetsen;
        System.out.printf("minimal contact entry: %d key presses besides the %d of the summary (%d characters), %d clicks%n",
                buitenTekst, tekstToetsen, samenvatting.length(), kliks.get());
        assertEquals(4, buitenTekst, "Ctrl+L and Ctrl+Enter: four key presses around the text");
        assertEquals(0, kliks.get(), "no mouse");
    }

    @Test
    void theContactFormIsKeyboardFirst(FxRobot robot) throws Exception {
        openDemoDossier(robot, "Sanne Bakker", "sanne");
        ctrl(robot, KeyCode.L);
        waitUntil(() -> showing(robot, "#contact-dialog"));
        waitUntil(() -> focus(robot, "#contact-dialog") instanceof TextArea a && "contact-samenvatting".equals(a.getId()));
        robot.targetWindow(robot.lookup("#contact-dialog").query().getScene().getWindow());
        robot.write("Eerste regel");
        robot.type(KeyCode.TAB);
        assertEquals("Eerste regel", tekst(robot, "#contact-samenvatting"), "Tab types no tab character");
        assertEquals("contact-afspraken", focus(robot, "#contact-dialog").getId(), "Tab moves on");
        robot.press(KeyCode.SHIFT).press(KeyCode.TAB).release(KeyCode.TAB).release(KeyCode.SHIFT);
        assertEquals("contact-samenvatting", focus(robot, "#contact-dialog").getId(), "Shift+Tab moves back");

        @SuppressWarnings("unchecked")
        ComboBox<Object> soort = robot.lookup("#contact-soort").queryAs(ComboBox.class);
        robot.interact(soort::requestFocus);
        robot.type(KeyCode.SPACE);
        waitUntil(() -> Fx.op(soort::isShowing));
        robot.interact(soort::hide);
        robot.press(KeyCode.ALT).press(KeyCode.DOWN).release(KeyCode.DOWN).release(KeyCode.ALT);
        waitUntil(() -> Fx.op(soort::isShowing));
        robot.interact(soort::hide);

        // A refused save shows its message without moving a field under the mouse.
        double[] voor = Fx.op(() -> posities(robot));
        type(robot, "#contact-duur", "veel");
        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#contact-dialog #form-errors").tryQuery().map(Node::isVisible).orElse(false));
        assertTrue(showing(robot, "#contact-dialog"));
        double[] na = Fx.op(() -> posities(robot));
        for (int i = 0; i < voor.length; i++) {
            assertEquals(voor[i], na[i], 0.5, "field " + i + " stayed where it was");
        }
        assertEquals("contact-duur", focus(robot, "#contact-dialog").getId(), "the cursor goes to the field to correct");
    }

    private static double[] posities(FxRobot robot) {
        String[] velden = {"#contact-datum", "#contact-duur", "#contact-soort", "#contact-samenvatting", "#contact-vervolgactie"};
        double[] y = new double[velden.length];
        for (int i = 0; i < velden.length; i++) {
            Node n = robot.lookup(velden[i]).query();
            y[i] = n.localToScreen(n.getBoundsInLocal()).getMinY();
        }
        return y;
    }

    @Test
    void aContactDraftSurvivesEscapeAndTheCloseButton(FxRobot robot) throws Exception {
        int id = openDemoDossier(robot, "Sanne Bakker", "sanne");
        overleeft(robot, () -> ctrl(robot, KeyCode.L), "#contact-dialog", "#contact-samenvatting", "contact:nieuw:" + id);
    }

    @Test
    void aNewDossierDraftSurvivesEscapeAndTheCloseButton(FxRobot robot) throws Exception {
        Demoset.load(context.database(), CLOCK);
        overleeft(robot, () -> ctrl(robot, KeyCode.N), "#dossier-dialog", "#werknemer-naam", "dossier:nieuw");

        // The chosen employer is part of the draft: half a dossier is no draft.
        ctrl(robot, KeyCode.N);
        waitUntil(() -> showing(robot, "#dossier-dialog"));
        @SuppressWarnings("unchecked")
        ComboBox<Object> werkgever = robot.lookup("#dossier-werkgever").queryAs(ComboBox.class);
        robot.interact(() -> werkgever.getSelectionModel().select(1));
        Object gekozen = Fx.op(werkgever::getValue);
        type(robot, "#werknemer-naam", "Fatma Yilmaz");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !showing(robot, "#dossier-dialog"));
        ctrl(robot, KeyCode.N);
        waitUntil(() -> showing(robot, "#dossier-dialog"));
        waitUntil(() -> "Fatma Yilmaz".equals(tekst(robot, "#werknemer-naam")));
        @SuppressWarnings("unchecked")
        ComboBox<Object> terug = robot.lookup("#dossier-werkgever").queryAs(ComboBox.class);
        assertEquals(gekozen, Fx.op(terug::getValue));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !showing(robot, "#dossier-dialog"));
    }

    @Test
    void aGroupSessionDraftSurvivesEscapeAndTheCloseButton(FxRobot robot) throws Exception {
        openDemoDossier(robot, "Sanne Bakker", "sanne");
        robot.clickOn("#tab-logboek .tab-label");
        waitUntil(() -> robot.lookup("#groep-nieuw").tryQuery().map(Node::isVisible).orElse(false));
        overleeft(robot, () -> fire(robot, "#groep-nieuw"), "#groep-dialog", "#groep-samenvatting", null);
    }

    @Test
    void aSollicitatieAndANetwerkcontactDraftSurviveEscapeAndTheCloseButton(FxRobot robot) throws Exception {
        int id = openDemoDossier(robot, "Sanne Bakker", "sanne");
        robot.clickOn("#tab-arbeidsmarkt .tab-label");
        waitUntil(() -> robot.lookup("#sollicitatie-nieuw").tryQuery().map(Node::isVisible).orElse(false));
        overleeft(robot, () -> fire(robot, "#sollicitatie-nieuw"), "#sollicitatie-dialog", "#sollicitatie-feedback",
                "sollicitatie:nieuw:" + id);
        robot.clickOn("#tab-netwerk .tab-label");
        waitUntil(() -> robot.lookup("#netwerk-nieuw").tryQuery().map(Node::isVisible).orElse(false));
        overleeft(robot, () -> fire(robot, "#netwerk-nieuw"), "#netwerk-dialog", "#netwerk-uitkomst",
                "netwerk:nieuw:" + id);
    }

    /** The werkervaringsplek form said nothing of drafts and lost its text (issue 21 item 3). */
    @Test
    void aWerkervaringsplekDraftSurvivesEscapeAndTheCloseButton(FxRobot robot) throws Exception {
        int id = openDemoDossier(robot, "Sanne Bakker", "sanne");
        robot.clickOn("#tab-arbeidsmarkt .tab-label");
        robot.clickOn("#tab-werkervaring .tab-label");
        waitUntil(() -> robot.lookup("#wep-nieuw").tryQuery().map(Node::isVisible).orElse(false));
        overleeft(robot, () -> fire(robot, "#wep-nieuw"), "#wep-dialog", "#wep-taken", "werkervaring:nieuw:" + id);
    }

    /**
     * Type, Escape (at once, before the pause after typing), reopen: the text is there; type more,
     * the window's close button, reopen: all of it is there; "Concept weggooien" empties the form
     * and the next opening too.
     */
    private void overleeft(FxRobot robot, Runnable open, String dialog, String veld, String sleutel) throws Exception {
        open.run();
        waitUntil(() -> showing(robot, dialog));
        String begin = tekst(robot, veld);
        robot.clickOn(veld);
        robot.interact(() -> robot.lookup(veld).queryAs(TextInputControl.class).end());
        robot.write("Eerst");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !showing(robot, dialog));

        open.run();
        waitUntil(() -> showing(robot, dialog));
        waitUntil(() -> (begin + "Eerst").equals(tekst(robot, veld)));
        assertTrue(Fx.op(() -> robot.lookup(dialog + " #concept-status").queryAs(Label.class).getText()).contains("teruggezet"));
        robot.clickOn(veld);
        robot.interact(() -> robot.lookup(veld).queryAs(TextInputControl.class).end());
        robot.write(" en meer");
        sluitVenster(robot, dialog);
        waitUntil(() -> !showing(robot, dialog));
        if (sleutel != null) {
            waitUntil(() -> context.kladden().lees(sleutel).map(c -> c.velden().values().contains(begin + "Eerst en meer"))
                    .orElse(false));
        }

        open.run();
        waitUntil(() -> showing(robot, dialog));
        waitUntil(() -> (begin + "Eerst en meer").equals(tekst(robot, veld)));
        waitUntil(() -> robot.lookup(dialog + " #concept-weggooien").tryQuery().map(Node::isVisible).orElse(false));
        fire(robot, dialog + " #concept-weggooien");
        waitUntil(() -> begin.equals(tekst(robot, veld)));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !showing(robot, dialog));
        if (sleutel != null) {
            waitUntil(() -> context.kladden().lees(sleutel).isEmpty());
        }
        open.run();
        waitUntil(() -> showing(robot, dialog));
        Thread.sleep(300); // a draft would be brought back within this
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals(begin, tekst(robot, veld), "a thrown-away draft stays away");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !showing(robot, dialog));
    }

    /** A form with a draft: how to open it (on the open dossier) and the query of its dialog. */
    private record Formulier(String dialog, Runnable open) {
    }

    /**
     * Every field of every form that keeps a draft — typed, chosen or ticked — is filled, the form
     * closed with Escape, reopened and compared field by field; filled again, closed with its window's
     * close request, reopened and compared; and after a restart of the app on the same data folder
     * each form opens with the same values once more.
     */
    @Test
    void everyFieldOfEveryDraftComesBackAfterEscapeCloseAndRestart(FxRobot robot) throws Exception {
        int id = openDemoDossier(robot, "Sanne Bakker", "sanne");
        // A goal and a zoekrichting to choose from: otherwise those lists offer only "none".
        context.fasen().voegDoelToe(id, new Doel(null, FaseSoort.ARBEIDSMARKT,
                "Orientatie op logistiek", "Twee meeloopdagen", VANDAAG.plusWeeks(4),
                DoelStatus.OPEN));
        context.profielen().bewaarZoekprofiel(id, new Zoekprofiel(null, null, List.of(
                new Zoekrichting("Orderpicker", "mbo 2", "Logistiek", 24 * 60, "Binnen 30 minuten",
                        "Past bij de belastbaarheid", true, null))));
        heropen(robot, "Sanne Bakker", "sanne");
        List<Formulier> formulieren = formulieren(robot);
        Map<String, Map<String, String>> verwacht = new LinkedHashMap<>();
        for (Formulier f : formulieren) {
            f.open().run();
            waitUntil(() -> showing(robot, f.dialog()));
            Thread.sleep(300); // a draft left by another test would be brought back within this
            Map<String, String> voor = velden(robot, f.dialog());
            geenLegeKeuzes(robot, f.dialog());
            vul(robot, f.dialog(), 1);
            Map<String, String> eerste = velden(robot, f.dialog());
            List<String> gelijk = voor.keySet().stream().filter(k -> voor.get(k).equals(eerste.get(k))).toList();
            assertTrue(gelijk.isEmpty(), f.dialog() + ": every field was changed, not " + gelijk);
            escape(robot, f);

            f.open().run();
            waitUntil(() -> showing(robot, f.dialog()));
            zelfde(robot, f, eerste, "after Escape");
            vul(robot, f.dialog(), 2);
            Map<String, String> tweede = velden(robot, f.dialog());
            sluitVenster(robot, f.dialog());
            waitUntil(() -> !showing(robot, f.dialog()));

            f.open().run();
            waitUntil(() -> showing(robot, f.dialog()));
            zelfde(robot, f, tweede, "after the close button");
            escape(robot, f);
            verwacht.put(f.dialog(), tweede);
        }

        // Restart: a new window on the same data folder.
        robot.interact(() -> robot.listWindows().stream().filter(w -> w instanceof Stage).forEach(w -> ((Stage) w).hide()));
        close();
        robot.interact(() -> {
            try {
                stage = new Stage();
                openWindow(stage);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        heropen(robot, "Sanne Bakker", "sanne");
        for (Formulier f : formulieren(robot)) {
            f.open().run();
            waitUntil(() -> showing(robot, f.dialog()));
            zelfde(robot, f, verwacht.get(f.dialog()), "after a restart");
            escape(robot, f);
        }
    }

    /**
     * "Concept bewaard om …" and "teruggezet" tell the time by the app's clock (fixed at 10:00 in
     * Amsterdam here, as the demo date), never by the computer's.
     */
    @Test
    void theDraftsTimeIsTheAppsClock(FxRobot robot) throws Exception {
        openDemoDossier(robot, "Sanne Bakker", "sanne");
        ctrl(robot, KeyCode.L);
        waitUntil(() -> showing(robot, "#contact-dialog"));
        robot.targetWindow(robot.lookup("#contact-dialog").query().getScene().getWindow());
        robot.write("Tijd van de app");
        waitUntil(() -> Fx.op(() -> robot.lookup("#contact-dialog #concept-status").queryAs(Label.class).getText())
                .startsWith("Concept bewaard"));
        assertEquals("Concept bewaard om 10:00:00; Opslaan legt het vast.",
                Fx.op(() -> robot.lookup("#contact-dialog #concept-status").queryAs(Label.class).getText()));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !showing(robot, "#contact-dialog"));
        ctrl(robot, KeyCode.L);
        waitUntil(() -> showing(robot, "#contact-dialog"));
        waitUntil(() -> Fx.op(() -> robot.lookup("#contact-dialog #concept-status").queryAs(Label.class).getText())
                .contains("teruggezet"));
        assertEquals("Niet-opgeslagen tekst van 10:00:00 teruggezet.",
                Fx.op(() -> robot.lookup("#contact-dialog #concept-status").queryAs(Label.class).getText()));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !showing(robot, "#contact-dialog"));
    }

    /** A phase step's answer is a draft too: its text and its date come back after a restart. */
    @Test
    void aStepAnswerDraftKeepsItsDateThroughARestart(FxRobot robot) throws Exception {
        int id = openDemoDossier(robot, "Sanne Bakker", "sanne");
        robot.clickOn("#tab-fasen .tab-label");
        waitUntil(() -> robot.lookup(".text-area").queryAll().stream().anyMatch(n -> n.getId() != null
                && n.getId().startsWith("stap-antwoord-") && n.isVisible()));
        String stap = Fx.op(() -> robot.lookup(".text-area").queryAll().stream().map(Node::getId)
                .filter(i -> i != null && i.startsWith("stap-antwoord-")).findFirst().orElseThrow())
                .substring("stap-antwoord-".length());
        robot.interact(() -> {
            robot.lookup("#stap-antwoord-" + stap).queryAs(TextInputControl.class).setText("Werkt graag met de handen");
            robot.lookup("#stap-datum-" + stap).queryAs(TextInputControl.class).setText("19-11-2026");
        });
        waitUntil(() -> context.kladden().lees("stap:" + id + ":" + stap)
                .map(c -> "19-11-2026".equals(c.velden().get("datum"))).orElse(false));

        robot.interact(() -> robot.listWindows().stream().filter(w -> w instanceof Stage).forEach(w -> ((Stage) w).hide()));
        close();
        robot.interact(() -> {
            try {
                stage = new Stage();
                openWindow(stage);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        heropen(robot, "Sanne Bakker", "sanne");
        robot.clickOn("#tab-fasen .tab-label");
        waitUntil(() -> "Werkt graag met de handen".equals(
                robot.lookup("#stap-antwoord-" + stap).tryQuery().map(n -> ((TextInputControl) n).getText()).orElse("")));
        assertEquals("19-11-2026", tekst(robot, "#stap-datum-" + stap), "the step's date is part of its draft");
    }

    private List<Formulier> formulieren(FxRobot robot) {
        return List.of(
                new Formulier("#contact-dialog", () -> ctrl(robot, KeyCode.L)),
                new Formulier("#dossier-dialog", () -> ctrl(robot, KeyCode.N)),
                new Formulier("#groep-dialog", () -> {
                    robot.clickOn("#tab-logboek .tab-label");
                    waitFor(robot, "#groep-nieuw");
                    fire(robot, "#groep-nieuw");
                }),
                new Formulier("#sollicitatie-dialog", () -> {
                    robot.clickOn("#tab-arbeidsmarkt .tab-label");
                    robot.clickOn("#tab-sollicitaties .tab-label");
                    waitFor(robot, "#sollicitatie-nieuw");
                    fire(robot, "#sollicitatie-nieuw");
                }),
                new Formulier("#netwerk-dialog", () -> {
                    robot.clickOn("#tab-arbeidsmarkt .tab-label");
                    robot.clickOn("#tab-netwerk .tab-label");
                    waitFor(robot, "#netwerk-nieuw");
                    fire(robot, "#netwerk-nieuw");
                }),
                new Formulier("#wep-dialog", () -> {
                    robot.clickOn("#tab-arbeidsmarkt .tab-label");
                    robot.clickOn("#tab-werkervaring .tab-label");
                    waitFor(robot, "#wep-nieuw");
                    fire(robot, "#wep-nieuw");
                }));
    }

    private static void waitFor(FxRobot robot, String query) {
        try {
            waitUntil(() -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens a dossier of the loaded practice again (after adding to it, after a restart). */
    private static void heropen(FxRobot robot, String naam, String filter) throws Exception {
        robot.clickOn("#nav-vandaag");
        robot.clickOn("#nav-dossiers");
        robot.interact(() -> robot.lookup("#dossier-filter").queryAs(TextInputControl.class).clear());
        robot.clickOn("#dossier-filter").write(filter);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#dossier-detail-naam").tryQuery()
                .map(n -> naam.equals(((Label) n).getText())).orElse(false));
    }

    private static void escape(FxRobot robot, Formulier f) throws Exception {
        robot.targetWindow(robot.lookup(f.dialog()).query().getScene().getWindow());
        robot.interact(() -> {
            Node eerste = robot.lookup(f.dialog()).query().getScene().getFocusOwner();
            if (eerste == null) {
                robot.lookup(f.dialog() + " .text-input").query().requestFocus();
            }
        });
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !showing(robot, f.dialog()));
    }

    private static void zelfde(FxRobot robot, Formulier f, Map<String, String> verwacht, String wanneer) {
        try {
            waitUntil(() -> verwacht.equals(velden(robot, f.dialog())));
        } catch (Exception e) {
            assertEquals(verwacht, velden(robot, f.dialog()), f.dialog() + " " + wanneer);
        }
    }

    /** Every list of the dialog, opened: each row says what it is, a "none" row included; no blank row. */
    private static void geenLegeKeuzes(FxRobot robot, String dialog) {
        for (Node n : Fx.op(() -> invoer(robot.lookup(dialog).query()))) {
            if (n instanceof ComboBox<?> c) {
                robot.interact(c::show);
                List<String> rijen = Fx.op(() -> ((javafx.scene.control.skin.ComboBoxListViewSkin<?>) c.getSkin())
                        .getPopupContent().lookupAll(".list-cell").stream()
                        .map(cel -> (javafx.scene.control.ListCell<?>) cel).filter(cel -> !cel.isEmpty())
                        .map(cel -> cel.getText() == null ? "" : cel.getText()).toList());
                robot.interact(c::hide);
                assertEquals(Fx.op(() -> c.getItems().size()), rijen.size(), c.getId() + " shows every choice");
                assertTrue(rijen.stream().noneMatch(String::isBlank), c.getId() + " has a blank row: " + rijen);
                if ("contact-gekoppeld-doel".equals(c.getId())) {
                    assertEquals("(geen doel)", rijen.getFirst(), "a goal can be taken off again, by name");
                }
            }
        }
    }

    /** Every input of a dialog by its id: the text as typed, the choice, the tick. Each one has an id. */
    private static Map<String, String> velden(FxRobot robot, String dialog) {
        return Fx.op(() -> {
            Map<String, String> velden = new java.util.TreeMap<>();
            for (Node n : invoer(robot.lookup(dialog).query())) {
                assertTrue(n.getId() != null, "an input without an id in " + dialog + ": " + n);
                velden.put(n.getId(), switch (n) {
                    case ComboBox<?> c -> String.valueOf(c.getValue());
                    case javafx.scene.control.CheckBox c -> Boolean.toString(c.isSelected());
                    case TextInputControl t -> t.getText();
                    default -> throw new AssertionError(n);
                });
            }
            return velden;
        });
    }

    private static List<Node> invoer(Node node) {
        List<Node> gevonden = new java.util.ArrayList<>();
        if (node instanceof ComboBox<?> || node instanceof javafx.scene.control.CheckBox || node instanceof TextInputControl) {
            gevonden.add(node);
        } else if (node instanceof javafx.scene.Parent p && !(node instanceof javafx.scene.control.DatePicker)) {
            // A DateField's calendar button is a DatePicker whose own editor is never used.
            p.getChildrenUnmodifiable().forEach(c -> gevonden.addAll(invoer(c)));
        }
        return gevonden;
    }

    /** Gives every input of the dialog another value: a date, a time, a number, text, the next choice, the other tick. */
    private static void vul(FxRobot robot, String dialog, int ronde) {
        robot.interact(() -> {
            for (Node n : invoer(robot.lookup(dialog).query())) {
                switch (n) {
                    case ComboBox<?> c -> {
                        int i = c.getSelectionModel().getSelectedIndex();
                        c.getSelectionModel().select(i < 0 ? (c.getItems().getFirst() == null ? 1 : 0)
                                : (i + 1) % c.getItems().size());
                    }
                    case javafx.scene.control.CheckBox c -> c.setSelected(!c.isSelected());
                    case TextInputControl t when t.getParent() instanceof DateField ->
                            t.setText(String.format("%02d-12-2026", ronde + 1));
                    case TextInputControl t when t.getId().endsWith("-tijd") -> t.setText((ronde + 12) + ":35");
                    case TextInputControl t when t.getText().matches("\\d+") ->
                            t.setText(Integer.toString(Integer.parseInt(t.getText()) + 7 * ronde));
                    case TextInputControl t -> t.setText(t.getText() + " concept " + ronde);
                    default -> throw new AssertionError(n);
                }
            }
        });
    }

    @Test
    void closingTheMainWindowWithUnsavedTextAsks(FxRobot robot) throws Exception {
        int id = openDemoDossier(robot, "Sanne Bakker", "sanne");
        String sleutel = "contact:nieuw:" + id;
        ctrl(robot, KeyCode.L);
        waitUntil(() -> showing(robot, "#contact-dialog"));
        robot.clickOn("#contact-samenvatting");
        robot.write("Nog niet opgeslagen");
        // As the title bar's close button: a request the toolkit only acts on when nobody consumed it.
        Runnable sluitHoofdvenster = () -> Platform.runLater(() ->
                stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));

        // Annuleren: the window stays, the form too, with its text.
        sluitHoofdvenster.run();
        waitUntil(() -> showing(robot, "#sluiten-concept"));
        fire(robot, "#sluiten-concept-annuleren");
        waitUntil(() -> !showing(robot, "#sluiten-concept"));
        assertTrue(showing(robot, "#contact-dialog"));
        assertEquals("Nog niet opgeslagen", tekst(robot, "#contact-samenvatting"));

        // Als concept bewaren: written at once, not only after the pause.
        robot.clickOn("#contact-samenvatting");
        robot.write(" en meer");
        sluitHoofdvenster.run();
        waitUntil(() -> showing(robot, "#sluiten-concept"));
        fire(robot, "#sluiten-concept-bewaren");
        waitUntil(() -> context.kladden().lees(sleutel)
                .map(c -> "Nog niet opgeslagen en meer".equals(c.velden().get("contact-samenvatting"))).orElse(false));

        // Weggooien: the draft goes.
        sluitHoofdvenster.run();
        waitUntil(() -> showing(robot, "#sluiten-concept"));
        fire(robot, "#sluiten-concept-weggooien");
        waitUntil(() -> context.kladden().lees(sleutel).isEmpty());
        assertEquals("", tekst(robot, "#contact-samenvatting"));

        // Nothing typed: no question.
        sluitHoofdvenster.run();
        Thread.sleep(300);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertFalse(showing(robot, "#sluiten-concept"), "no question without unsaved text");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !showing(robot, "#contact-dialog"));
    }
}
