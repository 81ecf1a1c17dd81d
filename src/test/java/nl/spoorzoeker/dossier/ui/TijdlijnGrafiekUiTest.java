package nl.spoorzoeker.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import nl.spoorzoeker.testsupport.Fx;
import nl.spoorzoeker.tijdlijn.Mijlpaal;
import nl.spoorzoeker.tijdlijn.MijlpaalSoort;
import nl.spoorzoeker.tijdlijn.MijlpaalStatus;
import nl.spoorzoeker.tijdlijn.Verzuimklok;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The timeline's marks are made once per width: a layout pass for another reason (the window losing
 * the focus to a dialog, a label styled) used to make every mark and label anew, and their styling asked
 * for the next pass, so every frame of the dossier screen paid for the chart (issue 21 item 10).
 */
@Tag("ui")
class TijdlijnGrafiekUiTest {

    @Test
    void aLayoutPassAtTheSameWidthKeepsTheMarksAndAnotherWidthPlacesThemAgain() throws Exception {
        Fx.start();
        LocalDate ziek = LocalDate.of(2025, 3, 3);
        TijdlijnGrafiek chart = Fx.op(() -> {
            TijdlijnGrafiek c = new TijdlijnGrafiek(Verzuimklok.vanaf(ziek), List.of(
                    new Mijlpaal(MijlpaalSoort.PROBLEEMANALYSE, 1, ziek.plusWeeks(6), null, ziek.plusWeeks(5), MijlpaalStatus.GEDAAN),
                    new Mijlpaal(MijlpaalSoort.PLAN_VAN_AANPAK, 1, ziek.plusWeeks(8), null, null, MijlpaalStatus.TE_LAAT)),
                    ziek.plusWeeks(30));
            StackPane root = new StackPane(c);
            new Scene(root, 900, 300);
            root.applyCss();
            root.layout();
            return c;
        });
        List<Node> eerst = Fx.op(() -> List.copyOf(chart.getChildren()));
        assertFalse(eerst.isEmpty(), "the chart shows its marks");
        List<Node> daarna = Fx.op(() -> {
            chart.requestLayout();
            chart.getParent().layout();
            return List.copyOf(chart.getChildren());
        });
        assertSame(eerst.getFirst(), daarna.getFirst(), "the same marks after a layout pass at the same width");
        org.junit.jupiter.api.Assertions.assertEquals(eerst.size(), daarna.size());
        List<Node> breder = Fx.op(() -> {
            chart.getScene().getWindow();
            chart.resize(1200, 200);
            chart.layout();
            return List.copyOf(chart.getChildren());
        });
        assertNotSame(eerst.getFirst(), breder.getFirst(), "another width places the marks again");
    }
}
