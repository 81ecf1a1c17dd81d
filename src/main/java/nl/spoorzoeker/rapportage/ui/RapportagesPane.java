package nl.spoorzoeker.rapportage.ui;

import nl.spoorzoeker.klad.KladSleutel;
import nl.spoorzoeker.ui.Aanwijzing;
import nl.spoorzoeker.ui.DossierTabblad;
import nl.spoorzoeker.ui.DossierTab;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.rapportage.Rapport;
import nl.spoorzoeker.rapportage.RapportOpslag;
import nl.spoorzoeker.rapportage.RapportSoort;
import nl.spoorzoeker.ui.ErrorReporter;
import nl.spoorzoeker.taal.Teksten;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.UiContext;
import nl.spoorzoeker.ui.form.Choices;
import nl.spoorzoeker.ui.form.FormDialog;
import nl.spoorzoeker.ui.form.FormView;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import nl.spoorzoeker.rapportage.RapportModel;
import nl.spoorzoeker.rapportage.Voorbeeld;
import nl.spoorzoeker.ui.SysteemViewer;
import nl.spoorzoeker.rapportage.Rapportinvoer;
import nl.spoorzoeker.rapportage.Leesbaarheid;
import nl.spoorzoeker.rapportage.Privacypoort;
import nl.spoorzoeker.rapportage.Werknemerplantekst;
import nl.spoorzoeker.ui.Knoppen;

/**
 * The dossier's reports: every version with its period and state; a new one, writing in a concept,
 * and saving the PDF (a concept as it is now, a final one exactly as it was finalised).
 */
public final class RapportagesPane implements DossierTabblad<RapportagesPane.Inhoud> {

    private final UiContext ui;
    private final RapportOpslag opslag;
    private final Runnable changed;
    private final VBox root = new VBox(10);
    private final TableView<Rapport> tabel = new TableView<>();
    private final javafx.scene.control.ProgressIndicator voortgang = new javafx.scene.control.ProgressIndicator();
    private final Label bezigMet = new Label();
    private final HBox bezig = new HBox(6, voortgang, bezigMet);
    private int dossierId;
    private java.time.LocalDate trajectStart;

