package nl.spoorzoeker.activity.ui;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
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
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.spoorzoeker.activity.ContactService;
import nl.spoorzoeker.activity.Contactmoment;
import nl.spoorzoeker.activity.Urenstand;
import nl.spoorzoeker.input.NumberInput;
import nl.spoorzoeker.phase.Doel;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.UiContext;
import nl.spoorzoeker.ui.form.Choices;
import nl.spoorzoeker.ui.form.FormDialog;
import nl.spoorzoeker.ui.form.FormView;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The dossier's log: hours against the budget (warned at 80% and 100%), every contactmoment newest
 * first, and quick entry (Ctrl+L) prefilled with now, 60 minutes and the last kind used.
 */
public final class LogboekPane {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-uuuu HH:mm");

    private final UiContext ui;
    private final ContactService service;
    private final Runnable changed;
    private final VBox root = new VBox(12);
    private int dossierId;
    private List<Doel> doelen = List.of();

    public LogboekPane(UiContext ui, ContactService service, Runnable changed) {
        this.ui = ui;
        this.service = service;
        this.changed = changed;
        root.setId("logboek-pane");
        root.setPadding(new Insets(12, 16, 16, 0));
    }

    public Node node() {
        return root;
    }

    public void show(int id, ContactService.Logboek logboek, List<Doel> doelenVanDossier) {
        this.dossierId = id;
        this.doelen = doelenVanDossier;
        Button nieuw = new Button(I18n.t("contact.nieuw"), FontIcon.of(Material2AL.ADD, 16));
        nieuw.setId("contact-nieuw");
        nieuw.getStyleClass().add("accent");
        nieuw.setOnAction(e -> nieuwContact());
        HBox top = new HBox(16, nieuw, uren(logboek.uren()));
        top.setAlignment(Pos.CENTER_LEFT);
        TableView<Contactmoment> table = table(logboek.contacten());
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().setAll(top, table);
    }

    private Node uren(Urenstand uren) {
        Label text = new Label(uren.budgetMinuten() == null
                ? I18n.t("uren.zonderBudget", NumberInput.formatHours(uren.gerealiseerdMinuten()))
                : I18n.t("uren.stand", NumberInput.formatHours(uren.gerealiseerdMinuten()),
                        NumberInput.formatHours(uren.budgetMinuten()), NumberInput.formatHours(uren.resterendMinuten())));
        text.setId("uren-stand");
        HBox box = new HBox(10, text);
        box.setAlignment(Pos.CENTER_LEFT);
        if (uren.fractie() != null) {
            ProgressBar bar = new ProgressBar(Math.min(1.0, uren.fractie()));
            bar.setPrefWidth(180);
            box.getChildren().add(bar);
        }
        if (uren.signaal() != Urenstand.Signaal.GEEN) {
            Label warning = new Label(I18n.t(uren.signaal() == Urenstand.Signaal.OP ? "uren.op" : "uren.bijnaOp"));
            warning.setId("uren-signaal");
            warning.getStyleClass().addAll("termijn-badge", uren.signaal() == Urenstand.Signaal.OP ? "status-te_laat"
                    : "status-binnenkort");
            box.getChildren().add(warning);
        }
        return box;
    }

    private TableView<Contactmoment> table(List<Contactmoment> contacten) {
        TableView<Contactmoment> table = new TableView<>();
        table.setId("contacten-table");
        table.getItems().setAll(contacten);
        table.getColumns().setAll(List.of(
                column("contact.col.wanneer", c -> WHEN.format(c.moment()), 150),
                column("contact.col.soort", c -> I18n.t("contactsoort." + c.soort().name()), 150),
                column("contact.col.duur", c -> I18n.t("contact.minuten", c.duurMinuten()), 80),
                column("contact.col.doel", c -> firstLine(c.doel()), 200),
                column("contact.col.samenvatting", c -> firstLine(c.samenvatting()), 260),
                column("contact.col.declarabel", c -> I18n.t(c.declarabel() ? "yes" : "no"), 80)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(I18n.t("contact.geen")));
        table.setRowFactory(t -> {
            TableRow<Contactmoment> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    dialog(row.getItem());
                }
            });
            return row;
        });
        return table;
    }

    private static TableColumn<Contactmoment, String> column(String key,
                                                             java.util.function.Function<Contactmoment, String> value,
                                                             double width) {
        TableColumn<Contactmoment, String> column = new TableColumn<>(I18n.t(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 140));
        return column;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline) + " …";
    }

    /** Quick entry: loads the last kind used, then opens the prefilled form. */
    public void nieuwContact() {
        ui.background().run(service::standaardSoort, soort -> dialog(null, new ContactForm(LocalDateTime.now(ui.clock()), soort)));
    }

    private void dialog(Contactmoment existing) {
        ContactForm form = new ContactForm(LocalDateTime.now(ui.clock()), existing.soort());
        form.load(existing, doelen);
        dialog(existing, form);
    }

    private void dialog(Contactmoment existing, ContactForm form) {
        FormView view = new FormView();
        view.date(form.datum);
        view.text(form.tijd);
        view.text(form.duur);
        ComboBox<nl.spoorzoeker.activity.ContactSoort> soort = Choices.of(nl.spoorzoeker.activity.ContactSoort.values(),
                "contactsoort.");
        soort.valueProperty().bindBidirectional(form.soort);
        view.combo("contact-soort", "contact.soort", soort);
        view.text(form.deelnemers);
        view.text(form.doel);
        ComboBox<Doel> doel = new ComboBox<>(FXCollections.observableArrayList(doelen));
        doel.setButtonCell(new DoelCell());
        doel.setCellFactory(v -> new DoelCell());
        doel.valueProperty().bindBidirectional(form.gekoppeldDoel);
        view.combo("contact-gekoppeld-doel", "contact.gekoppeldDoel", doel);
        view.check("contact-declarabel", "contact.declarabel", form.declarabel);
        view.newColumn();
        view.note("contact.privacy");
        view.area(form.samenvatting).setPrefRowCount(4);
        view.area(form.afspraken).setPrefRowCount(3);
        view.text(form.vervolgactie);
        view.date(form.vervolgDatum);
        FormDialog<Integer> dialog = new FormDialog<>(ui.window().get(),
                I18n.t(existing == null ? "contact.nieuw.titel" : "contact.wijzig.titel"), "contact-dialog", form, view,
                ui.background(), () -> {
                    Contactmoment contact = form.contact(existing == null ? null : existing.id());
                    return () -> {
                        if (existing == null) {
                            return service.log(dossierId, contact);
                        }
                        service.wijzig(dossierId, contact);
                        return contact.id();
                    };
                });
        dialog.showAndWait().ifPresent(id -> {
            ui.navigator().status(I18n.t("contact.opgeslagen"));
            changed.run();
        });
    }

    private static final class DoelCell extends ListCell<Doel> {
        @Override
        protected void updateItem(Doel item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? I18n.t("choice.none") : item.omschrijving());
        }
    }
}
