package nl.spoorzoeker.app;

import nl.spoorzoeker.ui.I18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import nl.spoorzoeker.arbeidsmarkt.Sollicitatie;
import nl.spoorzoeker.arbeidsmarkt.Werkervaringsplek;
import nl.spoorzoeker.testsupport.Fx;
import nl.spoorzoeker.ui.DossierTab;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import nl.spoorzoeker.arbeidsmarkt.Kanaal;
import nl.spoorzoeker.arbeidsmarkt.SollicitatieStatus;
import nl.spoorzoeker.dossier.Adres;
import nl.spoorzoeker.dossier.Traject;
import nl.spoorzoeker.dossier.TrajectStatus;
import nl.spoorzoeker.dossier.Werknemer;
import nl.spoorzoeker.rapportage.Rapport;
import nl.spoorzoeker.rapportage.RapportSoort;
import nl.spoorzoeker.tijdlijn.Mijlpaal;
import nl.spoorzoeker.tijdlijn.MijlpaalSoort;
import nl.spoorzoeker.uitkomst.Uitkomst;

/**
 * Issue 21 item 3, "Escape and close in every form with a draft, then reopen: the draft is there",
 * for the forms that had none before (the contact, dossier, group session, sollicitatie, netwerk and
 * werkervaringsplek forms are KladUiTest's): on a 1366×768 window, in each form text is typed and
 * the form closed with Escape at once, reopened — the text is there; more is typed, the form's
 * window closed by its close button, reopened — all of it is there. Then the app restarts on the
 * same data folder and four forms open with their drafts once more.
 */
@Tag("ui")
class ElkFormulierKladUiTest extends WindowTestBase {

    private Stage stage;
    /** The report whose recipient is typed, and the dossier with a late start of spoor 2. */
    private int rapport;
    private int laat;
    /** The soft result ticked in the outcome dialog (its id's end). */
    private final String zacht = "zelfvertrouwen";

    @org.testfx.framework.junit5.Start
    @Override
    void start(Stage stage) throws Exception {
        this.stage = stage;
        super.start(stage);
        stage.setWidth(1366);
        stage.setHeight(768);
    }

    /** How to open one form on the open dossier, the query of its dialog and a text field in it. */
    private record Formulier(String dialoog, String veld, Runnable open) {
    }

    @Test
    void everyFormsDraftComesBackAfterEscapeTheCloseButtonAndARestart(FxRobot robot) throws Exception {
        int id = openDemoDossier(robot, "Sanne Bakker", "sanne");
        // Her dossier has no work placement in the demo: one to log hours for.
        int plek = context.werkervaring().nieuw(id, new Werkervaringsplek(null, Werkervaringsplek.Soort.WERKERVARINGSPLEK,
                "Kringloop Eemland", null, null, null, null, null, LocalDate.of(2026, 10, 5), null, null, null, null, null));
        // And a sollicitatie still running, for its next step and its letter.
        int sid = context.arbeidsmarkt().nieuweSollicitatie(id, new Sollicitatie(null, LocalDate.of(2026, 11, 20),
                "Zorggroep Noord", "Verpleegkundige", null, Kanaal.VACATURE, null, null, List.of(), null),
                SollicitatieStatus.VERSTUURD);
        Sollicitatie lopend = context.arbeidsmarkt().overzicht(id).sollicitaties().stream()
                .filter(s -> s.id() == sid).findFirst().orElseThrow();
        // A report to record a recipient of, and a dossier whose spoor 2 started late (C01's exception).
        rapport = context.rapportOpslag().nieuw(id, RapportSoort.VOORTGANG,
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 20), I18n.teksten());
        // Ill since 16-09-2025, spoor 2 started 12-11-2026: weeks after its deadline, as in issue 21's case.
        laat = context.dossiers().create(new Werknemer(null, "Ilse Laatstart", null, null, null,
                        Adres.LEEG, null, null, false, null),
                context.dossiers().find(id).orElseThrow().werkgever().id(),
                new Traject(null, LocalDate.of(2025, 9, 16), null, LocalDate.of(2026, 11, 12),
                        null, 10 * 60, null, TrajectStatus.ACTIEF));

