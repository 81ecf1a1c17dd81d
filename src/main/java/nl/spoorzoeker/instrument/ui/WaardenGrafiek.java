package nl.spoorzoeker.instrument.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import nl.spoorzoeker.instrument.Waardenkaarten;
import nl.spoorzoeker.instrument.Waardensortering;
import nl.spoorzoeker.ui.I18n;

/**
 * The top 5 of a values card sort as a ladder of horizontal bars, the most important on top and
 * longest (issue 19 item 2: results as a chart). A ranking has no scores: the bar stands for the
 * place only, so the number axis carries no figures, just which way is more important. Drawn like
 * {@link ProfielGrafiek}, so the two instruments read alike.
 */
final class WaardenGrafiek {

    private WaardenGrafiek() {
    }

    static BarChart<Number, String> van(Waardensortering s) {
        List<String> top = s.top();
        NumberAxis x = new NumberAxis(0, top.size(), 1);
        x.setTickLabelsVisible(false);
        x.setMinorTickVisible(false);
        x.setLabel(I18n.t("waarden.grafiek.as"));
        CategoryAxis y = new CategoryAxis();
        List<String> namen = new ArrayList<>();
        for (int i = 0; i < top.size(); i++) {
            namen.add(categorie(i + 1, top.get(i)));
        }
        BarChart<Number, String> chart = new BarChart<>(x, y);
        chart.setId("waarden-grafiek");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setCategoryGap(8);
        chart.setMinHeight(200);
        chart.setPrefHeight(220);
        chart.setMaxWidth(640);
        // The axis takes its categories from the data, bottom up: the fifth first, so the first stands on top.
        XYChart.Series<Number, String> serie = new XYChart.Series<>();
        for (int i = top.size() - 1; i >= 0; i--) {
            serie.getData().add(new XYChart.Data<>(top.size() - i, namen.get(i)));
        }
        chart.getData().add(serie);
        chart.setAccessibleText(I18n.t("waarden.grafiek.naam", String.join(", ", namen)));
        return chart;
    }

    /** "1. Zekerheid": the place and the value in the reader's language. */
    static String categorie(int plaats, String kaart) {
        return I18n.t("waarden.grafiek.categorie", plaats, Waardenkaarten.naam(kaart, I18n.locale()));
    }
}
