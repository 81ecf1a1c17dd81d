package nl.spoorzoeker.fase.ui;

import nl.spoorzoeker.klad.KladSleutel;
import nl.spoorzoeker.ui.DossierTabblad;
import nl.spoorzoeker.ui.DossierTab;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.input.Parsed;
import nl.spoorzoeker.input.TextInput;
import nl.spoorzoeker.fase.Doel;
import nl.spoorzoeker.fase.Fase;
import nl.spoorzoeker.fase.FaseService;
import nl.spoorzoeker.fase.FaseSoort;
import nl.spoorzoeker.fase.Stap;
import nl.spoorzoeker.fase.StapAntwoord;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.Privacyhulp;
import nl.spoorzoeker.ui.UiContext;
import nl.spoorzoeker.ui.form.Choices;
import nl.spoorzoeker.ui.form.DateField;
import nl.spoorzoeker.ui.form.FormDialog;
import nl.spoorzoeker.ui.form.FormView;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import nl.spoorzoeker.fase.DoelStatus;
import nl.spoorzoeker.ui.Aanwijzing;
import nl.spoorzoeker.ui.form.Autosave;
import nl.spoorzoeker.ui.form.DateDialog;

/**
 * The phases of a traject: where it stands (with history), moving on, and per phase its purpose,
 * the guided steps with the coach's dated answers, and its goals.
 */
public final class FasenPane implements DossierTabblad<FaseService.Overzicht> {

    /** Answers are notes of a conversation: long, but not unbounded. */
    static final int ANSWER_MAX = 20_000;

    private final UiContext ui;
    private final FaseService service;
    private final Runnable changed;
    private final VBox root = new VBox(14);
    private int dossierId;
    private FaseSoort shown;
    private FaseService.Overzicht overzicht;
    private TableView<Doel> doelenTabel;
    private final java.util.Map<Integer, Node> antwoordVan = new java.util.HashMap<>();
    /** What the dossier adds under a phase (the intake's scales); null for nothing. */
    private java.util.function.Function<FaseSoort, Node> aanvulling = soort -> null;

    public FasenPane(UiContext ui, FaseService service, Runnable changed) {
        this.ui = ui;
        this.service = service;
        this.changed = changed;
        root.setId("fasen-pane");
        root.setPadding(new Insets(12, 16, 16, 0));
    }

    public Node node() {
        ScrollPane scroll = new ScrollPane(root);
        scroll.setFitToWidth(true);
        return scroll;
    }

    public void show(int id, FaseService.Overzicht overzicht) {
        if (id != dossierId) {
            shown = null;
        }
        this.dossierId = id;
        this.overzicht = overzicht;
        antwoordVan.clear();
        List<FaseSoort> huidig = overzicht.huidig();
        if (shown == null) {
            shown = huidig.isEmpty() ? FaseSoort.INTAKE : huidig.getFirst();
        }
        root.getChildren().setAll(strip(overzicht), acties(overzicht));
        Node extra = aanvulling.apply(shown);
        if (extra != null) {
            root.getChildren().add(extra);
        }
        root.getChildren().add(detail(overzicht));
    }

    /** Lets the dossier add its own part under a phase, built anew each time the phase is shown. */
    public void aanvulling(java.util.function.Function<FaseSoort, Node> aanvulling) {
        this.aanvulling = aanvulling;
    }

    /**
     * Shows the phase of a step answer (a search hit) with its step opened and the answer marked,
     * not the current phase. False when the answer is not in this dossier.
     */
    public boolean kiesAntwoord(int antwoordId) {
        if (overzicht == null) {
            return false;
        }
        var antwoord = overzicht.antwoorden().stream().filter(a -> a.id() == antwoordId).findFirst();
        var stap = antwoord.flatMap(a -> overzicht.stappen().stream().filter(s -> s.id() == a.stapId()).findFirst());
        if (stap.isEmpty()) {
            return false;
        }
        shown = stap.get().fase();
        show(dossierId, overzicht);
        if (root.lookup("#stap-" + stap.get().id()) instanceof TitledPane pane) {
            pane.setExpanded(true);
        }
        Node regel = antwoordVan.get(antwoordId);
        if (regel != null) {
            Aanwijzing.markeer(regel);
        }
        return true;
    }

