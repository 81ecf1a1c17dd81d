package nl.spoorzoeker.dossier.ui;

import nl.spoorzoeker.ui.DetailGrid;
import java.text.Collator;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.spoorzoeker.dossier.DossierRegel;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.dossier.Werkgever;
import nl.spoorzoeker.dossier.WerkgeverRegel;
import nl.spoorzoeker.dossier.WerkgeverService;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.Page;
import nl.spoorzoeker.ui.UiContext;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import nl.spoorzoeker.ui.Aanwijzing;

/** Employers: the list on the left; the chosen one's details and dossiers on the right. */
public final class WerkgeverListView implements Page {

    private final UiContext ui;
    private final WerkgeverService werkgevers;
    private final DossierService dossiers;
    private final TableView<WerkgeverRegel> table = new TableView<>();
    private final VBox detail = new VBox(12);
    private final BorderPane root = new BorderPane();

    public WerkgeverListView(UiContext ui, WerkgeverService werkgevers, DossierService dossiers) {
        this.ui = ui;
        this.werkgevers = werkgevers;
        this.dossiers = dossiers;
        build();
    }

    private void build() {
        Label title = new Label(I18n.t("nav.werkgevers").replace("_", ""));
        title.getStyleClass().add("title-2");
        Button nieuw = new Button(I18n.t("werkgever.new"), FontIcon.of(Material2AL.ADD, 16));
        nieuw.setId("werkgever-new");
        nieuw.getStyleClass().add("accent");
        nieuw.setOnAction(e -> WerkgeverDialogs.create(ui, werkgevers, this::refreshAndSelect));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, title, spacer, nieuw);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(0, 0, 12, 0));

        table.setId("werkgever-table");
        Collator collator = Collator.getInstance(I18n.DUTCH);
        TableColumn<WerkgeverRegel, String> naam = new TableColumn<>(I18n.t("werkgever.naam").replace("_", ""));
        naam.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().naam()));
        naam.setComparator(collator::compare);
        naam.setPrefWidth(250);
        TableColumn<WerkgeverRegel, String> plaats = new TableColumn<>(I18n.t("werkgever.plaats").replace("_", ""));
        plaats.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().plaats()));
        plaats.setPrefWidth(110);
        plaats.setMinWidth(90);
        TableColumn<WerkgeverRegel, Integer> aantal = new TableColumn<>(I18n.t("werkgever.col.dossiers"));
        aantal.setPrefWidth(80);
        aantal.setMinWidth(80);
        aantal.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().aantalDossiers()));
        table.getColumns().setAll(java.util.List.of(naam, plaats, aantal));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_SUBSEQUENT_COLUMNS);
        table.setPlaceholder(new Label(I18n.t("werkgever.empty")));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> showDetail(now));

        detail.setPadding(new Insets(0, 0, 0, 16));
        detail.setId("werkgever-detail");
        SplitPane split = new SplitPane(table, detail);
        split.setDividerPositions(0.45);
        root.setTop(top);
        root.setCenter(split);
    }

    private void refreshAndSelect(int id) {
        ui.background().run(werkgevers::list, list -> {
            table.getItems().setAll(list);
            Aanwijzing.kies(table, r -> r.id() == id);
        });
    }

    /** Selects one werkgever (a search hit), once the list is loaded. */
    public void kies(int id) {
        refreshAndSelect(id);
    }

    private void showDetail(WerkgeverRegel regel) {
        if (regel == null) {
            detail.getChildren().setAll(new Label(I18n.t("werkgever.choose")));
            return;
        }
        record Data(Werkgever werkgever, java.util.List<DossierRegel> dossiers) {
        }
        ui.background().run(() -> new Data(werkgevers.find(regel.id()).orElseThrow(), dossiers.ofWerkgever(regel.id())),
                data -> showDetail(data.werkgever(), data.dossiers()));
    }

    private void showDetail(Werkgever w, java.util.List<DossierRegel> lijst) {
        Label naam = new Label(w.naam());
        naam.getStyleClass().add("title-3");
        naam.setWrapText(true);
        Button bewerk = new Button(I18n.t("action.edit"), FontIcon.of(Material2AL.EDIT, 16));
        bewerk.setId("werkgever-edit");
        bewerk.setOnAction(e -> WerkgeverDialogs.edit(ui, werkgevers, w, () -> refreshAndSelect(w.id())));
        DetailGrid grid = new DetailGrid("werkgever.section.organisatie")
                .row("werkgever.kvk", w.kvkNummer())
                .row("werkgever.adres", Adrestekst.adres(w.adres()))
                .row("werkgever.contactpersoon", Adrestekst.contact(w.contactpersoon()))
                .row("werkgever.casemanager", Adrestekst.contact(w.casemanager()))
                .row("werkgever.eigenrisicodrager", I18n.t(w.eigenrisicodrager() ? "yes" : "no"));

        Label dossiersTitle = new Label(I18n.t("werkgever.dossiers", lijst.size()));
        dossiersTitle.getStyleClass().add("title-4");
        ListView<DossierRegel> list = new ListView<>();
        list.setId("werkgever-dossiers");
        list.getItems().setAll(lijst);
        list.setPrefHeight(220);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(DossierRegel item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                setText(item.naam() + " · " + (item.verzuimweek() > 0 ? I18n.t("dossier.header.week", item.verzuimweek())
                        : I18n.t("dossier.header.notYet")) + " · " + I18n.t("status." + item.status().name()));
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                ui.navigator().openDossier(list.getSelectionModel().getSelectedItem().trajectId());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                ui.navigator().openDossier(list.getSelectionModel().getSelectedItem().trajectId());
            }
        });
        detail.getChildren().setAll(new HBox(12, naam, bewerk), grid, dossiersTitle, list);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void refresh() {
        WerkgeverRegel selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            refreshAndSelect(selected.id());
        } else {
            ui.background().run(werkgevers::list, list -> {
                table.getItems().setAll(list);
                showDetail(null);
            });
        }
    }
}
