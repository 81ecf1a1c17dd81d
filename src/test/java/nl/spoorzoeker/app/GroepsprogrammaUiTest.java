package nl.spoorzoeker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import nl.spoorzoeker.testsupport.Ics;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import nl.spoorzoeker.ui.I18n;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.spoorzoeker.groep.Groepsprogramma;
import nl.spoorzoeker.groep.GroepsprogrammaService;
import nl.spoorzoeker.testsupport.TestDossiers;
import nl.spoorzoeker.ui.DossierTab;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import nl.spoorzoeker.agenda.Afspraak;
import nl.spoorzoeker.groep.Roosterpatroon;
import nl.spoorzoeker.logboek.Groepssessie;
import nl.spoorzoeker.testsupport.Fx;
import nl.spoorzoeker.taal.Teksten;

/**
 * A group programme on the real window at 1366x768: created with its group and trainers, its
 * schedule planned in one step, one meeting recorded as held with one participant absent; the
 * meeting is then in the two present participants' logbooks and not in the absent one's.
 * Screenshots go to target/screenshots-groep (not committed).
 */
@Tag("ui")
class GroepsprogrammaUiTest extends WindowTestBase {

    private static final Path SCHERMEN = Path.of("target", "screenshots-groep");
    private Stage stage;

    @org.testfx.framework.junit5.Start
    @Override
    void start(Stage stage) throws Exception {
        super.start(stage);
        this.stage = stage;
        stage.setWidth(1366);
        stage.setHeight(768);
    }

    @Test
    void createAProgrammePlanItsScheduleRecordAMeetingAndFindItInThePresentParticipantsLogs(FxRobot robot)
            throws Exception {
        int anna = TestDossiers.create(context.database(), "Anna de Vries");
        int bram = TestDossiers.create(context.database(), "Bram Jansen");
        int cem = TestDossiers.create(context.database(), "Cem Yıldız");
        GroepsprogrammaService service = new GroepsprogrammaService(context.database(), CLOCK);

        robot.clickOn("#nav-groepsprogrammas");
        waitUntil(() -> robot.lookup("#programma-nieuw").tryQuery().isPresent());
        Platform.runLater(() -> robot.lookup("#programma-nieuw").queryAs(Button.class).fire());
        waitUntil(() -> showing(robot, "#programma-dialog"));
        type(robot, "#programma-start", "01-11-2026");
        type(robot, "#programma-locatie", "Praktijkruimte, Utrecht");
        robot.interact(() -> robot.lookup("#programma-trainers").queryAs(TextArea.class)
                .setText("Ellen Coach\nRuud Collega"));
        for (int id : List.of(anna, bram, cem)) {
            robot.interact(() -> robot.lookup("#programma-deelnemer-" + id).queryAs(CheckBox.class).setSelected(true));
        }
        schermafdruk(robot.lookup("#programma-dialog").query(), "programma-dialoog");
        for (int id : List.of(anna, bram, cem)) {
            heelZichtbaar(robot, "#programma-deelnemers", "#programma-vanaf-" + id);
            heelZichtbaar(robot, "#programma-deelnemers", "#programma-tot-" + id);
        }
        type(robot, "#programma-naam", "Groep november");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !showing(robot, "#programma-dialog"));
        waitUntil(() -> service.lijst().size() == 1);
        int programma = service.lijst().getFirst().programma().id();
        assertEquals(List.of("Ellen Coach", "Ruud Collega"), service.detail(programma).orElseThrow().programma().trainers());
        waitUntil(() -> robot.lookup("#programma-titel").tryQuery()
                .map(n -> ((Labeled) n).getText().equals("Groep november")).orElse(false));