        Map<String, String> getypt = new LinkedHashMap<>();
        // Every form is tried, and every one that lost its draft is named at the end.
        List<String> verloren = new java.util.ArrayList<>();
        for (Formulier f : formulieren(robot, id, plek, lopend)) {
            try {
                String begin = open(robot, f);
                typ(robot, f, "Eerst");
                escape(robot, f);

                open(robot, f);
                wachtOpTekst(robot, f, begin + "Eerst", "after Escape");
                typ(robot, f, " meer");
                sluitVenster(robot, f.dialoog());
                waitUntil(() -> !showing(robot, f.dialoog()));

                open(robot, f);
                wachtOpTekst(robot, f, begin + "Eerst meer", "after the close button");
                escape(robot, f);
                getypt.put(f.dialoog() + " " + f.veld(), begin + "Eerst meer");
            } catch (AssertionError e) {
                verloren.add(e.getMessage());
                if (showing(robot, f.dialoog())) {
                    escape(robot, f);
                }
            }
        }
        // The agenda's form, where the dossier is chosen: the choice is part of its draft.
        Formulier agenda = new Formulier("#afspraak-dialog", "#afspraak-onderwerp", () -> {
            robot.clickOn("#nav-agenda");
            fire(robot, "#agenda-nieuw");
        });
        open(robot, agenda);
        @SuppressWarnings("unchecked")
        ComboBox<Object> dossier = robot.lookup("#afspraak-dossier").queryAs(ComboBox.class);
        robot.interact(() -> dossier.getSelectionModel().select(2));
        Object gekozen = Fx.op(dossier::getValue);
        typ(robot, agenda, "Driegesprek");
        escape(robot, agenda);
        open(robot, agenda);
        try {
            wachtOpTekst(robot, agenda, "Driegesprek", "after Escape");
            @SuppressWarnings("unchecked")
            ComboBox<Object> terug = robot.lookup("#afspraak-dossier").queryAs(ComboBox.class);
            assertEquals(gekozen, Fx.op(terug::getValue), "the agenda's chosen dossier came back with the text");
        } catch (AssertionError e) {
            verloren.add(e.getMessage());
        }
        sluitVenster(robot, agenda.dialoog());
        waitUntil(() -> !showing(robot, agenda.dialoog()));

        // The outcome dialog's choices and ticks are in its draft beside its text.
        Formulier uitkomst = formulieren(robot, id, plek, lopend).stream()
                .filter(f -> f.dialoog().equals("#afsluiting-dialog")).findFirst().orElseThrow();
        open(robot, uitkomst);
        @SuppressWarnings("unchecked")
        ComboBox<Uitkomst.Soort> soort = robot.lookup("#afsluiting-soort").queryAs(ComboBox.class);
        robot.interact(() -> {
            soort.setValue(Uitkomst.Soort.GESTOPT);
            robot.lookup("#afsluiting-zacht-" + zacht).queryAs(javafx.scene.control.CheckBox.class).setSelected(true);
        });
        escape(robot, uitkomst);
        open(robot, uitkomst);
        try {
            waitUntil(() -> Fx.op(() -> robot.lookup("#afsluiting-soort").queryAs(ComboBox.class).getValue())
                    == Uitkomst.Soort.GESTOPT);
            assertEquals(true, Fx.op(() -> robot.lookup("#afsluiting-zacht-" + zacht)
                    .queryAs(javafx.scene.control.CheckBox.class).isSelected()), "the outcome's tick came back");
        } catch (java.util.concurrent.TimeoutException e) {
            verloren.add("#afsluiting-dialog: its chosen outcome did not come back");
        }
        escape(robot, uitkomst);

