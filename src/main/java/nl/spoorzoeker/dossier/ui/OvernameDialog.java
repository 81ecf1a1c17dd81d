package nl.spoorzoeker.dossier.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.input.Parsed;
import nl.spoorzoeker.tijdlijn.Mijlpaal;
import nl.spoorzoeker.tijdlijn.MijlpaalSoort;
import nl.spoorzoeker.tijdlijn.MijlpaalStatus;
import nl.spoorzoeker.tijdlijn.Overname;
import nl.spoorzoeker.tijdlijn.Regime;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.ui.Knoppen;
import nl.spoorzoeker.ui.form.DateField;
import nl.spoorzoeker.ui.form.Toetsenbord;

/**
 * The takeover step of a case taken on part-way: for each statutory milestone of others whose
 * deadline lies before the coach's assignment, the date it was done when the coach knows it, or
 * "onbekend / niet mijn taak" — all in one step, so the coach starts without a wall of "te laat"
 * for what happened before the coach was there, and without inventing dates.
 */
public final class OvernameDialog {

    /** What the coach stated: dates where known, and the milestones whose date is unknown. */
    record Keuze(Map<MijlpaalSoort, LocalDate> gedaan, Set<MijlpaalSoort> onbekend) {
    }

    private OvernameDialog() {
    }

    /** The milestones the step asks about: those before the assignment that have no recorded date. */
    public static List<Mijlpaal> teVragen(List<Mijlpaal> mijlpalen, LocalDate opdrachtdatum) {
        List<Mijlpaal> lijst = new ArrayList<>();
        Set<MijlpaalSoort> gezien = EnumSet.noneOf(MijlpaalSoort.class);
        if (opdrachtdatum == null) {
            return lijst;
        }
        for (Mijlpaal m : mijlpalen) {
            if (Overname.kanVoorOpdracht(m, opdrachtdatum) && m.gedaanOp() == null
                    && (m.status() == MijlpaalStatus.TE_LAAT || m.status() == MijlpaalStatus.VOOR_OPDRACHT)
                    && gezien.add(m.soort())) {
                lijst.add(m);
            }
        }
        // The evaluations of the plan van aanpak only appear on the timeline once the plan has a date,
        // which the coach may be entering in this very step: ask about them now, or they would come
        // back afterwards as a chain of overdue evaluations from before the assignment.
        if (mijlpalen.stream().noneMatch(m -> m.soort() == MijlpaalSoort.EVALUATIE_PLAN_VAN_AANPAK)) {
            mijlpalen.stream().filter(m -> m.soort() == MijlpaalSoort.PLAN_VAN_AANPAK).findFirst()
                    .map(m -> m.gedaanOp() != null ? m.gedaanOp() : m.deadline())
                    .map(pva -> pva.plusWeeks(6))
                    .filter(eerste -> eerste.isBefore(opdrachtdatum))
                    .ifPresent(eerste -> lijst.add(new Mijlpaal(MijlpaalSoort.EVALUATIE_PLAN_VAN_AANPAK, 1, eerste,
                            eerste, null, MijlpaalStatus.TE_LAAT)));
        }
        lijst.sort(java.util.Comparator.comparing(Mijlpaal::deadline));
        return lijst;
    }

