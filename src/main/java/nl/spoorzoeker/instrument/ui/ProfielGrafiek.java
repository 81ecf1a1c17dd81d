package nl.spoorzoeker.instrument.ui;

import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import nl.spoorzoeker.instrument.Holland;
import nl.spoorzoeker.instrument.RiasecScoring;
import nl.spoorzoeker.ui.I18n;

/** The interest profile as six bars, one per Holland scale in hexagon order, 0 to the maximum. */
final class ProfielGrafiek {

    private ProfielGrafiek() {
    }

    static BarChart<String, Number> van(RiasecScoring.Uitslag uitslag) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis(0, uitslag.maximum(), 10);
        y.setLabel(I18n.t("riasec.grafiek.score"));
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId("riasec-grafiek");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setCategoryGap(18);
        chart.setMinHeight(260);
        chart.setPrefHeight(320);
        XYChart.Series<String, Number> serie = new XYChart.Series<>();
        for (Holland h : Holland.values()) {
            serie.getData().add(new XYChart.Data<>(categorie(h, uitslag.sommen().get(h)), uitslag.sommen().get(h)));
        }
        chart.getData().add(serie);
        chart.setAccessibleText(I18n.t("riasec.grafiek.naam"));
        return chart;
    }

    /** "Praktisch (R): 30": the category names the scale and its score, so the chart reads without hovering. */
    static String categorie(Holland h, int som) {
        return I18n.t("riasec.categorie", I18n.t("riasec.schaal." + h.name()), h.name(), som);
    }
}
