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
import nl.spoorzoeker.rapportage.Leesbaarheid;
import nl.spoorzoeker.rapportage.Privacypoort;
import nl.spoorzoeker.ui.Knoppen;

/**
 * The dossier's reports: every version with its period and state; a new one, writing in a concept,
 * and saving the PDF (a concept as it is now, a final one exactly as it was finalised).
 */
public final class RapportagesPane implements DossierTabblad<RapportagesPane.Inhoud> {

    private final UiContext ui;
    private final RapportOpslag opslag;
    private final RapportagesModel model;
    private final Runnable changed;
    private final VBox root = new VBox(10);
    private final TableView<Rapport> tabel = new TableView<>();
    private final javafx.scene.control.ProgressIndicator voortgang = new javafx.scene.control.ProgressIndicator();
    private final Label bezigMet = new Label();
    private final HBox bezig = new HBox(6, voortgang, bezigMet);

    public RapportagesPane(UiContext ui, RapportOpslag opslag, Runnable changed) {
        this.ui = ui;
        this.opslag = opslag;
        this.model = new RapportagesModel(opslag);
        this.changed = changed;
        root.setId("rapportages-pane");
        root.setPadding(new Insets(12, 16, 16, 0));
        tabel.setId("rapportages-table");
        tabel.getColumns().setAll(List.of(
                kolom("rapport.kol.soort", RapportagesModel::soort, 180),
                kolom("rapport.kol.periode", RapportagesModel::periode, 200),
                kolom("rapport.kol.versie", r -> Integer.toString(r.versie()), 70),
                kolom("rapport.kol.status", RapportagesModel::status, 120),
                kolom("rapport.kol.definitiefOp", r -> RapportagesModel.definitiefOp(r, ui.clock().getZone()), 120)));
        tabel.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tabel.setPlaceholder(new Label(I18n.t("rapport.geen")));
        tabel.setItems(model.rapporten());
        model.gekozen().bind(tabel.getSelectionModel().selectedItemProperty());
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
        bezig.visibleProperty().bind(model.isBezig());
        bezigMet.textProperty().bind(model.bezigMet());
    }

    public Node node() {
        return root;
    }

    public void show(int id, List<Rapport> rapporten) {
        show(id, null, rapporten);
    }

    /** As {@link #show(int, List)}, knowing when the traject started: no new report's period starts before it. */
    public void show(int id, java.time.LocalDate trajectStart, List<Rapport> rapporten) {
        Button nieuw = new Button(I18n.t("rapport.nieuw"), FontIcon.of(Material2AL.ADD, 16));
        nieuw.setId("rapport-nieuw");
        nieuw.getStyleClass().add("accent");
        nieuw.setOnAction(e -> nieuw());
        Button open = new Button(I18n.t("rapport.openen"), FontIcon.of(Material2AL.EDIT, 16));
        open.setId("rapport-openen");
        open.setOnAction(e -> gekozen(RapportagesModel.Actie.OPENEN, this::open));
        Button voorbeeld = new Button(I18n.t("rapport.voorbeeld"), FontIcon.of(Material2MZ.PREVIEW, 16));
        voorbeeld.setId("rapport-voorbeeld-knop");
        voorbeeld.setOnAction(e -> gekozen(RapportagesModel.Actie.VOORBEELD, this::voorbeeld));
        Button pdf = new Button(I18n.t("rapport.pdfOpslaan"), FontIcon.of(Material2MZ.PICTURE_AS_PDF, 16));
        pdf.setId("rapport-pdf");
        pdf.setOnAction(e -> gekozen(RapportagesModel.Actie.PDF, this::bewaarPdf));
        Button viewer = new Button(I18n.t("rapport.viewer"), FontIcon.of(Material2MZ.OPEN_IN_NEW, 16));
        viewer.setId("rapport-viewer");
        viewer.setOnAction(e -> gekozen(RapportagesModel.Actie.VIEWER, this::inViewer));
        Button verzend = new Button(I18n.t("rapport.verzend"), FontIcon.of(Material2MZ.SEND, 16));
        verzend.setId("rapport-verzend");
        verzend.setOnAction(e -> gekozen(RapportagesModel.Actie.VERZENDEN, this::verzend));
        Button correctie = new Button(I18n.t("rapport.correctie"), FontIcon.of(Material2AL.CONTENT_COPY, 16));
        correctie.setId("rapport-correctie");
        correctie.setOnAction(e -> gekozen(RapportagesModel.Actie.CORRIGEREN, this::corrigeer));
        Button werknemer = new Button(I18n.t("b1.knop"), FontIcon.of(Material2MZ.RECORD_VOICE_OVER, 16));
        werknemer.setId("rapport-werknemerversie");
        werknemer.setOnAction(e -> gekozen(RapportagesModel.Actie.WERKNEMERVERSIE, this::werknemerversie));
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
        model.toon(id, trajectStart, rapporten);
        root.getChildren().setAll(knoppen, uitleg, tabel);
    }

