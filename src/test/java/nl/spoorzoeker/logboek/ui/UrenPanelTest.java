package nl.spoorzoeker.logboek.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.control.TitledPane;
import nl.spoorzoeker.logboek.Urenboek;
import nl.spoorzoeker.logboek.Urenstand;
import nl.spoorzoeker.testsupport.Fx;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hours burn-down is drawn when its pane is unfolded: a saved contact reloads the logbook, and a
 * chart built (styled, laid out) on every reload while folded away cost frames nobody saw (issue 21 item 10).
 */
@Tag("ui")
class UrenPanelTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 2);

    @BeforeAll
    static void fx() throws InterruptedException {
        Fx.start();
    }

    private static TitledPane burndown() {
        return UrenPanel.burndown(new Urenstand(40 * 60, 90, 60, 0), START, START.plusWeeks(26),
                List.of(new Urenboek.Boeking(START.plusDays(3), 90), new Urenboek.Boeking(START.plusWeeks(2), 60)),
                START.plusWeeks(4));
    }

    @Test
    void theChartIsDrawnWhenThePaneIsUnfoldedNotBefore() {
        Fx.op(() -> {
            // Folded, as a coach leaves it (the choice is remembered for the next pane).
            TitledPane dicht = burndown();
            dicht.setExpanded(false);
            TitledPane pane = burndown();
            assertFalse(pane.isExpanded());
            assertFalse(pane.getContent() instanceof LineChart, "no chart while folded");
            pane.setExpanded(true);
            assertTrue(pane.getContent() instanceof LineChart<?, ?>, "drawn on unfolding");
            LineChart<?, ?> chart = (LineChart<?, ?>) pane.getContent();
            assertEquals("uren-burndown-chart", chart.getId());
            assertFalse(chart.getData().isEmpty());
            // Unfolded once, the next pane (the next reload) is drawn at once, unfolded.
            TitledPane open = burndown();
            assertTrue(open.isExpanded());
            assertTrue(open.getContent() instanceof LineChart<?, ?>);
            open.setExpanded(false); // leave it as the other tests expect
            return null;
        });
    }
}
