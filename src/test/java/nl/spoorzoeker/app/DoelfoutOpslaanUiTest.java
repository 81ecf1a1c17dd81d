package nl.spoorzoeker.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import nl.spoorzoeker.agenda.Afspraak;
import nl.spoorzoeker.agenda.ui.AfspraakExport;
import nl.spoorzoeker.arbeidsmarkt.Sollicitatie;
import nl.spoorzoeker.arbeidsmarkt.ui.SollicitatiesPane;
import nl.spoorzoeker.cv.CvService;
import nl.spoorzoeker.cv.CvVariant;
import nl.spoorzoeker.cv.ui.CvPane;
import nl.spoorzoeker.rapportage.Rapport;
import nl.spoorzoeker.rapportage.RapportSoort;
import nl.spoorzoeker.rapportage.ui.RapportagesPane;
import nl.spoorzoeker.testsupport.Tmpfs;
import nl.spoorzoeker.ui.ErrorReporter;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.uitkomst.PraktijkcijfersService;
import nl.spoorzoeker.uitkomst.ui.PraktijkcijfersView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import nl.spoorzoeker.app.werkplek.Demoset;
import nl.spoorzoeker.praktijk.Taalkeuze;
import nl.spoorzoeker.testsupport.Fx;

/**
 * The window's other saves to a place the coach chose (issue 23, beside {@link DoelfoutUiTest}'s export and
 * access export): a report, the werknemer's copy of a trajectplan, a CV, a letter, a werkboek, the .ics calendar,
 * the practice figures and a sollicitatie's proof file, each from its screen's own save method (past the system's file chooser, which a test cannot drive) over
 * this window, to a place that cannot take it — a read-only medium, a full disk, a folder that is gone, a file
 * where the folder should be. Each: the dialog's sentence exactly, in the chosen language, naming that place;
 * an older file of that name byte for byte; nothing else written there; {@code tijdelijk/} empty.
 */
@Tag("ui")
class DoelfoutOpslaanUiTest extends WindowTestBase {

    private int dossier;
    private Sollicitatie sollicitatie;

    @org.testfx.framework.junit5.Start
    @Override
    void start(javafx.stage.Stage stage) throws Exception {
        super.start(stage);
        Demoset.load(context.database(), CLOCK);
        // A dossier with a sollicitatie (the letter and the proof file belong to one).
        for (var regel : context.dossiers().list()) {
            List<Sollicitatie> s = context.arbeidsmarkt().overzicht(regel.trajectId()).sollicitaties();
            if (!s.isEmpty()) {
                dossier = regel.trajectId();
                sollicitatie = s.getFirst();
                break;
            }
        }
        assertTrue(sollicitatie != null, "the demo practice has a sollicitatie");
        ErrorReporter.setDialogsEnabled(true);
        Thread.sleep(Math.max(0, DoelfoutUiTest.laatsteDialoog + 1600 - System.currentTimeMillis()));
        DoelfoutUiTest.sluitEerdereFoutdialogen();
    }

    @AfterEach
    void terug() {
        ErrorReporter.setDialogsEnabled(false);
        Taalkeuze.pasToe(I18n.DUTCH);
    }

    @Test
    void aReportToAReadOnlyMedium(FxRobot robot) throws Exception {
        int id = context.rapportOpslag().nieuw(dossier, RapportSoort.VOORTGANG, LocalDate.of(2026, 10, 12),
                LocalDate.of(2026, 11, 22), I18n.teksten());
        Rapport r = context.rapportOpslag().rapport(id);
        RapportagesPane pane = Fx.op(() -> new RapportagesPane(window.ui(), context.rapportOpslag(), () -> { }));
        naar(robot, Plek.ALLEEN_LEZEN, "voortgang.pdf", doel -> pane.bewaarPdf(r, doel));
    }

    @Test
    void aWerknemersCopyIntoAFolderThatIsGone(FxRobot robot) throws Exception {
        int id = context.rapportOpslag().nieuw(dossier, RapportSoort.TRAJECTPLAN, LocalDate.of(2026, 10, 12),
                LocalDate.of(2026, 11, 22), I18n.teksten());
        Rapport r = context.rapportOpslag().rapport(id);
        RapportagesPane pane = Fx.op(() -> new RapportagesPane(window.ui(), context.rapportOpslag(), () -> { }));
        naar(robot, Plek.GEEN_MAP, "trajectplan-voor-u.pdf", doel -> pane.bewaarWerknemerversie(r, doel));
    }

    @Test
    void aWerkboekBelowAFile(FxRobot robot) throws Exception {
        CvPane pane = cvPane(robot);
        naar(robot, Plek.ONDER_BESTAND, "werkboek.pdf", pane::bewaarWerkboek);
    }

    @Test
    void aCvToAFullDisk(FxRobot robot) throws Exception {
        int variant = context.cv().bewaar(dossier, new CvVariant(null, "Planner", null, List.of(), List.of()));
        CvPane pane = cvPane(robot);
        naar(robot, Plek.VOL, "cv.pdf", doel -> pane.bewaarCv(variant, CvService.Formaat.PDF, doel));
    }

    @Test
    void aLetterIntoAFolderThatIsGone(FxRobot robot) throws Exception {
        context.cv().bewaarBrief(dossier, sollicitatie.id(), "Geachte heer, mevrouw,\n\nGraag solliciteer ik.");
        CvPane pane = cvPane(robot);
        naar(robot, Plek.GEEN_MAP, "brief.docx", doel -> pane.bewaarBrief(sollicitatie.id(), CvService.Formaat.DOCX, doel));
        assertTrue(context.arbeidsmarkt().bewijs(sollicitatie.id()).isEmpty(), "no proof kept for a letter not saved");
    }