    private void gekozen(RapportagesModel.Actie wat, java.util.function.Consumer<Rapport> actie) {
        model.weigering(wat).ifPresentOrElse(key -> ui.navigator().status(I18n.t(key)),
                () -> actie.accept(model.gekozen().get()));
    }

    private void nieuw() {
        NieuwRapportForm form = model.nieuwForm(ui.today());
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
                    return () -> model.nieuw(s, van, tot, taal);
                });
        // The period a coach typed (and the kind chosen) come back after Escape, closing or a crash.
        dialog.autosave(ui.kladden(), KladSleutel.vanDossier(model.dossierId(), "rapport", null));
        dialog.showAndWait().ifPresent(id -> ui.background().run(() -> model.leesGeopend(id),
                n -> new RapportEditor(ui, opslag, n.rapport(), n.invoer(), changed).toon()));
    }

    /** Opens the editor on a report (read-only when final). */
    public void open(Rapport r) {
        ui.background().run(() -> model.leesInvoer(r), invoer ->
                new RapportEditor(ui, opslag, r, invoer, changed).toon());
    }

    /** The pages as the employer will see them: a concept as it is now, a final one as it was stored. */
    public void voorbeeld(Rapport r) {
        model.bezig("rapport.voorbeeld.bezig");
        record Eerste(Voorbeeld pdf, java.awt.image.BufferedImage pagina) {
        }
        String titel = RapportagesModel.titel(r);
        // A concept's page 1 is shown the moment it is laid out, before the rest (in the saved PDF's
        // fonts; its footer follows with the whole document, which then replaces it). Then the other
        // pages follow one by one, each its own background step, so the queue stays free between pages.
        VoorbeeldVenster[] venster = new VoorbeeldVenster[1];
        java.util.function.Consumer<java.awt.image.BufferedImage> vroeg = pagina -> Platform.runLater(() -> {
            model.klaar();
            venster[0] = VoorbeeldVenster.toon(ui.window().get(), titel, pagina);
        });
        Teksten taal = I18n.teksten();
        ui.background().run(() -> {
            var pdf = model.leesVoorbeeld(r, taal, 96, vroeg);
            try {
                return new Eerste(pdf, pdf.pagina(0));
            } catch (java.io.IOException | RuntimeException e) {
                pdf.close();
                throw e;
            }
        }, eerste -> {
            if (venster[0] == null) {
                model.klaar();
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
        ui.background().run(() -> model.leesVerzendgegevens(r), g -> {
            VerzendForm form = new VerzendForm(ui.today(), g.werknemer());
            FormView view = new FormView();
            String eerder = RapportagesModel.eerderVerzonden(g.eerder());
            if (eerder != null) {
                view.section("rapport.verzend.eerder", eerder);
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
                            model.verzend(r, v);
                            return r.id();
                        };
                    });
            // One draft per report: a recipient half typed for this report never turns up for another.
            dialog.autosave(ui.kladden(), KladSleutel.vanDossier(r.dossierId(), "verzending", r.id()));
            dialog.showAndWait().ifPresent(id -> ui.navigator().status(I18n.t("rapport.verzend.opgeslagen")));
        });
    }

    private void corrigeer(Rapport r) {
        ui.background().run(() -> model.corrigeer(r), nieuw -> {
            ui.navigator().status(I18n.t("rapport.correctieGemaakt", nieuw.versie()));
            changed.run();
            open(nieuw);
        }, this::geweigerd);
    }

    private void bewaarPdf(Rapport r) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t("rapport.pdfOpslaan"));
        chooser.setInitialFileName(RapportagesModel.bestandsnaam(r));
        File file = chooser.showSaveDialog(ui.window().get());
        if (file != null) {
            bewaarPdf(r, file.toPath());
        }
    }

    /** Writes the report's PDF to {@code doel} off the JavaFX thread (the button asks where first). */
    public void bewaarPdf(Rapport r, Path doel) {
        model.bezig("rapport.pdfBezig");
        Teksten taal = I18n.teksten();
        ui.background().run(() -> {
            model.bewaarPdf(r, doel, taal);
            return doel;
        }, p -> {
            model.klaar();
            ui.navigator().status(I18n.t("rapport.pdfOpgeslagen", p.getFileName()));
        }, this::geweigerd);
    }

    /** Opens the PDF in the system's viewer (printing, mailing from there), from a private folder. */
    public void inViewer(Rapport r) {
        model.bezig("rapport.pdfBezig");
        Teksten taal = I18n.teksten();
        ui.background().run(() -> SysteemViewer.open(RapportagesModel.bestandsnaam(r), model.leesPdf(r, taal)), p -> {
            model.klaar();
            ui.navigator().status(I18n.t("rapport.viewerGeopend"));
        }, this::geweigerd);
    }

    /**
     * The werknemer's own copy of a trajectplan in plain language (issue 19 item 6): first what the
     * coach should know — its readability, its explained words, any passage about health, which stays
     * in the werknemer's own copy — then saved where the coach chooses.
     */
    public void werknemerversie(Rapport r) {
        var weigering = RapportagesModel.weigering(RapportagesModel.Actie.WERKNEMERVERSIE, r);
        if (weigering.isPresent()) {
            ui.navigator().status(I18n.t(weigering.get()));
            return;
        }
        model.bezig("rapport.pdfBezig");
        ui.background().run(() -> model.leesWerknemerversie(r, I18n.teksten()), g -> {
            model.klaar();
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
            chooser.setInitialFileName(RapportagesModel.werknemerBestandsnaam(r));
            File file = chooser.showSaveDialog(ui.window().get());
            if (file != null) {
                bewaarWerknemerversie(r, file.toPath());
            }
        });
    }

    /** Writes the werknemer's copy to {@code doel} off the JavaFX thread (the dialog asks where first). */
    public void bewaarWerknemerversie(Rapport r, Path doel) {
        model.bezig("rapport.pdfBezig");
        ui.background().run(() -> {
            model.bewaarWerknemerversie(r, doel, I18n.teksten());
            return doel;
        }, p -> {
            model.klaar();
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

    private void geweigerd(Throwable failure) {
        model.klaar();
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
        show(dossierId, inhoud.trajectStart(), inhoud.rapporten());
    }

    @Override
    public java.util.Set<Aanwijzing.Soort> aanwijzingen() {
        return java.util.Set.of(Aanwijzing.Soort.RAPPORT);
    }

    /** Opens the report in its editor. */
    @Override
    public boolean wijsAan(Aanwijzing wat) {
        return model.zoek(wat.id()).map(r -> {
            open(r);
            return true;
        }).orElse(false);
    }
}
