package nl.spoorzoeker.app;

import nl.spoorzoeker.app.werkplek.Demoset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import nl.spoorzoeker.dossier.DossierRegel;
import nl.spoorzoeker.ui.Background;
import nl.spoorzoeker.ui.ErrorReporter;
import nl.spoorzoeker.ui.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import nl.spoorzoeker.dossier.Adres;
import nl.spoorzoeker.dossier.Contact;
import nl.spoorzoeker.dossier.Werkgever;
import nl.spoorzoeker.dossier.WerkgeverRegel;
import nl.spoorzoeker.fase.FaseSoort;
import nl.spoorzoeker.fase.Stap;
import nl.spoorzoeker.testsupport.Fx;
import nl.spoorzoeker.testsupport.TestDossiers;
import nl.spoorzoeker.tijdlijn.Mijlpaal;
import nl.spoorzoeker.tijdlijn.MijlpaalStatus;
import nl.spoorzoeker.ui.Duur;

/**
 * The real window on JavaFX's headless platform, driven like a coach would: keyboard and mouse,
 * a real SQLite file, and a second start on the same folder.
 */
@Tag("ui")
class MainWindowUiTest extends WindowTestBase {

    @org.testfx.framework.junit5.Start
    @Override
    void start(javafx.stage.Stage stage) throws Exception {
        super.start(stage);
    }

