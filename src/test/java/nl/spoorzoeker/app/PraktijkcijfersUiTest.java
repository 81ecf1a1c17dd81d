package nl.spoorzoeker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.chart.BarChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import nl.spoorzoeker.testsupport.Fx;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.uitkomst.Cijfertekst;
import nl.spoorzoeker.uitkomst.Suppressie;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import nl.spoorzoeker.bench.Cijferpraktijk;
import nl.spoorzoeker.rapportage.PdfaValidatie;
import nl.spoorzoeker.ui.ErrorReporter;
import nl.spoorzoeker.uitkomst.PraktijkcijfersService;
import nl.spoorzoeker.uitkomst.pdf.PraktijkcijfersPdf;

/**
 * The practice figures in the window on a generated practice of ten years (370 closed trajecten
 * with outcomes and scales): all years, then one year where small outcomes hide behind "×"; the
 * chart shows only what the table shows. Screenshots go to target/screenshots/ to be looked at.
 */
class PraktijkcijfersUiTest extends WindowTestBase {

    /** Made once, before the window's setup (whose time limit the generation would not fit in). */
    @org.junit.jupiter.api.io.TempDir
    static java.nio.file.Path praktijk;

    @org.junit.jupiter.api.BeforeAll
    static void maak() throws Exception {
        Cijferpraktijk.maak(praktijk, 400, CLOCK);
    }

    @org.testfx.framework.junit5.Start
    @Override
    void start(javafx.stage.Stage stage) throws Exception {
        ErrorReporter.setDialogsEnabled(false);
        dir = praktijk;
        openWindow(stage);
        stage.setWidth(1366);
        stage.setHeight(860);
    }

    @Test
    void allYearsThenOneYearWithSmallOutcomesHidden(FxRobot robot) throws Exception {
        robot.clickOn("#nav-praktijkcijfers");
        @SuppressWarnings("unchecked")
        TableView<Suppressie.Rij> tabel = robot.lookup("#praktijkcijfers-table").queryAs(TableView.class);
        waitUntil(() -> !tabel.getItems().isEmpty());
        Suppressie.Rij totaal = tabel.getItems().getLast();
        assertNull(totaal.regel().soort());
        // Every closed traject of the years that have ended; the running year's would be apart (issue 18).
        var stand = new PraktijkcijfersService(context.database(), context.tijdlijn(), context.contacten())
                .stand(CLOCK.instant().atZone(CLOCK.getZone()).getYear());
        assertEquals(370, stand.uitgave().afgesloten().size() + stand.lopend().size());
        assertEquals(stand.uitgave().afgesloten().size(), totaal.regel().aantal());
        // The closed years' total is hidden as a complement here (so 2025's small figures cannot be worked back from
        // it beside the release of 2024): the line says so, and the cell says hidden, not "fewer than five".
        if (totaal.verborgen()) {
            assertEquals(I18n.t("praktijkcijfers.totaalVerborgen"), Fx.op(() -> robot.lookup("#praktijkcijfers-samenvatting")
                    .queryAs(javafx.scene.control.Label.class).getText()));
        }
        assertEquals(Cijfertekst.VERBORGEN.equals(Cijfertekst.cel(totaal, Suppressie.Kolom.AANTAL, I18n.teksten())),
                totaal.verborgen());
        @SuppressWarnings("unchecked")
        ComboBox<Integer> jaar = robot.lookup("#praktijkcijfers-jaar").queryAs(ComboBox.class);
        assertNull(jaar.getValue(), "all years first");
        assertNull(jaar.getItems().getFirst());
        assertTrue(jaar.getItems().size() >= 10, jaar.getItems().toString());
        @SuppressWarnings("unchecked")
        BarChart<Number, String> grafiek = robot.lookup("#praktijkcijfers-grafiek").queryAs(BarChart.class);
        assertEquals(tabel.getItems().stream().filter(r -> r.regel().soort() != null && !r.verborgen()).count(),
                grafiek.getData().getFirst().getData().size());
        bewaarBeeld(robot, "praktijkcijfers-alle-jaren.png");

        // A year with few closed trajecten: some outcomes below five, hidden with a complement.
        robot.interact(() -> jaar.setValue(jaar.getItems().get(4)));
        waitUntil(() -> tabel.getItems().stream().anyMatch(Suppressie.Rij::verborgen));
        List<Suppressie.Rij> verborgen = tabel.getItems().stream().filter(Suppressie.Rij::verborgen).toList();
        assertTrue(verborgen.size() >= 2, "one hidden row never stands alone");
        assertTrue(verborgen.stream().allMatch(r -> Cijfertekst.cel(r, Suppressie.Kolom.DUUR, I18n.teksten()).equals("×")));
        assertEquals(tabel.getItems().stream().filter(r -> r.regel().soort() != null && !r.verborgen()).count(),
                grafiek.getData().getFirst().getData().size(), "a hidden outcome has no bar");
        assertTrue(robot.lookup("#praktijkcijfers-niet-in-grafiek").queryAs(javafx.scene.control.Label.class).getText()
                .startsWith(I18n.t("praktijkcijfers.nietInGrafiek", "").substring(0, 10)));
        bewaarBeeld(robot, "praktijkcijfers-jaar.png");
    }