    /** Shows the phase of a goal (a search hit) with the goal selected. */
    public boolean kiesDoel(int doelId) {
        if (overzicht == null) {
            return false;
        }
        var doel = overzicht.doelen().stream().filter(d -> d.id() != null && d.id() == doelId).findFirst();
        if (doel.isEmpty()) {
            return false;
        }
        shown = doel.get().fase();
        show(dossierId, overzicht);
        return Aanwijzing.kies(doelenTabel, d -> d.id() != null && d.id() == doelId);
    }

    /** The seven phases in a row: done (with dates), running, or not yet started. Click one to view it. */
    private Node strip(FaseService.Overzicht o) {
        FlowPane strip = new FlowPane(8, 8);
        strip.setId("fasen-strip");
        for (FaseSoort soort : FaseSoort.values()) {
            List<Fase> runs = o.fasen().stream().filter(f -> f.soort() == soort).toList();
            Optional<Fase> running = runs.stream().filter(Fase::lopend).findFirst();
            Optional<Fase> last = runs.stream().max(Comparator.comparing(Fase::start));
            String state = running.map(f -> I18n.t("fase.status.lopend", DateInput.format(f.start())))
                    .or(() -> last.map(f -> I18n.t("fase.status.afgerond", DateInput.format(f.eind()))))
                    .orElse(I18n.t("fase.status.nietGestart"));
            Button chip = new Button(I18n.t("fase." + soort.name()) + "\n" + state);
            chip.setId("fase-chip-" + soort.name().toLowerCase(java.util.Locale.ROOT));
            chip.getStyleClass().addAll("fase-chip", running.isPresent() ? "fase-lopend"
                    : last.isPresent() ? "fase-afgerond" : "fase-open");
            if (soort == shown) {
                chip.getStyleClass().add("fase-getoond");
            }
            chip.setOnAction(e -> {
                shown = soort;
                show(dossierId, o);
            });
            strip.getChildren().add(chip);
        }
        return strip;
    }

    private Node acties(FaseService.Overzicht o) {
        Optional<Fase> runningShown = o.fasen().stream().filter(f -> f.lopend() && f.soort() == shown).findFirst();
        HBox box = new HBox(8);
        box.setAlignment(Pos.CENTER_LEFT);
        if (runningShown.isPresent()) {
            Fase fase = runningShown.get();
            // Moving on to a phase that already runs beside this one would start it twice.
            Optional<FaseSoort> next = next(fase.soort()).filter(n -> !o.huidig().contains(n));
            if (next.isPresent()) {
                Button volgende = new Button(I18n.t("fase.volgende", I18n.t("fase." + next.get().name())),
                        FontIcon.of(Material2AL.ARROW_FORWARD, 16));
                volgende.setId("fase-volgende");
                volgende.getStyleClass().add("accent");
                volgende.setOnAction(e -> ask(I18n.t("fase.volgende", I18n.t("fase." + next.get().name())))
                        .ifPresent(datum -> run(() -> service.volgende(dossierId, fase.id(), next.get(), datum),
                                next.get())));
                box.getChildren().add(volgende);
            }
            Button afronden = new Button(I18n.t("fase.rondAf"), FontIcon.of(Material2AL.CHECK_CIRCLE, 16));
            afronden.setId("fase-rond-af");
            afronden.setOnAction(e -> ask(I18n.t("fase.rondAf")).ifPresent(datum -> run(() -> {
                service.rondAf(dossierId, fase.id(), datum);
                return 0;
            }, shown)));
            box.getChildren().add(afronden);
        } else {
            Button start = new Button(I18n.t("fase.start", I18n.t("fase." + shown.name())),
                    FontIcon.of(Material2MZ.PLAY_ARROW, 16));
            start.setId("fase-start");
            start.getStyleClass().add("accent");
            FaseSoort soort = shown;
            start.setOnAction(e -> ask(I18n.t("fase.start", I18n.t("fase." + soort.name())))
                    .ifPresent(datum -> run(() -> service.start(dossierId, soort, datum), soort)));
            box.getChildren().add(start);
            if (!o.huidig().isEmpty()) {
                Label overlap = new Label(I18n.t("fase.overlapUitleg"));
                overlap.getStyleClass().add("text-muted");
                box.getChildren().add(overlap);
            }
        }
        return box;
    }