    @Test
    void createFindEditAndSeeADossierAgainAfterARestart(FxRobot robot) throws Exception {
        robot.clickOn("#nav-dossiers");
        robot.clickOn("#dossier-new");
        waitUntil(() -> showing(robot, "#dossier-dialog"));

        type(robot, "#werknemer-naam", "Çiğdem Yılmaz-Łukasz");
        type(robot, "#werknemer-postcode", "3526km");
        type(robot, "#werknemer-woonplaats", "Utrecht");
        type(robot, "#werknemer-contracturen", "28,5");
        type(robot, "#traject-eerste-ziektedag", "6-1-2025");
        type(robot, "#traject-startdatum", "15-01-2026");
        type(robot, "#traject-budget-euro", "2.750,00");

        robot.clickOn("#dossier-new-werkgever");
        waitUntil(() -> showing(robot, "#werkgever-dialog"));
        type(robot, "#werkgever-naam", "Zorggroep De Linde");
        type(robot, "#werkgever-kvk", "4123 4567");
        robot.clickOn("#werkgever-dialog #dialog-save");
        waitUntil(() -> !showing(robot, "#werkgever-dialog")
                && robot.lookup("#dossier-werkgever").queryAs(ComboBox.class).getValue() != null);

        robot.clickOn("#dossier-dialog #dialog-save");
        waitUntil(() -> !showing(robot, "#dossier-dialog"));
        waitUntil(() -> robot.lookup("#dossier-detail-naam").tryQuery().isPresent());
        assertEquals("Çiğdem Yılmaz-Łukasz", robot.lookup("#dossier-detail-naam").queryAs(Label.class).getText());
        assertEquals("week 99 van verzuim", robot.lookup("#dossier-detail-week").queryAs(Label.class).getText());

        // Find it by typing part of the name, without accents, and open it with Enter.
        robot.clickOn("#dossier-back");
        robot.clickOn("#dossier-filter").write("cigdem");
        @SuppressWarnings("unchecked")
        TableView<Object> table = robot.lookup("#dossier-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1);
        robot.clickOn("#dossier-filter").write(" zzz");
        waitUntil(() -> table.getItems().isEmpty());
        robot.interact(() -> robot.lookup("#dossier-filter").queryAs(TextField.class).setText("linde"));
        waitUntil(() -> table.getItems().size() == 1);
        robot.clickOn("#dossier-filter").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#dossier-detail-naam").tryQuery().isPresent());

        // Edit: change the function.
        robot.clickOn("#dossier-edit");
        waitUntil(() -> showing(robot, "#dossier-dialog"));
        assertEquals("28,5", robot.lookup("#werknemer-contracturen").queryAs(TextField.class).getText());
        type(robot, "#werknemer-functie", "Planner wijkteam");
        robot.type(KeyCode.ENTER); // Enter saves
        waitUntil(() -> !showing(robot, "#dossier-dialog"));
        waitUntil(() -> context.dossiers().list().size() == 1
                && "Planner wijkteam".equals(context.dossiers().find(context.dossiers().list().getFirst().trajectId())
                .orElseThrow().werknemer().functie()));

        // Restart: a new window on the same data folder shows the same dossier.
        robot.interact(() -> robot.listWindows().stream().filter(w -> w instanceof Stage).forEach(w -> ((Stage) w).hide()));
        close();
        robot.interact(() -> {
            try {
                openWindow(new Stage());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        robot.clickOn("#nav-dossiers");
        @SuppressWarnings("unchecked")
        TableView<Object> again = robot.lookup("#dossier-table").queryAs(TableView.class);
        waitUntil(() -> again.getItems().size() == 1);
        DossierRegel regel = context.dossiers().list().getFirst();
        assertEquals("Çiğdem Yılmaz-Łukasz", regel.naam());
        assertEquals("Zorggroep De Linde", regel.werkgever());
        assertFalse(logsMention("Çiğdem"), "client names never reach the log");
        assertEquals("41234567", context.werkgevers().find(context.dossiers().find(regel.trajectId()).orElseThrow()
                .werkgever().id()).orElseThrow().kvkNummer());
    }

    private static boolean logsMention(String text) throws Exception {
        try (var files = java.nio.file.Files.walk(Logging.logDir())) {
            for (Path f : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                if (java.nio.file.Files.readString(f).contains(text)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void aFullDiskKeepsTheDialogOpenWithEverythingTyped(FxRobot robot) throws Exception {
        int werkgever = context.werkgevers().create(new Werkgever(null, "Zorggroep", null,
                Adres.LEEG, Contact.LEEG, Contact.LEEG, false));
        robot.clickOn("#nav-dossiers");
        robot.clickOn("#dossier-new");
        waitUntil(() -> showing(robot, "#dossier-dialog"));
        type(robot, "#werknemer-naam", "Mohammed El Amrani");
        type(robot, "#traject-eerste-ziektedag", "06-01-2025");
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<WerkgeverRegel> combo = robot.lookup("#dossier-werkgever").queryAs(ComboBox.class);
            combo.getSelectionModel().select(combo.getItems().stream().filter(r -> r.id() == werkgever).findFirst().orElseThrow());
        });
        int pages = Integer.parseInt(context.database().pragma("page_count"));
        context.database().read(ctx -> ctx.execute("PRAGMA max_page_count = " + pages));
        robot.interact(() -> robot.lookup("#werknemer-functie").queryAs(TextField.class).setText("y".repeat(150)));
        // Fill the last free bytes so that the next insert cannot fit.
        try {
            context.database().write(cfg -> cfg.dsl().execute("CREATE TABLE ballast (b BLOB)"));
            while (true) {
                context.database().write(cfg -> cfg.dsl().execute("INSERT INTO ballast VALUES (zeroblob(512))"));
            }
        } catch (org.jooq.exception.DataAccessException expectedFull) {
            // no free page left
        }
        try {
            // and no room left on the employee table's last page either
            while (true) {
                context.database().write(cfg -> cfg.dsl().execute(
                        "INSERT INTO werknemer (naam, aangemaakt_op, gewijzigd_op) VALUES ('ballast', '', '')"));
            }
        } catch (org.jooq.exception.DataAccessException expectedFull) {
            // the file is full now
        }
        String codeBefore = ErrorReporter.lastCode();
        robot.clickOn("#dossier-dialog #dialog-save");
        waitUntil(() -> !java.util.Objects.equals(codeBefore, ErrorReporter.lastCode()));
        assertEquals("error.diskFull", ErrorReporter.lastMessageKey());
        waitUntil(() -> !robot.lookup("#dossier-dialog").query().isDisabled());
        assertTrue(showing(robot, "#dossier-dialog"), "the dialog stays open");
        assertEquals("Mohammed El Amrani", robot.lookup("#werknemer-naam").queryAs(TextField.class).getText());
        robot.clickOn("#dossier-dialog #dialog-cancel");
        assertEquals(0, context.dossiers().list().size());
    }

    @Test
    void aLateMilestoneOnVandaagIsRecordedFromTheDossierTimeline(FxRobot robot) throws Exception {
        Demoset.load(context.database(), CLOCK);
        robot.clickOn("#nav-dossiers");
        robot.clickOn("#nav-vandaag");
        waitUntil(() -> robot.lookup("#vandaag-te-laat").tryQuery().isPresent());
        javafx.scene.layout.VBox late = robot.lookup("#vandaag-te-laat").queryAs(javafx.scene.layout.VBox.class);
        int lateBefore = late.getChildren().size();
        assertTrue(lateBefore >= 1);
        robot.clickOn(late.getChildren().getFirst());
        waitUntil(() -> robot.lookup("#mijlpalen-table").tryQuery().map(Node::isVisible).orElse(false));
        String who = robot.lookup("#dossier-detail-naam").queryAs(Label.class).getText();
        assertTrue(robot.lookup("#dossier-detail-volgende").queryAs(Label.class).getText().contains("te laat"));

        @SuppressWarnings("unchecked")
        TableView<Mijlpaal> table = robot.lookup("#mijlpalen-table").queryAs(TableView.class);
        Mijlpaal teLaat = table.getItems().stream()
                .filter(m -> m.status() == MijlpaalStatus.TE_LAAT).findFirst().orElseThrow();
        robot.interact(() -> table.scrollTo(teLaat));
        WaitForAsyncUtils.waitForFxEvents();
        // The button may lie below the fold of the timeline tab; a coach scrolls, the robot presses it.
        javafx.scene.control.Button registreer = robot.lookup("#registreer-" + teLaat.soort().name()
                .toLowerCase(java.util.Locale.ROOT)).queryAs(javafx.scene.control.Button.class);
        javafx.application.Platform.runLater(registreer::fire); // not interact(): the dialog's nested loop would block it
        waitUntil(() -> showing(robot, "#date-dialog"));
        type(robot, "#date-dialog-field", "30-02-2026");
        robot.clickOn("#date-dialog-save");
        assertTrue(showing(robot, "#date-dialog"), "a date that does not exist is refused");
        assertTrue(robot.lookup("#date-dialog-error").queryAs(Label.class).getText().contains("bestaat niet"));
        type(robot, "#date-dialog-field", "20-11-2026");
        robot.clickOn("#date-dialog-save");
        waitUntil(() -> !showing(robot, "#date-dialog"));
        waitUntil(() -> robot.lookup("#mijlpalen-table").queryAs(TableView.class).getItems()
                .stream().anyMatch(m -> java.time.LocalDate.of(2026, 11, 20).equals(((Mijlpaal) m).gedaanOp())));

        robot.clickOn("#nav-vandaag");
        waitUntil(() -> robot.lookup("#vandaag-te-laat").tryQuery().map(n -> ((javafx.scene.layout.VBox) n)
                .getChildren().size() == lateBefore - 1).orElse(lateBefore == 1));
        assertFalse(who.isBlank());
    }

    @Test
    void moveOnAPhaseAnswerAStepAddAGoalAndABelastbaarheid(FxRobot robot) throws Exception {
        Demoset.load(context.database(), CLOCK);
        int id = context.dossiers().list().stream().filter(r -> r.naam().equals("Jan-Willem de Groot"))
                .findFirst().orElseThrow().trajectId();
        robot.clickOn("#nav-dossiers");
        robot.clickOn("#dossier-filter").write("jan-willem");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#dossier-detail-fase").tryQuery().isPresent());
        assertEquals("Acceptatie en afscheid", robot.lookup("#dossier-detail-fase").queryAs(Label.class).getText());
        robot.clickOn("#tab-fasen .tab-label");
        waitUntil(() -> robot.lookup("#fase-volgende").tryQuery().map(Node::isVisible).orElse(false));

        // Move on to the next phase (history kept).
        robot.clickOn("#fase-volgende");
        waitUntil(() -> showing(robot, "#date-dialog"));
        robot.clickOn("#date-dialog-save");
        waitUntil(() -> "Roeping en persoonsprofiel".equals(robot.lookup("#dossier-detail-fase").queryAs(Label.class).getText()));
        assertEquals(java.util.List.of(FaseSoort.ROEPING), context.fasen().huidigeFasen(id));

        // Answer the first step of the phase.
        Stap stap = context.fasen().overzicht(id).stappen().stream()
                .filter(s -> s.fase() == FaseSoort.ROEPING).findFirst().orElseThrow();
        javafx.scene.control.TextArea answer = robot.lookup("#stap-antwoord-" + stap.id())
                .queryAs(javafx.scene.control.TextArea.class);
        robot.interact(() -> answer.setText("Zorg en begeleiden geven energie; Zoë-achtige precisie: ✓"));
        robot.interact(() -> robot.lookup("#stap-opslaan-" + stap.id()).queryAs(javafx.scene.control.Button.class).fire());
        waitUntil(() -> context.fasen().overzicht(id).antwoorden().stream()
                .anyMatch(a -> a.antwoord().equals("Zorg en begeleiden geven energie; Zoë-achtige precisie: ✓")));

        // Add a goal.
        javafx.application.Platform.runLater(() -> robot.lookup("#doel-nieuw").queryAs(javafx.scene.control.Button.class).fire());
        waitUntil(() -> showing(robot, "#doel-dialog"));
        type(robot, "#doel-omschrijving", "Drie zoekrichtingen gekozen");
        type(robot, "#doel-streefdatum", "31-12-2026");
        robot.clickOn("#doel-dialog #dialog-save");
        waitUntil(() -> !showing(robot, "#doel-dialog"));
        waitUntil(() -> context.fasen().overzicht(id).doelen().stream()
                .anyMatch(d -> d.omschrijving().equals("Drie zoekrichtingen gekozen")
                        && d.fase() == FaseSoort.ROEPING));

        // Add a belastbaarheid snapshot; hours per week beyond a week are refused.
        robot.clickOn("#tab-belastbaarheid .tab-label");
        waitUntil(() -> robot.lookup("#bb-nieuw").tryQuery().map(Node::isVisible).orElse(false));
        int before = context.fasen().overzicht(id).belastbaarheid().size();
        robot.clickOn("#bb-nieuw");
        waitUntil(() -> showing(robot, "#bb-dialog"));
        type(robot, "#bb-uren-week", "200");
        robot.clickOn("#bb-dialog #dialog-save");
        assertTrue(showing(robot, "#bb-dialog"));
        type(robot, "#bb-uren-week", "28");
        robot.interact(() -> robot.lookup("#bb-dynamisch").queryAs(javafx.scene.control.TextArea.class)
                .setText("Niet tillen boven 5 kg"));
        robot.clickOn("#bb-dialog #dialog-save");
        waitUntil(() -> !showing(robot, "#bb-dialog"));
        waitUntil(() -> context.fasen().overzicht(id).belastbaarheid().size() == before + 1);
        assertEquals(28 * 60, context.fasen().overzicht(id).belastbaarheid().getFirst().urenPerWeekMinuten());

        // Vandaag shows the dossier in its new phase.
        robot.clickOn("#nav-vandaag");
        waitUntil(() -> robot.lookup("#vandaag-kaart-" + id).tryQuery()
                .map(n -> ((Label) n).getText().contains("Roeping en persoonsprofiel")).orElse(false));
    }

    @Test
    void ctrlLLogsAContactWithTheKeyboardAndTheHoursAddUp(FxRobot robot) throws Exception {
        int id = openDemoDossier(robot, "Sanne Bakker", "sanne");
        int before = context.contacten().logboek(id).contacten().size();
        int minutesBefore = context.contacten().logboek(id).uren().gerealiseerdMinuten();
        robot.press(KeyCode.CONTROL).press(KeyCode.L).release(KeyCode.L).release(KeyCode.CONTROL);
        waitUntil(() -> showing(robot, "#contact-dialog"));
        assertEquals("60", robot.lookup("#contact-duur").queryAs(TextField.class).getText(), "prefilled with 60 minutes");
        assertEquals("24-11-2026", robot.lookup("#contact-datum").queryAs(TextField.class).getText());
        type(robot, "#contact-duur", "1:30");
        type(robot, "#contact-doel", "Kennismaking en uitleg Poortwachter");
        robot.type(KeyCode.ENTER); // Enter saves
        waitUntil(() -> !showing(robot, "#contact-dialog"));
        waitUntil(() -> context.contacten().logboek(id).contacten().size() == before + 1);
        assertEquals(90, context.contacten().logboek(id).contacten().getFirst().duurMinuten());
        String expected = Duur.tekst(minutesBefore + 90) + " van "
                + Duur.tekst(context.contacten().logboek(id).uren().budgetMinuten());
        waitUntil(() -> robot.lookup("#uren-stand").tryQuery().map(n -> ((Label) n).getText().startsWith(expected))
                .orElse(false));
    }

    @Test
    void aGapInTheRecordShowsOnVandaagAndInTheDossierHeader(FxRobot robot) throws Exception {
        Demoset.load(context.database(), CLOCK);
        robot.clickOn("#nav-dossiers");
        robot.clickOn("#nav-vandaag");
        waitUntil(() -> robot.lookup("#vandaag-gaten").tryQuery().isPresent());
        javafx.scene.layout.VBox gaten = robot.lookup("#vandaag-gaten").queryAs(javafx.scene.layout.VBox.class);
        assertEquals(2, gaten.getChildren().size(),
                "one demo dossier has not been seen for a month, one werkervaringsplek was not evaluated for months");
        robot.clickOn(gaten.getChildren().stream().filter(row -> robot.from(row).lookup("Priya Raghoebarsing")
                .tryQuery().isPresent()).findFirst().orElseThrow());
        waitUntil(() -> robot.lookup("#dossier-detail-gat-geen_contact").tryQuery().isPresent());
        assertEquals("Priya Raghoebarsing", robot.lookup("#dossier-detail-naam").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#dossier-detail-gat-geen_contact").queryAs(Label.class).getText().contains("geen contact"));
    }

    /**
     * A long list on Vandaag shows its first rows and a link to the rest: on the ten-year practice
     * every row of hundreds was built before the start screen could show (issue 21 item 10).
     */
    @Test
    void aLongListOnVandaagShowsItsFirstRowsAndTheRestOnRequest(FxRobot robot) throws Exception {
        for (int i = 0; i < 30; i++) {
            TestDossiers.create(context.database(), String.format("Werknemer %02d", i));
        }
        robot.clickOn("#nav-dossiers");
        robot.clickOn("#nav-vandaag");
        waitUntil(() -> robot.lookup("#vandaag-gaten").tryQuery().isPresent());
        javafx.scene.layout.VBox gaten = robot.lookup("#vandaag-gaten").queryAs(javafx.scene.layout.VBox.class);
        assertEquals(26, Fx.op(() -> gaten.getChildren().size()), "25 rows and the link");
        javafx.scene.control.Hyperlink alle = robot.lookup("#vandaag-gaten-alle").queryAs(javafx.scene.control.Hyperlink.class);
        assertEquals("Alle 30 tonen", alle.getText());
        robot.interact(alle::fire);
        assertEquals(30, Fx.op(() -> gaten.getChildren().size()), "every gap, no link");
        assertTrue(Fx.op(() -> gaten.getChildren().stream().noneMatch(n -> n instanceof javafx.scene.control.Hyperlink)));
    }

    /**
     * Vandaag's first frame holds the first screenful of rows; a list below it says "Laden…" in that
     * frame and has its rows a few frames later (issue 21 item 10: building every row before the first
     * frame was most of unlock -> start screen on the ten-year practice).
     */
    @Test
    void vandaagsFirstFrameHoldsTheFirstScreenfulAndTheRestFollows(FxRobot robot) throws Exception {
        for (int i = 0; i < 40; i++) {
            TestDossiers.create(context.database(), String.format("Werknemer %02d", i));
        }
        robot.clickOn("#nav-dossiers");
        // What the first frame that shows the lists holds, seen in that frame's own layout pulse.
        java.util.concurrent.atomic.AtomicReference<java.util.List<String>> eerste = new java.util.concurrent.atomic.AtomicReference<>();
        javafx.scene.Scene scene = robot.lookup("#nav-vandaag").query().getScene();
        Runnable kijk = () -> {
            if (eerste.get() == null && scene.lookup("#vandaag-gaten") != null) {
                eerste.set(scene.getRoot().lookupAll(".vandaag-laden").stream()
                        .map(n -> ((Label) n).getText()).toList());
            }
        };
        robot.interact(() -> scene.addPostLayoutPulseListener(kijk));
        robot.clickOn("#nav-vandaag");
        waitUntil(() -> eerste.get() != null);
        robot.interact(() -> scene.removePostLayoutPulseListener(kijk));
        assertFalse(eerste.get().isEmpty(), "the cards of 40 dossiers lie below the first screenful");
        assertTrue(eerste.get().stream().allMatch("Laden…"::equals), eerste.get().toString());
        waitUntil(() -> Fx.op(() -> scene.getRoot().lookupAll(".vandaag-laden").isEmpty()));
        // Then every list as before: 25 cards of the 40 and the link to the others.
        javafx.scene.Node kaart = Fx.op(() -> scene.getRoot().lookupAll(".text-muted").stream()
                .filter(n -> n.getId() != null && n.getId().startsWith("vandaag-kaart-")).findFirst().orElseThrow());
        javafx.scene.layout.VBox kaarten = (javafx.scene.layout.VBox) kaart.getParent().getParent().getParent();
        assertEquals(26, Fx.op(() -> kaarten.getChildren().size()), "25 cards and the link");
        assertTrue(Fx.op(() -> kaarten.getChildren().getLast() instanceof javafx.scene.control.Hyperlink));
    }

    @Test
    void invalidInputIsMarkedAndTheDialogStaysOpen(FxRobot robot) throws Exception {
        int before = context.dossiers().list().size();
        robot.clickOn("#nav-dossiers");
        robot.clickOn("#dossier-new");
        waitUntil(() -> showing(robot, "#dossier-dialog"));

        robot.interact(() -> robot.lookup("#werknemer-naam").queryAs(TextField.class).setText("x".repeat(100_000)));
        type(robot, "#werknemer-postcode", "1234 A");
        type(robot, "#traject-eerste-ziektedag", "31-02-2025");
        type(robot, "#werknemer-contracturen", "veel");
        robot.clickOn("#dossier-dialog #dialog-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(showing(robot, "#dossier-dialog"), "the dialog must stay open");
        Label errors = robot.lookup("#dossier-dialog #form-errors").queryAs(Label.class);
        assertTrue(errors.isVisible());
        String text = errors.getText();
        assertTrue(text.contains("Deze datum bestaat niet"), text);
        assertTrue(text.contains("Geen geldige postcode"), text);
        assertTrue(text.contains("te lang"), text);
        assertTrue(text.contains("Geen aantal uren"), text);
        assertTrue(text.contains("Werkgever: Bij loondoorbetaling hoort een werkgever."), text);
        assertTrue(robot.lookup("#traject-eerste-ziektedag").queryAs(TextField.class).getStyleClass().contains("error"));
        assertEquals("31-02-2025", robot.lookup("#traject-eerste-ziektedag").queryAs(TextField.class).getText(),
                "what the coach typed stays as typed");

        // Fix one field: its mark goes, the others stay.
        type(robot, "#traject-eerste-ziektedag", "28-02-2025");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#traject-eerste-ziektedag").queryAs(TextField.class).getStyleClass().contains("error"));
        assertTrue(robot.lookup("#werknemer-postcode").queryAs(TextField.class).getStyleClass().contains("error"));

        robot.clickOn("#dossier-dialog #dialog-cancel");
        waitUntil(() -> !showing(robot, "#dossier-dialog"));
        assertEquals(before, context.dossiers().list().size(), "nothing was saved");
    }
}
