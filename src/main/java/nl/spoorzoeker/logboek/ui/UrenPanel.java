package nl.spoorzoeker.logboek.ui;

import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import nl.spoorzoeker.logboek.Urenboek;
import nl.spoorzoeker.logboek.Urenstand;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.ui.Duur;
import nl.spoorzoeker.ui.I18n;

/**
 * Hours against the budget: used, budget, left, a bar, the 80%/100% warning, what the hours were
 * spent on, and the burn-down chart (budget left per week against an even spend to the planned end).
 */
final class UrenPanel {

    /** The log comes first: the chart is folded until the coach opens it, then stays open while the app runs. */
    private static boolean burndownOpen;

    private UrenPanel() {
    }

    static Node stand(Urenstand uren) {
        Label text = new Label(uren.budgetMinuten() == null
                ? I18n.t("uren.zonderBudget", Duur.tekst(uren.gerealiseerdMinuten()))
                : uren.resterendMinuten() < 0
                ? I18n.t("uren.standOver", Duur.tekst(uren.gerealiseerdMinuten()),
                        Duur.tekst(uren.budgetMinuten()), Duur.tekst(-uren.resterendMinuten()))
                : I18n.t("uren.stand", Duur.tekst(uren.gerealiseerdMinuten()),
                        Duur.tekst(uren.budgetMinuten()), Duur.tekst(uren.resterendMinuten())));
        text.setId("uren-stand");
        text.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label opbouw = new Label(I18n.t("uren.opbouw", Duur.tekst(uren.contactMinuten()),
                Duur.tekst(uren.rapportageMinuten()), Duur.tekst(uren.groepMinuten())));
        opbouw.setId("uren-opbouw");
        opbouw.getStyleClass().add("text-muted");
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
            warning.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            warning.getStyleClass().addAll("termijn-badge", uren.signaal() == Urenstand.Signaal.OP ? "status-te_laat"
                    : "status-binnenkort");
            box.getChildren().add(warning);
        }
        return new VBox(2, box, opbouw);
    }

    /** The burn-down, folded away when there is no budget or start date to draw it from. */
    static TitledPane burndown(Urenstand uren, LocalDate start, LocalDate eind, List<Urenboek.Boeking> boekingen,
                               LocalDate vandaag) {
        TitledPane pane = new TitledPane();
        pane.setId("uren-burndown");
        pane.setText(I18n.t("uren.burndown"));
        if (uren.budgetMinuten() == null || start == null) {
            pane.setContent(new Label(I18n.t("uren.burndown.geenBudget")));
            pane.setExpanded(false);
            return pane;
        }
        pane.setExpanded(burndownOpen);
        pane.expandedProperty().addListener((obs, oud, open) -> burndownOpen = open);
        if (burndownOpen) {
            pane.setContent(grafiek(uren, start, eind, boekingen, vandaag));
        } else {
            // Drawn when unfolded: folded (as it starts), a chart built on every reload of the logbook
            // still cost its styling and layout, and a saved contact reloads it (issue 21 item 10).
            pane.setContent(new javafx.scene.layout.Region());
            pane.expandedProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean oud, Boolean open) {
                    if (open) {
                        pane.expandedProperty().removeListener(this);
                        pane.setContent(grafiek(uren, start, eind, boekingen, vandaag));
                    }
                }
            });
        }
        return pane;
    }

    private static LineChart<Number, Number> grafiek(Urenstand uren, LocalDate start, LocalDate eind,
                                                     List<Urenboek.Boeking> boekingen, LocalDate vandaag) {
        List<Urenboek.Punt> punten = Urenboek.burndown(uren.budgetMinuten(), start, eind, boekingen, vandaag);
        long eerste = punten.getFirst().maandag().toEpochDay();
        NumberAxis x = new NumberAxis();
        x.setAutoRanging(false);
        x.setLowerBound(eerste);
        x.setUpperBound(punten.getLast().maandag().toEpochDay());
        x.setTickUnit(Math.max(7, 7 * Math.ceil(punten.size() / 10.0)));
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number epochDay) {
                return DateInput.format(LocalDate.ofEpochDay(epochDay.longValue()));
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        NumberAxis y = new NumberAxis();
        y.setLabel(I18n.t("uren.burndown.as"));
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId("uren-burndown-chart");
        chart.getStyleClass().add("burndown");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setPrefHeight(200);
        chart.setMinHeight(170);
        chart.setLegendSide(javafx.geometry.Side.RIGHT);
        XYChart.Series<Number, Number> rest = new XYChart.Series<>();
        rest.setName(I18n.t("uren.burndown.resterend"));
        XYChart.Series<Number, Number> gelijkmatig = new XYChart.Series<>();
        gelijkmatig.setName(I18n.t("uren.burndown.gelijkmatig"));
        for (Urenboek.Punt p : punten) {
            double dag = p.maandag().plusDays(6).toEpochDay();
            if (p.resterendMinuten() != null) {
                rest.getData().add(new XYChart.Data<>(dag, p.resterendMinuten() / 60.0));
            }
            if (p.gelijkmatigMinuten() != null) {
                gelijkmatig.getData().add(new XYChart.Data<>(dag, p.gelijkmatigMinuten() / 60.0));
            }
        }
        x.setUpperBound(punten.getLast().maandag().plusDays(6).toEpochDay());
        chart.getData().add(rest);
        if (!gelijkmatig.getData().isEmpty()) {
            chart.getData().add(gelijkmatig);
        }
        return chart;
    }
}