    @Test
    void aCalendarBelowAFileInEnglish(FxRobot robot) throws Exception {
        Taalkeuze.pasToe(I18n.ENGLISH);
        List<Afspraak> afspraken = context.dossiers().list().stream()
                .flatMap(d -> context.afspraken().vanDossier(d.trajectId()).stream()).toList();
        assertFalse(afspraken.isEmpty(), "the demo practice has appointments");
        AfspraakExport export = new AfspraakExport(window.ui(), context.afspraken());
        naar(robot, Plek.ONDER_BESTAND, "afspraken.ics", doel -> export.exporteerNaar(afspraken, doel));
    }

    @Test
    void thePracticeFiguresToAReadOnlyMediumInEnglish(FxRobot robot) throws Exception {
        Taalkeuze.pasToe(I18n.ENGLISH);
        PraktijkcijfersView view = Fx.op(() -> new PraktijkcijfersView(window.ui(),
                new PraktijkcijfersService(context.database(), context.tijdlijn(), context.contacten()), () -> "Praktijk"));
        naar(robot, Plek.ALLEEN_LEZEN, "praktijkcijfers.pdf", doel -> view.bewaarPdf(doel, null));
    }

    @Test
    void aProofFileToAFullDisk(FxRobot robot) throws Exception {
        context.arbeidsmarkt().voegBewijsToe(sollicitatie.id(), "bewijs.pdf", "application/pdf",
                "%PDF-1.4 een bewijs".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        SollicitatiesPane pane = Fx.op(() -> new SollicitatiesPane(window.ui(), context.arbeidsmarkt(), () -> { }));
        naar(robot, Plek.VOL, "bewijs.pdf", doel -> pane.bewaarBewijs(sollicitatie, doel));
    }

    private CvPane cvPane(FxRobot robot) {
        return Fx.op(() -> {
            CvPane pane = new CvPane(window.ui(), context.starr(), context.cv(), context.arbeidsmarkt(), () -> { });
            pane.show(dossier);
            return pane;
        });
    }

    /** The kinds of place that cannot take a file, as the coach meets them. */
    private enum Plek { ALLEEN_LEZEN, VOL, GEEN_MAP, ONDER_BESTAND }

    /** Saves through {@code schrijf} (on the FX thread, as a button does) to a place of kind {@code plek}, then checks. */
    private void naar(FxRobot robot, Plek plek, String naam, Consumer<Path> schrijf) throws Exception {
        DoelfoutUiTest.sluitEerdereFoutdialogen();
        switch (plek) {
            case GEEN_MAP -> {
                Path doel = dir.resolve("stick-eruit").resolve(naam);
                robot.interact(() -> schrijf.accept(doel));
                assertEquals(I18n.t("fout.doel.geenMap", doel.getParent().toString()), DoelfoutUiTest.foutkop(robot));
                assertTrue(Files.notExists(doel.getParent()), "no folder made");
            }
            case ONDER_BESTAND -> {
                Path bestand = Files.write(dir.resolve("geen-map"), DoelfoutUiTest.OUD);
                Path doel = bestand.resolve(naam);
                robot.interact(() -> schrijf.accept(doel));
                assertEquals(I18n.t("fout.doel.anders", doel.toString()), DoelfoutUiTest.foutkop(robot));
                assertArrayEquals(DoelfoutUiTest.OUD, Files.readAllBytes(bestand), "the file in the folder's place as it was");
            }
            case ALLEEN_LEZEN -> {
                var schijf = Tmpfs.mount(dir.resolve("stick"), "2m");
                Assumptions.assumeTrue(schijf.isPresent(), "cannot mount a tmpfs here: the read-only case is not run");
                try (Tmpfs t = schijf.get()) {
                    Path doel = Files.write(t.map().resolve(naam), DoelfoutUiTest.OUD);
                    Assumptions.assumeTrue(DoelfoutUiTest.mount("remount,ro", t.map()), "cannot remount read-only");
                    try {
                        robot.interact(() -> schrijf.accept(doel));
                        assertEquals(I18n.t("fout.doel.alleenLezen", doel.toString()), DoelfoutUiTest.foutkop(robot));
                        assertArrayEquals(DoelfoutUiTest.OUD, Files.readAllBytes(doel), "the older file as it was");
                        try (var s = Files.list(t.map())) {
                            assertEquals(List.of(doel), s.toList(), "nothing else written there");
                        }
                    } finally {
                        DoelfoutUiTest.mount("remount,rw", t.map());
                    }
                }
            }
            case VOL -> {
                var schijf = Tmpfs.mount(dir.resolve("vol"), "1m");
                Assumptions.assumeTrue(schijf.isPresent(), "cannot mount a tmpfs here: the full-disk case is not run");
                try (Tmpfs t = schijf.get()) {
                    Path doel = Files.write(t.map().resolve(naam), DoelfoutUiTest.OUD);
                    Path vulsel = t.map().resolve("vulsel");
                    try (var uit = Files.newOutputStream(vulsel)) {
                        byte[] blok = new byte[4096];
                        while (true) {
                            uit.write(blok); // until the disk says it is full
                            uit.flush();
                        }
                    } catch (java.io.IOException vol) {
                        // full to the last block
                    }
                    robot.interact(() -> schrijf.accept(doel));
                    assertEquals(I18n.t("fout.doel.schijfVol", doel.toString()), DoelfoutUiTest.foutkop(robot));
                    assertArrayEquals(DoelfoutUiTest.OUD, Files.readAllBytes(doel), "the older file as it was");
                    try (var s = Files.list(t.map())) {
                        assertEquals(Set.of(doel, vulsel), Set.copyOf(s.toList()), "no partial file left there");
                    }
                }
            }
        }
        DoelfoutUiTest.nietsInDeDatamap(context, dir);
    }
}