    public RapportagesPane(UiContext ui, RapportOpslag opslag, Runnable changed) {
        this.ui = ui;
        this.opslag = opslag;
        this.changed = changed;
        root.setId("rapportages-pane");
        root.setPadding(new Insets(12, 16, 16, 0));
        tabel.setId("rapportages-table");
        tabel.getColumns().setAll(List.of(
                kolom("rapport.kol.soort", r -> I18n.t("rapport.soort." + r.soort().name()), 180),
                kolom("rapport.kol.periode", r -> DateInput.format(r.van()) + " – " + DateInput.format(r.tot()), 200),
                kolom("rapport.kol.versie", r -> Integer.toString(r.versie()), 70),
                kolom("rapport.kol.status", r -> I18n.t("rapport.status." + r.status().name()), 120),
                kolom("rapport.kol.definitiefOp", r -> r.definitiefOp() == null ? "" : DateInput.format(
                        java.time.LocalDate.ofInstant(r.definitiefOp(), ui.clock().getZone())), 120)));
        tabel.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tabel.setPlaceholder(new Label(I18n.t("rapport.geen")));
        tabel.setRowFactory(t -> {
            TableRow<Rapport> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open(row.getItem());
                }
            });
            return row;
        });
        VBox.setVgrow(tabel, Priority.ALWAYS);
        voortgang.setPrefSize(18, 18);
        bezig.setId("rapport-bezig");
        bezig.setAlignment(Pos.CENTER_LEFT);
        bezig.setVisible(false);
    }

    /** The reports the tab shows (a search hit is looked up among them). */
    private List<Rapport> getoond = List.of();

    public Node node() {
        return root;
    }

    public void show(int id, List<Rapport> rapporten) {
        show(id, null, rapporten);
    }

    /** As {@link #show(int, List)}, knowing when the traject started: no new report's period starts before it. */
    public void show(int id, java.time.LocalDate trajectStart, List<Rapport> rapporten) {
        this.dossierId = id;
        this.trajectStart = trajectStart;
        Button nieuw = new Button(I18n.t("rapport.nieuw"), FontIcon.of(Material2AL.ADD, 16));
        nieuw.setId("rapport-nieuw");
        nieuw.getStyleClass().add("accent");
        nieuw.setOnAction(e -> nieuw(rapporten));
        Button open = new Button(I18n.t("rapport.openen"), FontIcon.of(Material2AL.EDIT, 16));
        open.setId("rapport-openen");
        open.setOnAction(e -> gekozen(this::open));
        Button voorbeeld = new Button(I18n.t("rapport.voorbeeld"), FontIcon.of(Material2MZ.PREVIEW, 16));
        voorbeeld.setId("rapport-voorbeeld-knop");
        voorbeeld.setOnAction(e -> gekozen(this::voorbeeld));
        Button pdf = new Button(I18n.t("rapport.pdfOpslaan"), FontIcon.of(Material2MZ.PICTURE_AS_PDF, 16));
        pdf.setId("rapport-pdf");
        pdf.setOnAction(e -> gekozen(this::bewaarPdf));
        Button viewer = new Button(I18n.t("rapport.viewer"), FontIcon.of(Material2MZ.OPEN_IN_NEW, 16));
        viewer.setId("rapport-viewer");
        viewer.setOnAction(e -> gekozen(this::inViewer));
        Button verzend = new Button(I18n.t("rapport.verzend"), FontIcon.of(Material2MZ.SEND, 16));
        verzend.setId("rapport-verzend");
        verzend.setOnAction(e -> gekozen(this::verzend));
        Button correctie = new Button(I18n.t("rapport.correctie"), FontIcon.of(Material2AL.CONTENT_COPY, 16));
        correctie.setId("rapport-correctie");
        correctie.setOnAction(e -> gekozen(this::corrigeer));
        Button werknemer = new Button(I18n.t("b1.knop"), FontIcon.of(Material2MZ.RECORD_VOICE_OVER, 16));
        werknemer.setId("rapport-werknemerversie");
        werknemer.setOnAction(e -> gekozen(this::werknemerversie));
        Label uitleg = new Label(I18n.t("rapport.uitleg"));
        uitleg.getStyleClass().add("text-muted");
        uitleg.setWrapText(true);
        uitleg.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        // Wraps rather than cutting the labels short on a narrow laptop screen.
        javafx.scene.layout.FlowPane knoppen = new javafx.scene.layout.FlowPane(8, 8, nieuw, open, voorbeeld, viewer, pdf,
                verzend, correctie, werknemer);
        knoppen.getChildren().forEach(n -> ((Button) n).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE));
        knoppen.getChildren().add(bezig);
        knoppen.disableProperty().bind(bezig.visibleProperty());
        knoppen.setAlignment(Pos.CENTER_LEFT);
        tabel.getItems().setAll(rapporten);
        root.getChildren().setAll(knoppen, uitleg, tabel);
    }

    private void gekozen(java.util.function.Consumer<Rapport> actie) {
        Rapport r = tabel.getSelectionModel().getSelectedItem();
        if (r == null) {
            ui.navigator().status(I18n.t("rapport.kiesEerst"));
        } else {
            actie.accept(r);
        }
    }

    private void nieuw(List<Rapport> bestaand) {
        java.time.LocalDate vorige = bestaand.stream().filter(r -> r.soort() == RapportSoort.VOORTGANG)
                .map(Rapport::tot).max(java.time.LocalDate::compareTo).orElse(null);
        NieuwRapportForm form = new NieuwRapportForm(ui.today(), vorige, trajectStart);
        FormView view = new FormView();
        ComboBox<RapportSoort> soort = Choices.of(RapportSoort.values(), "rapport.soort.");
        soort.valueProperty().bindBidirectional(form.soort);
        view.combo("rapport-soort", "rapport.soort", soort);
        view.date(form.van);
        view.date(form.tot);
        FormDialog<Integer> dialog = new FormDialog<>(ui.window().get(), I18n.t("rapport.nieuw"), "rapport-nieuw-dialog",
                form, view, ui.background(), () -> {
                    RapportSoort s = form.soort.get();
                    var van = form.van.value();
                    var tot = form.tot.value();
                    Teksten taal = I18n.teksten();
                    return () -> opslag.nieuw(dossierId, s, van, tot, taal);
                });
        // The period a coach typed (and the kind chosen) come back after Escape, closing or a crash.
        dialog.autosave(ui.kladden(), KladSleutel.vanDossier(dossierId, "rapport", null));
        // The report and its input read in one step, so the editor opens after one trip to the database, not two.
        record Nieuw(Rapport rapport, Rapportinvoer invoer) {
        }
        dialog.showAndWait().ifPresent(id -> ui.background().run(() -> new Nieuw(opslag.rapport(id), opslag.invoer(id)),
                n -> new RapportEditor(ui, opslag, n.rapport(), n.invoer(), changed).toon()));
    }

    /** Opens the editor on a report (read-only when final). */
    public void open(Rapport r) {
        ui.background().run(() -> opslag.invoer(r.id()), invoer ->
                new RapportEditor(ui, opslag, r, invoer, changed).toon());
    }

    /** The pages as the employer will see them: a concept as it is now, a final one as it was stored. */
    public void voorbeeld(Rapport r) {
        bezig("rapport.voorbeeld.bezig");
        record Eerste(Voorbeeld pdf, java.awt.image.BufferedImage pagina) {
        }
        String titel = I18n.t("rapport.soort." + r.soort().name()) + " " + DateInput.format(r.van()) + " – "
                + DateInput.format(r.tot());
        // A concept's page 1 is shown the moment it is laid out, before the rest (in the saved PDF's
        // fonts; its footer follows with the whole document, which then replaces it). Then the other
        // pages follow one by one, each its own background step, so the queue stays free between pages.
        VoorbeeldVenster[] venster = new VoorbeeldVenster[1];
        java.util.function.Consumer<java.awt.image.BufferedImage> vroeg = pagina -> Platform.runLater(() -> {
            klaar();
            venster[0] = VoorbeeldVenster.toon(ui.window().get(), titel, pagina);
        });
        Teksten taal = I18n.teksten();
        ui.background().run(() -> {
            var pdf = r.status() == Rapport.Status.DEFINITIEF ? new Voorbeeld(opslag.pdf(r.id()), 96)
                    : opslag.voorbeeld(r.id(), taal, 96, vroeg);
            try {
                return new Eerste(pdf, pdf.pagina(0));
            } catch (java.io.IOException | RuntimeException e) {
                pdf.close();
                throw e;
            }
        }, eerste -> {
            if (venster[0] == null) {
                klaar();
                venster[0] = VoorbeeldVenster.toon(ui.window().get(), titel, eerste.pagina());
            } else {
                // The busy sign went with the early page; the coach may have asked for something
                // else since, whose busy sign this must not hide.
                venster[0].vervangEerste(eerste.pagina());
            }
            volgende(eerste.pdf(), venster[0], 1);
        }, this::geweigerd);
    }

    /** Draws page {@code index} and the ones after it into the open preview; closes the PDF when done. */
    private void volgende(Voorbeeld pdf, VoorbeeldVenster venster, int index) {
        if (index >= pdf.aantal() || !venster.open()) {
            ui.background().run(() -> {
                pdf.close();
                return null;
            }, niets -> { });
            return;
        }
        ui.background().run(() -> pdf.pagina(index), pagina -> {
            venster.voegToe(pagina);
            volgende(pdf, venster, index + 1);
        }, failure -> {
            if (failure instanceof java.util.concurrent.RejectedExecutionException) {
                return; // the app is closing: the queue takes no more work, and the PDF goes with the process
            }
            ui.background().run(() -> {
                pdf.close();
                return null;
            }, niets -> { });
            ErrorReporter.report(failure);
        });
    }

    /** Records a recipient; the list shows beside the report and feeds the checklist (C16). */
    private void verzend(Rapport r) {
        record Geladen(List<Rapport.Verzending> eerder, String werknemer) {
        }
        ui.background().run(() -> new Geladen(opslag.verzendingen(r.id()), opslag.kop(r.dossierId()).werknemer()), g -> {
            VerzendForm form = new VerzendForm(ui.today(), g.werknemer());
            FormView view = new FormView();
            if (!g.eerder().isEmpty()) {
                view.section("rapport.verzend.eerder", String.join("; ", g.eerder().stream().map(v ->
                        I18n.t("rapport.ontvanger." + v.soort().name()) + " " + v.naam() + " ("
                                + DateInput.format(v.datum()) + ")").toList()));
            }
            ComboBox<RapportModel.OntvangerSoort> soort = Choices.of(
                    RapportModel.OntvangerSoort.values(), "rapport.ontvanger.");
            soort.valueProperty().bindBidirectional(form.soort);
            view.combo("verzend-soort", "rapport.verzend.soort", soort);
            view.text(form.naam);
            view.date(form.datum);
            ComboBox<Rapport.Kanaal> kanaal = Choices.of(Rapport.Kanaal.values(), "rapport.kanaal.");
            kanaal.valueProperty().bindBidirectional(form.kanaal);
            view.combo("verzend-kanaal", "rapport.verzend.kanaal", kanaal);
            FormDialog<Integer> dialog = new FormDialog<>(ui.window().get(), I18n.t("rapport.verzend"), "verzend-dialog",
                    form, view, ui.background(), () -> {
                        Rapport.Verzending v = form.verzending();
                        return () -> {
                            opslag.verzend(r.id(), v);
                            return r.id();
                        };
                    });
            // One draft per report: a recipient half typed for this report never turns up for another.
            dialog.autosave(ui.kladden(), KladSleutel.vanDossier(r.dossierId(), "verzending", r.id()));
            dialog.showAndWait().ifPresent(id -> ui.navigator().status(I18n.t("rapport.verzend.opgeslagen")));
        });
    }

    private void corrigeer(Rapport r) {
        ui.background().run(() -> opslag.rapport(opslag.corrigeer(r.id())), nieuw -> {
            ui.navigator().status(I18n.t("rapport.correctieGemaakt", nieuw.versie()));
            changed.run();
            open(nieuw);
        }, this::geweigerd);
    }

    private void bewaarPdf(Rapport r) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t("rapport.pdfOpslaan"));
        chooser.setInitialFileName(bestandsnaam(r));
        File file = chooser.showSaveDialog(ui.window().get());
        if (file != null) {
            bewaarPdf(r, file.toPath());
        }
    }

    /** Writes the report's PDF to {@code doel} off the JavaFX thread (the button asks where first). */
    public void bewaarPdf(Rapport r, Path doel) {
        bezig("rapport.pdfBezig");
        Teksten taal = I18n.teksten();
        ui.background().run(() -> {
            opslag.bewaarPdfAls(r.id(), doel, taal);
            return doel;
        }, p -> {
            klaar();
            ui.navigator().status(I18n.t("rapport.pdfOpgeslagen", p.getFileName()));
        }, this::geweigerd);
    }

    /** Opens the PDF in the system's viewer (printing, mailing from there), from a private folder. */
    public void inViewer(Rapport r) {
        bezig("rapport.pdfBezig");
        Teksten taal = I18n.teksten();
        ui.background().run(() -> SysteemViewer.open(bestandsnaam(r),
                r.status() == Rapport.Status.DEFINITIEF ? opslag.pdf(r.id()) : opslag.concept(r.id(), taal)), p -> {
            klaar();
            ui.navigator().status(I18n.t("rapport.viewerGeopend"));
        }, this::geweigerd);
    }

    /**
     * The werknemer's own copy of a trajectplan in plain language (issue 19 item 6): first what the
     * coach should know — its readability, its explained words, any passage about health, which stays
     * in the werknemer's own copy — then saved where the coach chooses.
     */
    public void werknemerversie(Rapport r) {
        if (r.soort() != RapportSoort.TRAJECTPLAN) {
            ui.navigator().status(I18n.t("b1.kiesTrajectplan"));
            return;
        }
        bezig("rapport.pdfBezig");
        record Gelezen(List<Privacypoort.Weglating> gevonden,
                       Leesbaarheid.Uitslag maat, List<String> woorden) {
        }
        ui.background().run(() -> {
            var kopie = opslag.werknemerversie(r.id(), I18n.teksten());
            var blokken = Werknemerplantekst.blokken(kopie.model(), I18n.teksten());
            return new Gelezen(kopie.gevonden(), Leesbaarheid.meet(blokken, I18n.teksten()),
                    blokken.stream().filter(b -> b.woord() != null).map(b -> b.woord().woord(I18n.teksten())).toList());
        }, g -> {
            klaar();
            toonWerknemerversie(r, g.gevonden(), g.maat(), g.woorden());
        }, this::geweigerd);
    }

    private void toonWerknemerversie(Rapport r, List<Privacypoort.Weglating> gevonden,
                                     Leesbaarheid.Uitslag maat, List<String> woorden) {
        javafx.scene.control.Dialog<javafx.scene.control.ButtonType> dialoog = new javafx.scene.control.Dialog<>();
        dialoog.initOwner(ui.window().get());
        dialoog.setTitle(I18n.t("b1.venster.titel"));
        dialoog.getDialogPane().setId("b1-dialoog");
        VBox inhoud = new VBox(8);
        inhoud.setPrefWidth(560);
        inhoud.getChildren().add(regel(I18n.t("b1.venster.uitleg"), null));
        inhoud.getChildren().add(regel(I18n.t("b1.meting", String.format(I18n.locale(), "%.1f", maat.gemiddeld()),
                Leesbaarheid.MAX_GEMIDDELD), "b1-meting"));
        Label lang = regel(I18n.t("b1.meting.lang", maat.langeZinnen().size(), Leesbaarheid.LANG),
                "b1-lang");
        inhoud.getChildren().add(lang);
        for (String zin : maat.langeZinnen()) {
            inhoud.getChildren().add(regel("• " + zin, null));
        }
        inhoud.getChildren().add(regel(I18n.t("b1.meting.woorden", woorden.size(), String.join(", ", woorden)),
                "b1-woorden"));
        if (!gevonden.isEmpty()) {
            VBox signaal = new VBox(2);
            signaal.setId("b1-gezondheid");
            Label kop = regel(I18n.t("b1.gezondheid", gevonden.size()), null);
            kop.getStyleClass().add(atlantafx.base.theme.Styles.WARNING);
            signaal.getChildren().add(kop);
            for (var w : gevonden) {
                Label passage = regel("• " + w.tekst(), null);
                passage.getStyleClass().add(atlantafx.base.theme.Styles.WARNING);
                signaal.getChildren().add(passage);
            }
            inhoud.getChildren().add(signaal);
        }
        dialoog.getDialogPane().setContent(inhoud);
        javafx.scene.control.ButtonType opslaan = new javafx.scene.control.ButtonType(I18n.t("b1.opslaan"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialoog.getDialogPane().getButtonTypes().setAll(opslaan, Knoppen.sluiten());
        dialoog.showAndWait().filter(k -> k == opslaan).ifPresent(k -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(I18n.t("b1.opslaan"));
            chooser.setInitialFileName(I18n.t("b1.bestandsnaam") + " " + r.tot() + ".pdf");
            File file = chooser.showSaveDialog(ui.window().get());
            if (file != null) {
                bewaarWerknemerversie(r, file.toPath());
            }
        });
    }

    /** Writes the werknemer's copy to {@code doel} off the JavaFX thread (the dialog asks where first). */
    public void bewaarWerknemerversie(Rapport r, Path doel) {
        bezig("rapport.pdfBezig");
        ui.background().run(() -> {
            opslag.bewaarWerknemerversieAls(r.id(), doel, I18n.teksten());
            return doel;
        }, p -> {
            klaar();
            ui.navigator().status(I18n.t("rapport.pdfOpgeslagen", p.getFileName()));
        }, this::geweigerd);
    }

    private static Label regel(String tekst, String id) {
        Label l = new Label(tekst);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        if (id != null) {
            l.setId(id);
        }
        return l;
    }

    private static String bestandsnaam(Rapport r) {
        return I18n.t("rapport.soort." + r.soort().name()) + " " + r.tot() + " v" + r.versie()
                + (r.status() == Rapport.Status.CONCEPT ? " " + I18n.t("rapport.status.CONCEPT").toLowerCase(java.util.Locale.ROOT) : "")
                + ".pdf";
    }

    /** Export runs in the background; meanwhile the row shows what is being made and its buttons wait. */
    private void bezig(String key) {
        bezigMet.setText(I18n.t(key));
        bezig.setVisible(true);
    }

    private void klaar() {
        bezig.setVisible(false);
    }

    private void geweigerd(Throwable failure) {
        klaar();
        ui.meldingen().weigering(failure, ui.navigator()::status);
    }

    private static TableColumn<Rapport, String> kolom(String key, Function<Rapport, String> waarde, double breedte) {
        TableColumn<Rapport, String> k = new TableColumn<>(I18n.t(key));
        k.setCellValueFactory(c -> new ReadOnlyStringWrapper(waarde.apply(c.getValue())));
        k.setPrefWidth(breedte);
        return k;
    }

    @Override
    public DossierTab plek() {
        return DossierTab.RAPPORTAGES;
    }

    @Override
    public String titelSleutel() {
        return "dossier.tab.rapportages";
    }

    /** The dossier's reports, and when its traject started (no new report's period starts before it). */
    public record Inhoud(java.time.LocalDate trajectStart, List<Rapport> rapporten) {
    }

    @Override
    public void toon(int dossierId, Inhoud inhoud) {
        getoond = inhoud.rapporten();
        show(dossierId, inhoud.trajectStart(), inhoud.rapporten());
    }

    @Override
    public java.util.Set<Aanwijzing.Soort> aanwijzingen() {
        return java.util.Set.of(Aanwijzing.Soort.RAPPORT);
    }

    /** Opens the report in its editor. */
    @Override
    public boolean wijsAan(Aanwijzing wat) {
        return getoond.stream().filter(r -> r.id() == wat.id()).findFirst().map(r -> {
            open(r);
            return true;
        }).orElse(false);
    }
}