        Platform.runLater(() -> robot.lookup("#programma-plan").queryAs(Button.class).fire());
        waitUntil(() -> showing(robot, "#rooster-dialog"));
        type(robot, "#rooster-intervisie", "4");
        schermafdruk(robot.lookup("#rooster-dialog").query(), "rooster-dialoog");
        type(robot, "#rooster-aantal", "8");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !showing(robot, "#rooster-dialog"));
        waitUntil(() -> service.detail(programma).orElseThrow().bijeenkomsten().size() == 8);
        Groepsprogramma.Bijeenkomst eerste = service.detail(programma).orElseThrow().bijeenkomsten().getFirst();
        assertEquals(LocalDateTime.of(2026, 11, 3, 10, 0), eerste.begin(), "the first Tuesday from 1 November, 10:00");

        @SuppressWarnings("unchecked")
        TableView<Groepsprogramma.Bijeenkomst> rooster = robot.lookup("#programma-rooster").queryAs(TableView.class);
        waitUntil(() -> rooster.getItems().size() == 8);
        schermafdruk(robot.lookup("#groepsprogrammas").query(), "programma-scherm");
        robot.interact(() -> rooster.getSelectionModel().select(0));
        Platform.runLater(() -> robot.lookup("#bijeenkomst-verslag").queryAs(Button.class).fire());
        waitUntil(() -> showing(robot, "#verslag-dialog"));
        robot.interact(() -> robot.lookup("#verslag-aanwezig-" + cem).queryAs(CheckBox.class).setSelected(false));
        robot.interact(() -> robot.lookup("#verslag-samenvatting").queryAs(TextArea.class)
                .setText("We oefenden de eigen pitch in tweetallen."));
        type(robot, "#verslag-reden-" + cem, "Afspraak bij het UWV");
        schermafdruk(robot.lookup("#verslag-dialog").query(), "verslag-dialoog");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !showing(robot, "#verslag-dialog"));
        waitUntil(() -> service.detail(programma).orElseThrow().bijeenkomsten().getFirst().gehouden());
        assertEquals("Ellen Coach", service.detail(programma).orElseThrow().bijeenkomsten().getFirst().trainer(),
                "the first trainer unless the coach chooses another");

        for (int id : List.of(anna, bram)) {
            assertTrue(inLogboek(robot, id, eerste.onderwerp()), "the meeting is in the log of dossier " + id);
            assertEquals(120, context.contacten().logboek(id).uren().groepMinuten(), "two hours for each present");
        }
        assertFalse(inLogboek(robot, cem, eerste.onderwerp()), "not in the absent participant's log");
        assertEquals(0, context.contacten().logboek(cem).uren().groepMinuten());
    }

    /**
     * The case: eight participants and ten meetings planned in one step on a laptop screen.
     * Every from/until date shows whole, every participant's Afspraken tab and .ics holds the ten
     * meetings under their own UIDs, and recording one with someone absent changes the hours.
     */
    @Test
    void eightParticipantsTenMeetingsInOneStepInEveryonesAfsprakenAndIcsAndAttendanceSetsTheHours(FxRobot robot)
            throws Exception {
        List<String> namen = List.of("Anna de Vries-van der Berg", "Bram Jansen", "Cem Yıldız", "Dewi Santoso",
                "Els Hoogeveen-Kuipers", "Fatima El Amrani", "Gert-Jan Vermeulen", "Hanna Bakker");
        List<Integer> ids = new java.util.ArrayList<>();
        for (String naam : namen) {
            ids.add(TestDossiers.create(context.database(), naam));
        }
        GroepsprogrammaService service = new GroepsprogrammaService(context.database(), CLOCK);
        robot.clickOn("#nav-groepsprogrammas");
        waitUntil(() -> robot.lookup("#programma-nieuw").tryQuery().isPresent());
        Platform.runLater(() -> robot.lookup("#programma-nieuw").queryAs(Button.class).fire());
        waitUntil(() -> showing(robot, "#programma-dialog"));
        type(robot, "#programma-start", "01-11-2026");
        robot.interact(() -> robot.lookup("#programma-trainers").queryAs(TextArea.class).setText("Ellen Coach"));
        for (int id : ids) {
            robot.interact(() -> robot.lookup("#programma-deelnemer-" + id).queryAs(CheckBox.class).setSelected(true));
        }
        type(robot, "#programma-tot-" + ids.getLast(), "30-11-2026");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        schermafdruk(robot.lookup("#programma-dialog").query(), "programma-acht");
        for (int id : ids) {
            heelZichtbaar(robot, "#programma-deelnemers", "#programma-vanaf-" + id);
            heelZichtbaar(robot, "#programma-deelnemers", "#programma-tot-" + id);
        }
        type(robot, "#programma-naam", "Groep acht");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !showing(robot, "#programma-dialog"));
        waitUntil(() -> service.lijst().size() == 1);
        int programma = service.lijst().getFirst().programma().id();
        waitUntil(() -> robot.lookup("#programma-titel").tryQuery()
                .map(n -> ((Labeled) n).getText().equals("Groep acht")).orElse(false));
        Platform.runLater(() -> robot.lookup("#programma-plan").queryAs(Button.class).fire());
        waitUntil(() -> showing(robot, "#rooster-dialog"));
        type(robot, "#rooster-aantal", "10");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !showing(robot, "#rooster-dialog"));
        waitUntil(() -> service.detail(programma).orElseThrow().bijeenkomsten().size() == 10);
        List<Groepsprogramma.Bijeenkomst> rooster = service.detail(programma).orElseThrow().bijeenkomsten();
        List<String> uids = rooster.stream().map(Groepsprogramma.Bijeenkomst::uid).toList();

        var agenda = context.afspraken();
        for (int id : ids.subList(0, 7)) {
            assertEquals(uids, agenda.vanDossier(id).stream().map(Afspraak::uid).toList(),
                    "the ten meetings in dossier " + id);
        }
        long inNovember = rooster.stream().filter(b -> b.begin().getMonthValue() == 11).count();
        assertEquals(inNovember, agenda.vanDossier(ids.getLast()).size(), "the last one leaves on 30 November");
        // Every participant's .ics: valid, their meetings (ten, or November's for the one who leaves), nobody named.
        for (int id : ids) {
            Path ics = Files.createTempFile("deelnemer", ".ics");
            agenda.exporteer(agenda.vanDossier(id), ics, false);
            String tekst = Files.readString(ics);
            net.fortuna.ical4j.model.Calendar cal = Ics.geldig(tekst);
            assertEquals(id == ids.getLast() ? inNovember : 10, cal.getComponents("VEVENT").size(), "dossier " + id);
            for (String naam : namen) {
                assertFalse(tekst.contains(naam.split(" ")[0]), "no participant named in the .ics: " + naam);
            }
            Files.delete(ics);
        }
        robot.interact(() -> window.openDossier(ids.get(1), DossierTab.AFSPRAKEN));
        waitUntil(() -> robot.lookup("#afspraken-table").tryQuery().map(n -> ((TableView<?>) n).getItems().size() >= 10)
                .orElse(false));
        schermafdruk(robot.lookup("#afspraken-table").query(), "afspraken-deelnemer");

        // Recorded with one absent: the hours follow the attendance.
        robot.clickOn("#nav-groepsprogrammas");
        @SuppressWarnings("unchecked")
        TableView<Groepsprogramma.Bijeenkomst> tabel = robot.lookup("#programma-rooster").queryAs(TableView.class);
        waitUntil(() -> tabel.getItems().size() == 10);
        robot.interact(() -> tabel.getSelectionModel().select(0));
        int afwezig = ids.get(2);
        Platform.runLater(() -> robot.lookup("#bijeenkomst-verslag").queryAs(Button.class).fire());
        waitUntil(() -> showing(robot, "#verslag-dialog"));
        robot.interact(() -> robot.lookup("#verslag-aanwezig-" + afwezig).queryAs(CheckBox.class).setSelected(false));
        for (int id : ids.subList(0, 7)) {
            heelZichtbaar(robot, "#verslag-aanwezigheid", "#verslag-reden-" + id);
        }
        robot.interact(() -> robot.lookup("#verslag-samenvatting").queryAs(TextArea.class).setText(verslagtekst(1)));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !showing(robot, "#verslag-dialog"));
        waitUntil(() -> service.detail(programma).orElseThrow().bijeenkomsten().getFirst().gehouden());
        // All eight: the one who leaves on 30 November was there for this first meeting.
        for (int id : ids) {
            assertEquals(id == afwezig ? 0 : 120, context.contacten().logboek(id).uren().groepMinuten(),
                    "attendance sets the hours of dossier " + id);
        }

        // The other nine held as well (recorded as the dialog does, through the service: the dialog is tested above),
        // each with its own summary and one participant absent: a different pattern per participant.
        java.util.Map<Integer, List<Groepsprogramma.Bijeenkomst>> bijgewoond = new java.util.HashMap<>();
        for (int id : ids) {
            bijgewoond.put(id, new java.util.ArrayList<>(id == afwezig ? List.of() : List.of(rooster.getFirst())));
        }
        for (int n = 2; n <= 10; n++) {
            Groepsprogramma.Bijeenkomst b = rooster.get(n - 1);
            int weg = ids.get(n % 8);
            Groepsprogramma.Verslag concept = service.verslag(b.id()).orElseThrow();
            List<Groepsprogramma.Aanwezigheid> lijst = concept.aanwezigheid().stream()
                    .map(a -> a.dossierId() == weg ? new Groepsprogramma.Aanwezigheid(a.dossierId(), a.naam(), false, "Ziek")
                            : a).toList();
            service.legVast(new Groepsprogramma.Verslag(b.id(), concept.trainer(), lijst, verslagtekst(n),
                    concept.verdeling(), concept.declarabel()));
            lijst.stream().filter(Groepsprogramma.Aanwezigheid::aanwezig).forEach(a -> bijgewoond.get(a.dossierId()).add(b));
        }
        java.time.format.DateTimeFormatter wanneer = java.time.format.DateTimeFormatter.ofPattern("dd-MM-uuuu HH:mm");
        for (int i = 0; i < ids.size(); i++) {
            int id = ids.get(i);
            List<Groepsprogramma.Bijeenkomst> eigen = bijgewoond.get(id);
            assertEquals(120 * eigen.size(), context.contacten().logboek(id).uren().groepMinuten(), "hours of dossier " + id);
            List<String> verwacht = eigen.stream().map(b -> verslagtekst(rooster.indexOf(b) + 1)).sorted().toList();
            List<List<String>> log = logRegels(robot, id, verwacht);
            for (Groepsprogramma.Bijeenkomst b : rooster) {
                String tekst = verslagtekst(rooster.indexOf(b) + 1);
                List<List<String>> met = log.stream().filter(r -> r.stream().anyMatch(c -> c.contains(tekst))).toList();
                if (eigen.contains(b)) {
                    assertEquals(1, met.size(), "exactly once in the log of " + namen.get(i) + ": " + tekst + " in " + log);
                    assertEquals(wanneer.format(b.begin()), met.getFirst().getFirst(), "dated as the meeting: " + tekst);
                } else {
                    assertEquals(0, met.size(), "absent or not in the group: " + tekst + " in the log of " + namen.get(i));
                }
            }
            // Group privacy: nobody else of the group is named anywhere in this participant's log.
            String alles = log.toString();
            for (String ander : namen) {
                if (ander.equals(namen.get(i))) {
                    continue;
                }
                for (String deel : List.of(ander, ander.split(" ")[0])) {
                    assertFalse(java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(deel) + "\\b")
                            .matcher(alles).find(), deel + " in the log of " + namen.get(i) + ": " + alles);
                }
            }
        }
    }

    /** Meeting n's summary: none is a part of another ("Sessie 1:" is not in "Sessie 10:"). */
    private static String verslagtekst(int n) {
        return "Sessie " + n + ": we oefenden in tweetallen wat werkt bij een gesprek met een werkgever.";
    }

    /**
     * The rows of a dossier's log as the window shows them, every column's text (its first the
     * date and time), of all rows, shown or scrolled away. The table is reused from the dossier shown
     * before, so this waits (10 s at most) until the meetings' summaries in it are
     * {@code samenvattingen} — each participant's set differs — and then returns the rows as they
     * are, for the caller's assertions to say what differs.
     */
    private List<List<String>> logRegels(FxRobot robot, int dossier, List<String> samenvattingen) throws Exception {
        robot.interact(() -> window.openDossier(dossier, DossierTab.LOGBOEK));
        java.util.function.Supplier<List<List<String>>> lees = () -> Fx.op(() -> robot.lookup("#contacten-table").tryQuery()
                .filter(Node::isVisible).map(n -> {
                    TableView<?> tabel = (TableView<?>) n;
                    List<List<String>> rijen = new java.util.ArrayList<>();
                    for (int r = 0; r < tabel.getItems().size(); r++) {
                        List<String> rij = new java.util.ArrayList<>();
                        for (var kolom : tabel.getColumns()) {
                            Object waarde = kolom.getCellData(r);
                            rij.add(waarde == null ? "" : waarde.toString());
                        }
                        rijen.add(rij);
                    }
                    return rijen;
                }).orElse(List.of()));
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> lees.get().stream()
                    .flatMap(List::stream).filter(c -> c.startsWith("Sessie ")).distinct().sorted().toList()
                    .equals(samenvattingen));
        } catch (java.util.concurrent.TimeoutException e) {
            // Not the expected summaries: the assertions on the rows below say which.
        }
        return lees.get();
    }

    /**
     * The record of a held meeting keeps a draft like a contact's note, per meeting: the ticks, a
     * reason and the summary come back after Escape, are in the database (so after a restart too),
     * and go once the record is saved.
     */
    @Test
    void theRecordDialogKeepsTicksReasonAndSummaryAsADraftPerMeeting(FxRobot robot) throws Exception {
        int anna = TestDossiers.create(context.database(), "Anna de Vries");
        int bram = TestDossiers.create(context.database(), "Bram Jansen");
        GroepsprogrammaService service = new GroepsprogrammaService(context.database(), CLOCK);
        int programma = service.bewaar(new Groepsprogramma(null, "Groep november", java.time.LocalDate.of(2026, 11, 1),
                null, List.of("Ellen Coach")), List.of(new Groepsprogramma.Deelnemer(anna, null, null, null),
                new Groepsprogramma.Deelnemer(bram, null, null, null)));
        service.plan(programma, new Roosterpatroon(java.time.LocalDate.of(2026, 11, 1),
                java.time.DayOfWeek.TUESDAY, java.time.LocalTime.of(10, 0), 120, 2, 1,
                Groepssessie.Soort.WORKSHOP, 0, null), (n, x) -> "Bijeenkomst " + n);
        List<Groepsprogramma.Bijeenkomst> rooster = service.detail(programma).orElseThrow().bijeenkomsten();
        robot.clickOn("#nav-groepsprogrammas");
        @SuppressWarnings("unchecked")
        TableView<Groepsprogramma.Bijeenkomst> tabel = robot.lookup("#programma-rooster").queryAs(TableView.class);
        waitUntil(() -> tabel.getItems().size() == 2);
        robot.interact(() -> tabel.getSelectionModel().select(0));
        Platform.runLater(() -> robot.lookup("#bijeenkomst-verslag").queryAs(Button.class).fire());
        waitUntil(() -> showing(robot, "#verslag-dialog"));
        robot.interact(() -> robot.lookup("#verslag-aanwezig-" + bram).queryAs(CheckBox.class).setSelected(false));
        type(robot, "#verslag-reden-" + bram, "Afspraak bij de bedrijfsarts");
        robot.interact(() -> robot.lookup("#verslag-samenvatting").queryAs(TextArea.class).setText("Netwerken geoefend."));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !showing(robot, "#verslag-dialog"));
        String sleutel = "verslag:" + rooster.getFirst().id();
        waitUntil(() -> context.kladden().lees(sleutel).isPresent());
        assertEquals("false", context.kladden().lees(sleutel).orElseThrow().velden().get("verslag-aanwezig-" + bram),
                "the tick is in the draft in the database, so a restart brings it back too");

        // The other meeting has its own (empty) record.
        robot.interact(() -> tabel.getSelectionModel().select(1));
        Platform.runLater(() -> robot.lookup("#bijeenkomst-verslag").queryAs(Button.class).fire());
        waitUntil(() -> showing(robot, "#verslag-dialog"));
        Thread.sleep(500);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Fx.op(
                () -> robot.lookup("#verslag-aanwezig-" + bram).queryAs(CheckBox.class).isSelected()));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !showing(robot, "#verslag-dialog"));

        robot.interact(() -> tabel.getSelectionModel().select(0));
        Platform.runLater(() -> robot.lookup("#bijeenkomst-verslag").queryAs(Button.class).fire());
        waitUntil(() -> showing(robot, "#verslag-dialog"));
        waitUntil(() -> "Netwerken geoefend.".equals(Fx.op(
                () -> robot.lookup("#verslag-samenvatting").queryAs(TextArea.class).getText())));
        assertFalse(Fx.op(
                () -> robot.lookup("#verslag-aanwezig-" + bram).queryAs(CheckBox.class).isSelected()));
        assertEquals("Afspraak bij de bedrijfsarts", Fx.op(
                () -> robot.lookup("#verslag-reden-" + bram).queryAs(javafx.scene.control.TextField.class).getText()));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !showing(robot, "#verslag-dialog"));
        waitUntil(() -> service.detail(programma).orElseThrow().bijeenkomsten().getFirst().gehouden());
        waitUntil(() -> context.kladden().lees(sleutel).isEmpty());
        assertEquals("Afspraak bij de bedrijfsarts", service.verslag(rooster.getFirst().id()).orElseThrow()
                .aanwezigheid().stream().filter(a -> a.dossierId() == bram).findFirst().orElseThrow().reden());
    }

    /**
     * A programme's end date in its form (issue 18, reviewer): shown as the last meeting's day while
     * it has none of its own; a malformed date or one before the start is told in the dialog (in both
     * languages' bundles) and nothing typed is lost; a good one is saved and printed as the period in
     * the detail and the list.
     */
    @Test
    void theEndDateIsInTheFormAndAWrongOneIsToldWithoutLosingWhatWasTyped(FxRobot robot) throws Exception {
        int anna = TestDossiers.create(context.database(), "Anna de Vries");
        GroepsprogrammaService service = new GroepsprogrammaService(context.database(), CLOCK);
        int programma = service.bewaar(new Groepsprogramma(null, "Groep november", java.time.LocalDate.of(2026, 11, 1),
                null, List.of("Ellen Coach")), List.of(new Groepsprogramma.Deelnemer(anna, null, null, null)));
        service.plan(programma, new Roosterpatroon(java.time.LocalDate.of(2026, 11, 1), java.time.DayOfWeek.TUESDAY,
                java.time.LocalTime.of(10, 0), 120, 3, 1, Groepssessie.Soort.WORKSHOP, 0, null), (n, x) -> "Bijeenkomst " + n);
        robot.clickOn("#nav-groepsprogrammas");
        waitUntil(() -> robot.lookup("#programma-info").tryQuery()
                .map(n -> ((Labeled) n).getText().startsWith("01-11-2026 t/m 17-11-2026 ·")).orElse(false));
        Platform.runLater(() -> robot.lookup("#programma-wijzig").queryAs(Button.class).fire());
        waitUntil(() -> showing(robot, "#programma-dialog"));
        waitUntil(() -> "17-11-2026".equals(Fx.op(() -> robot.lookup("#programma-einde").queryAs(TextField.class).getText())));
        type(robot, "#programma-naam", "Groep november bis");
        type(robot, "#programma-locatie", "Zaal 3");
        for (String[] fout : List.of(new String[] {"31-02-2027", "input.dateInvalid"}, new String[] {"eind januari", "input.date"},
                new String[] {"31-10-2026", "programma.fout.eindeVoorStart"})) {
            type(robot, "#programma-einde", fout[0]);
            robot.type(KeyCode.ENTER);
            waitUntil(() -> Fx.op(() -> robot.lookup("#programma-dialog #form-errors").queryAs(Labeled.class).getText())
                    .contains(I18n.t(fout[1])));
            assertTrue(showing(robot, "#programma-dialog"), fout[0]);
            assertEquals(List.of("Groep november bis", "Zaal 3", fout[0]), Fx.op(() -> List.of(
                    robot.lookup("#programma-naam").queryAs(TextField.class).getText(),
                    robot.lookup("#programma-locatie").queryAs(TextField.class).getText(),
                    robot.lookup("#programma-einde").queryAs(TextField.class).getText())), "nothing typed is lost");
            // The same message in English, its own words.
            String engels = Teksten.engels().t(fout[1]);
            assertFalse(engels.startsWith("!") || engels.equals(Teksten.nederlands().t(fout[1])), engels);
        }
        schermafdruk(robot.lookup("#programma-dialog").query(), "programma-einde-fout");
        assertEquals(null, service.detail(programma).orElseThrow().programma().einddatum(), "nothing saved meanwhile");
        type(robot, "#programma-einde", "19-01-2027");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !showing(robot, "#programma-dialog"));
        waitUntil(() -> java.time.LocalDate.of(2027, 1, 19).equals(service.detail(programma).orElseThrow().programma().einddatum()));
        assertEquals("Groep november bis", service.detail(programma).orElseThrow().programma().naam());
        waitUntil(() -> robot.lookup("#programma-info").tryQuery()
                .map(n -> ((Labeled) n).getText().startsWith("01-11-2026 t/m 19-01-2027 ·")).orElse(false));
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<Groepsprogramma.Regel> lijst = robot.lookup("#programma-lijst")
                .queryAs(javafx.scene.control.ListView.class);
        waitUntil(() -> robot.from(lijst).lookup(".list-cell").queryAllAs(Labeled.class).stream()
                .anyMatch(c -> c.getText() != null && c.getText().contains("01-11-2026 t/m 19-01-2027 ·")));
    }

    /** The field shows whole: not cut off at the list's right edge nor the dialog's, and not squeezed. */
    private static void heelZichtbaar(FxRobot robot, String lijst, String veld) {
        String fout = Fx.op(() -> {
            Node s = robot.lookup(lijst).query();
            Node v = robot.lookup(veld).query();
            javafx.geometry.Bounds l = s.localToScene(s.getLayoutBounds());
            javafx.geometry.Bounds f = v.localToScene(v.getLayoutBounds());
            double venster = s.getScene().getWidth();
            if (f.getMaxX() > l.getMaxX() + 0.5 || f.getMaxX() > venster || f.getMinX() < l.getMinX() - 0.5) {
                return veld + " at " + f.getMinX() + ".." + f.getMaxX() + " outside " + l.getMinX() + ".." + l.getMaxX()
                        + " (window " + venster + ")";
            }
            return f.getWidth() < 60 ? veld + " squeezed to " + f.getWidth() : null;
        });
        assertNull(fout, fout);
    }

    private boolean inLogboek(FxRobot robot, int dossier, String onderwerp) throws Exception {
        robot.interact(() -> window.openDossier(dossier, DossierTab.LOGBOEK));
        waitUntil(() -> robot.lookup("#contacten-table").tryQuery().map(Node::isVisible).orElse(false));
        // Let the log load for this dossier (the table is reused from the previous one).
        waitUntil(() -> robot.lookup("#dossier-detail-naam").tryQuery().map(n -> ((Labeled) n).getText())
                .map(naam -> context.dossiers().list().stream().anyMatch(r -> r.trajectId() == dossier
                        && r.naam().equals(naam))).orElse(false));
        TableView<?> tabel = robot.lookup("#contacten-table").queryAs(TableView.class);
        WindowTestBase.waitUntil(() -> true);
        Thread.sleep(300);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return robot.from(tabel).lookup(".table-cell").queryAllAs(Labeled.class).stream()
                .anyMatch(c -> c.getText() != null && c.getText().contains(onderwerp));
    }

    private static void schermafdruk(Node node, String naam) throws Exception {
        Files.createDirectories(SCHERMEN);
        var beeld = new java.util.concurrent.atomic.AtomicReference<javafx.scene.image.WritableImage>();
        Platform.runLater(() -> beeld.set(node.getScene().getRoot().snapshot(null, null)));
        waitUntil(() -> beeld.get() != null);
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(beeld.get(), null), "png",
                SCHERMEN.resolve(naam + ".png").toFile());
    }
}
