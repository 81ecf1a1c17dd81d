package nl.spoorzoeker.fase.ui;

import nl.spoorzoeker.klad.KladSleutel;
import nl.spoorzoeker.ui.DossierTabblad;
import nl.spoorzoeker.ui.DossierTab;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.fase.Belastbaarheid;
import nl.spoorzoeker.fase.FaseService;
import nl.spoorzoeker.ui.Duur;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.UiContext;
import nl.spoorzoeker.ui.form.Choices;
import nl.spoorzoeker.ui.form.FormDialog;
import nl.spoorzoeker.ui.form.FormView;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import nl.spoorzoeker.ui.Aanwijzing;

/**
 * Belastbaarheid over time: every snapshot as the bedrijfsarts stated it, newest first, and the
 * chosen one per rubriek. Snapshots are documents of their date: added, never edited.
 */
public final class BelastbaarheidPane implements DossierTabblad<List<Belastbaarheid>> {

    private final UiContext ui;
    private final FaseService service;
    private final Runnable changed;
    private final VBox root = new VBox(12);
    private int dossierId;

    public BelastbaarheidPane(UiContext ui, FaseService service, Runnable changed) {
        this.ui = ui;
        this.service = service;
        this.changed = changed;
        root.setId("belastbaarheid-pane");
        root.setPadding(new Insets(12, 16, 16, 0));
    }

    public Node node() {
        ScrollPane scroll = new ScrollPane(root);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private TableView<Belastbaarheid> tabel;

    /** Selects a snapshot (a search hit), which shows its details; false when it is not there. */
    public boolean kies(int id) {
        return tabel != null && Aanwijzing.kies(tabel, b -> b.id() != null && b.id() == id);
    }

    public void show(int id, List<Belastbaarheid> snapshots) {
        this.dossierId = id;
        Label uitleg = new Label(I18n.t("bb.uitleg"));
        uitleg.setWrapText(true);
        uitleg.getStyleClass().add("form-note");
        TableView<Belastbaarheid> table = new TableView<>();
        table.setId("belastbaarheid-table");
        tabel = table;
        table.getItems().setAll(snapshots);
        table.getColumns().setAll(List.of(
                column("bb.col.datum", b -> DateInput.format(b.datum())),
                column("bb.col.bron", b -> I18n.t("bron." + b.bron().name())),
                column("bb.col.type", b -> I18n.t("documenttype." + b.documenttype().name())),
                column("bb.col.urenPerDag", b -> Duur.tekst(b.urenPerDagMinuten())),
                column("bb.col.urenPerWeek", b -> Duur.tekst(b.urenPerWeekMinuten())),
                column("bb.col.herbeoordeling", b -> DateInput.format(b.herbeoordelingsdatum()))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(I18n.t("bb.geen")));
        table.setPrefHeight(Math.max(110, 40 + 36.0 * snapshots.size()));
        VBox detail = new VBox();
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                detail.getChildren().setAll(now == null ? List.of() : List.of(detail(now))));
        if (!snapshots.isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
        Button add = new Button(I18n.t("bb.nieuw"), FontIcon.of(Material2AL.ADD, 14));
        add.setId("bb-nieuw");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> nieuw());
        root.getChildren().setAll(uitleg, add, table, detail);
    }

    private static TableColumn<Belastbaarheid, String> column(String key,
                                                              java.util.function.Function<Belastbaarheid, String> value) {
        TableColumn<Belastbaarheid, String> column = new TableColumn<>(I18n.t(key).replace("_", ""));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setMinWidth(90);
        return column;
    }

    private static Node detail(Belastbaarheid b) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        grid.getStyleClass().add("detail-grid");
        String[][] rows = {
                {"bb.opbouwschema", b.opbouwschema()},
                {"bb.persoonlijk", b.persoonlijkFunctioneren()},
                {"bb.sociaal", b.sociaalFunctioneren()},
                {"bb.omgeving", b.fysiekeOmgevingseisen()},
                {"bb.dynamisch", b.dynamischeHandelingen()},
                {"bb.statisch", b.statischeHoudingen()},
                {"bb.werktijd", b.werktijd()},
                {"bb.gbm", I18n.t(b.geenBenutbareMogelijkheden() ? "yes" : "no")},
                {"bb.urenbeperking", I18n.t(b.urenbeperking() ? "yes" : "no")}};
        for (int i = 0; i < rows.length; i++) {
            Label label = new Label(I18n.t(rows[i][0]).replace("_", ""));
            label.getStyleClass().add("text-muted");
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label value = new Label(rows[i][1] == null || rows[i][1].isBlank() ? "–" : rows[i][1]);
            value.setWrapText(true);
            grid.add(label, 0, i);
            grid.add(value, 1, i);
        }
        return grid;
    }

    private void nieuw() {
        BelastbaarheidForm form = new BelastbaarheidForm(ui.today());
        FormView view = new FormView();
        view.note("bb.uitleg");
        view.date(form.datum);
        ComboBox<Belastbaarheid.Bron> bron = Choices.of(Belastbaarheid.Bron.values(), "bron.");
        bron.valueProperty().bindBidirectional(form.bron);
        view.combo("bb-bron", "bb.bron", bron);
        ComboBox<Belastbaarheid.DocumentType> type = Choices.of(Belastbaarheid.DocumentType.values(), "documenttype.");
        type.valueProperty().bindBidirectional(form.type);
        view.combo("bb-type", "bb.type", type);
        view.text(form.urenPerDag);
        view.text(form.urenPerWeek);
        ui.privacy().tekst(view.area(form.opbouwschema));
        view.check("bb-gbm", "bb.gbm", form.geenBenutbareMogelijkheden);
        view.check("bb-urenbeperking", "bb.urenbeperking", form.urenbeperking);
        view.date(form.herbeoordeling);
        view.newColumn();
        for (var veld : List.of(form.persoonlijk, form.sociaal, form.omgeving, form.dynamisch, form.statisch, form.werktijd)) {
            ui.privacy().tekst(view.area(veld));
        }
        FormDialog<Integer> dialog = new FormDialog<>(ui.window().get(), I18n.t("bb.nieuw"), "bb-dialog", form, view,
                ui.background(), () -> {
                    Belastbaarheid b = form.belastbaarheid();
                    return () -> service.voegBelastbaarheidToe(dossierId, b);
                });
        dialog.autosave(ui.kladden(), KladSleutel.vanDossier(dossierId, "belastbaarheid", null));
        dialog.showAndWait().ifPresent(id -> {
            ui.navigator().status(I18n.t("bb.opgeslagen"));
            changed.run();
        });
    }

    @Override
    public DossierTab plek() {
        return DossierTab.BELASTBAARHEID;
    }

    @Override
    public String titelSleutel() {
        return "dossier.tab.belastbaarheid";
    }

    @Override
    public void toon(int dossierId, List<Belastbaarheid> inhoud) {
        show(dossierId, inhoud);
    }

    @Override
    public java.util.Set<Aanwijzing.Soort> aanwijzingen() {
        return java.util.Set.of(Aanwijzing.Soort.BELASTBAARHEID);
    }

    @Override
    public boolean wijsAan(Aanwijzing wat) {
        return kies(wat.id());
    }
}
