package nl.spoorzoeker.instrument.ui;

import java.util.List;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import nl.spoorzoeker.instrument.Holland;
import nl.spoorzoeker.instrument.RiasecScoring;
import nl.spoorzoeker.ui.I18n;

/**
 * The interest profile as six horizontal bars, one per Holland scale, R at the top, from 0 to the
 * maximum. Horizontal because the scale names then read level, also in large type (vertical
 * bars turned them on their side).
 */
final class ProfielGrafiek {

    private ProfielGrafiek() {
    }

    static BarChart<Number, String> van(RiasecScoring.Uitslag uitslag) {
        NumberAxis x = new NumberAxis(0, uitslag.maximum(), 10);
        CategoryAxis y = new CategoryAxis();
        // A category axis runs upwards: list the scales in reverse so R stands on top.
        List<Holland> vanOnder = List.of(Holland.values()).reversed();
        y.getCategories().setAll(vanOnder.stream().map(h -> categorie(h, uitslag.sommen().get(h))).toList());
        BarChart<Number, String> chart = new BarChart<>(x, y);
        chart.setId("riasec-grafiek");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setCategoryGap(10);
        chart.setMinHeight(300);
        chart.setPrefHeight(340);
        XYChart.Series<Number, String> serie = new XYChart.Series<>();
        for (Holland h : vanOnder) {
            serie.getData().add(new XYChart.Data<>(uitslag.sommen().get(h), categorie(h, uitslag.sommen().get(h))));
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
