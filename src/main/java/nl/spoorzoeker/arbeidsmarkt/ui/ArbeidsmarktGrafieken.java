package nl.spoorzoeker.arbeidsmarkt.ui;

import java.time.format.DateTimeFormatter;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.spoorzoeker.arbeidsmarkt.Sollicitatienorm;
import nl.spoorzoeker.arbeidsmarkt.Trechter;
import nl.spoorzoeker.ui.I18n;

/** The two pictures of the job search: sent applications per week against the norm, and the funnel. */
final class ArbeidsmarktGrafieken {

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("dd-MM");

    private ArbeidsmarktGrafieken() {
    }

    /** A bar per week; weeks below the norm are marked. */
    static Node perWeek(Sollicitatienorm.Overzicht overzicht) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setMinorTickVisible(false);
        y.setTickUnit(1);
        y.setLowerBound(0);
        int hoogste = overzicht.weken().stream().mapToInt(Sollicitatienorm.Week::aantal).max().orElse(0);
        y.setAutoRanging(false);
        y.setUpperBound(Math.max(hoogste, overzicht.norm() == null ? 1 : overzicht.norm()) + 1);
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId("sollicitaties-per-week");
        chart.setTitle(overzicht.norm() == null ? I18n.t("sollicitatie.grafiek.perWeek")
                : I18n.t("sollicitatie.grafiek.perWeekNorm", overzicht.norm()));
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setBarGap(2);
        chart.setCategoryGap(6);
        chart.setPrefHeight(140);
        chart.setMinHeight(120);
        chart.setMinWidth(280);
        chart.setPrefWidth(420);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (Sollicitatienorm.Week week : overzicht.weken()) {
            XYChart.Data<String, Number> data = new XYChart.Data<>(WEEK.format(week.maandag()), week.aantal());
            series.getData().add(data);
        }
        chart.getData().add(series);
        // Inline, because the chart resets the style classes of its bars.
        for (int i = 0; i < overzicht.weken().size(); i++) {
            boolean onder = overzicht.norm() != null && overzicht.weken().get(i).aantal() < overzicht.norm();
            series.getData().get(i).getNode().setStyle(onder ? "-fx-bar-fill: -color-warning-emphasis;"
                    : "-fx-bar-fill: -color-accent-emphasis;");
        }
        javafx.scene.layout.HBox.setHgrow(chart, Priority.ALWAYS);
        return chart;
    }

    /** Centred bars, each as wide as its share of the applications sent: a funnel. */
    static Node trechter(Trechter.Uitkomst uitkomst) {
        int top = Math.max(1, uitkomst.niveaus().getFirst().aantal());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(3);
        int row = 0;
        for (Trechter.Niveau niveau : uitkomst.niveaus()) {
            Label naam = new Label(I18n.t("sollicitatiestatus." + niveau.status().name()));
            Region bar = new Region();
            bar.getStyleClass().addAll("trechter-balk", "trechter-" + row);
            double breedte = 260.0 * niveau.aantal() / top;
            bar.setPrefSize(Math.max(niveau.aantal() == 0 ? 0 : 6, breedte), 16);
            bar.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
            StackPane baan = new StackPane(bar);
            baan.setPrefWidth(260);
            baan.setMinWidth(260);
            baan.setAlignment(Pos.CENTER);
            Label aantal = new Label(Integer.toString(niveau.aantal()));
            aantal.setId("trechter-" + niveau.status().name().toLowerCase(java.util.Locale.ROOT));
            grid.addRow(row++, naam, baan, aantal);
        }
        Label rest = new Label(I18n.t("sollicitatie.trechter.rest", uitkomst.lopend(), uitkomst.afgewezen(),
                uitkomst.ingetrokken()));
        rest.getStyleClass().add("text-muted");
        Label titel = new Label(I18n.t("sollicitatie.trechter"));
        titel.getStyleClass().add("text-bold");
        VBox box = new VBox(6, titel, grid, rest);
        box.setId("sollicitatie-trechter");
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.setMaxWidth(Region.USE_PREF_SIZE);
        return box;
    }
}