        // Restart: a new window on the same data folder, as after a crash or closing the app.
        robot.interact(() -> robot.listWindows().stream().filter(w -> w instanceof Stage).forEach(w -> ((Stage) w).hide()));
        close();
        robot.interact(() -> {
            try {
                stage = new Stage();
                openWindow(stage);
                stage.setWidth(1366);
                stage.setHeight(768);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        List<Formulier> na = formulieren(robot, id, plek, lopend).stream()
                .filter(f -> List.of("#afspraak-dialog", "#bb-dialog", "#pp-dialog", "#cv-dialog", "#uitzondering-dialog",
                        "#afsluiting-dialog", "#rapport-nieuw-dialog", "#verzend-dialog").contains(f.dialoog()))
                .toList();
        assertEquals(8, na.size());
        for (Formulier f : na) {
            String verwacht = getypt.get(f.dialoog() + " " + f.veld());
            if (verwacht == null) {
                continue; // already named as lost
            }
            open(robot, f);
            try {
                wachtOpTekst(robot, f, verwacht, "after a restart");
            } catch (AssertionError e) {
                verloren.add(e.getMessage());
            }
            escape(robot, f);
        }
        open(robot, agenda);
        try {
            wachtOpTekst(robot, agenda, "Driegesprek", "after a restart");
        } catch (AssertionError e) {
            verloren.add(e.getMessage());
        }
        escape(robot, agenda);
        assertEquals(List.of(), verloren, "forms that lost their draft");
    }

    private List<Formulier> formulieren(FxRobot robot, int id, int plek, Sollicitatie lopend) {
        return List.of(
                inDossier(robot, id, DossierTab.AFSPRAKEN, "#afspraak-nieuw", "#afspraak-dialog", "#afspraak-toelichting"),
                inDossier(robot, id, DossierTab.FASEN, "#doel-nieuw", "#doel-dialog", "#doel-indicator"),
                inDossier(robot, id, DossierTab.BELASTBAARHEID, "#bb-nieuw", "#bb-dialog", "#bb-werktijd"),
                inDossier(robot, id, DossierTab.PROFIELEN, "#ad-nieuw", "#ad-dialog", "#ad-zoekrichtingen"),
                inDossier(robot, id, DossierTab.PROFIELEN, "#pp-bewerk", "#pp-dialog", "#pp-wensen"),
                inDossier(robot, id, DossierTab.PROFIELEN, "#zp-bewerk", "#zp-dialog", "#zr1-onderbouwing"),
                inDossier(robot, id, DossierTab.INSTRUMENTEN, "#kk-nieuw", "#kk-dialog", "#kk-valkuil"),
                inDossier(robot, id, DossierTab.CV, "#starr-nieuw", "#starr-dialog", "#starr-situatie"),
                inDossier(robot, id, DossierTab.CV, "#cv-nieuw", "#cv-dialog", "#cv-profielzin"),
                inDossier(robot, id, DossierTab.CV, "#brief-" + lopend.id(), "#brief-dialog", "#brief-tekst"),
                inDossier(robot, id, DossierTab.SOLLICITATIES, "#norm-wijzig", "#norm-dialog", "#norm-per-week"),
                new Formulier("#stap-dialog", "#stap-datum", () -> {
                    robot.interact(() -> window.openDossier(id, DossierTab.SOLLICITATIES));
                    wachtOp(robot, "#sollicitatie-stap");
                    // The table is filled in the background: chosen and asked in one go once the row is there.
                    java.util.function.Supplier<TableView<Sollicitatie>> tabel = () -> {
                        @SuppressWarnings("unchecked")
                        TableView<Sollicitatie> t = robot.lookup("#sollicitaties-table").queryAs(TableView.class);
                        return t;
                    };
                    try {
                        waitUntil(() -> Fx.op(() -> tabel.get().getItems().stream().anyMatch(s -> s.id().equals(lopend.id()))));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    Platform.runLater(() -> {
                        tabel.get().getSelectionModel().select(tabel.get().getItems().stream()
                                .filter(s -> s.id().equals(lopend.id())).findFirst().orElseThrow());
                        robot.lookup("#sollicitatie-stap").queryAs(ButtonBase.class).fire();
                    });
                }),
                inDossier(robot, id, DossierTab.WERKERVARING, "#wep-uren-" + plek, "#uren-dialog", "#week-0-gerealiseerd"),
                new Formulier("#werkgever-dialog", "#werkgever-contact-naam", () -> {
                    robot.clickOn("#nav-werkgevers");
                    wachtOp(robot, "#werkgever-new");
                    fire(robot, "#werkgever-new");
                }),
                new Formulier("#stap-dialog", "#stap-vragen", () -> {
                    robot.clickOn("#nav-instellingen");
                    wachtOp(robot, "#stappen-nieuw");
                    fire(robot, "#stappen-nieuw");
                }),
                // The four that had no draft before: C01's exception, the outcome, and the report's two forms.
                new Formulier("#uitzondering-dialog", "#uitzondering-reden", () -> {
                    robot.interact(() -> window.openDossier(laat, DossierTab.TIJDLIJN));
                    // The table is looked up each time: the tab is rebuilt when its dossier has been read.
                    @SuppressWarnings("unchecked")
                    java.util.function.Supplier<TableView<Mijlpaal>> tabel = () ->
                            robot.lookup("#mijlpalen-table").tryQuery().map(n -> (TableView<Mijlpaal>) n)
                                    .orElse(new TableView<>());
                    java.util.function.Predicate<Mijlpaal> laatGestart = m -> m.soort()
                            == MijlpaalSoort.START_SPOOR_2 && m.teLaatGedaan();
                    try {
                        waitUntil(() -> Fx.op(() -> {
                            TableView<Mijlpaal> t = tabel.get();
                            var start = t.getItems().stream().filter(laatGestart).findFirst();
                            start.ifPresent(t::scrollTo);
                            return start.isPresent() && robot.lookup("#tijdlijn-uitzondering").tryQuery().isPresent();
                        }));
                    } catch (Exception e) {
                        throw new IllegalStateException("no late start of spoor 2", e);
                    }
                    fire(robot, "#tijdlijn-uitzondering");
                }),
                inDossier(robot, id, DossierTab.OVERZICHT, "#dossier-afsluiten", "#afsluiting-dialog", "#afsluiting-toelichting"),
                inDossier(robot, id, DossierTab.RAPPORTAGES, "#rapport-nieuw", "#rapport-nieuw-dialog", "#rapport-van"),
                new Formulier("#verzend-dialog", "#verzend-naam", () -> {
                    robot.interact(() -> window.openDossier(id, DossierTab.RAPPORTAGES));
                    wachtOp(robot, "#rapport-verzend");
                    @SuppressWarnings("unchecked")
                    TableView<Rapport> tabel = robot.lookup("#rapportages-table").queryAs(TableView.class);
                    try {
                        waitUntil(() -> Fx.op(() -> tabel.getItems().stream().anyMatch(r -> r.id() == rapport)));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    Platform.runLater(() -> {
                        tabel.getSelectionModel().select(tabel.getItems().stream().filter(r -> r.id() == rapport)
                                .findFirst().orElseThrow());
                        robot.lookup("#rapport-verzend").queryAs(ButtonBase.class).fire();
                    });
                }));
    }

    private Formulier inDossier(FxRobot robot, int id, DossierTab tab, String knop, String dialoog, String veld) {
        return new Formulier(dialoog, veld, () -> {
            robot.interact(() -> window.openDossier(id, tab));
            wachtOp(robot, knop);
            fire(robot, knop);
        });
    }

    /** Opens the form and returns the text its field opened with. */
    private static String open(FxRobot robot, Formulier f) throws Exception {
        f.open().run();
        try {
            // Longer than waitUntil: the machine running the tests may be busy.
            org.testfx.util.WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                    () -> showing(robot, f.dialoog()) && robot.lookup(f.veld()).tryQuery().isPresent());
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(f.dialoog() + " " + f.veld() + " did not open", e);
        }
        // Dialogs LabelsUiTest's walk cannot reach (a late start of spoor 2, an outcome, a report to send).
        if (java.util.Set.of("#uitzondering-dialog", "#afsluiting-dialog", "#verzend-dialog").contains(f.dialoog())) {
            cursorInVeld(f.dialoog());
        }
        return tekst(robot, f.veld());
    }

    /** Types at the end of the field, with the keyboard, into the form's window. */
    private static void typ(FxRobot robot, Formulier f, String tekst) {
        robot.targetWindow(robot.lookup(f.dialoog()).query().getScene().getWindow());
        robot.interact(() -> {
            TextInputControl veld = robot.lookup(f.veld()).queryAs(TextInputControl.class);
            veld.requestFocus();
            veld.end();
        });
        robot.write(tekst);
    }

    /** Escape at once, before the pause after typing in which a draft is written. */
    private static void escape(FxRobot robot, Formulier f) throws Exception {
        robot.targetWindow(robot.lookup(f.dialoog()).query().getScene().getWindow());
        robot.interact(() -> robot.lookup(f.veld()).query().requestFocus());
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !showing(robot, f.dialoog()));
    }

    private static void wachtOpTekst(FxRobot robot, Formulier f, String verwacht, String wanneer) throws Exception {
        try {
            waitUntil(() -> verwacht.equals(tekst(robot, f.veld())));
        } catch (java.util.concurrent.TimeoutException e) {
            assertEquals(verwacht, tekst(robot, f.veld()), f.dialoog() + " " + wanneer);
        }
    }

    private static String tekst(FxRobot robot, String query) {
        return Fx.op(() -> robot.lookup(query).tryQuery().map(n -> ((TextInputControl) n).getText()).orElse(null));
    }

    private static void fire(FxRobot robot, String query) {
        fire(robot, query, 200);
    }

    /**
     * Fires the button on the FX thread; when a tab is just being rebuilt (the dossier read again
     * in the background) the button may be gone for a moment: then it is looked for again shortly.
     */
    private static void fire(FxRobot robot, String query, int pogingen) {
        Platform.runLater(() -> {
            var knop = robot.lookup(query).tryQuery();
            if (knop.isPresent()) {
                ((ButtonBase) knop.get()).fire();
            } else if (pogingen > 0) {
                var pauze = new javafx.animation.PauseTransition(javafx.util.Duration.millis(50));
                pauze.setOnFinished(e -> fire(robot, query, pogingen - 1));
                pauze.play();
            } else {
                throw new IllegalStateException(query + " did not come back");
            }
        });
    }

    private static void wachtOp(FxRobot robot, String query) {
        try {
            waitUntil(() -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
        } catch (Exception e) {
            throw new IllegalStateException(query + " did not appear", e);
        }
    }

    /** Fires the close request its title bar's close button would send. */
    private static void sluitVenster(FxRobot robot, String dialogQuery) {
        Platform.runLater(() -> {
            Window w = robot.lookup(dialogQuery).query().getScene().getWindow();
            w.fireEvent(new WindowEvent(w, WindowEvent.WINDOW_CLOSE_REQUEST));
        });
    }
}
