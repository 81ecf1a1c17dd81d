package nl.spoorzoeker.audit.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.spoorzoeker.audit.AuditService;
import nl.spoorzoeker.audit.Handeling;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.input.Parsed;
import nl.spoorzoeker.ui.ErrorReporter;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.Page;
import nl.spoorzoeker.ui.UiContext;
import nl.spoorzoeker.ui.form.DateField;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The audit log, read-only and newest first: when, who, what, which traject, and the description.
 * Filtered by action and period, and read a page at a time in the background, so a log of many
 * thousands of entries neither blocks the screen nor fills the memory.
 */
public final class AuditlogView implements Page {

    static final int PAGINA = 200;
    private static final DateTimeFormatter WANNEER = DateTimeFormatter.ofPattern("dd-MM-uuuu HH:mm:ss");

    private final UiContext ui;
    private final AuditService service;
    private final TableView<AuditService.Regel> table = new TableView<>();
    private final ComboBox<Handeling> handeling = new ComboBox<>();
    private final DateField van = new DateField("audit-van");
    private final DateField tot = new DateField("audit-tot");
    private final Label fout = new Label();
    private final Label pagina = new Label();
    private final Button nieuwer = new Button(I18n.t("audit.nieuwer"), FontIcon.of(Material2AL.CHEVRON_LEFT, 16));
    private final Button ouder = new Button(I18n.t("audit.ouder"), FontIcon.of(Material2AL.CHEVRON_RIGHT, 16));
    private final BorderPane root = new BorderPane();
    private AuditService.Filter filter = AuditService.Filter.ALLES;
    private int vanaf;
    private int totaal;
    /** Counts requests, so an answer that a newer request overtook is dropped. */
    private int verzoek;

    public AuditlogView(UiContext ui, AuditService service) {
        this.ui = ui;
        this.service = service;
        build();
    }

    private void build() {
        root.setId("auditlog");
        Label title = new Label(I18n.t("audit.titel"));
        title.getStyleClass().add("title-2");
        Label uitleg = new Label(I18n.t("audit.uitleg"));
        uitleg.setWrapText(true);
        uitleg.getStyleClass().add("text-muted");

        List<Handeling> keuzes = new ArrayList<>();
        keuzes.add(null);
        keuzes.addAll(List.of(Handeling.values()));
        handeling.setItems(FXCollections.observableArrayList(keuzes));
        handeling.setId("audit-handeling");
        handeling.setCellFactory(l -> new HandelingCel());
        handeling.setButtonCell(new HandelingCel());
        handeling.getSelectionModel().selectFirst();
        handeling.setPrefWidth(180);
        van.editor().setPrefColumnCount(8);
        tot.editor().setPrefColumnCount(8);
        Button toepassen = new Button(I18n.t("audit.filter.toepassen"), FontIcon.of(Material2AL.FILTER_ALT, 16));
        toepassen.setId("audit-toepassen");
        toepassen.setDefaultButton(true);
        toepassen.setOnAction(e -> pasFilterToe());
        FlowPane filters = new FlowPane(12, 8,
                veld("audit.filter.handeling", handeling), veld("audit.filter.van", van),
                veld("audit.filter.tot", tot), toepassen);
        filters.setAlignment(Pos.BOTTOM_LEFT);
        filters.setRowValignment(javafx.geometry.VPos.BOTTOM);
        fout.setId("audit-fout");
        fout.getStyleClass().add("form-errors");
        fout.setManaged(false);
        VBox kop = new VBox(8, title, uitleg, filters, fout);
        kop.setPadding(new Insets(0, 0, 12, 0));

        table.setId("audit-table");
        table.getColumns().setAll(List.of(
                kolom("audit.col.wanneer", 175, r -> WANNEER.format(r.op().atZone(ui.clock().getZone()))),
                kolom("audit.col.wie", 80, AuditService.Regel::wie),
                kolom("audit.col.handeling", 145, r -> I18n.t("audit.handeling." + r.handeling().name())),
                kolom("audit.col.traject", 80, r -> r.trajectId() == null ? "" : r.trajectId().toString()),
                kolom("audit.col.omschrijving", 240, AuditService.Regel::omschrijving)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(I18n.t("audit.leeg")));

        nieuwer.setId("audit-nieuwer");
        nieuwer.setOnAction(e -> laad(Math.max(0, vanaf - PAGINA)));
        ouder.setId("audit-ouder");
        ouder.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        ouder.setOnAction(e -> laad(vanaf + PAGINA));
        pagina.setId("audit-pagina");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox onder = new HBox(8, pagina, spacer, nieuwer, ouder);
        onder.setAlignment(Pos.CENTER_LEFT);
        onder.setPadding(new Insets(8, 0, 0, 0));

        root.setTop(kop);
        root.setCenter(table);
        root.setBottom(onder);
        toonPagina();
    }

    private static VBox veld(String labelKey, Node control) {
        Label label = new Label(I18n.t(labelKey));
        label.setLabelFor(control);
        return new VBox(4, label, control);
    }

    private static TableColumn<AuditService.Regel, String> kolom(String key, double breedte,
                                                                 java.util.function.Function<AuditService.Regel, String> waarde) {
        TableColumn<AuditService.Regel, String> kolom = new TableColumn<>(I18n.t(key));
        kolom.setCellValueFactory(c -> new ReadOnlyStringWrapper(waarde.apply(c.getValue())));
        kolom.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                // The description may be longer than the column: the whole of it on hovering.
                setTooltip(empty || item == null || item.isEmpty() ? null : new javafx.scene.control.Tooltip(item));
            }
        });
        kolom.setPrefWidth(breedte);
        kolom.setMinWidth(Math.min(breedte, 175));
        kolom.setSortable(false); // the order is the log's own: newest first, page by page
        return kolom;
    }

    private void pasFilterToe() {
        Parsed<LocalDate> v = DateInput.parse(van.textProperty().get());
        Parsed<LocalDate> t = DateInput.parse(tot.textProperty().get());
        String probleem = !v.isOk() ? v.errorKey() : !t.isOk() ? t.errorKey()
                : v.value() != null && t.value() != null && v.value().isAfter(t.value()) ? "audit.fout.periode" : null;
        fout.setText(probleem == null ? "" : I18n.t(probleem));
        fout.setManaged(probleem != null);
        if (probleem == null) {
            filter = new AuditService.Filter(handeling.getValue(), v.value(), t.value());
            laad(0);
        }
    }

    private void laad(int start) {
        int mijn = ++verzoek;
        AuditService.Filter f = filter;
        ui.background().run(() -> service.zoek(f, start, PAGINA), p -> {
            if (mijn != verzoek) {
                return;
            }
            vanaf = p.vanaf();
            totaal = p.totaal();
            table.getItems().setAll(p.regels());
            table.scrollTo(0);
            toonPagina();
        }, ErrorReporter::report);
    }

    private void toonPagina() {
        int laatste = Math.min(vanaf + PAGINA, totaal);
        pagina.setText(totaal == 0 ? I18n.t("audit.paginaLeeg") : I18n.t("audit.pagina", vanaf + 1, laatste, totaal));
        nieuwer.setDisable(vanaf == 0);
        ouder.setDisable(laatste >= totaal);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void refresh() {
        laad(vanaf);
    }

    /** An action by its Dutch name; the empty choice means every action. */
    private static final class HandelingCel extends ListCell<Handeling> {
        @Override
        protected void updateItem(Handeling item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item == null ? I18n.t("audit.filter.alle") : I18n.t("audit.handeling." + item.name()));
        }
    }
}
