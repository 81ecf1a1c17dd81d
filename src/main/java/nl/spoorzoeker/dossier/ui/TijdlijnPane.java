package nl.spoorzoeker.dossier.ui;

import nl.spoorzoeker.ui.DossierTabblad;
import nl.spoorzoeker.ui.DossierTab;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.spoorzoeker.dossier.TijdlijnService;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.tijdlijn.Gebeurtenis;
import nl.spoorzoeker.tijdlijn.GebeurtenisSoort;
import nl.spoorzoeker.tijdlijn.Mijlpaal;
import nl.spoorzoeker.tijdlijn.Periode;
import nl.spoorzoeker.tijdlijn.Tijdlijn;
import nl.spoorzoeker.tijdlijn.VerzuimPeriode;
import nl.spoorzoeker.ui.Bevestiging;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.UiContext;
import nl.spoorzoeker.ui.form.DateField;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import nl.spoorzoeker.tijdlijn.MijlpaalSoort;
import nl.spoorzoeker.tijdlijn.MijlpaalStatus;
import nl.spoorzoeker.tijdlijn.Regime;
import nl.spoorzoeker.ui.form.DateDialog;

/**
 * A dossier's Poortwachter timeline: the chart, every milestone with its deadline and status (and a
 * button to record it as done), the periods of sickness and WAZO leave, and what was recorded.
 */
public final class TijdlijnPane implements DossierTabblad<TijdlijnPane.Inhoud> {

    private final UiContext ui;
    private final TijdlijnService service;
    private final Runnable changed;
    private final VBox root = new VBox(16);
    private int dossierId;
    private Tijdlijn tijdlijn;
    private List<Mijlpaal> mijlpalen = List.of();

    public TijdlijnPane(UiContext ui, TijdlijnService service, Runnable changed) {
        this.ui = ui;
        this.service = service;
        this.changed = changed;
        root.setId("tijdlijn-pane");
        root.setPadding(new Insets(12, 0, 0, 0));
    }

    public Node node() {
        ScrollPane scroll = new ScrollPane(root);
        scroll.setFitToWidth(true);
        return scroll;
    }

    public void show(int id, Tijdlijn tijdlijn, List<Mijlpaal> mijlpalen) {
        this.dossierId = id;
        this.tijdlijn = tijdlijn;
        this.mijlpalen = mijlpalen;
        TijdlijnGrafiek chart = new TijdlijnGrafiek(tijdlijn.klok(), mijlpalen, ui.today());
        root.getChildren().setAll(chart, title("tijdlijn.mijlpalen"));
        overname(tijdlijn, mijlpalen).ifPresent(root.getChildren()::add);
        root.getChildren().addAll(table(mijlpalen), interval(tijdlijn),
                title("tijdlijn.periodes"), periodes(tijdlijn), title("tijdlijn.gebeurtenissen"), gebeurtenissen(tijdlijn));
    }

    /**
     * For a case taken on part-way: the way to say in one step what happened before the assignment,
     * offered while deadlines of others before it are still open or declared.
     */
    private java.util.Optional<Node> overname(Tijdlijn tijdlijn, List<Mijlpaal> mijlpalen) {
        java.time.LocalDate opdracht = tijdlijn.overname().opdrachtdatum();
        if (opdracht == null || OvernameDialog.teVragen(mijlpalen, opdracht).isEmpty()) {
            return java.util.Optional.empty();
        }
        Label uitleg = new Label(I18n.t("tijdlijn.overname.uitleg", DateInput.format(opdracht)));
        uitleg.setWrapText(true);
        uitleg.getStyleClass().add("text-muted");
        Button knop = new Button(I18n.t("tijdlijn.overname"), FontIcon.of(Material2AL.HISTORY, 14));
        knop.setId("tijdlijn-overname");
        knop.setMinWidth(Region.USE_PREF_SIZE);
        knop.setOnAction(e -> vraagOvername());
        HBox.setHgrow(uitleg, Priority.ALWAYS);
        HBox row = new HBox(12, uitleg, knop);
        row.setAlignment(Pos.CENTER_LEFT);
        return java.util.Optional.of(row);
    }

    /** Opens the takeover step for the dossier on screen (also right after a new dossier is made). */
    public void vraagOvername() {
        java.time.LocalDate opdracht = tijdlijn == null ? null : tijdlijn.overname().opdrachtdatum();
        if (opdracht == null) {
            return;
        }
        List<Mijlpaal> vragen = OvernameDialog.teVragen(mijlpalen, opdracht);
        if (vragen.isEmpty()) {
            return;
        }
        int id = dossierId;
        OvernameDialog.ask(ui.window().get(), vragen, opdracht, ui.today(), tijdlijn.regime()).ifPresent(keuze ->
                ui.background().run(() -> {
                    service.legOvernameVast(id, keuze.gedaan(), keuze.onbekend());
                    return null;
                }, done -> {
                    ui.navigator().status(I18n.t("tijdlijn.overname.gedaan"));
                    changed.run();
                }));
    }