    /**
     * What a practice owner compares: every programme the screen offers (all programmes, then each),
     * its line and every row of its table as the window shows them, must be in the PDF as printed,
     * and so must the year table. The PDF is made from the same practice, as the window's button does.
     */
    @Test
    void everyProgrammeTableOnScreenIsInThePdfFigureForFigure(FxRobot robot) throws Exception {
        robot.clickOn("#nav-praktijkcijfers");
        @SuppressWarnings("unchecked")
        TableView<Suppressie.Rij> tabel = robot.lookup("#praktijkcijfers-table").queryAs(TableView.class);
        waitUntil(() -> !tabel.getItems().isEmpty());
        @SuppressWarnings("unchecked")
        ComboBox<Integer> programma = robot.lookup("#praktijkcijfers-programma").queryAs(ComboBox.class);
        javafx.scene.control.Label samenvatting = robot.lookup("#praktijkcijfers-samenvatting")
                .queryAs(javafx.scene.control.Label.class);
        assertEquals(10, programma.getItems().size(), "the practice's tables, all programmes, and eight programmes");
        List<String> scherm = new java.util.ArrayList<>();
        boolean ergensVerborgen = false;
        for (Integer keuze : new java.util.ArrayList<>(programma.getItems())) {
            robot.interact(() -> programma.setValue(keuze));
            String[] regel = new String[1];
            robot.interact(() -> {
                StringBuilder b = new StringBuilder(samenvatting.getText());
                for (Suppressie.Rij r : tabel.getItems()) {
                    b.append('\n').append(Cijfertekst.naam(r, I18n.teksten()));
                    for (var kolom : tabel.getColumns().subList(1, tabel.getColumns().size())) {
                        b.append(' ').append(kolom.getCellData(r));
                    }
                }
                regel[0] = b.toString();
            });
            // The practice's own table: its count line is worded for the page ("Afgesloten trajecten …: 370."), its rows not.
            scherm.add(keuze == null ? regel[0].substring(regel[0].indexOf('\n') + 1) : regel[0]);
            ergensVerborgen |= keuze != null && regel[0].contains("×");
            if (keuze != null && keuze != 0 && regel[0].contains("×")) {
                bewaarBeeld(robot, "praktijkcijfers-programma.png");
            }
        }
        assertTrue(ergensVerborgen, "a small programme hides figures: " + scherm);

        var service = new PraktijkcijfersService(context.database(), context.tijdlijn(),
                context.contacten());
        var overzicht = service.stand(CLOCK.instant().atZone(CLOCK.getZone()).getYear()).uitgave();
        var getoond = overzicht.getoond();
        byte[] pdf = PraktijkcijfersPdf.render("Re-integratiepraktijk De Brug", null,
                getoond.jaren().alle(), overzicht.programmas(), getoond, CLOCK.instant(), I18n.teksten());
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "praktijkcijfers-programmas.pdf"), pdf);
        assertEquals(List.of(), PdfaValidatie.toegankelijk(pdf));
        String tekst;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            tekst = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        // The same line above the table as on screen: a hidden total of five or more is hidden, not "too few".
        assertTrue(tekst.contains(Cijfertekst.samenvatting(getoond.jaren().alle(), I18n.teksten())), tekst);
        assertTrue(tekst.contains(I18n.t("praktijkcijfers.pdf.jaareinde")), "the release says it holds ended years only");
        for (String blok : scherm) {
            String[] regels = blok.split("\n");
            for (int i = 0; i < regels.length; i++) {
                assertTrue(tekst.contains(regels[i].replaceAll("\\s+", " ")), regels[i] + " not in " + tekst);
            }
        }
    }

    private static void bewaarBeeld(FxRobot robot, String naam) {
        java.nio.file.Path beeld = java.nio.file.Path.of("target", "screenshots", naam);
        robot.interact(() -> {
            try {
                java.nio.file.Files.createDirectories(beeld.getParent());
                var snapshot = robot.lookup("#praktijkcijfers").query().getScene().getRoot().snapshot(null, null);
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(snapshot, null), "png",
                        beeld.toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
