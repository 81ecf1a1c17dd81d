package nl.spoorzoeker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.spoorzoeker.rapportage.Bevinding;
import nl.spoorzoeker.rapportage.Doorlezing;
import nl.spoorzoeker.rapportage.Rapport;
import nl.spoorzoeker.rapportage.RapportModel;
import nl.spoorzoeker.rapportage.Sectie;
import nl.spoorzoeker.testsupport.Fx;
import nl.spoorzoeker.tijdlijn.Mijlpaal;
import nl.spoorzoeker.tijdlijn.MijlpaalSoort;
import nl.spoorzoeker.tijdlijn.MijlpaalStatus;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.input.DateInput;

/**
 * Issue 21, first "Done when": the real window at 1366×768, from "Nieuw dossier" to a final
 * voortgangsrapportage for a werknemer in week 61 whose spoor 2 started late — the takeover step,
 * the late start's documented exception, the first weeks' record (belastbaarheid with its
 * rubrieken, AD-rapport, persoonsprofiel, a zoekprofiel with two directions, contactmomenten with
 * Ctrl+L), then the report written, distributed, its warnings acknowledged and made final. Only
 * clicks and typing; no date of the dossier is changed on the way. {@link OvernameWalkTest} is the
 * same walk through the services.
 */
class OvernameVensterWalkTest extends WindowTestBase {

    static final LocalDate EERSTE_ZIEKTEDAG = LocalDate.of(2025, 9, 16);
    static final LocalDate OPDRACHT = LocalDate.of(2026, 11, 10);
    static final LocalDate START = LocalDate.of(2026, 11, 12);

    @org.testfx.framework.junit5.Start
    @Override
    void start(Stage stage) throws Exception {
        super.start(stage);
        stage.setWidth(1366);
        stage.setHeight(768);
    }