    private Node detail(FaseService.Overzicht o) {
        Label title = new Label(I18n.t("fase." + shown.name()));
        title.getStyleClass().add("title-3");
        Label doel = new Label(I18n.t("fase." + shown.name() + ".doel"));
        doel.setWrapText(true);
        doel.getStyleClass().add("fase-doel");
        VBox steps = new VBox(6);
        for (Stap stap : o.stappen().stream().filter(s -> s.fase() == shown).toList()) {
            steps.getChildren().add(stap(stap, o.antwoorden().stream().filter(a -> a.stapId() == stap.id()).toList()));
        }
        Label doelenTitel = new Label(I18n.t("doel.titel"));
        doelenTitel.getStyleClass().add("title-4");
        return new VBox(10, title, doel, steps, doelenTitel, doelen(o.doelen()));
    }

    private Node stap(Stap stap, List<StapAntwoord> antwoorden) {
        VBox body = new VBox(8);
        VBox questions = new VBox(2);
        for (String vraag : stap.vragen()) {
            Label q = new Label("• " + vraag);
            q.setWrapText(true);
            questions.getChildren().add(q);
        }
        body.getChildren().add(questions);
        for (StapAntwoord a : antwoorden) {
            Label earlier = new Label(DateInput.format(a.datum()) + " — " + a.antwoord());
            earlier.setWrapText(true);
            earlier.getStyleClass().add("stap-antwoord");
            earlier.setId("stap-antwoord-regel-" + a.id());
            antwoordVan.put(a.id(), earlier);
            body.getChildren().add(earlier);
        }
        TextArea answer = new TextArea();
        answer.setId("stap-antwoord-" + stap.id());
        answer.setWrapText(true);
        answer.setPrefRowCount(3);
        answer.setPromptText(I18n.t("stap.antwoord.prompt"));
        // Intake and acceptatie are conversations: there the coach is told not to record health detail at all.
        ui.privacy().bewaak(answer, stap.fase() == FaseSoort.INTAKE || stap.fase() == FaseSoort.ACCEPTATIE
                ? Privacyhulp.Veld.GESPREK : Privacyhulp.Veld.TEKST);
        answer.setAccessibleText(I18n.t("stap.antwoord.naam", stap.titel()));
        DateField datum = new DateField("stap-datum-" + stap.id());
        datum.editor().setAccessibleText(I18n.t("stap.datum.naam", stap.titel()));
        datum.textProperty().set(DateInput.format(ui.today()));
        Label error = new Label();
        error.getStyleClass().add("form-errors");
        Label concept = new Label();
        concept.setId("stap-concept-" + stap.id());
        concept.getStyleClass().addAll("text-muted", "text-small");
        // An answer can be long: it is kept as a draft while typed, and comes back after a crash or a reload.
        Autosave autosave = ui.kladden() == null ? null : new Autosave(
                ui.kladden(), "stap:" + dossierId + ":" + stap.id(), java.util.Map.of("antwoord", answer.textProperty(), "datum", datum.textProperty()),
                ui.background(), concept).anker(answer);
        if (autosave != null) {
            autosave.herstel();
        }
        Button save = new Button(I18n.t("action.save"), FontIcon.of(Material2MZ.SAVE, 14));
        save.setId("stap-opslaan-" + stap.id());
        save.setOnAction(e -> {
            Parsed<String> text = TextInput.required(answer.getText(), ANSWER_MAX);
            Parsed<LocalDate> date = DateInput.required(datum.textProperty().get());
            if (!text.isOk() || !date.isOk()) {
                error.setText(I18n.t(!text.isOk() ? (text.errorKey().equals("input.tooLong") ? "stap.antwoord.teLang"
                        : text.errorKey()) : date.errorKey()));
                return;
            }
            error.setText("");
            // The draft goes once the answer is saved; the reload that follows then finds none.
            ui.background().run(() -> service.beantwoord(dossierId, stap.id(), date.value(), text.value()), done -> {
                if (autosave != null) {
                    autosave.stop();
                }
                ui.navigator().dataChanged();
                changed.run();
            });
        });
        HBox row = new HBox(8, new Label(I18n.t("stap.datum")), datum, save, error, concept);
        row.setAlignment(Pos.CENTER_LEFT);
        body.getChildren().addAll(answer, row);
        TitledPane pane = new TitledPane(stap.titel() + (antwoorden.isEmpty() ? ""
                : "  ·  " + I18n.t("stap.aantalAntwoorden", antwoorden.size())), body);
        pane.setId("stap-" + stap.id());
        pane.setExpanded(antwoorden.isEmpty());
        return pane;
    }

