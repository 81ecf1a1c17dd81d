package nl.spoorzoeker.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The shape every block of settings under Instellingen has: a title, an optional explanation, a grid
 * of labelled number fields, and a row of buttons that starts with Opslaan. Opslaan stores in the
 * background and says "Instellingen opgeslagen" (a failure goes to the error report); {@link #refresh()}
 * reads the stored values into the fields. A block says only which fields it has and what it stores.
 */
public abstract class InstellingenEditor implements Page {

    private final UiContext ui;
    private final VBox root = new VBox(8);
    private final GridPane grid = new GridPane();
    private final FlowPane knoppen = new FlowPane(8, 8);

    /**
     * @param titelSleutel   the block's heading
     * @param uitlegSleutel  a line under it, or null
     * @param opslaanId      the id of its Opslaan button
     */
    protected InstellingenEditor(UiContext ui, String titelSleutel, String uitlegSleutel, String opslaanId) {
        this.ui = ui;
        Label title = new Label(I18n.t(titelSleutel));
        title.getStyleClass().add("title-4");
        root.getChildren().add(title);
        if (uitlegSleutel != null) {
            Label uitleg = new Label(I18n.t(uitlegSleutel));
            uitleg.setWrapText(true);
            uitleg.getStyleClass().add("text-muted");
            root.getChildren().add(uitleg);
        }
        grid.setHgap(12);
        grid.setVgap(8);
        Button save = new Button(I18n.t("action.save"), FontIcon.of(Material2MZ.SAVE, 14));
        save.setId(opslaanId);
        save.setOnAction(e -> {
            Runnable opslag = opslag();
            ui.background().run(() -> {
                opslag.run();
                return null;
            }, done -> {
                ui.navigator().status(I18n.t("instellingen.opgeslagen"));
                ui.navigator().dataChanged();
            }, ErrorReporter::report);
        });
        knoppen.getChildren().add(save);
        root.getChildren().addAll(grid, knoppen);
        root.setAlignment(Pos.TOP_LEFT);
    }

    /** A whole-number field on the next row of the grid, typed or stepped between {@code min} and {@code max}. */
    protected final Spinner<Integer> getal(String id, String labelSleutel, int min, int max, int begin) {
        Spinner<Integer> veld = new Spinner<>(min, max, begin);
        veld.setId(id);
        veld.setEditable(true);
        Label label = new Label(I18n.t(labelSleutel));
        label.setLabelFor(veld);
        grid.addRow(grid.getRowCount(), label, veld);
        return veld;
    }

    /** A further button after Opslaan. */
    protected final void knop(Button knop) {
        knoppen.getChildren().add(knop);
    }

    protected final void setId(String id) {
        root.setId(id);
    }

    /**
     * What Opslaan stores: read the fields now (FX thread) and return the work that stores them
     * (the background queue).
     */
    protected abstract Runnable opslag();

    /** Reads the stored values off the FX thread, then puts them in the fields. */
    protected final <T> void laad(Callable<T> lees, Consumer<T> toon) {
        ui.background().run(lees, toon::accept);
    }

    @Override
    public final Node node() {
        return root;
    }
}
