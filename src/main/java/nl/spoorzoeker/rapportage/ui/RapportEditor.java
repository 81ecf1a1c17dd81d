package nl.spoorzoeker.rapportage.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.util.Duration;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.rapportage.Bevinding;
import nl.spoorzoeker.rapportage.Doorlezing;
import nl.spoorzoeker.rapportage.Rapport;
import nl.spoorzoeker.rapportage.RapportModel;
import nl.spoorzoeker.rapportage.RapportOpslag;
import nl.spoorzoeker.rapportage.RapportSoort;
import nl.spoorzoeker.rapportage.Rapportinvoer;
import nl.spoorzoeker.rapportage.Sectie;
import nl.spoorzoeker.ui.Handtekeningveld;
import nl.spoorzoeker.taal.Teksten;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.UiContext;
import nl.spoorzoeker.ui.form.Choices;
import nl.spoorzoeker.rapportage.DefinitiefTaak;
import nl.spoorzoeker.rapportage.Rapportopbouw;
import nl.spoorzoeker.rapportage.privacy.Categorie;
import nl.spoorzoeker.ui.Bevestiging;
import nl.spoorzoeker.ui.DossierTab;
import nl.spoorzoeker.ui.Knoppen;
import nl.spoorzoeker.ui.Taakvenster;
import nl.spoorzoeker.ui.Vensterstand;
import nl.spoorzoeker.ui.form.Toetsenbord;

/**
 * Writing a report: the narrative sections, the state of spoor 1 and the werknemer's visie and
 * agreement on the left, saved about a second after each change; the UWV checklist on the right,
 * re-run after every save, with blockers to fix and warnings to acknowledge with a reason.
 * Finalising is offered once nothing blocks.
 */
final class RapportEditor {

    static final Duration PAUZE = Duration.seconds(1);

    private final UiContext ui;
    private final RapportOpslag opslag;
    private final Rapport rapport;
    private final Runnable veranderd;
    /**
     * The report's language for this editor: the screen's choice when it opened, handed to the checks
     * and to making it final (the report code itself never reads the screen's language).
     */
    private final Teksten taal = I18n.teksten();
    private final Stage stage = new Stage();
    private final Map<Sectie, TextArea> teksten = new EnumMap<>(Sectie.class);
    private final TextField spoor1 = new TextField();
    private final TextArea visie = new TextArea();
    private final ComboBox<RapportModel.AkkoordSoort> akkoord = Choices.of(RapportModel.AkkoordSoort.values(),
            "rapport.akkoordsoort.");
    private final TextField akkoordDatum = new TextField();
    private final TextField reden = new TextField();
    private final VBox checklist = new VBox(6);
    private final Label opgeslagen = new Label();
    private final Label handtekeningStatus = new Label();
    private final VBox knelpuntenLijst = new VBox(4);
    private final List<RapportModel.Knelpunt> knelpunten;
    /** What the fields hold, without the fields: the sections, the agreement, whether it may be saved. */
    private final RapportEditorModel model;
    private final Button definitief = new Button(I18n.t("rapport.definitief"));
    private final PauseTransition pauze = new PauseTransition(PAUZE);
    private List<Bevinding> bevindingen = List.of();
    private final DossierGegevens gegevens = new DossierGegevens(this::naarDossier);
    /** What this editor does not show yet is carried over unchanged, so saving never drops it. */
    private final Rapportinvoer geladen;
    private final Label spoor1Kop = kop("rapport.sectie.spoor1");

