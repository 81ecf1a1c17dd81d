package nl.spoorzoeker.ui.form;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import nl.spoorzoeker.ui.I18n;

/**
 * The list of werknemers a group form ticks: per dossier a check box with the name and one or more
 * short fields beside it (minutes attended, from/until dates, a reason for absence), or a line
 * saying there is no one to choose. Group sessions, programmes and a held meeting's attendance all
 * use it, so they look and behave alike.
 *
 * <p>The fields keep their width and the names give way (they end in "…", the full name is in the
 * tooltip): the list scrolls only down, never sideways, so a date or a number is never half hidden
 * on a laptop screen.
 */
public final class Deelnemerslijst {

    /** The name column never gets narrower than this: a first name and an initial still show. */
    static final double NAAM_MIN = 90;

    /**
     * One field beside every name.
     *
     * @param kopKey      heading above the column, or null for none
     * @param idPrefix    the field's id is this plus the dossier id (tests and drafts find it so)
     * @param promptKey   grey text in an empty field, or null
     * @param toegankelijkKey what a screen reader says, a pattern with the name as {0}
     * @param kolommen    width in characters
     * @param minBreedte  the least width in pixels (a date needs its digits)
     * @param eenheidKey  a unit shown after the field ("minuten"), or null
     * @param alsAangevinkt the field is open when the box is ticked (minutes, dates); false: when it
     *                    is not (the reason someone was absent)
     */
    public record Kolom(String kopKey, String idPrefix, String promptKey, String toegankelijkKey, int kolommen,
                        double minBreedte, String eenheidKey, boolean alsAangevinkt) {
    }

    /** One werknemer: the tick and the texts of the columns, in column order. */
    public record Rij(int dossierId, String naam, BooleanProperty gekozen, List<StringProperty> velden) {
    }

    private Deelnemerslijst() {
    }

    /**
     * @param id        the scroll pane's id (the form's error points at it)
     * @param vinkjeIdPrefix the check box's id is this plus the dossier id
     * @param leegKey   what to say when there is no one
     * @param hoogte    the preferred height of the visible part
     */
    public static ScrollPane bouw(String id, String vinkjeIdPrefix, List<Kolom> kolommen, List<Rij> rijen,
                                  String leegKey, double hoogte) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        grid.setPadding(new Insets(4));
        ColumnConstraints naam = new ColumnConstraints();
        naam.setHgrow(Priority.ALWAYS);
        naam.setMinWidth(NAAM_MIN);
        grid.getColumnConstraints().add(naam);
        boolean koppen = kolommen.stream().anyMatch(k -> k.kopKey() != null);
        int breedte = 1;
        for (Kolom k : kolommen) {
            ColumnConstraints veld = new ColumnConstraints();
            // A field with a least width may shrink to it (the names give way first); others keep their size.
            veld.setMinWidth(k.minBreedte() > 0 ? k.minBreedte() : Region.USE_PREF_SIZE);
            grid.getColumnConstraints().add(veld);
            breedte++;
            if (k.eenheidKey() != null) {
                ColumnConstraints eenheid = new ColumnConstraints();
                eenheid.setMinWidth(Region.USE_PREF_SIZE);
                grid.getColumnConstraints().add(eenheid);
                breedte++;
            }
        }
        int row = 0;
        if (koppen && !rijen.isEmpty()) {
            int col = 1;
            for (Kolom k : kolommen) {
                if (k.kopKey() != null) {
                    Label kop = new Label(I18n.t(k.kopKey()));
                    kop.setMinWidth(Label.USE_PREF_SIZE);
                    kop.getStyleClass().add("text-muted");
                    grid.add(kop, col, row);
                }
                col += k.eenheidKey() == null ? 1 : 2;
            }
            row++;
        }
        for (Rij r : rijen) {
            CheckBox vinkje = new CheckBox(r.naam());
            vinkje.setId(vinkjeIdPrefix + r.dossierId());
            vinkje.setMinWidth(NAAM_MIN);
            vinkje.setMaxWidth(Double.MAX_VALUE);
            vinkje.setTextOverrun(OverrunStyle.ELLIPSIS);
            vinkje.setTooltip(new Tooltip(r.naam()));
            vinkje.selectedProperty().bindBidirectional(r.gekozen());
            grid.add(vinkje, 0, row);
            int col = 1;
            for (int i = 0; i < kolommen.size(); i++) {
                Kolom k = kolommen.get(i);
                TextField veld = new TextField();
                veld.setId(k.idPrefix() + r.dossierId());
                veld.setPrefColumnCount(k.kolommen());
                if (k.minBreedte() > 0) {
                    // Just wider than the least: a date's ten digits, without the room of a long text field.
                    veld.setMinWidth(k.minBreedte());
                    veld.setPrefWidth(k.minBreedte() + 8);
                } else {
                    veld.setMinWidth(Region.USE_PREF_SIZE);
                }
                if (k.promptKey() != null) {
                    veld.setPromptText(I18n.t(k.promptKey()));
                }
                veld.setAccessibleText(I18n.t(k.toegankelijkKey(), r.naam()));
                veld.textProperty().bindBidirectional(r.velden().get(i));
                veld.disableProperty().bind(k.alsAangevinkt() ? r.gekozen().not() : r.gekozen());
                grid.add(veld, col++, row);
                if (k.eenheidKey() != null) {
                    Label eenheid = new Label(I18n.t(k.eenheidKey()));
                    eenheid.setMinWidth(Label.USE_PREF_SIZE);
                    grid.add(eenheid, col++, row);
                }
            }
            row++;
        }
        if (rijen.isEmpty()) {
            Label leeg = new Label(I18n.t(leegKey));
            leeg.setWrapText(true);
            grid.add(leeg, 0, 0, breedte, 1);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setId(id);
        scroll.setFitToWidth(true);
        // Never sideways: the names give way instead (see the class comment).
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportHeight(hoogte);
        // The form's column may not squeeze the list below what its fields need: the fields' least
        // widths are known only once their skins exist, so follow the grid after each layout.
        scroll.minViewportWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> grid.minWidth(-1), grid.layoutBoundsProperty()));
        return scroll;
    }
}
