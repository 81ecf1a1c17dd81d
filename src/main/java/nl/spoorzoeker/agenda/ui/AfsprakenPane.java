package nl.spoorzoeker.agenda.ui;

import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.spoorzoeker.agenda.Afspraak;
import nl.spoorzoeker.agenda.AfspraakService;
import nl.spoorzoeker.ui.Duur;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.UiContext;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import nl.spoorzoeker.ui.Aanwijzing;

/**
 * The appointments of one dossier, on its overview: what is coming first, the last few that were,
 * and planning, changing, cancelling and exporting to a calendar.
 */
public final class AfsprakenPane {

    /** Past appointments shown below the coming ones. */
    static final int GEWEEST = 5;

    private final UiContext ui;
    private final Runnable changed;
    private final AfspraakDialogs dialogs;
    private final VBox root = new VBox(8);
    private int dossierId;
    private TableView<Afspraak> tabel;

    public AfsprakenPane(UiContext ui, AfspraakService service, Runnable changed) {
        this.ui = ui;
        this.changed = changed;
        this.dialogs = new AfspraakDialogs(ui, service);
        root.setId("afspraken-pane");
    }

    public Node node() {
        return root;
    }

    /** @param afspraken all of the dossier's appointments, in time order */
    /** Selects an appointment (a search hit); false when it is not in the list. */
    public boolean kies(int id) {
        return tabel != null && Aanwijzing.kies(tabel, a -> !a.groep() && a.id() != null && a.id() == id);
    }

    public void show(int id, List<Afspraak> afspraken) {
        this.dossierId = id;
        LocalDateTime nu = LocalDateTime.now(ui.clock());
        List<Afspraak> komend = afspraken.stream().filter(a -> !a.einde().isBefore(nu)).toList();
        List<Afspraak> geweest = afspraken.stream().filter(a -> a.einde().isBefore(nu)).toList();
        List<Afspraak> zichtbaar = new java.util.ArrayList<>(komend);
        zichtbaar.addAll(geweest.subList(Math.max(0, geweest.size() - GEWEEST), geweest.size()).reversed());

        Label titel = new Label(I18n.t("afspraak.titel"));
        titel.getStyleClass().add("title-4");
        Button nieuw = new Button(I18n.t("afspraak.nieuw"), FontIcon.of(Material2AL.EVENT, 16));
        nieuw.setId("afspraak-nieuw");
        nieuw.setOnAction(e -> dialogs.afspraak(null, dossierId, null, ui.today(), changed));
        Button annuleer = new Button(I18n.t("afspraak.annuleer"), FontIcon.of(Material2AL.EVENT_BUSY, 16));
        annuleer.setId("afspraak-annuleer");
        annuleer.setOnAction(e -> geselecteerd(a -> {
            if (a.groep()) {
                ui.navigator().status(I18n.t("afspraak.groepElders"));
            } else {
                dialogs.annuleer(a, changed);
            }
        }));
        CheckBox metToelichting = new CheckBox(I18n.t("afspraak.export.metToelichting"));
        metToelichting.setId("afspraak-export-toelichting");
        Button export = new Button(I18n.t("afspraak.export"), FontIcon.of(Material2MZ.SAVE_ALT, 16));
        export.setId("afspraak-export");
        export.setTooltip(new javafx.scene.control.Tooltip(I18n.t("afspraak.export.uitleg")));
        // The selected appointment on its own, or else every coming one of this dossier.
        export.setOnAction(e -> {
            Afspraak gekozen = tabel.getSelectionModel().getSelectedItem();
            dialogs.exporteer(gekozen != null ? List.of(gekozen) : komend,
                    gekozen != null ? "afspraak-" + gekozen.begin().toLocalDate() + ".ics" : "afspraken.ics",
                    metToelichting.isSelected());
        });
        for (Button b : List.of(nieuw, annuleer, export)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox knoppen = new HBox(8, titel, nieuw, annuleer, export, metToelichting);
        knoppen.setAlignment(Pos.CENTER_LEFT);

        tabel = new TableView<>();
        tabel.setId("afspraken-table");
        tabel.getItems().setAll(zichtbaar);
        tabel.getColumns().setAll(List.of(
                column("afspraak.col.wanneer", a -> AgendaFormat.moment(a.begin()), 260),
                column("afspraak.col.duur", a -> Duur.tekst(a.duurMinuten()), 80),
                column("afspraak.col.onderwerp", a -> a.groep() ? I18n.t("afspraak.groepOnderwerp", a.onderwerp(), a.naam())
                        : a.onderwerp(), 200),
                column("afspraak.col.locatie", a -> a.locatie() == null ? "" : a.locatie(), 200)));
        tabel.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tabel.setPlaceholder(new Label(I18n.t("afspraak.geen")));
        tabel.setPrefHeight(Math.max(110, 44 + 42.0 * Math.min(zichtbaar.size(), 8)));
        tabel.setRowFactory(t -> {
            TableRow<Afspraak> row = new TableRow<>() {
                @Override
                protected void updateItem(Afspraak item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().remove("afspraak-geweest");
                    if (!empty && item != null && item.einde().isBefore(nu)) {
                        getStyleClass().add("afspraak-geweest");
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty() && row.getItem().groep()) {
                    // A meeting is the whole group's: it is planned and moved in Groepen.
                    ui.navigator().status(I18n.t("afspraak.groepElders"));
                } else if (e.getClickCount() == 2 && !row.isEmpty()) {
                    dialogs.afspraak(row.getItem(), dossierId, null, ui.today(), changed);
                }
            });
            return row;
        });
        root.getChildren().setAll(knoppen, tabel);
    }

    private void geselecteerd(java.util.function.Consumer<Afspraak> actie) {
        Afspraak a = tabel.getSelectionModel().getSelectedItem();
        if (a == null) {
            ui.navigator().status(I18n.t("afspraak.kiesEerst"));
        } else {
            actie.accept(a);
        }
    }

    private static TableColumn<Afspraak, String> column(String key, Function<Afspraak, String> value, double width) {
        TableColumn<Afspraak, String> column = new TableColumn<>(I18n.t(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