    RapportEditor(UiContext ui, RapportOpslag opslag, Rapport rapport, Rapportinvoer invoer, Runnable veranderd) {
        this.ui = ui;
        this.opslag = opslag;
        this.rapport = rapport;
        this.veranderd = veranderd;
        this.geladen = invoer;
        this.model = new RapportEditorModel(Rapportopbouw.teksten(rapport.soort()), invoer);
        this.knelpunten = model.knelpunten();
        // The check reads the stored report, not the window: asked first, it runs on the database thread while
        // this thread builds and styles the editor (issue 21 item 10: the two took turns, ~40 + ~60 ms of CPU on
        // a two-core laptop). Its answer is shown after the constructor, when the checklist exists.
        long eersteVraag = model.vraagControle();
        ui.background().run(() -> opslag.controleer(rapport.id(), taal), c -> toon(eersteVraag, c));
        stage.initOwner(ui.window().get());
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(I18n.t("rapport.editor.titel", I18n.t("rapport.soort." + rapport.soort().name()),
                DateInput.format(rapport.van()), DateInput.format(rapport.tot())));
        boolean alleenLezen = rapport.status() == Rapport.Status.DEFINITIEF;

        VBox links = new VBox(10);
        links.setPadding(new Insets(12));
        links.getChildren().add(gegevens.node());
        for (Sectie s : model.secties()) {
            Label kop = new Label(I18n.t("rapport.sectie." + s.name()));
            kop.getStyleClass().add("title-4");
            TextArea area = new TextArea();
            area.textProperty().bindBidirectional(model.tekst(s));
            area.setId("rapport-tekst-" + s.name());
            kop.setLabelFor(area);
            area.setWrapText(true);
            area.setPrefRowCount(s == Sectie.SAMENVATTING || s == Sectie.ANALYSE_PROFIELEN ? 5 : 3);
            area.setEditable(!alleenLezen);
            ui.privacy().tekst(area);
            teksten.put(s, area);
            links.getChildren().addAll(kop, area);
        }
        spoor1.setId("rapport-spoor1");
        spoor1.textProperty().bindBidirectional(model.spoor1());
        visie.setId("rapport-visie");
        visie.setWrapText(true);
        visie.setPrefRowCount(4);
        akkoord.setId("rapport-akkoord");
        akkoordDatum.setId("rapport-akkoord-datum");
        reden.setId("rapport-akkoord-reden");
        reden.setPromptText(I18n.t("rapport.akkoord.redenPrompt"));
        List.of(spoor1, visie, reden).forEach(ui.privacy()::tekst);
        RapportModel.Akkoord a = invoer.akkoord();
        visie.textProperty().bindBidirectional(model.visie());
        akkoord.valueProperty().bindBidirectional(model.akkoord());
        akkoordDatum.textProperty().bindBidirectional(model.akkoordDatum());
        reden.textProperty().bindBidirectional(model.reden());
        spoor1Kop.setLabelFor(spoor1);
        Label visieKop = kop("rapport.sectie.visie");
        visieKop.setLabelFor(visie);
        // The agreement, its date and a refusal's reason each named, for the eye and for a screen reader.
        Label akkoordLabel = new Label(I18n.t("rapport.akkoord.soortLabel"));
        akkoordLabel.setLabelFor(akkoord);
        akkoordLabel.setMinWidth(Label.USE_PREF_SIZE);
        Label datumLabel = new Label(I18n.t("rapport.akkoord.datumLabel"));
        datumLabel.setLabelFor(akkoordDatum);
        datumLabel.setMinWidth(Label.USE_PREF_SIZE);
        akkoordDatum.setPromptText(I18n.t("input.date.prompt"));
        akkoordDatum.setPrefColumnCount(10);
        // The choice and its date keep their width at 1366×768 (they were cut to "Mondeli…" and "-11-2026");
        // the refusal's reason has the line below to itself.
        akkoord.setMinWidth(Region.USE_PREF_SIZE);
        akkoordDatum.setMinWidth(Region.USE_PREF_SIZE);
        reden.setAccessibleText(I18n.t("rapport.akkoord.redenPrompt"));
        HBox keuze = new HBox(8, akkoordLabel, akkoord);
        keuze.setAlignment(Pos.CENTER_LEFT);
        HBox datum = new HBox(8, datumLabel, akkoordDatum);
        datum.setAlignment(Pos.CENTER_LEFT);
        // Wraps the date below the choice where the pane is narrow, rather than cutting either short.
        javafx.scene.layout.FlowPane akkoordRegel = new javafx.scene.layout.FlowPane(16, 6, keuze, datum);
        akkoordRegel.setAlignment(Pos.CENTER_LEFT);
        Button tekenen = new Button(I18n.t("rapport.tekenen"));
        tekenen.setId("rapport-tekenen");
        tekenen.setDisable(alleenLezen);
        tekenen.setOnAction(e -> tekenen());
        handtekeningStatus.setId("rapport-handtekening-status");
        handtekeningStatus.getStyleClass().add("text-muted");
        handtekeningStatus.setText(a != null && a.handtekening() != null ? I18n.t("rapport.handtekening.aanwezig") : "");
        HBox tekenRegel = new HBox(8, tekenen, handtekeningStatus);
        tekenRegel.setAlignment(Pos.CENTER_LEFT);
        Button knelpunt = new Button(I18n.t("rapport.knelpunt.nieuw"));
        knelpunt.setId("rapport-knelpunt-nieuw");
        knelpunt.setDisable(alleenLezen);
        knelpunt.setOnAction(e -> nieuwKnelpunt());
        knelpuntenLijst.setId("rapport-knelpunten");
        toonKnelpunten(alleenLezen);
        links.getChildren().addAll(spoor1Kop, spoor1, kop("rapport.knelpunten"), knelpuntenLijst, knelpunt, visieKop,
                visie, akkoordRegel, reden, tekenRegel);
        ScrollPane linksScroll = new ScrollPane(links);
        linksScroll.setFitToWidth(true);

        Label checkKop = kop("rapport.checklist");
        checklist.setId("rapport-checklist");
        ScrollPane rechts = new ScrollPane(new VBox(8, checkKop, checklist));
        rechts.setFitToWidth(true);
        rechts.setPadding(new Insets(12));
        SplitPane split = new SplitPane(linksScroll, rechts);
        split.setDividerPositions(0.6);
        VBox.setVgrow(split, Priority.ALWAYS);

        definitief.setId("rapport-definitief");
        definitief.getStyleClass().add("accent");
        definitief.setOnAction(e -> maakDefinitief());
        definitief.setDisable(true);
        Button sluiten = new Button(I18n.t("action.close"));
        sluiten.setId("rapport-sluiten");
        sluiten.setCancelButton(true);
        sluiten.setOnAction(e -> stage.close());
        opgeslagen.setId("rapport-opgeslagen");
        opgeslagen.getStyleClass().add("text-muted");
        Region ruimte = new Region();
        HBox.setHgrow(ruimte, Priority.ALWAYS);
        HBox knoppen = new HBox(8, opgeslagen, ruimte, definitief, sluiten);
        knoppen.setAlignment(Pos.CENTER_RIGHT);
        knoppen.setPadding(new Insets(8, 12, 12, 12));
        VBox root = new VBox(split, knoppen);
        root.setId("rapport-editor");
        double[] maat = Vensterstand.passend(1100, 680);
        stage.setScene(new Scene(root, maat[0], maat[1]));
        // Tab moves from section to section, as in every form, instead of typing a tab into the report.
        Toetsenbord.velden(stage.getScene());
        if (ui.window().get() != null && ui.window().get().getScene() != null) {
            stage.getScene().getStylesheets().setAll(ui.window().get().getScene().getStylesheets());
        }
        if (alleenLezen) {
            for (var c : List.of(spoor1, visie, akkoordDatum, reden)) {
                c.setEditable(false);
            }
            akkoord.setDisable(true);
        } else {
            pauze.setOnFinished(e -> bewaar());
            teksten.values().forEach(t -> t.textProperty().addListener((o, x, y) -> pauze.playFromStart()));
            for (var c : List.of(spoor1.textProperty(), visie.textProperty(), akkoordDatum.textProperty(),
                    reden.textProperty())) {
                c.addListener((o, x, y) -> pauze.playFromStart());
            }
            akkoord.valueProperty().addListener((o, x, y) -> pauze.playFromStart());
        }
        stage.setOnHidden(e -> {
            if (pauze.getStatus() == javafx.animation.Animation.Status.RUNNING) {
                pauze.stop();
                bewaar();
            }
            veranderd.run();
        });
        if (!model.actueel(eersteVraag)) {
            // Building the fields changed what the model holds (it should not): the early answer is for other text.
            controleer();
        }
    }

