package nl.spoorzoeker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.CheckBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import nl.spoorzoeker.instrument.Afname;
import nl.spoorzoeker.instrument.Instrumentsoort;
import nl.spoorzoeker.instrument.Interessetest;
import nl.spoorzoeker.instrument.Vraag;
import nl.spoorzoeker.instrument.Waardensortering;
import nl.spoorzoeker.instrument.Waardensortering.Stapel;
import nl.spoorzoeker.rapportage.RapportSoort;
import nl.spoorzoeker.rapportage.Rapportinhoud;
import nl.spoorzoeker.rapportage.Rapportinvoer;
import nl.spoorzoeker.testsupport.Fx;
import nl.spoorzoeker.testsupport.TestDossiers;
import nl.spoorzoeker.ui.DossierTab;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Issue 19 item 7 on screen: the coach unticks a kind of result under "In de rapporten" on the
 * Instrumenten tab with a click; the choice is stored, shown so when the dossier is opened again,
 * and the report then leaves that result out while printing the others; ticked again, it is back.
 */
class InstrumentRapportkeuzeUiTest extends WindowTestBase {

    private static final Path SCHERMEN = Path.of("target", "instrument-rapportkeuze");

    @Start
    @Override
    void start(Stage stage) throws Exception {
        super.start(stage);
        stage.setWidth(1366);
        stage.setHeight(768);
    }

    @Test
    void anUntickedResultKindIsStoredAndLeftOutOfTheReport(FxRobot robot) throws Exception {
        int id = TestDossiers.create(context.database(), "Zoë de Vries-Müller");
        Afname afname = context.instrumenten().hervatOfStart(id);
        for (Vraag v : Interessetest.vragen()) {
            context.instrumenten().antwoord(afname.id(), v.nummer(), switch (v.schaal()) {
                case S -> 5;
                case E -> 4;
                case C -> 3;
                default -> 1;
            });
        }
        String code = context.instrumenten().voltooi(afname.id()).uitkomst();
        Waardensortering w = Waardensortering.nieuw(LocalDate.now(CLOCK));
        for (String k : List.of("ZEKERHEID", "SAMENWERKEN", "RESULTAAT_ZIEN", "DICHT_BIJ_HUIS", "EERLIJKHEID")) {
            w = w.leg(k, Stapel.HEEL_BELANGRIJK).wisselTop(k);
        }
        context.waarden().bewaar(id, w);
        Rapportinhoud.Instrumenten voor = instrumenten(id);
        assertEquals(code, voor.interesse().hollandcode(), "printed while ticked");
        assertNotNull(voor.waarden());

        robot.interact(() -> window.openDossier(id, DossierTab.INSTRUMENTEN));
        waitUntil(() -> showing(robot, "#instrumenten-rapport-INTERESSE"));
        for (Instrumentsoort s : Instrumentsoort.values()) {
            assertTrue(vakje(robot, s).isSelected(), s + " ticked by default");
        }
        // Far down the tab: scrolled there as the coach would, then a real click on the box.
        DrijfverenUiTest.inBeeld(robot, "#instrumenten-rapport-INTERESSE");
        robot.clickOn("#instrumenten-rapport-INTERESSE");
        waitUntil(() -> context.waarden().weggelaten(id).equals(Set.of(Instrumentsoort.INTERESSE)));
        Rapportinhoud.Instrumenten na = instrumenten(id);
        assertNull(na.interesse(), "the unticked kind is left out");
        assertEquals(voor.waarden(), na.waarden(), "the other kinds are still printed");
        foto(robot, "1-interesse-uit.png");

        // Another tab and back: the box shows what was stored.
        CheckBox eerder = Fx.op(() -> vakje(robot, Instrumentsoort.INTERESSE));
        robot.interact(() -> window.openDossier(id, DossierTab.PROFIELEN));
        robot.interact(() -> window.openDossier(id, DossierTab.INSTRUMENTEN));
        // The tab is built anew from what was read: wait for the new box, not the one clicked.
        waitUntil(() -> showing(robot, "#instrumenten-rapport-INTERESSE")
                && robot.lookup("#instrumenten-rapport-INTERESSE").query() != eerder);
        assertFalse(Fx.op(() -> vakje(robot, Instrumentsoort.INTERESSE).isSelected()), "shown unticked again");
        assertTrue(Fx.op(() -> vakje(robot, Instrumentsoort.WAARDEN).isSelected()));

        DrijfverenUiTest.inBeeld(robot, "#instrumenten-rapport-INTERESSE");
        robot.clickOn("#instrumenten-rapport-INTERESSE");
        waitUntil(() -> context.waarden().weggelaten(id).isEmpty());
        assertEquals(voor, instrumenten(id), "ticked again, printed again");
    }

    private Rapportinhoud.Instrumenten instrumenten(int id) {
        LocalDate vandaag = LocalDate.now(CLOCK);
        return context.rapporten().model(id, RapportSoort.TRAJECTPLAN, vandaag.minusWeeks(8), vandaag,
                Rapportinvoer.LEEG).inhoud().instrumenten();
    }

    private static CheckBox vakje(FxRobot robot, Instrumentsoort s) {
        return robot.lookup("#instrumenten-rapport-" + s.name()).queryAs(CheckBox.class);
    }

    private static void foto(FxRobot robot, String naam) throws Exception {
        Files.createDirectories(SCHERMEN);
        Fx.op(() -> ImageIO.write(SwingFXUtils.fromFXImage(robot.lookup("#instrumenten-rapport-INTERESSE").query()
                .getScene().getRoot().snapshot(null, null), null), "png", SCHERMEN.resolve(naam).toFile()));
    }
}