    private Node doelen(List<Doel> alle) {
        TableView<Doel> table = new TableView<>();
        table.setId("doelen-table");
        doelenTabel = table;
        table.getItems().setAll(alle.stream().filter(d -> d.fase() == shown).toList());
        TableColumn<Doel, String> omschrijving = new TableColumn<>(I18n.t("doel.omschrijving").replace("_", ""));
        omschrijving.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().omschrijving()));
        omschrijving.setPrefWidth(280);
        TableColumn<Doel, String> indicator = new TableColumn<>(I18n.t("doel.indicator").replace("_", ""));
        indicator.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().indicator()));
        indicator.setPrefWidth(220);
        TableColumn<Doel, String> streef = new TableColumn<>(I18n.t("doel.streefdatum").replace("_", ""));
        streef.setCellValueFactory(c -> new ReadOnlyStringWrapper(DateInput.format(c.getValue().streefdatum())));
        streef.setMinWidth(100);
        TableColumn<Doel, String> status = new TableColumn<>(I18n.t("doel.status").replace("_", ""));
        status.setCellValueFactory(c -> new ReadOnlyStringWrapper(I18n.t("doelstatus." + c.getValue().status().name())));
        status.setMinWidth(100);
        table.getColumns().setAll(List.of(omschrijving, indicator, streef, status));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(I18n.t("doel.geen")));
        table.setPrefHeight(Math.max(110, 40 + 36.0 * table.getItems().size()));
        table.setRowFactory(t -> {
            TableRow<Doel> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    doelDialog(row.getItem());
                }
            });
            return row;
        });
        Button add = new Button(I18n.t("doel.nieuw"), FontIcon.of(Material2AL.ADD, 14));
        add.setId("doel-nieuw");
        add.setOnAction(e -> doelDialog(null));
        return new VBox(8, table, add);
    }

    private void doelDialog(Doel existing) {
        DoelForm form = new DoelForm();
        if (existing != null) {
            form.load(existing);
        }
        FormView view = new FormView();
        ui.privacy().tekst(view.text(form.omschrijving));
        ui.privacy().tekst(view.text(form.indicator));
        view.date(form.streefdatum);
        ComboBox<DoelStatus> status = Choices.of(DoelStatus.values(), "doelstatus.");
        status.valueProperty().bindBidirectional(form.status);
        view.combo("doel-status", "doel.status", status);
        FaseSoort fase = existing == null ? shown : existing.fase();
        FormDialog<Integer> dialog = new FormDialog<>(ui.window().get(),
                I18n.t(existing == null ? "doel.nieuw" : "doel.wijzig"), "doel-dialog", form, view, ui.background(), () -> {
                    Doel doel = form.doel(existing == null ? null : existing.id(), fase);
                    return () -> {
                        if (existing == null) {
                            return service.voegDoelToe(dossierId, doel);
                        }
                        service.wijzigDoel(dossierId, doel);
                        return doel.id();
                    };
                });
        dialog.autosave(ui.kladden(), KladSleutel.vanDossier(dossierId, "doel", existing == null ? null : existing.id()));
        dialog.showAndWait().ifPresent(id -> {
            ui.navigator().status(I18n.t("doel.opgeslagen"));
            changed.run();
        });
    }

    private Optional<LocalDate> ask(String title) {
        return DateDialog.ask(ui.window().get(), title, I18n.t("fase.datumVraag"), ui.today());
    }

    private void run(java.util.concurrent.Callable<Integer> work, FaseSoort thenShow) {
        ui.background().run(work, done -> {
            shown = thenShow;
            ui.navigator().dataChanged();
            changed.run();
        });
    }

    private static Optional<FaseSoort> next(FaseSoort soort) {
        FaseSoort[] all = FaseSoort.values();
        return soort.ordinal() + 1 < all.length ? Optional.of(all[soort.ordinal() + 1]) : Optional.empty();
    }

    @Override
    public DossierTab plek() {
        return DossierTab.FASEN;
    }

    @Override
    public String titelSleutel() {
        return "dossier.tab.fasen";
    }

    @Override
    public void toon(int dossierId, FaseService.Overzicht inhoud) {
        show(dossierId, inhoud);
    }

    @Override
    public java.util.Set<Aanwijzing.Soort> aanwijzingen() {
        return java.util.Set.of(Aanwijzing.Soort.STAPANTWOORD, Aanwijzing.Soort.DOEL);
    }

    @Override
    public boolean wijsAan(Aanwijzing wat) {
        return wat.soort() == Aanwijzing.Soort.DOEL ? kiesDoel(wat.id()) : kiesAntwoord(wat.id());
    }
}
