package nl.spoorzoeker.uitkomst.ui;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.GridPane;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.input.Parsed;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.form.DateField;
import nl.spoorzoeker.uitkomst.Schaalmeting;
import nl.spoorzoeker.uitkomst.Schaalmeting.Schaal;

/**
 * The soft-result scales as fields: the day, and per scale a list of 1–10 with "—" for not scored
 * (a list, not a typed number: nothing to mistype, and Space opens it as in every form). Used at the
 * intake (Fasen tab) and in the closing dialog, where each scale shows its intake score beside it
 * so the coach and the werknemer see where they started.
 */
final class Schaalvelden {

    final DateField datum;
    final Map<Schaal, ComboBox<Integer>> scores = new EnumMap<>(Schaal.class);
    private final GridPane grid = new GridPane();

    /**
     * @param prefix  the ids' start ("intake-schaal", "afsluiting-schaal")
     * @param eerder  the intake's measurement to show beside each scale, or null
     */
    Schaalvelden(String prefix, Schaalmeting eerder) {
        datum = new DateField(prefix + "-datum");
        grid.setHgap(10);
        grid.setVgap(6);
        Label datumLabel = new Label(I18n.t("schaal.veld.datum"));
        datumLabel.setLabelFor(datum.editor());
        datum.editor().setAccessibleText(I18n.t("schaal.veld.datum"));
        grid.add(datumLabel, 0, 0);
        grid.add(datum, 1, 0, 2, 1);
        int rij = 1;
        for (Schaal s : Schaal.values()) {
            ComboBox<Integer> combo = new ComboBox<>();
            combo.getItems().add(null);
            for (int i = Schaalmeting.MIN; i <= Schaalmeting.MAX; i++) {
                combo.getItems().add(i);
            }
            combo.setId(prefix + "-" + s.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            combo.setCellFactory(l -> new Cel());
            combo.setButtonCell(new Cel());
            combo.setPrefWidth(80);
            combo.setVisibleRowCount(11);
            Label label = new Label(I18n.t("schaal." + s.name()));
            label.setLabelFor(combo);
            combo.setAccessibleText(I18n.t("schaal." + s.name()));
            grid.add(label, 0, rij);
            grid.add(combo, 1, rij);
            if (eerder != null && eerder.score(s) != null) {
                Label was = new Label(I18n.t("schaal.bijIntake", eerder.score(s)));
                was.getStyleClass().add("text-muted");
                grid.add(was, 2, rij);
            }
            scores.put(s, combo);
            rij++;
        }
    }

    Node node() {
        return grid;
    }

    void vul(Schaalmeting meting, LocalDate standaardDatum) {
        datum.textProperty().set(DateInput.format(meting == null ? standaardDatum : meting.datum()));
        scores.forEach((s, combo) -> combo.setValue(meting == null ? null : meting.score(s)));
    }

    /** The measurement as chosen; null when no scale is scored (nothing measured); an unreadable date is an error. */
    Parsed<Schaalmeting> lees() {
        Map<Schaal, Integer> gekozen = new EnumMap<>(Schaal.class);
        scores.forEach((s, combo) -> {
            if (combo.getValue() != null) {
                gekozen.put(s, combo.getValue());
            }
        });
        if (gekozen.isEmpty()) {
            return Parsed.ok(null);
        }
        Parsed<LocalDate> dag = DateInput.parse(datum.textProperty().get());
        if (!dag.isOk()) {
            return Parsed.error(dag.errorKey());
        }
        return Parsed.ok(new Schaalmeting(dag.value(), gekozen));
    }

    /** "—" for not scored, the number otherwise. */
    private static final class Cel extends ListCell<Integer> {
        @Override
        protected void updateItem(Integer item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item == null ? "—" : item.toString());
        }
    }
}