    void toon() {
        stage.show();
    }

    Stage stage() {
        return stage;
    }

    private static Label kop(String key) {
        Label kop = new Label(I18n.t(key));
        kop.getStyleClass().add("title-4");
        return kop;
    }

    /** What is typed now, as the coach's part of the report (an unreadable date counts as none). */
    Rapportinvoer invoer() {
        return model.invoer();
    }

    private void bewaar() {
        if (!model.bewaarbaar()) {
            // Saving now would store "no date" over what the coach typed: say so, and wait for a readable one.
            opgeslagen.setText(I18n.t("rapport.akkoord.datumOnleesbaar"));
            return;
        }
        Rapportinvoer invoer = invoer();
        long vraag = model.vraagControle();
        ui.background().run(() -> {
            opslag.bewaar(rapport.id(), invoer);
            return opslag.controleer(rapport.id(), taal);
        }, c -> {
            opgeslagen.setText(I18n.t("rapport.opgeslagen", java.time.LocalTime.now(ui.clock())
                    .format(java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss"))));
            toon(vraag, c);
        });
    }

    private void controleer() {
        long vraag = model.vraagControle();
        ui.background().run(() -> opslag.controleer(rapport.id(), taal), c -> toon(vraag, c));
    }

    /** The check's answer, unless a newer check was asked or the coach typed since (then a newer one follows). */
    private void toon(long vraag, RapportOpslag.Controle c) {
        if (model.actueel(vraag)) {
            toon(c);
        }
    }

    private void toon(RapportOpslag.Controle c) {
        gegevens.toon(c.model());
        // The spoor 1 field only where the report prints it (not under the vangnet, not in an intake
        // or eindrapportage): a field whose text goes nowhere would lose what the coach typed.
        boolean spoor1Gedrukt = Rapportopbouw.onderdelen(c.model()).contains(Rapportopbouw.Onderdeel.SPOOR1);
        for (Node n : List.of(spoor1Kop, spoor1)) {
            n.setVisible(spoor1Gedrukt);
            n.setManaged(spoor1Gedrukt);
        }
        bevindingen = c.bevindingen();
        checklist.getChildren().clear();
        if (bevindingen.isEmpty()) {
            Label goed = new Label(I18n.t("rapport.checklist.leeg"));
            goed.getStyleClass().addAll("termijn-badge", "status-gedaan");
            checklist.getChildren().add(goed);
        }
        Map<String, Integer> erkenKnoppen = new java.util.HashMap<>();
        for (Bevinding b : bevindingen) {
            boolean open = c.openWaarschuwingen().contains(b);
            Label ernst = new Label(I18n.t(b.ernst() == Bevinding.Ernst.BLOKKADE ? "rapport.blokkade"
                    : open ? "rapport.waarschuwing" : "rapport.erkend") + " · " + b.controle());
            ernst.getStyleClass().addAll("termijn-badge", b.ernst() == Bevinding.Ernst.BLOKKADE ? "status-te_laat"
                    : open ? "status-binnenkort" : "status-gedaan");
            Label tekst = new Label(tekst(b));
            tekst.setWrapText(true);
            VBox regel = new VBox(3, ernst, tekst);
            if (b.controle().equals("C18") && b.args().size() > 1) {
                Label alternatief = new Label(I18n.t(Categorie.valueOf(
                        String.valueOf(b.args().getLast())).alternatiefSleutel()));
                alternatief.getStyleClass().add("text-muted");
                alternatief.setWrapText(true);
                regel.getChildren().add(alternatief);
            }
            DossierGegevens.tab(b.herstel()).filter(t -> rapport.status() == Rapport.Status.CONCEPT)
                    .ifPresent(t -> regel.getChildren().add(gegevens.link(t)));
            if (b.herstel() == Bevinding.Herstel.INSTELLINGEN && rapport.status() == Rapport.Status.CONCEPT) {
                // The practice's details are not the dossier's: the way there is Instellingen.
                javafx.scene.control.Hyperlink naar = new javafx.scene.control.Hyperlink(I18n.t("rapport.herstel.instellingen"));
                naar.setId("rapport-herstel-INSTELLINGEN");
                naar.setOnAction(e -> naarInstellingen());
                regel.getChildren().add(naar);
            }
            if (open && rapport.status() == Rapport.Status.CONCEPT) {
                Button erken = new Button(I18n.t(b.controle().equals(Doorlezing.CONTROLE) ? "rapport.doorlezen" : "rapport.erken"));
                // Named by its check (a second of the same check numbered), so a test or a screen reader finds it.
                int n = erkenKnoppen.merge(b.controle(), 1, Integer::sum);
                erken.setId("rapport-erken-" + b.controle() + (n > 1 ? "-" + n : ""));
                erken.setOnAction(e -> erken(b));
                regel.getChildren().add(erken);
            }
            regel.getStyleClass().add("stap-antwoord");
            checklist.getChildren().add(regel);
        }
        definitief.setDisable(rapport.status() == Rapport.Status.DEFINITIEF || !c.magDefinitief());
    }

    /** Source data is fixed in the dossier: save what was typed, close, and open the dossier there. */
    private void naarInstellingen() {
        bewaarEnGa(() -> ui.navigator().showInstellingen());
    }

    private void naarDossier(DossierTab tab) {
        bewaarEnGa(() -> ui.navigator().openDossier(rapport.dossierId(), tab));
    }

    /** Leaving the editor for another screen: what was typed is saved first, then the editor closes. */
    private void bewaarEnGa(Runnable daarna) {
        pauze.stop();
        Rapportinvoer invoer = invoer();
        boolean concept = rapport.status() == Rapport.Status.CONCEPT;
        if (concept && !model.bewaarbaar()) {
            opgeslagen.setText(I18n.t("rapport.akkoord.datumOnleesbaar"));
            akkoordDatum.requestFocus();
            return;
        }
        ui.background().run(() -> {
            if (concept) {
                opslag.bewaar(rapport.id(), invoer);
            }
            return Boolean.TRUE;
        }, klaar -> {
            stage.close();
            daarna.run();
        });
    }


    static String tekst(Bevinding b) {
        return b.tekst(I18n.teksten());
    }

    private void erken(Bevinding b) {
        if (b.controle().equals(Doorlezing.CONTROLE)) {
            doorlezen();
            return;
        }
        TextInputDialog vraag = new TextInputDialog();
        vraag.initOwner(stage);
        vraag.setTitle(I18n.t("rapport.erken"));
        vraag.getDialogPane().setId("rapport-erken-vraag");
        vraag.setHeaderText(tekst(b));
        vraag.setContentText(I18n.t("rapport.erken.reden"));
        vraag.getDialogPane().getButtonTypes().setAll(Knoppen.ok(), Knoppen.annuleren());
        Toetsenbord.eersteVeld(vraag, vraag::getEditor);
        vraag.showAndWait().filter(r -> !r.isBlank()).ifPresent(r -> {
            long controle = model.vraagControle();
            ui.background().run(() -> {
                opslag.erken(rapport.id(), b, r);
                return opslag.controleer(rapport.id(), taal);
            }, c -> toon(controle, c));
        });
    }

    /**
     * The read-through of the free text (issue 17, eleventh round): what is typed now is saved first, so the coach reads
     * what will be printed; the confirmation is tied to that text, and a word changed later asks for it again.
     */
    private void doorlezen() {
        if (!model.bewaarbaar()) {
            opgeslagen.setText(I18n.t("rapport.akkoord.datumOnleesbaar"));
            akkoordDatum.requestFocus();
            return;
        }
        pauze.stop();
        Rapportinvoer invoer = invoer();
        ui.background().run(() -> {
            opslag.bewaar(rapport.id(), invoer);
            return opslag.doorlezing(rapport.id(), taal);
        }, d -> {
            if (d.bevinding() == null || d.bevestigd() || !Doorleesvenster.toon(stage, d, taal)) {
                controleer();
                return;
            }
            long controle = model.vraagControle();
            ui.background().run(() -> {
                opslag.bevestigDoorgelezen(rapport.id(), d.bevinding(), taal);
                return opslag.controleer(rapport.id(), taal);
            }, c -> toon(controle, c));
        });
    }

    private void toonKnelpunten(boolean alleenLezen) {
        knelpuntenLijst.getChildren().clear();
        for (RapportModel.Knelpunt k : knelpunten) {
            Label tekst = new Label(k.omschrijving() + (k.verschilVanInzicht() ? " — " + (k.deskundigenoordeelOverwogen()
                    == null ? I18n.t("rapport.knelpunt.geenOordeel") : I18n.t("rapport.knelpunt.oordeel",
                    DateInput.format(k.deskundigenoordeelOverwogen()))) : ""));
            tekst.setWrapText(true);
            HBox.setHgrow(tekst, Priority.ALWAYS);
            Button weg = new Button(I18n.t("action.delete"));
            weg.setDisable(alleenLezen);
            weg.setOnAction(e -> {
                if (!Bevestiging.vraag(stage, "knelpunt-verwijder-vraag", I18n.t("rapport.knelpunt.verwijder.titel"),
                        I18n.t("rapport.knelpunt.verwijder.vraag", k.omschrijving()), null, I18n.t("action.delete"))) {
                    return;
                }
                knelpunten.remove(k);
                toonKnelpunten(false);
                pauze.playFromStart();
            });
            HBox regel = new HBox(8, tekst, weg);
            regel.setAlignment(Pos.CENTER_LEFT);
            knelpuntenLijst.getChildren().add(regel);
        }
    }

    /** A bottleneck; a difference of opinion asks whether a deskundigenoordeel was considered (C14). */
    private void nieuwKnelpunt() {
        Dialog<RapportModel.Knelpunt> dialoog = new Dialog<>();
        dialoog.initOwner(stage);
        dialoog.setTitle(I18n.t("rapport.knelpunt.nieuw"));
        dialoog.getDialogPane().setId("knelpunt-dialoog");
        TextField omschrijving = new TextField();
        omschrijving.setId("knelpunt-omschrijving");
        omschrijving.setPromptText(I18n.t("rapport.knelpunt.omschrijving"));
        ui.privacy().tekst(omschrijving);
        CheckBox verschil = new CheckBox(I18n.t("rapport.knelpunt.verschil"));
        verschil.setId("knelpunt-verschil");
        TextField oordeel = new TextField();
        oordeel.setId("knelpunt-oordeel");
        oordeel.setPromptText(I18n.t("rapport.knelpunt.oordeelPrompt"));
        oordeel.disableProperty().bind(verschil.selectedProperty().not());
        Label fout = new Label();
        fout.getStyleClass().add("form-errors");
        dialoog.getDialogPane().setContent(new VBox(8, omschrijving, verschil, oordeel, fout));
        ButtonType toevoegen = new ButtonType(I18n.t("action.add"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialoog.getDialogPane().getButtonTypes().setAll(toevoegen, Knoppen.annuleren());
        ((Button) dialoog.getDialogPane().lookupButton(toevoegen)).addEventFilter(
                ActionEvent.ACTION, e -> {
                    var datum = DateInput.parse(oordeel.getText());
                    if (omschrijving.getText() == null || omschrijving.getText().isBlank()) {
                        fout.setText(I18n.t("input.required"));
                        e.consume();
                    } else if (!datum.isOk()) {
                        fout.setText(I18n.t(datum.errorKey()));
                        e.consume();
                    }
                });
        Toetsenbord.formulier(dialoog, (Button) dialoog.getDialogPane().lookupButton(toevoegen));
        Toetsenbord.eersteVeld(dialoog, () -> omschrijving);
        dialoog.setResultConverter(knop -> knop == toevoegen
                ? new RapportModel.Knelpunt(omschrijving.getText().strip(), verschil.isSelected(),
                verschil.isSelected() ? DateInput.parse(oordeel.getText()).value() : null) : null);
        dialoog.showAndWait().ifPresent(k -> {
            knelpunten.add(k);
            toonKnelpunten(false);
            pauze.playFromStart();
        });
    }

    /** The werknemer signs on the laptop; the signature is kept with the report and printed in it. */
    private void tekenen() {
        Handtekeningveld.vraag(stage, I18n.t("rapport.tekenen"), I18n.t("rapport.tekenen.uitleg"))
                .ifPresent(png -> ui.background().run(() -> {
            opslag.zetHandtekening(rapport.id(), png);
            return png;
        }, ok -> {
            handtekeningStatus.setText(I18n.t("rapport.handtekening.aanwezig"));
            if (akkoord.getValue() == null) {
                akkoord.setValue(RapportModel.AkkoordSoort.GETEKEND);
            }
            if (akkoordDatum.getText() == null || akkoordDatum.getText().isBlank()) {
                akkoordDatum.setText(DateInput.format(ui.today()));
            }
        }));
    }

    /**
     * Final cannot be undone (a correction is a new version), so the coach confirms it, and is warned
     * first when the signature is not set: the PDF would carry an empty signature line.
     */
    private void maakDefinitief() {
        ui.background().run(opslag::heeftHandtekening, getekend -> {
            String soort = I18n.t("rapport.soort." + rapport.soort().name());
            if (Bevestiging.vraag(stage, "rapport-definitief-vraag", I18n.t("rapport.definitief.titel"),
                    I18n.t("rapport.definitief.vraag", soort, DateInput.format(rapport.van()), DateInput.format(rapport.tot())),
                    getekend ? null : I18n.t("rapport.definitief.geenHandtekening"),
                    I18n.t("rapport.definitief"))) {
                definitiefMaken();
            }
        });
    }

    private void definitiefMaken() {
        pauze.stop();
        Rapportinvoer invoer = invoer();
        definitief.setDisable(true);
        opgeslagen.setText(I18n.t("rapport.pdfBezig"));
        Taakvenster.toon(stage, ui.background().langwerk(),
                new DefinitiefTaak(opslag, rapport.id(), invoer, taal), null, r -> {
            ui.navigator().status(I18n.t("rapport.definitiefGemaakt", r.versie()));
            stage.close();
        }, failure -> {
            definitief.setDisable(false);
            ui.meldingen().weigering(failure, tekst -> {
                opgeslagen.setText(tekst);
                controleer();
            });
        });
    }

    List<Bevinding> bevindingen() {
        return new ArrayList<>(bevindingen);
    }
}
