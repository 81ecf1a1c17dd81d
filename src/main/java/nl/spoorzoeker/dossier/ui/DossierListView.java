package nl.spoorzoeker.dossier.ui;

import java.text.Collator;
import java.util.Comparator;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.dossier.TrajectStatus;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.Page;
import nl.spoorzoeker.ui.UiContext;
import org.controlsfx.control.textfield.CustomTextField;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import nl.spoorzoeker.dossier.DossierRegel;

/** Dossiers: filter as you type, sort by column, open with Enter or a double click. */
public final class DossierListView implements Page {

    private final UiContext ui;
    private final DossierService dossiers;
    private final DossierListModel model = new DossierListModel();
    private final TableView<DossierRij> table = new TableView<>();
    private final CustomTextField filter = new CustomTextField();
    private final Label count = new Label();
    private final BorderPane root = new BorderPane();

    public DossierListView(UiContext ui, DossierService dossiers) {
        this.ui = ui;
        this.dossiers = dossiers;
        build();
    }

    private void build() {
        Label title = new Label(I18n.t("nav.dossiers").replace("_", ""));
        title.getStyleClass().add("title-2");

        filter.setId("dossier-filter");
        filter.setPromptText(I18n.t("dossier.filter.prompt"));
        filter.setAccessibleText(I18n.t("dossier.filter.prompt"));
        filter.setLeft(FontIcon.of(Material2MZ.SEARCH, 16));
        filter.setPrefColumnCount(28);
        filter.textProperty().bindBidirectional(model.filterProperty());
        filter.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.ENTER) {
                if (!table.getItems().isEmpty()) {
                    table.requestFocus();
                    if (table.getSelectionModel().isEmpty()) {
                        table.getSelectionModel().selectFirst();
                    }
                    if (event.getCode() == KeyCode.ENTER && table.getItems().size() == 1) {
                        openSelected();
                    }
                }
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                filter.clear();
            }
        });

        CheckBox archived = new CheckBox(I18n.t("dossier.filter.archived"));
        archived.setId("dossier-show-archived");
        archived.selectedProperty().bindBidirectional(model.showArchivedProperty());

        Button nieuw = new Button(I18n.t("dossier.new"), FontIcon.of(Material2AL.ADD, 16));
        nieuw.setId("dossier-new");
        nieuw.getStyleClass().add("accent");
        nieuw.setOnAction(event -> ui.navigator().newDossier());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(12, filter, archived, spacer, nieuw);
        toolbar.setAlignment(Pos.CENTER_LEFT);

        buildTable();
        count.setId("dossier-count");
        count.getStyleClass().add("text-muted");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> I18n.t("dossier.count", model.visibleRows().size(), model.totalCount()),
                model.visibleRows()));

        VBox top = new VBox(12, title, toolbar);
        top.setPadding(new Insets(0, 0, 12, 0));
        root.setTop(top);
        root.setCenter(table);
        root.setBottom(count);
        BorderPane.setMargin(count, new Insets(8, 0, 0, 0));
    }

    private void buildTable() {
        table.setId("dossier-table");
        Collator collator = Collator.getInstance(I18n.DUTCH);
        TableColumn<DossierRij, String> naam = column("dossier.col.naam", 240);
        naam.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().regel().naam()));
        naam.setComparator(collator::compare);
        TableColumn<DossierRij, String> werkgever = column("dossier.col.werkgever", 240);
        werkgever.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().regel().werkgever()));
        werkgever.setComparator(collator::compare);
        TableColumn<DossierRij, Integer> week = column("dossier.col.verzuimweek", 110);
        week.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().verzuimweek()));
        week.setCellFactory(c -> new WeekCell());
        TableColumn<DossierRij, TrajectStatus> status = column("dossier.col.status", 120);
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().regel().status()));
        status.setCellFactory(c -> new StatusCell());
        TableColumn<DossierRij, java.time.LocalDate> start = column("dossier.col.startdatum", 120);
        start.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().regel().startdatum()));
        start.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        start.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(java.time.LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : DateInput.format(item));
            }
        });
        table.getColumns().setAll(java.util.List.of(naam, werkgever, week, status, start));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        model.visibleRows().comparatorProperty().bind(table.comparatorProperty());
        table.setItems(model.visibleRows());
        table.getSortOrder().add(naam);
        table.setPlaceholder(new Label(I18n.t("dossier.empty")));
        table.setRowFactory(t -> {
            TableRow<DossierRij> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    ui.navigator().openDossier(row.getItem().regel().trajectId());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openSelected();
                event.consume();
            }
        });
    }

    private void openSelected() {
        DossierRij selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            ui.navigator().openDossier(selected.regel().trajectId());
        }
    }

    private static <T> TableColumn<DossierRij, T> column(String key, double width) {
        TableColumn<DossierRij, T> column = new TableColumn<>(I18n.t(key));
        column.setPrefWidth(width);
        column.setId("col-" + key.substring(key.lastIndexOf('.') + 1));
        return column;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void refresh() {
        ui.background().run(dossiers::list, rows -> setRows(rows, ui.today()));
    }

    /** Shows these rows (as loaded from the store), keeping the filter the coach typed. */
    public void setRows(java.util.List<DossierRegel> rows, java.time.LocalDate today) {
        model.setRows(rows, today);
    }

    /** Focuses the filter, so the coach can start typing a name at once. */
    public void focusFilter() {
        filter.requestFocus();
    }

    private static final class WeekCell extends TableCell<DossierRij, Integer> {
        @Override
        protected void updateItem(Integer item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("week-late", "week-soon");
            if (empty || item == null) {
                setText(null);
                return;
            }
            setText(item == 0 ? "–" : Integer.toString(item));
            // Week 89 onward: the eindrapportage and the WIA application are near (domain.md §1.2).
            if (item >= 93) {
                getStyleClass().add("week-late");
            } else if (item >= 89) {
                getStyleClass().add("week-soon");
            }
        }
    }

    private static final class StatusCell extends TableCell<DossierRij, TrajectStatus> {
        @Override
        protected void updateItem(TrajectStatus item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : I18n.t("status." + item.name()));
        }
    }
}
