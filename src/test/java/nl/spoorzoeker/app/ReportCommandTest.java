package nl.spoorzoeker.app;

import nl.spoorzoeker.testsupport.Proefpraktijk;
import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import nl.spoorzoeker.app.werkplek.Demoset;
import nl.spoorzoeker.rapportage.Bevinding;
import nl.spoorzoeker.rapportage.Rapport;
import nl.spoorzoeker.rapportage.RapportModel;
import nl.spoorzoeker.rapportage.RapportOpslag;
import nl.spoorzoeker.rapportage.RapportSoort;
import nl.spoorzoeker.rapportage.Rapportinvoer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.dossier.Adres;
import nl.spoorzoeker.praktijk.Praktijk;

/**
 * {@code report} writes what the practice keeps: reports are made and finalised here through
 * {@link RapportOpslag} as the editor does, on a real SQLite practice, and then the command line runs.
 */
class ReportCommandTest {

    static final LocalDate TOT = LocalDate.of(2026, 11, 22);
    static final LocalDate VAN = TOT.minusWeeks(6).plusDays(1);

    @TempDir
    Path dir;
    int dossier;

    record Result(int code, String out, String err) {
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = Launcher.run(all, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    interface Editor {
        void doe(RapportOpslag opslag) throws Exception;
    }

    /** What the editor does, on the practice of the data folder, closed again before the command runs. */
    private void inEditor(Editor werk) throws Exception {
        try (AppContext context = AppContext.open(new DataDirectory(dir), CLOCK)) {
            if (context.praktijk().get().isEmpty()) { // a final report needs the coach's name and practice
                context.praktijk().save(new Praktijk("Anke de Coach", "Praktijk De Brug", null,
                        new Adres(null, null, null), null, null, null, null));
            }
            werk.doe(context.rapportOpslag());
        }
    }

    @BeforeEach
    void demoPraktijk() throws Exception {
        try (AppContext context = AppContext.open(new DataDirectory(dir), CLOCK)) {
            Demoset.load(context.database(), CLOCK);
            dossier = Proefpraktijk.traject(context.dossiers(), "Mohammed El Amrani");
        }
    }

    /** What a coach writes in the editor for the demo dossier. */
    static Rapportinvoer ingevuld() {
        return Proefpraktijk.ingevuld(TOT, "Goede periode.");
    }

    /** A concept without blockers, every warning acknowledged: ready to be made final. */
    static int klaarVoorDefinitief(RapportOpslag opslag, int dossier) {
        int id = opslag.nieuw(dossier, RapportSoort.VOORTGANG, VAN, TOT, I18n.teksten());
        opslag.bewaar(id, ingevuld());
        opslag.verzend(id, new Rapport.Verzending(RapportModel.OntvangerSoort.WERKNEMER, "Mohammed El Amrani", TOT,
                Rapport.Kanaal.PERSOONLIJK));
        for (Bevinding w : opslag.controleer(id, I18n.teksten()).openWaarschuwingen()) {
            opslag.erken(id, w, "Besproken met de werkgever.");
        }
        return id;
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static String tekst(Path pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void aReportFinalisedInTheEditorIsWrittenAsItsStoredBytes() throws Exception {
        String[] sha = new String[1];
        inEditor(opslag -> sha[0] = opslag.maakDefinitief(klaarVoorDefinitief(opslag, dossier), I18n.teksten()).sha256());

        Path pdf = dir.resolve("voortgang.pdf");
        Result r = run("report", "--dossier", Integer.toString(dossier), "--type", "voortgang", "--out", pdf.toString());
        assertEquals(Cli.EXIT_OK, r.code(), r.out() + r.err());
        assertEquals(sha[0], sha256(Files.readAllBytes(pdf)), "the exact bytes stored when it was made final");
        assertTrue(r.out().contains("definitief") && r.out().contains(sha[0]), r.out());
        assertFalse(r.out().contains("BLOKKADE") || r.out().contains("Concept"), r.out());
        String inhoud = tekst(pdf);
        assertTrue(inhoud.contains("Voortgangsrapportage") && !inhoud.contains("CONCEPT")
                && !inhoud.contains("Conceptrapportage"), inhoud);

        // The period named explicitly selects the same report; --concept does not turn a final one into a draft.
        Path ook = dir.resolve("ook.pdf");
        assertEquals(0, run("report", "--dossier", Integer.toString(dossier), "--type", "voortgang", "--from", "12-10-2026",
                "--to", "22-11-2026", "--concept", "--out", ook.toString()).code());
        assertEquals(sha[0], sha256(Files.readAllBytes(ook)));

        // The number --dossier takes is in the dossier list.
        Result lijst = run("dossiers");
        assertTrue(lijst.out().lines().anyMatch(l -> l.startsWith(dossier + " ") && l.contains("Mohammed El Amrani")),
                lijst.out());
        assertTrue(lijst.out().startsWith("Nr."), lijst.out());
    }

    @Test
    void storedBytesThatNoLongerMatchTheirHashAreRefusedAndNothingIsWritten() throws Exception {
        inEditor(opslag -> opslag.maakDefinitief(klaarVoorDefinitief(opslag, dossier), I18n.teksten()));
        // Damage from outside the app: the database's own guard against changing a final report is taken away first.
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("spoorzoeker.db"));
             var s = c.createStatement()) {
            s.execute("DROP TRIGGER rapport_definitief_onveranderlijk");
            s.execute("UPDATE rapport SET pdf = CAST(pdf || x'0a' AS BLOB)");
        }
        Path pdf = dir.resolve("beschadigd.pdf");
        Result r = run("report", "--dossier", Integer.toString(dossier), "--type", "voortgang", "--out", pdf.toString());
        assertEquals(Cli.EXIT_ERROR, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("komt niet meer overeen met zijn controlegetal"), r.err());
        assertFalse(Files.exists(pdf), "no file from bytes that fail their check");
    }

    @Test
    void aConceptIsWrittenOnlyWithConceptAndTheChecksSetTheExitCode() throws Exception {
        int[] id = new int[1];
        // A new report: the draft of the facts with gaps that block.
        inEditor(opslag -> id[0] = opslag.nieuw(dossier, RapportSoort.VOORTGANG, VAN, TOT, I18n.teksten()));
        String nr = Integer.toString(dossier);
        Path pdf = dir.resolve("concept.pdf");

        Result zonder = run("report", "--dossier", nr, "--type", "voortgang", "--out", pdf.toString());
        assertEquals(ReportCommand.EXIT_BLOKKADES, zonder.code(), zonder.out() + zonder.err());
        assertTrue(zonder.err().contains("nog een concept; er is niets geschreven"), zonder.err());
        assertTrue(zonder.out().contains("BLOKKADE"), zonder.out());
        assertFalse(Files.exists(pdf), "without --concept no concept is written");

        Result met = run("report", "--dossier", nr, "--type", "voortgang", "--concept", "--out", pdf.toString());
        assertEquals(ReportCommand.EXIT_BLOKKADES, met.code(), met.out() + met.err());
        assertTrue(met.out().contains("Concept van de Voortgangsrapportage versie 1 (periode 12-10-2026 t/m 22-11-2026)"),
                met.out());
        // The concept as saved in the editor, not an empty one: the draft's own gap markers are in it.
        String inhoud = tekst(pdf);
        assertTrue(inhoud.contains("CONCEPT") && inhoud.contains("AANVULLEN"), inhoud);

        // The report's language is the option's, not the command line's: its messages stay Dutch.
        Path engels = dir.resolve("concept-en.pdf");
        Result en = run("report", "--dossier", nr, "--type", "voortgang", "--concept", "--language", "en",
                "--out", engels.toString());
        assertEquals(ReportCommand.EXIT_BLOKKADES, en.code(), en.out() + en.err());
        assertTrue(en.out().contains("Concept van de Voortgangsrapportage"), en.out());
        String inhoudEn = tekst(engels);
        assertTrue(inhoudEn.contains("Progress report") && inhoudEn.contains("CONFIDENTIAL"), inhoudEn);
        assertFalse(inhoudEn.contains("Voortgangsrapportage") || inhoudEn.contains("VERTROUWELIJK"), inhoudEn);

        // Filled in, warnings acknowledged: no blockers. Written with --concept (exit 0), refused without (exit 6).
        inEditor(opslag -> {
            opslag.bewaar(id[0], ingevuld());
            for (Bevinding w : opslag.controleer(id[0], I18n.teksten()).openWaarschuwingen()) {
                opslag.erken(id[0], w, "Besproken met de werkgever.");
            }
        });
        Files.delete(pdf);
        Result klaar = run("report", "--dossier", nr, "--type", "voortgang", "--concept", "--out", pdf.toString());
        assertEquals(Cli.EXIT_OK, klaar.code(), klaar.out() + klaar.err());
        assertFalse(klaar.out().contains("BLOKKADE"), klaar.out());
        assertTrue(tekst(pdf).contains("Ik herken mij hierin."), "the werknemer's view as typed in the editor");
        Result nietGevraagd = run("report", "--dossier", nr, "--type", "voortgang", "--out", dir.resolve("x.pdf").toString());
        assertEquals(ReportCommand.EXIT_CONCEPT, nietGevraagd.code(), nietGevraagd.out() + nietGevraagd.err());
        assertFalse(Files.exists(dir.resolve("x.pdf")));
    }

    @Test
    void aCorrectionInConceptLeavesTheFinalVersionTheOneWritten() throws Exception {
        String[] sha = new String[1];
        inEditor(opslag -> {
            Rapport v1 = opslag.maakDefinitief(klaarVoorDefinitief(opslag, dossier), I18n.teksten());
            sha[0] = v1.sha256();
            opslag.corrigeer(v1.id());
        });
        String nr = Integer.toString(dossier);
        Path pdf = dir.resolve("v1.pdf");
        Result r = run("report", "--dossier", nr, "--type", "voortgang", "--out", pdf.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertEquals(sha[0], sha256(Files.readAllBytes(pdf)));
        assertTrue(r.out().contains("nieuwere versie 2 in concept"), r.out());

        Path v2 = dir.resolve("v2.pdf");
        Result concept = run("report", "--dossier", nr, "--type", "voortgang", "--concept", "--out", v2.toString());
        assertTrue(concept.out().contains("versie 2"), concept.out());
        assertTrue(tekst(v2).contains("CONCEPT"));
    }

    @Test
    void withoutAStoredReportNothingIsMadeAndTheStoredPeriodsAreNamed() throws Exception {
        inEditor(opslag -> opslag.nieuw(dossier, RapportSoort.VOORTGANG, VAN, TOT, I18n.teksten()));
        String nr = Integer.toString(dossier);
        Path pdf = dir.resolve("r.pdf");

        Result eind = run("report", "--dossier", nr, "--type", "eind", "--concept", "--out", pdf.toString());
        assertEquals(Cli.EXIT_ERROR, eind.code());
        assertTrue(eind.err().contains("geen opgeslagen Eindrapportage"), eind.err());
        Result periode = run("report", "--dossier", nr, "--type", "voortgang", "--to", "01-11-2026", "--concept",
                "--out", pdf.toString());
        assertEquals(Cli.EXIT_ERROR, periode.code());
        assertTrue(periode.err().contains("voor die periode") && periode.err().contains("12-10-2026 t/m 22-11-2026, versie 1, Concept"),
                periode.err());
        assertFalse(Files.exists(pdf));
        inEditor(opslag -> assertEquals(1, opslag.vanDossier(dossier).size(), "the command line created no report"));

        Result geenDossier = run("report", "--dossier", "999", "--type", "eind", "--out", pdf.toString());
        assertEquals(Cli.EXIT_USAGE, geenDossier.code());
        assertTrue(geenDossier.err().contains("geen dossier met nummer 999"), geenDossier.err());
        assertEquals(Cli.EXIT_USAGE, run("report", "--dossier", nr, "--type", "voortgang", "--from", "31-02-2026",
                "--out", pdf.toString()).code(), "a date that does not exist");
    }
}