    @Test
    void aCaseTakenOnInWeek61IsWalkedThroughTheWindowToAFinalVoortgangsrapportage(FxRobot robot) throws Exception {
        // 0. A new practice: the coach's name and practice, which every report carries (no report is final without).
        robot.clickOn("#nav-instellingen");
        vervang(robot, "#praktijk-naam", "Anke de Coach");
        vervang(robot, "#praktijk-praktijknaam", "Praktijk De Brug");
        klik(robot, "#praktijk-save");
        wacht(() -> context.praktijk().get().map(p -> "Anke de Coach".equals(p.naam())).orElse(false));

        // 1. Nieuw dossier: week 61, spoor 2 started two days after the opdracht and months after its deadline.
        robot.clickOn("#nav-dossiers");
        robot.clickOn("#dossier-new");
        wacht(() -> showing(robot, "#dossier-dialog"));
        type(robot, "#werknemer-naam", "Çiğdem Yılmaz-Łukasz");
        type(robot, "#werknemer-functie", "Uitvoerder");
        type(robot, "#werknemer-contracturen", "32");
        type(robot, "#traject-eerste-ziektedag", "16-09-2025");
        type(robot, "#traject-opdrachtdatum", "10-11-2026");
        type(robot, "#traject-startdatum", "12-11-2026");
        robot.clickOn("#dossier-new-werkgever");
        wacht(() -> showing(robot, "#werkgever-dialog"));
        type(robot, "#werkgever-naam", "Bouwbedrijf Noord");
        robot.clickOn("#werkgever-dialog #dialog-save");
        wacht(() -> !showing(robot, "#werkgever-dialog")
                && robot.lookup("#dossier-werkgever").queryAs(ComboBox.class).getValue() != null);
        OvernameUiTest.bewaarBeeld(robot, "#dossier-dialog", "walk-1-nieuw-dossier.png");
        robot.clickOn("#dossier-dialog #dialog-save");
        wacht(() -> !showing(robot, "#dossier-dialog"));

        // 2. The takeover step: all before the opdracht unknown, the plan van aanpak with its known date.
        wacht(() -> showing(robot, "#overname-dialog"));
        robot.clickOn("#overname-alles-onbekend");
        type(robot, "#overname-datum-plan-van-aanpak", "09-11-2025");
        robot.clickOn("#overname-save");
        wacht(() -> !showing(robot, "#overname-dialog"));
        int id = context.dossiers().list().getFirst().trajectId();
        wacht(() -> context.tijdlijn().tijdlijn(id).overname() != null
                && !context.tijdlijn().tijdlijn(id).overname().voorOpdracht().isEmpty());

        // 3. The late start's exception, from its row on the timeline, with the document behind it.
        @SuppressWarnings("unchecked")
        TableView<Mijlpaal> mijlpalen = robot.lookup("#mijlpalen-table").queryAs(TableView.class);
        wacht(() -> Fx.op(() -> mijlpalen.getItems().stream().anyMatch(m -> m.status() == MijlpaalStatus.VOOR_OPDRACHT)));
        Mijlpaal start = Fx.op(() -> mijlpalen.getItems().stream().filter(m -> m.soort() == MijlpaalSoort.START_SPOOR_2)
                .findFirst().orElseThrow());
        assertTrue(start.teLaatGedaan(), "the start is late");
        robot.interact(() -> mijlpalen.scrollTo(start));
        klik(robot, "#tijdlijn-uitzondering");
        wacht(() -> showing(robot, "#uitzondering-dialog"));
        robot.clickOn("#uitzondering-reden").write("Volgens de bedrijfsarts was deelname tot 1 november niet mogelijk.", 0);
        robot.clickOn("#uitzondering-document").write("Verklaring bedrijfsarts", 0);
        type(robot, "#uitzondering-datum", "20-10-2026");
        robot.clickOn("#uitzondering-save");
        wacht(() -> !showing(robot, "#uitzondering-dialog"));
        wacht(() -> context.tijdlijn().tijdlijn(id).uitzondering() != null);

        // 4. Belastbaarheid as the bedrijfsarts wrote it, every rubriek.
        tab(robot, "#tab-belastbaarheid");
        klik(robot, "#bb-nieuw");
        wacht(() -> showing(robot, "#bb-dialog"));
        type(robot, "#bb-datum", "20-10-2026");
        type(robot, "#bb-uren-dag", "5");
        type(robot, "#bb-uren-week", "24");
        schrijf(robot, "#bb-opbouw", "Opbouwen van 12 naar 24 uur per week in zes weken.");
        schrijf(robot, "#bb-persoonlijk", "Werk met voorspelbare taken; pauzes zelf indelen.");
        schrijf(robot, "#bb-sociaal", "Geen beperkingen in samenwerken.");
        schrijf(robot, "#bb-omgeving", "Geen lawaaiige omgeving.");
        schrijf(robot, "#bb-dynamisch", "Niet tillen boven 10 kg.");
        schrijf(robot, "#bb-statisch", "Afwisselen van zitten en staan.");
        schrijf(robot, "#bb-werktijd", "Overdag, niet in ploegendienst.");
        OvernameUiTest.bewaarBeeld(robot, "#bb-dialog", "walk-2-belastbaarheid.png");
        opslaan(robot, "#bb-dialog");
        wacht(() -> context.fasen().overzicht(id).belastbaarheid().size() == 1);

        // 5. The AD-rapport, a persoonsprofiel and a zoekprofiel with two directions.
        tab(robot, "#tab-profielen");
        klik(robot, "#ad-nieuw");
        wacht(() -> showing(robot, "#ad-dialog"));
        type(robot, "#ad-datum", "01-10-2026");
        type(robot, "#ad-arbeidsdeskundige", "M. de Boer");
        schrijf(robot, "#ad-zoekrichtingen", "Werkvoorbereiding; planning.");
        opslaan(robot, "#ad-dialog");
        wacht(() -> !context.profielen().profielen(id).adRapporten().isEmpty());

        klik(robot, "#pp-bewerk");
        wacht(() -> showing(robot, "#pp-dialog"));
        schrijf(robot, "#pp-opleiding", "mbo 4 bouwkunde");
        schrijf(robot, "#pp-werkervaring", "Twintig jaar uitvoerder in de woningbouw.");
        schrijf(robot, "#pp-competenties", "Plannen, overzicht houden.");
        schrijf(robot, "#pp-interesses", "Techniek, organiseren.");
        type(robot, "#pp-riasec", "RCE");
        schrijf(robot, "#pp-drijfveren", "Vakmanschap.");
        schrijf(robot, "#pp-waarden", "Betrouwbaarheid.");
        schrijf(robot, "#pp-wensen", "Dicht bij huis.");
        opslaan(robot, "#pp-dialog");
        wacht(() -> !context.profielen().profielen(id).persoonsprofielen().isEmpty());

        klik(robot, "#zp-bewerk");
        wacht(() -> showing(robot, "#zp-dialog"));
        richting(robot, 1, "Werkvoorbereider bouw", "mbo 4", "Bouw", "24", "Binnen 30 minuten reizen",
                "Past bij zijn ervaring en het advies van de arbeidsdeskundige.");
        richting(robot, 2, "Planner onderhoud", "mbo 4", "Techniek", "20", "Binnen 45 minuten reizen",
                "Plannen is een sterk punt.");
        OvernameUiTest.bewaarBeeld(robot, "#zp-dialog", "walk-3-zoekprofiel.png");
        opslaan(robot, "#zp-dialog");
        wacht(() -> !context.profielen().profielen(id).zoekprofielen().isEmpty());
        assertEquals(2, context.profielen().profielen(id).zoekprofielen().getFirst().richtingen().size());

        // 6. Contactmomenten: Ctrl+L, the summary (the cursor starts there), the date and goal, Ctrl+Enter.
        contact(robot, id, "12-11-2026", "Kennismaking", "Dossier doorgenomen; verwachtingen besproken.");
        contact(robot, id, "17-11-2026", "Persoonsprofiel", "Opleiding, ervaring en wensen in kaart gebracht.");
        contact(robot, id, "24-11-2026", "Zoekprofiel", "Twee zoekrichtingen gekozen; volgende week vacatures zoeken.");

        // 7. A voortgangsrapportage over the weeks since the start.
        tab(robot, "#tab-rapportages");
        klik(robot, "#rapport-nieuw");
        wacht(() -> showing(robot, "#rapport-nieuw-dialog"));
        type(robot, "#rapport-van", "12-11-2026");
        opslaan(robot, "#rapport-nieuw-dialog");
        wacht(() -> showing(robot, "#rapport-editor"));
        int rapport = context.rapportOpslag().vanDossier(id).getFirst().id();
        vervang(robot, "#rapport-tekst-SAMENVATTING",
                "Traject overgenomen in week 61; dossier compleet gemaakt en de eerste gesprekken gevoerd.");
        vervang(robot, "#rapport-tekst-ANALYSE_PROFIELEN",
                "Zijn ervaring als uitvoerder past bij werkvoorbereiding; plannen is een sterk punt.");
        vervang(robot, "#rapport-tekst-BIJSTELLINGEN", "Geen bijstelling nodig: het traject is net gestart.");
        vervang(robot, "#rapport-tekst-PLANNING", "Vacatures zoeken in beide richtingen; netwerkgesprekken plannen.");
        vervang(robot, "#rapport-spoor1", "Geen passende functies bij de eigen werkgever (AD-rapport 01-10-2026).");
        vervang(robot, "#rapport-visie", "Ik herken mij in deze rapportage.");
        kies(robot, "#rapport-akkoord", "Mondeling akkoord");
        vervang(robot, "#rapport-akkoord-datum", "24-11-2026");
        wacht(() -> {
            var invoer = context.rapportOpslag().invoer(rapport);
            return invoer.akkoord() != null && invoer.akkoord().soort() == RapportModel.AkkoordSoort.MONDELING
                    && LocalDate.of(2026, 11, 24).equals(invoer.akkoord().datum())
                    && invoer.teksten().get(Sectie.PLANNING) != null;
        });
        // No dead end: with the record kept and the report written, nothing blocks.
        try {
            wacht(() -> blokkades(rapport).isEmpty());
        } catch (java.util.concurrent.TimeoutException e) {
            assertEquals(java.util.List.of(), blokkades(rapport), "blockers left");
        }
        wacht(() -> Fx.op(() -> robot.lookup("#rapport-checklist").query().lookupAll(".label").stream()
                .noneMatch(l -> ((javafx.scene.control.Label) l).getText().startsWith("Blokkade"))));
        OvernameUiTest.bewaarBeeld(robot, "#rapport-editor", "walk-4-rapport-editor.png");
        klik(robot, "#rapport-sluiten");
        wacht(() -> !showing(robot, "#rapport-editor"));

        // 8. The werknemer's copy, recorded in the distribution.
        kiesRapport(robot);
        klik(robot, "#rapport-verzend");
        wacht(() -> showing(robot, "#verzend-dialog"));
        opslaan(robot, "#verzend-dialog");
        wacht(() -> context.rapportOpslag().verzendingen(rapport).stream()
                .anyMatch(v -> v.soort() == RapportModel.OntvangerSoort.WERKNEMER));

        // 9. Back in the editor: every remaining warning acknowledged with a reason, then final.
        kiesRapport(robot);
        klik(robot, "#rapport-openen");
        wacht(() -> showing(robot, "#rapport-editor"));
        int erkend = 0;
        while (true) {
            wacht(() -> !Fx.op(() -> robot.lookup("#rapport-checklist").queryAs(javafx.scene.layout.VBox.class)
                    .getChildren().isEmpty()));
            var open = context.rapportOpslag().controleer(rapport, I18n.teksten()).openWaarschuwingen();
            if (open.isEmpty()) {
                break;
            }
            int voor = open.size();
            String knop = "#rapport-erken-" + open.getFirst().controle();
            wacht(() -> robot.lookup(knop).tryQuery().isPresent());
            klik(robot, knop);
            if (open.getFirst().controle().equals(Doorlezing.CONTROLE)) {
                // The read-through (issue 17): every passage shown; confirming waits for the box, Enter does not confirm.
                wacht(() -> showing(robot, "#rapport-doorlezen"));
                robot.targetWindow(robot.lookup("#rapport-doorlezen").query().getScene().getWindow());
                assertTrue(Fx.op(() -> !robot.lookup("#rapport-doorlezen-passages").queryAs(javafx.scene.layout.VBox.class)
                        .getChildren().isEmpty()));
                assertTrue(Fx.op(() -> robot.lookup("#rapport-doorlezen-ja").queryAs(Button.class).isDisabled()));
                robot.type(KeyCode.ENTER);
                assertTrue(showing(robot, "#rapport-doorlezen"), "Enter confirms nothing that was not read");
                OvernameUiTest.bewaarBeeld(robot, "#rapport-doorlezen", "walk-5a-doorlezen.png");
                klik(robot, "#rapport-doorlezen-gelezen");
                wacht(() -> Fx.op(() -> !robot.lookup("#rapport-doorlezen-ja").queryAs(Button.class).isDisabled()));
                klik(robot, "#rapport-doorlezen-ja");
                wacht(() -> !showing(robot, "#rapport-doorlezen"));
                wacht(() -> context.rapportOpslag().controleer(rapport, I18n.teksten()).openWaarschuwingen().size() < voor);
                erkend++;
                continue;
            }
            wacht(() -> showing(robot, "#rapport-erken-vraag"));
            robot.targetWindow(robot.lookup("#rapport-erken-vraag").query().getScene().getWindow());
            robot.write("Besproken met werkgever en werknemer; geen gevolgen voor het plan.", 0);
            robot.type(KeyCode.ENTER);
            wacht(() -> !showing(robot, "#rapport-erken-vraag"));
            wacht(() -> context.rapportOpslag().controleer(rapport, I18n.teksten()).openWaarschuwingen().size() < voor);
            erkend++;
        }
        wacht(() -> robot.lookup("#rapport-definitief").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        OvernameUiTest.bewaarBeeld(robot, "#rapport-editor", "walk-5-checklist-erkend.png");
        klik(robot, "#rapport-definitief");
        wacht(() -> showing(robot, "#rapport-definitief-vraag"));
        OvernameUiTest.bewaarBeeld(robot, "#rapport-definitief-vraag", "walk-6-definitief-vraag.png");
        robot.clickOn("#rapport-definitief-vraag-ja");
        wacht(() -> context.rapportOpslag().rapport(rapport).status() == Rapport.Status.DEFINITIEF);
        wacht(() -> !showing(robot, "#rapport-editor"));

        // The report is final and sealed.
        Rapport definitief = context.rapportOpslag().rapport(rapport);
        assertNotNull(definitief.sha256());
        assertTrue(definitief.sha256().matches("[0-9a-f]{64}"), definitief.sha256());
        System.out.printf("walk: %d warnings acknowledged with a reason%n", erkend);
        assertTrue(erkend > 0, "the walk met a warning to acknowledge (C17: the RIV lacks what happened before the opdracht)");

        // Not one date of the dossier was changed on the way.
        var traject = context.dossiers().find(id).orElseThrow().traject();
        assertEquals(EERSTE_ZIEKTEDAG, traject.eersteZiektedag());
        assertEquals(OPDRACHT, traject.opdrachtdatum());
        assertEquals(START, traject.startdatum());

        // The start stays late on the timeline; its exception is what makes it acceptable.
        tab(robot, "#tab-tijdlijn");
        @SuppressWarnings("unchecked")
        TableView<Mijlpaal> daarna = robot.lookup("#mijlpalen-table").queryAs(TableView.class);
        wacht(() -> Fx.op(() -> daarna.getItems().stream().anyMatch(m -> m.soort() == MijlpaalSoort.START_SPOOR_2)));
        Mijlpaal startDaarna = Fx.op(() -> daarna.getItems().stream().filter(m -> m.soort() == MijlpaalSoort.START_SPOOR_2)
                .findFirst().orElseThrow());
        assertTrue(startDaarna.teLaatGedaan(), "the start stays late");
        assertEquals(START, startDaarna.gedaanOp());
        // As shown: red, "te laat", with its exception recorded.
        robot.interact(() -> daarna.scrollTo(startDaarna));
        wacht(() -> statuscel(robot, MijlpaalSoort.START_SPOOR_2) != null);
        javafx.scene.control.TableCell<?, ?> cel = statuscel(robot, MijlpaalSoort.START_SPOOR_2);
        String status = Fx.op(cel::getText);
        assertTrue(Fx.op(() -> cel.getStyleClass().contains("status-te_laat")), status);
        assertTrue(status.contains("na de termijn") && status.contains("uitzondering vastgelegd"), status);
        OvernameUiTest.bewaarBeeld(robot, "#mijlpalen-table", "walk-7-tijdlijn-na-rapport.png");

        // The final PDF says the dossier was taken over and names the exception's document.
        try (var doc = org.apache.pdfbox.Loader.loadPDF(context.rapportOpslag().pdf(rapport))) {
            String tekst = new org.apache.pdfbox.text.PDFTextStripper().getText(doc)
                    .replaceAll("\u00AD\\R", "").replaceAll("\\s+", " ");
            assertTrue(tekst.contains("vóór de opdracht van de coach"), "the takeover line: " + tekst);
            assertTrue(tekst.contains("Verklaring bedrijfsarts"), "the exception's document: " + tekst);
            assertFalse(tekst.contains("[AANVULLEN"), "nothing left to fill in: " + tekst);
        }
    }

    /** The status cell the timeline shows for a milestone (null while its row is not rendered). */
    private static javafx.scene.control.TableCell<?, ?> statuscel(FxRobot robot, MijlpaalSoort soort) {
        return Fx.op(() -> robot.lookup("#mijlpalen-table .table-cell").queryAll().stream()
                .map(n -> (javafx.scene.control.TableCell<?, ?>) n)
                .filter(c -> c.getItem() instanceof Mijlpaal m && m.soort() == soort && c.getText() != null
                        && c.getStyleClass().stream().anyMatch(k -> k.startsWith("status-")))
                .findFirst().orElse(null));
    }

    private java.util.List<String> blokkades(int rapport) {
        return context.rapportOpslag().controleer(rapport, I18n.teksten()).bevindingen().stream()
                .filter(b -> b.ernst() == Bevinding.Ernst.BLOKKADE).map(b -> b.controle() + " " + b.tekst(I18n.teksten())).toList();
    }

    /** Longer than the base's wait: saving a dossier or a report takes seconds on a busy machine. */
    private static void wacht(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A dossier tab, by its header, as the coach picks it. */
    private static void tab(FxRobot robot, String tabId) throws Exception {
        robot.clickOn(tabId + " .tab-label");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls what holds {@code query} until it is in view, as the coach would, then clicks it. */
    private static void klik(FxRobot robot, String query) throws Exception {
        wacht(() -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
        Node node = robot.lookup(query).query();
        robot.interact(() -> inBeeld(node));
        robot.clickOn(node);
    }

    /** Scrolls every scroll pane around {@code node}, innermost first, so that the node is in view. */
    private static void inBeeld(Node node) {
        for (javafx.scene.Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane sp && sp.getContent() != null) {
                Bounds inhoud = sp.getContent().getLayoutBounds();
                Bounds plek = sp.getContent().sceneToLocal(node.localToScene(node.getLayoutBounds()));
                double ruimte = inhoud.getHeight() - sp.getViewportBounds().getHeight();
                if (ruimte > 0) {
                    double boven = ruimte * sp.getVvalue();
                    if (plek.getMinY() < boven || plek.getMaxY() > boven + sp.getViewportBounds().getHeight()) {
                        sp.setVvalue(Math.min(1, Math.max(0, (plek.getMinY() - 20) / ruimte)));
                    }
                }
                sp.layout();
            }
        }
    }

    /** A text field or area: clicked into, emptied, typed. */
    private static void vervang(FxRobot robot, String query, String tekst) throws Exception {
        klik(robot, query);
        robot.interact(() -> robot.lookup(query).queryAs(TextInputControl.class).clear());
        robot.write(tekst, 0); // every key typed, without TestFX's pause after each (minutes over this walk)
    }

    private static void schrijf(FxRobot robot, String query, String tekst) throws Exception {
        vervang(robot, query, tekst);
    }

    /** Opens a choice list with a click and clicks the item that reads {@code tekst}. */
    private static void kies(FxRobot robot, String query, String tekst) throws Exception {
        klik(robot, query);
        wacht(() -> robot.lookup(".list-cell").queryAll().stream()
                .anyMatch(c -> c instanceof ListCell<?> cell && tekst.equals(cell.getText()) && cell.isVisible()));
        Node item = robot.lookup(".list-cell").queryAll().stream()
                .filter(c -> c instanceof ListCell<?> cell && tekst.equals(cell.getText()) && cell.isVisible())
                .findFirst().orElseThrow();
        robot.clickOn(item);
        wacht(() -> Fx.op(() -> robot.lookup(query).queryAs(ComboBox.class).getValue() != null
                && !robot.lookup(query).queryAs(ComboBox.class).isShowing()));
    }

    private static void opslaan(FxRobot robot, String dialog) throws Exception {
        robot.clickOn(dialog + " #dialog-save");
        wacht(() -> !showing(robot, dialog));
    }

    private static void richting(FxRobot robot, int n, String functie, String niveau, String sector, String uren,
                                 String regio, String onderbouwing) throws Exception {
        vervang(robot, "#zr" + n + "-functie", functie);
        vervang(robot, "#zr" + n + "-niveau", niveau);
        vervang(robot, "#zr" + n + "-sector", sector);
        vervang(robot, "#zr" + n + "-uren", uren);
        vervang(robot, "#zr" + n + "-regio", regio);
        vervang(robot, "#zr" + n + "-onderbouwing", onderbouwing);
    }

    /** Ctrl+L opens the form with the cursor in the summary; the date and the goal are typed after it. */
    private void contact(FxRobot robot, int id, String datum, String doel, String samenvatting) throws Exception {
        int voor = context.contacten().logboek(id).contacten().size();
        robot.targetWindow(robot.lookup("#nav-dossiers").query().getScene().getWindow());
        robot.press(KeyCode.CONTROL).press(KeyCode.L).release(KeyCode.L).release(KeyCode.CONTROL);
        wacht(() -> showing(robot, "#contact-dialog"));
        wacht(() -> Fx.op(() -> robot.lookup("#contact-dialog").query().getScene().getFocusOwner() != null
                && "contact-samenvatting".equals(robot.lookup("#contact-dialog").query().getScene().getFocusOwner().getId())));
        robot.targetWindow(robot.lookup("#contact-dialog").query().getScene().getWindow());
        robot.write(samenvatting, 0);
        vervang(robot, "#contact-datum", datum);
        vervang(robot, "#contact-doel", doel);
        if (voor == 0) {
            OvernameUiTest.bewaarBeeld(robot, "#contact-dialog", "walk-contact.png");
        }
        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
        wacht(() -> !showing(robot, "#contact-dialog"));
        wacht(() -> context.contacten().logboek(id).contacten().size() == voor + 1);
        var c = context.contacten().logboek(id).contacten().stream().filter(x -> samenvatting.equals(x.samenvatting()))
                .findFirst().orElseThrow();
        assertEquals(DateInput.parse(datum).value(), c.moment().toLocalDate());
        assertEquals(doel, c.doel());
    }

    /** Selects the (only) report in the list with a click on its row. */
    private static void kiesRapport(FxRobot robot) throws Exception {
        wacht(() -> robot.lookup("#rapportages-table .table-row-cell").queryAll().stream()
                .anyMatch(r -> r instanceof javafx.scene.control.TableRow<?> row && !row.isEmpty()));
        Node rij = robot.lookup("#rapportages-table .table-row-cell").queryAll().stream()
                .filter(r -> r instanceof javafx.scene.control.TableRow<?> row && !row.isEmpty()).findFirst().orElseThrow();
        robot.clickOn(rij);
        wacht(() -> robot.lookup("#rapportages-table").queryAs(TableView.class).getSelectionModel().getSelectedItem() != null);
    }
}
