package nl.spoorzoeker.uitkomst.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.spoorzoeker.ui.Duur;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.Page;
import nl.spoorzoeker.ui.UiContext;
import nl.spoorzoeker.uitkomst.Praktijkcijfers;
import nl.spoorzoeker.uitkomst.PraktijkcijfersService;

/**
 * A first view of what the practice learns from its closed trajecten (issue 18): per outcome how
 * many, the median duration and hours, the total hours, and how many started late; the last row
 * all together. Counts only, no names.
 */
public final class PraktijkcijfersView implements Page {

    private final UiContext ui;
    private final PraktijkcijfersService service;
    private final VBox root = new VBox(12);
    private final TableView<Praktijkcijfers.Regel> table = new TableView<>();
    private final Label samenvatting = new Label();

    public PraktijkcijfersView(UiContext ui, PraktijkcijfersService service) {
        this.ui = ui;
        this.service = service;
        root.setId("praktijkcijfers");
        Label title = new Label(I18n.t("nav.praktijkcijfers").replace("_", ""));
        title.getStyleClass().add("title-2");
        Label uitleg = new Label(I18n.t("praktijkcijfers.uitleg"));
        uitleg.setWrapText(true);
        uitleg.getStyleClass().add("text-muted");
        samenvatting.setId("praktijkcijfers-samenvatting");
        samenvatting.setWrapText(true);
        table.setId("praktijkcijfers-table");
        table.getColumns().setAll(List.of(
                kolom("praktijkcijfers.col.uitkomst", 260, r -> r.soort() == null ? I18n.t("praktijkcijfers.totaal")
                        : I18n.t("afsluiting.soort." + r.soort().name())),
                kolom("praktijkcijfers.col.aantal", 70, r -> String.valueOf(r.aantal())),
                kolom("praktijkcijfers.col.duur", 130, r -> r.medianeDagen() == null ? "—"
                        : I18n.t("praktijkcijfers.weken", Math.round(r.medianeDagen() / 7.0))),
                kolom("praktijkcijfers.col.uren", 110, r -> r.medianeMinuten() == null ? "—"
                        : Duur.tekst((int) Math.round(r.medianeMinuten()))),
                kolom("praktijkcijfers.col.urenTotaal", 110, r -> Duur.tekst((int) r.totaalMinuten())),
                kolom("praktijkcijfers.col.laat", 150, r -> r.aandeelLaat() == null ? "—"
                        : I18n.t("praktijkcijfers.laatWaarde", r.laat(), r.laatBekend(),
                        Math.round(r.aandeelLaat() * 100)))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label leeg = new Label(I18n.t("praktijkcijfers.leeg"));
        leeg.setWrapText(true);
        leeg.getStyleClass().add("text-muted");
        table.setPlaceholder(leeg);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setPadding(new Insets(0, 0, 12, 0));
        root.getChildren().setAll(title, uitleg, samenvatting, table);
    }

    private static TableColumn<Praktijkcijfers.Regel, String> kolom(String key, double breedte,
                                                                     Function<Praktijkcijfers.Regel, String> waarde) {
        TableColumn<Praktijkcijfers.Regel, String> kolom = new TableColumn<>(I18n.t(key));
        kolom.setPrefWidth(breedte);
        kolom.setSortable(false);
        kolom.setCellValueFactory(c -> new ReadOnlyStringWrapper(waarde.apply(c.getValue())));
        return kolom;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void refresh() {
        ui.background().run(service::cijfers, c -> {
            List<Praktijkcijfers.Regel> rijen = new ArrayList<>(c.perUitkomst());
            if (c.totaal().aantal() > 0) {
                rijen.add(c.totaal());
            }
            table.getItems().setAll(rijen);
            samenvatting.setText(I18n.t("praktijkcijfers.samenvatting", c.totaal().aantal()));
        });
    }
}