    private void vraagUitzondering(Mijlpaal m) {
        int id = dossierId;
        UitzonderingDialog.ask(ui, id, m.gedaanOp(), m.deadline(), tijdlijn.uitzondering())
                .ifPresent(u -> ui.background().run(() -> {
                    service.legUitzonderingVast(id, u);
                    // Stored: its draft goes (a failed save would have kept it, to come back).
                    if (ui.kladden() != null) {
                        ui.kladden().verwijder(UitzonderingDialog.kladSleutel(id));
                    }
                    return null;
                }, done -> {
                    ui.navigator().status(I18n.t("tijdlijn.uitzondering.gedaan"));
                    changed.run();
                }));
    }

    private static Label title(String key) {
        Label label = new Label(I18n.t(key));
        label.getStyleClass().add("title-4");
        return label;
    }

    private TableView<Mijlpaal> table(List<Mijlpaal> mijlpalen) {
        TableView<Mijlpaal> table = new TableView<>();
        table.setId("mijlpalen-table");
        TableColumn<Mijlpaal, String> naam = new TableColumn<>(I18n.t("mijlpaal.col.mijlpaal"));
        naam.setCellValueFactory(c -> new ReadOnlyStringWrapper(I18n.t("mijlpaal." + c.getValue().soort().name())
                + (c.getValue().volgnummer() > 1 ? " " + c.getValue().volgnummer() : "")));
        naam.setPrefWidth(240);
        naam.setMinWidth(200);
        TableColumn<Mijlpaal, String> wie = new TableColumn<>(I18n.t("mijlpaal.col.wie"));
        wie.setCellValueFactory(c -> new ReadOnlyStringWrapper(I18n.t("actor." + c.getValue().soort()
                .wie(tijdlijn == null ? Regime.LOONDOORBETALING : tijdlijn.regime()).name())));
        wie.setPrefWidth(160);
        wie.setMinWidth(120);
        TableColumn<Mijlpaal, String> deadline = new TableColumn<>(I18n.t("mijlpaal.col.deadline"));
        deadline.setCellValueFactory(c -> new ReadOnlyStringWrapper(DateInput.format(c.getValue().deadline())));
        TableColumn<Mijlpaal, String> streef = new TableColumn<>(I18n.t("mijlpaal.col.streef"));
        streef.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().soort().taak()
                ? DateInput.format(c.getValue().streefdatum()) : ""));
        TableColumn<Mijlpaal, String> gedaan = new TableColumn<>(I18n.t("mijlpaal.col.gedaan"));
        gedaan.setCellValueFactory(c -> new ReadOnlyStringWrapper(DateInput.format(c.getValue().gedaanOp())));
        for (TableColumn<Mijlpaal, String> dateColumn : List.of(deadline, streef, gedaan)) {
            dateColumn.setMinWidth(96);
            dateColumn.setPrefWidth(100);
        }
        TableColumn<Mijlpaal, Mijlpaal> status = new TableColumn<>(I18n.t("mijlpaal.col.status"));
        status.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        status.setCellFactory(c -> new StatusCell());
        status.setPrefWidth(170);
        status.setMinWidth(150);
        TableColumn<Mijlpaal, Mijlpaal> actie = new TableColumn<>("");
        actie.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        actie.setCellFactory(c -> new ActionCell());
        actie.setPrefWidth(120);
        actie.setMinWidth(110);
        table.getColumns().setAll(List.of(naam, wie, deadline, streef, gedaan, status, actie));
        table.getItems().setAll(mijlpalen);
        table.setPrefHeight(Math.min(40 + 38.0 * mijlpalen.size(), 560));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    /** How often this traject's voortgangsrapportage is due (default every six weeks). */
    private Node interval(Tijdlijn tijdlijn) {
        javafx.scene.control.Spinner<Integer> weken = new javafx.scene.control.Spinner<>(1, 26,
                tijdlijn.voortgangIntervalWeken());
        weken.setId("voortgang-interval");
        weken.setPrefWidth(90);
        Button save = new Button(I18n.t("action.save"));
        save.setId("voortgang-interval-opslaan");
        save.setOnAction(e -> {
            int value = weken.getValue();
            ui.background().run(() -> {
                service.zetVoortgangInterval(dossierId, value);
                return null;
            }, done -> changed.run());
        });
        HBox row = new HBox(8, new Label(I18n.t("tijdlijn.interval.voor")), weken,
                new Label(I18n.t("tijdlijn.interval.na")), save);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node periodes(Tijdlijn tijdlijn) {
        ListView<VerzuimPeriode> list = new ListView<>();
        list.setId("periodes-list");
        list.getItems().setAll(tijdlijn.periodes());
        list.setPrefHeight(Math.max(60, 34.0 * tijdlijn.periodes().size() + 8));
        list.setPlaceholder(new Label(I18n.t("tijdlijn.periodes.geen", DateInput.format(tijdlijn.eersteZiektedag()))));
        list.setCellFactory(v -> new RemovableCell<>(item -> I18n.t(item.wazo() ? "tijdlijn.periode.wazo"
                : "tijdlijn.periode.ziek", DateInput.format(item.periode().van()), item.periode().lopend()
                ? I18n.t("tijdlijn.periode.lopend") : DateInput.format(item.periode().tot())),
                item -> service.verwijderPeriode(dossierId, item.id())));

        DateField van = new DateField("periode-van");
        DateField tot = new DateField("periode-tot");
        tot.editor().setPromptText(I18n.t("tijdlijn.periode.totPrompt"));
        CheckBox wazo = new CheckBox(I18n.t("tijdlijn.periode.isWazo"));
        wazo.setId("periode-wazo");
        Label error = new Label();
        error.setId("periode-error");
        error.getStyleClass().add("form-errors");
        Button add = new Button(I18n.t("tijdlijn.periode.toevoegen"), FontIcon.of(Material2AL.ADD, 14));
        add.setId("periode-add");
        add.setOnAction(e -> {
            var from = DateInput.required(van.textProperty().get());
            var until = DateInput.parse(tot.textProperty().get());
            if (!from.isOk() || !until.isOk()) {
                error.setText(I18n.t(!from.isOk() ? from.errorKey() : until.errorKey()));
                return;
            }
            if (until.value() != null && until.value().isBefore(from.value())) {
                error.setText(I18n.t("input.endBeforeStart"));
                return;
            }
            if (from.value().isAfter(ui.today())) {
                error.setText(I18n.t("input.dateInFuture"));
                return;
            }
            error.setText("");
            Periode periode = new Periode(from.value(), until.value());
            boolean isWazo = wazo.isSelected();
            ui.background().run(() -> service.voegPeriodeToe(dossierId, isWazo, periode), id -> changed.run());
        });
        Label vanLabel = new Label(I18n.t("tijdlijn.periode.van"));
        vanLabel.setLabelFor(van.editor());
        Label totLabel = new Label(I18n.t("tijdlijn.periode.tot"));
        totLabel.setLabelFor(tot.editor());
        HBox form = new HBox(8, vanLabel, van, totLabel, tot, wazo, add);
        form.setAlignment(Pos.CENTER_LEFT);
        Label uitleg = new Label(I18n.t("tijdlijn.periodes.uitleg"));
        uitleg.setWrapText(true);
        uitleg.getStyleClass().add("text-muted");
        return new VBox(8, uitleg, list, form, error);
    }

    private Node gebeurtenissen(Tijdlijn tijdlijn) {
        ListView<Gebeurtenis> list = new ListView<>();
        list.setId("gebeurtenissen-list");
        list.getItems().setAll(tijdlijn.gebeurtenissen());
        list.setPrefHeight(Math.max(60, 34.0 * tijdlijn.gebeurtenissen().size() + 8));
        list.setPlaceholder(new Label(I18n.t("tijdlijn.gebeurtenissen.geen")));
        list.setCellFactory(v -> new RemovableCell<>(item -> DateInput.format(item.datum()) + " · "
                + I18n.t("gebeurtenis." + item.soort().name()), item -> service.verwijderGebeurtenis(dossierId, item.id())));
        return list;
    }

    private void registreer(Mijlpaal m, GebeurtenisSoort soort) {
        String title = I18n.t("tijdlijn.registreer.titel", I18n.t("mijlpaal." + m.soort().name()));
        DateDialog.ask(ui.window().get(), title, I18n.t("tijdlijn.registreer.vraag"), ui.today()).ifPresent(datum ->
                ui.background().run(() -> service.registreer(dossierId, soort, datum), id -> {
                    ui.navigator().status(I18n.t("tijdlijn.registreer.gedaan"));
                    changed.run();
                }));
    }

    /**
     * A list row with its text and a Verwijder button that removes the item in the background, after
     * the coach confirmed: a recorded period or event moves every deadline computed from it.
     */
    private final class RemovableCell<T> extends ListCell<T> {
        private final java.util.function.Function<T, String> text;
        private final java.util.function.Consumer<T> remove;

        RemovableCell(java.util.function.Function<T, String> text, java.util.function.Consumer<T> remove) {
            this.text = text;
            this.remove = remove;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            Label label = new Label(text.apply(item));
            Button button = new Button(I18n.t("action.remove"), FontIcon.of(Material2AL.DELETE, 14));
            button.getStyleClass().add("tijdlijn-verwijder");
            button.setOnAction(e -> {
                if (!Bevestiging.vraag(ui.window().get(), "tijdlijn-verwijder-vraag", I18n.t("tijdlijn.verwijder.titel"),
                        I18n.t("tijdlijn.verwijder.vraag", label.getText()), null, I18n.t("action.delete"))) {
                    return;
                }
                ui.background().run(() -> {
                    remove.accept(item);
                    return null;
                }, done -> {
                    ui.navigator().status(I18n.t("tijdlijn.verwijderd"));
                    changed.run();
                });
            });
            HBox.setHgrow(label, Priority.ALWAYS);
            label.setMaxWidth(Double.MAX_VALUE);
            HBox row = new HBox(8, label, button);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
        }
    }

    private final class StatusCell extends TableCell<Mijlpaal, Mijlpaal> {
        @Override
        protected void updateItem(Mijlpaal item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeIf(c -> c.startsWith("status-"));
            if (empty || item == null) {
                setText(null);
                return;
            }
            boolean uitzondering = item.soort() == MijlpaalSoort.START_SPOOR_2
                    && item.teLaatGedaan() && tijdlijn != null && tijdlijn.uitzondering() != null
                    && tijdlijn.uitzondering().volledig();
            setText(I18n.t("mijlpaalstatus." + item.status().name())
                    + (item.teLaatGedaan() ? " " + I18n.t("tijdlijn.teLaatGedaan") : "")
                    + (uitzondering ? " " + I18n.t("tijdlijn.uitzonderingVastgelegd") : ""));
            // Done after its deadline is shown as late (red), not as done: a late start of spoor 2 is a top
            // reason for a loonsanctie, and the coach must see it (C01).
            getStyleClass().add(item.teLaatGedaan() ? "status-te_laat"
                    : "status-" + item.status().name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    private final class ActionCell extends TableCell<Mijlpaal, Mijlpaal> {
        @Override
        protected void updateItem(Mijlpaal item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            if (item.soort() == MijlpaalSoort.START_SPOOR_2 && item.teLaatGedaan()) {
                Button uitzondering = new Button(I18n.t("tijdlijn.uitzondering"), FontIcon.of(Material2AL.DESCRIPTION, 14));
                uitzondering.setId("tijdlijn-uitzondering");
                uitzondering.setOnAction(e -> vraagUitzondering(item));
                setGraphic(uitzondering);
                return;
            }
            if (item.status() == MijlpaalStatus.VOOR_OPDRACHT) {
                Button intrekken = new Button(I18n.t("tijdlijn.voorOpdracht.intrekken"));
                intrekken.setId("intrekken-" + item.soort().name().toLowerCase(java.util.Locale.ROOT));
                int id = dossierId;
                intrekken.setOnAction(e -> {
                    // Withdrawn, the milestone counts as open (often late) again, and only the takeover
                    // step sets it back: asked first, as every removal from the timeline.
                    if (!Bevestiging.vraag(ui.window().get(), "tijdlijn-intrekken-vraag",
                            I18n.t("tijdlijn.voorOpdracht.intrekken.titel"), I18n.t("tijdlijn.voorOpdracht.intrekken.vraag",
                                    I18n.t("mijlpaal." + item.soort().name())), null,
                            I18n.t("tijdlijn.voorOpdracht.intrekken"))) {
                        return;
                    }
                    ui.background().run(() -> {
                        service.trekVoorOpdrachtIn(id, item.soort());
                        return null;
                    }, done -> changed.run());
                });
                setGraphic(intrekken);
                return;
            }
            if (!item.open()) {
                setGraphic(null);
                return;
            }
            var soort = GebeurtenisSoort.voor(item.soort());
            if (soort.isEmpty()) {
                setGraphic(null);
                return;
            }
            Button done = new Button(I18n.t("tijdlijn.registreer"), FontIcon.of(Material2AL.CHECK_CIRCLE, 14));
            done.setId("registreer-" + item.soort().name().toLowerCase(java.util.Locale.ROOT));
            done.setOnAction(e -> registreer(item, soort.get()));
            setGraphic(done);
        }
    }

    @Override
    public DossierTab plek() {
        return DossierTab.TIJDLIJN;
    }

    @Override
    public String titelSleutel() {
        return "dossier.tab.tijdlijn";
    }

    /** The dossier's clock and its milestones as the tab shows them. */
    public record Inhoud(Tijdlijn tijdlijn, List<Mijlpaal> mijlpalen) {
    }

    @Override
    public void toon(int dossierId, Inhoud inhoud) {
        show(dossierId, inhoud.tijdlijn(), inhoud.mijlpalen());
    }
}