    /** @param regime the dossier's: who did a milestone is named as under it (for a vangnetter UWV, not the werkgever) */
    static Optional<Keuze> ask(Window owner, List<Mijlpaal> vragen, LocalDate opdrachtdatum, LocalDate vandaag,
                               Regime regime) {
        Dialog<Keuze> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(I18n.t("overname.titel"));
        dialog.setHeaderText(I18n.t("overname.kop", DateInput.format(opdrachtdatum)));
        dialog.getDialogPane().setId("overname-dialog");
        dialog.setResizable(true);
        // Wide enough for the longest milestone name, a date and the tick box at 1366×768.
        dialog.getDialogPane().setPrefWidth(900);
        dialog.getDialogPane().setMinWidth(860);

        GridPane grid = new GridPane(12, 6);
        var c0 = new javafx.scene.layout.ColumnConstraints();
        c0.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        c0.setMinWidth(260);
        var c1 = new javafx.scene.layout.ColumnConstraints();
        c1.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        var c2 = new javafx.scene.layout.ColumnConstraints(150);
        var c3 = new javafx.scene.layout.ColumnConstraints();
        c3.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.getColumnConstraints().setAll(c0, c1, c2, c3);
        grid.setPadding(new Insets(4));
        grid.add(kop("overname.col.mijlpaal"), 0, 0);
        grid.add(kop("overname.col.uiterlijk"), 1, 0);
        grid.add(kop("overname.col.gedaanOp"), 2, 0);
        grid.add(kop("overname.col.onbekend"), 3, 0);
        Map<MijlpaalSoort, DateField> datums = new EnumMap<>(MijlpaalSoort.class);
        Map<MijlpaalSoort, CheckBox> onbekend = new EnumMap<>(MijlpaalSoort.class);
        int rij = 1;
        for (Mijlpaal m : vragen) {
            String id = m.soort().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            Label naam = new Label((m.soort() == MijlpaalSoort.EVALUATIE_PLAN_VAN_AANPAK ? I18n.t("overname.evaluaties")
                    : I18n.t("mijlpaal." + m.soort().name())) + " · " + I18n.t("actor." + m.soort().wie(regime).name()));
            Label deadline = new Label(DateInput.format(m.deadline()));
            DateField datum = new DateField("overname-datum-" + id);
            datum.editor().setAccessibleText(I18n.t("overname.datum.toegankelijk", I18n.t("mijlpaal." + m.soort().name())));
            naam.setLabelFor(datum.editor());
            CheckBox weetNiet = new CheckBox(I18n.t("overname.onbekend"));
            weetNiet.setId("overname-onbekend-" + id);
            weetNiet.setSelected(true);
            // Typing a date means it is known; clearing it falls back to "unknown".
            datum.textProperty().addListener((o, was, nu) -> weetNiet.setSelected(nu == null || nu.isBlank()));
            weetNiet.selectedProperty().addListener((o, was, nu) -> {
                if (nu) {
                    datum.textProperty().set("");
                }
            });
            naam.setWrapText(true);
            deadline.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            weetNiet.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.addRow(rij++, naam, deadline, datum, weetNiet);
            datums.put(m.soort(), datum);
            onbekend.put(m.soort(), weetNiet);
        }
        Label uitleg = new Label(I18n.t(regime == Regime.ZIEKTEWET_VANGNET ? "overname.uitleg.vangnet" : "overname.uitleg"));
        uitleg.setWrapText(true);
        uitleg.setMaxWidth(860);
        uitleg.getStyleClass().add("text-muted");
        Button alles = new Button(I18n.t("overname.allesOnbekend"));
        alles.setId("overname-alles-onbekend");
        alles.setOnAction(e -> onbekend.values().forEach(c -> c.setSelected(true)));
        Label error = new Label();
        error.setId("overname-error");
        error.getStyleClass().add("form-errors");
        error.setMinHeight(18);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(44.0 * (vragen.size() + 1), 360));
        VBox content = new VBox(10, uitleg, scroll, alles, error);
        content.setAlignment(Pos.TOP_LEFT);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(Knoppen.opslaan(), Knoppen.annuleren());
        var save = dialog.getDialogPane().lookupButton(Knoppen.opslaan());
        save.setId("overname-save");
        save.addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            String fout = controleer(datums, opdrachtdatum, vandaag);
            error.setText(fout == null ? "" : fout);
            if (fout != null) {
                event.consume();
            }
        });
        dialog.setResultConverter(button -> {
            if (button != Knoppen.opslaan()) {
                return null;
            }
            Map<MijlpaalSoort, LocalDate> gedaan = new EnumMap<>(MijlpaalSoort.class);
            Set<MijlpaalSoort> weetNiet = EnumSet.noneOf(MijlpaalSoort.class);
            datums.forEach((soort, veld) -> {
                Parsed<LocalDate> p = DateInput.parse(veld.textProperty().get());
                if (p.value() != null) {
                    gedaan.put(soort, p.value());
                } else if (onbekend.get(soort).isSelected()) {
                    weetNiet.add(soort);
                }
            });
            return new Keuze(gedaan, weetNiet);
        });
        Toetsenbord.formulier(dialog, (javafx.scene.control.Button) save);
        Toetsenbord.eersteVeld(dialog, () -> datums.isEmpty() ? null
                : datums.values().iterator().next().editor());
        return dialog.showAndWait();
    }

    /** A typed date must exist and may not lie in the future; returns the message, or null when all is well. */
    static String controleer(Map<MijlpaalSoort, DateField> datums, LocalDate opdrachtdatum, LocalDate vandaag) {
        for (var e : datums.entrySet()) {
            Parsed<LocalDate> p = DateInput.parse(e.getValue().textProperty().get());
            String naam = I18n.t("mijlpaal." + e.getKey().name());
            if (!p.isOk()) {
                return naam + ": " + I18n.t(p.errorKey());
            }
            if (p.value() != null && p.value().isAfter(vandaag)) {
                return naam + ": " + I18n.t("input.dateInFuture");
            }
        }
        return null;
    }

    private static Label kop(String key) {
        Label label = new Label(I18n.t(key));
        label.getStyleClass().add("text-bold");
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }
}
