package nl.spoorzoeker.dossier.ui;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.tijdlijn.Mijlpaal;
import nl.spoorzoeker.tijdlijn.Verzuimklok;
import nl.spoorzoeker.ui.I18n;

/**
 * The 104 weeks on one horizontal axis: week marks, today, and every milestone coloured by its
 * status (done, late, soon, planned). Labels take turns above and below the axis so they stay legible.
 */
final class TijdlijnGrafiek extends Pane {

    private static final double MARGIN = 24;
    private static final double AXIS_Y = 92;
    private static final int[] WEEK_MARKS = {1, 13, 26, 42, 52, 65, 78, 93, 104};

    private final Verzuimklok klok;
    private final List<Mijlpaal> mijlpalen;
    private final LocalDate today;
    private final LocalDate from;
    private final LocalDate to;

    TijdlijnGrafiek(Verzuimklok klok, List<Mijlpaal> mijlpalen, LocalDate today) {
        this.klok = klok;
        this.mijlpalen = mijlpalen;
        this.today = today;
        this.from = klok.eersteZiektedag();
        LocalDate end = klok.eindeVanWeek(104).orElse(from.plusWeeks(104));
        for (Mijlpaal m : mijlpalen) {
            end = m.deadline().isAfter(end) ? m.deadline() : end;
        }
        this.to = end.plusDays(7);
        getStyleClass().add("timeline-chart");
        setId("timeline-chart");
        setMinHeight(200);
        setPrefHeight(200);
        setMinWidth(600);
    }

    /** The width the marks were last placed for; NaN before the first time. */
    private double geplaatstVoor = Double.NaN;

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        // Built again only for another width: a layout pass for any other reason (a dialog taking the
        // focus, a label styled) used to make every mark and label anew, whose styling asked for the next
        // layout pass, so each frame of the dossier screen paid for it, the tab hidden or not (issue 21 item 10).
        if (width == geplaatstVoor) {
            return;
        }
        geplaatstVoor = width;
        getChildren().clear();
        if (width <= 2 * MARGIN) {
            return;
        }
        Line axis = new Line(MARGIN, AXIS_Y, width - MARGIN, AXIS_Y);
        axis.getStyleClass().add("timeline-axis");
        getChildren().add(axis);

        for (int week : WEEK_MARKS) {
            klok.eindeVanWeek(week).ifPresent(date -> {
                double x = x(date, width);
                Line tick = new Line(x, AXIS_Y - 5, x, AXIS_Y + 5);
                tick.getStyleClass().add("timeline-tick");
                Label label = new Label(I18n.t("timeline.week", week));
                label.getStyleClass().add("timeline-tick-label");
                getChildren().addAll(tick, label);
                label.applyCss();
                label.autosize();
                label.relocate(x - label.getWidth() / 2, AXIS_Y + 56);
            });
        }

        if (!today.isBefore(from) && !today.isAfter(to)) {
            double x = x(today, width);
            Line now = new Line(x, 8, x, AXIS_Y + 46);
            now.getStyleClass().add("timeline-today");
            Label label = new Label(I18n.t("timeline.today"));
            label.getStyleClass().add("timeline-today-label");
            getChildren().addAll(now, label);
            label.applyCss();
            label.autosize();
            label.relocate(Math.min(x + 4, width - MARGIN - label.getWidth()), 4);
        }

        List<double[]> placed = new ArrayList<>();
        for (Mijlpaal m : mijlpalen) {
            double x = x(m.deadline(), width);
            Circle dot = new Circle(x, AXIS_Y, 6);
            dot.getStyleClass().addAll("timeline-dot", m.teLaatGedaan() ? "status-te_laat"
                    : "status-" + m.status().name().toLowerCase(java.util.Locale.ROOT));
            String name = I18n.t("mijlpaal." + m.soort().name()) + (m.volgnummer() > 1 ? " " + m.volgnummer() : "");
            Tooltip.install(dot, new Tooltip(name + "\n" + I18n.t("timeline.deadline", DateInput.format(m.deadline()))
                    + "\n" + I18n.t("mijlpaalstatus." + m.status().name())
                    + (m.teLaatGedaan() ? " " + I18n.t("tijdlijn.teLaatGedaan") : "")));
            getChildren().add(dot);
            if (m.volgnummer() > 1 && !m.open()) {
                continue; // repeated moments already done: a dot (with tooltip) is enough
            }
            Label label = new Label(shortName(m));
            label.getStyleClass().add("timeline-label");
            getChildren().add(label);
            label.applyCss();
            label.autosize();
            int row = freeRow(placed, x, label.getWidth());
            placed.add(new double[] {x, row, label.getWidth()});
            double y = row % 2 == 0 ? AXIS_Y - 28 - (row / 2) * 18 : AXIS_Y + 10 + (row / 2) * 18;
            label.relocate(Math.max(MARGIN / 2, Math.min(x - label.getWidth() / 2, width - MARGIN / 2 - label.getWidth())), y);
        }
    }

    /** A row (alternating above and below the axis) where a label at x does not overlap earlier ones. */
    private static int freeRow(List<double[]> placed, double x, double labelWidth) {
        for (int row = 0; row < 6; row++) {
            final int r = row;
            boolean clash = placed.stream().anyMatch(p -> p[1] == r && Math.abs(p[0] - x) < (p[2] + labelWidth) / 2 + 8);
            if (!clash) {
                return row;
            }
        }
        return 5;
    }

    private static String shortName(Mijlpaal m) {
        String key = "mijlpaal.kort." + m.soort().name();
        return I18n.t(key) + (m.volgnummer() > 1 ? " " + m.volgnummer() : "");
    }

    private double x(LocalDate date, double width) {
        double span = ChronoUnit.DAYS.between(from, to);
        double offset = ChronoUnit.DAYS.between(from, date);
        return MARGIN + (width - 2 * MARGIN) * Math.max(0, Math.min(1, offset / span));
    }
}
