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
import nl.spoorzoeker.uitkomst.ui.PraktijkcijfersView;
import javafx.scene.control.Button;

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
     * One page per view (issue 18, reviewer): the PDF button makes the page of what the screen shows.
     * Every programme choice (all programmes, then each) gives its own one-page PDF holding its line
     * (period, participants, attendance, how many closed) and every row of its table as the window
     * shows them, and no other programme's; the practice's table, for all closed years and for each
     * closed year, gives a one-page PDF without any programme; the running year gives none.
     */
    @Test
    void eachViewOnScreenIsItsOwnOnePagePdfFigureForFigure(FxRobot robot) throws Exception {
        robot.clickOn("#nav-praktijkcijfers");
        @SuppressWarnings("unchecked")
        TableView<Suppressie.Rij> tabel = robot.lookup("#praktijkcijfers-table").queryAs(TableView.class);
        waitUntil(() -> !tabel.getItems().isEmpty());
        @SuppressWarnings("unchecked")
        ComboBox<Integer> programma = robot.lookup("#praktijkcijfers-programma").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<Integer> jaar = robot.lookup("#praktijkcijfers-jaar").queryAs(ComboBox.class);
        javafx.scene.control.Label samenvatting = robot.lookup("#praktijkcijfers-samenvatting")
                .queryAs(javafx.scene.control.Label.class);
        assertEquals(10, programma.getItems().size(), "the practice's tables, all programmes, and eight programmes");
        var view = Fx.op(() -> window.praktijkcijfers());
        java.nio.file.Path uit = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        java.util.Map<Integer, String> programmas = new java.util.HashMap<>();
        new PraktijkcijfersService(context.database(), context.tijdlijn(), context.contacten())
                .stand(CLOCK.instant().atZone(CLOCK.getZone()).getYear()).uitgave().programmas().programmas()
                .forEach(p -> programmas.put(p.id(), p.naam()));
        List<String> namen = List.copyOf(programmas.values());
        assertEquals(8, namen.stream().distinct().count(), namen.toString());
        boolean ergensVerborgen = false;
        int gevalideerd = 0;
        for (Integer keuze : new java.util.ArrayList<>(programma.getItems())) {
            robot.interact(() -> programma.setValue(keuze));
            String scherm = schermTekst(robot, tabel, samenvatting);
            java.nio.file.Path bestand = uit.resolve("praktijkcijfers-" + (keuze == null ? "jaren" : "programma-" + keuze) + ".pdf");
            String tekst = bewaarEnLees(robot, view, bestand);
            boolean verborgen = keuze != null && scherm.contains("×");
            ergensVerborgen |= verborgen;
            // veraPDF on a year page, the all-programmes page and a page with hidden cells: each takes a second.
            if (keuze == null || keuze == PraktijkcijfersView.ALLE_PROGRAMMAS || (verborgen && gevalideerd++ == 0)) {
                assertEquals(List.of(), PdfaValidatie.toegankelijk(java.nio.file.Files.readAllBytes(bestand)), bestand.toString());
            }
            if (verborgen && gevalideerd == 1) {
                bewaarBeeld(robot, "praktijkcijfers-programma.png");
            }
            // The practice's own table: its count line is worded for the page ("Afgesloten trajecten …: 370."), its rows not.
            String[] regels = scherm.split("\n");
            for (int i = keuze == null ? 1 : 0; i < regels.length; i++) {
                assertTrue(tekst.contains(regels[i].replaceAll("\\s+", " ")), regels[i] + " not in " + tekst);
            }
            String eigen = keuze == null ? null : programmas.get(keuze);
            for (String naam : namen) {
                assertEquals(naam.equals(eigen), tekst.contains(naam), "only its own programme on the page of " + keuze
                        + ": " + naam + " in " + tekst);
            }
        }
        assertTrue(ergensVerborgen, "a small programme hides figures");

        // The practice's table of every closed year: its own page; the running year is the coach's, not published.
        robot.interact(() -> programma.setValue(null));
        int lopend = CLOCK.instant().atZone(CLOCK.getZone()).getYear();
        // All closed years (the most rows), the newest closed one, one with hidden rows, and the running year.
        List<Integer> jaren = new java.util.ArrayList<>(jaar.getItems());
        java.util.Set<Integer> gekozen = new java.util.LinkedHashSet<>(java.util.Arrays.asList(null, jaren.get(1), jaren.get(4)));
        if (jaren.contains(lopend)) {
            gekozen.add(lopend);
            assertEquals(lopend, jaren.getLast(), "the running year last in the list");
            gekozen.add(jaren.get(jaren.size() - 2));
        }
        for (Integer j : gekozen) {
            robot.interact(() -> jaar.setValue(j));
            java.nio.file.Path bestand = uit.resolve("praktijkcijfers-jaar-" + j + ".pdf");
            if (Integer.valueOf(lopend).equals(j)) {
                assertTrue(robot.lookup("#praktijkcijfers-pdf").queryAs(Button.class).isDisabled());
                robot.interact(() -> view.bewaarGetoond(bestand));
                Thread.sleep(500);
                org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
                assertFalse(java.nio.file.Files.exists(bestand), "no page of the running year");
                continue;
            }
            String scherm = schermTekst(robot, tabel, samenvatting);
            String tekst = bewaarEnLees(robot, view, bestand);
            assertTrue(tekst.contains(j == null ? "Alle jaren" : "Afgesloten in " + j), tekst);
            for (String regel : scherm.substring(scherm.indexOf('\n') + 1).split("\n")) {
                assertTrue(tekst.contains(regel.replaceAll("\\s+", " ")), regel + " not in " + tekst);
            }
            for (String naam : namen) {
                assertFalse(tekst.contains(naam), naam + " on the year page");
            }
        }
    }

    /** The line above the table and every row, as the window shows them. */
    private static String schermTekst(FxRobot robot, TableView<Suppressie.Rij> tabel, javafx.scene.control.Label samenvatting) {
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
        return regel[0];
    }

    /** The screen's PDF of what it shows, as the button writes it: one A4 page; its text on one line. */
    private static String bewaarEnLees(FxRobot robot, PraktijkcijfersView view, java.nio.file.Path bestand) throws Exception {
        java.nio.file.Files.deleteIfExists(bestand);
        robot.interact(() -> view.bewaarGetoond(bestand));
        waitUntil(() -> java.nio.file.Files.exists(bestand));
        try (var doc = org.apache.pdfbox.Loader.loadPDF(java.nio.file.Files.readAllBytes(bestand))) {
            assertEquals(1, doc.getNumberOfPages(), "one A4 page: " + bestand);
            assertEquals(org.apache.pdfbox.pdmodel.common.PDRectangle.A4.getHeight(), doc.getPage(0).getMediaBox().getHeight(), 0.5);
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
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
