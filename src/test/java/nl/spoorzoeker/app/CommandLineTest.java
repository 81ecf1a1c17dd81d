package nl.spoorzoeker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.spoorzoeker.praktijk.Taalkeuze;
import nl.spoorzoeker.store.Migrations;
import nl.spoorzoeker.ui.I18n;

/** The headless sub-commands, run as a user would, on a temporary data folder. */
class CommandLineTest {

    @TempDir
    Path dir;

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

    @Test
    void theHelpSpeaksTheChosenLanguageAndEveryCommandIsDescribedInBoth() throws Exception {
        Result dutch = run("--help");
        assertEquals(0, dutch.code());
        assertTrue(dutch.out().contains("Opdrachten:") && dutch.out().contains("Maak een gecontroleerde, versleutelde back-up."),
                dutch.out());
        assertTrue(!Files.exists(dir.resolve("spoorzoeker.db")), "the help creates nothing");

        Files.writeString(dir.resolve(Taalkeuze.BESTAND), "en\n");
        try {
            Result english = run("--help");
            assertTrue(english.out().contains("Commands:") && english.out().contains("Make a verified, encrypted backup.")
                    && !english.out().contains("Maak een"), english.out());
            Result report = run("report");
            assertTrue(report.err().contains("Write a dossier's stored report as PDF") && report.err().contains("The number of the dossier"),
                    report.err());
        } finally {
            Taalkeuze.pasToe(I18n.DUTCH);
        }

        // Every command and every option has its text in both bundles (a missing key would show picocli's empty line).
        for (java.util.Locale taal : java.util.List.of(I18n.DUTCH, I18n.ENGLISH)) {
            picocli.CommandLine cl = new picocli.CommandLine(new SpoorzoekerCommand());
            SpoorzoekerCommand.SUBCOMMANDS.forEach(cl::addSubcommand);
            cl.setResourceBundle(java.util.ResourceBundle.getBundle(I18n.BUNDLE, taal,
                    java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES)));
            java.util.List<picocli.CommandLine> alle = new java.util.ArrayList<>(cl.getSubcommands().values());
            alle.add(cl);
            for (picocli.CommandLine c : alle) {
                var spec = c.getCommandSpec();
                assertTrue(spec.usageMessage().description().length > 0, taal + ": " + spec.name() + " has no description");
                spec.options().forEach(o -> assertTrue(o.description().length > 0 && !o.description()[0].isBlank(),
                        taal + ": " + spec.name() + " " + o.longestName()));
                spec.positionalParameters().forEach(p -> assertTrue(p.description().length > 0,
                        taal + ": " + spec.name() + " " + p.paramLabel()));
            }
        }
    }

    @Test
    void versionCreatesAndMigratesTheDatabase() {
        Result r = run("version");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Databaseschema: versie " + Migrations.LATEST), r.out());
        assertTrue(r.out().contains("SQLite: 3."), r.out());
        assertTrue(Files.exists(dir.resolve("spoorzoeker.db")));
    }

    @Test
    void initDemoAndDossiersListTheDemoPractice() {
        assertEquals(0, run("init").code());
        Result demo = run("demo");
        assertEquals(0, demo.code(), demo.err());
        assertTrue(demo.out().contains("9 demodossiers"), demo.out());
        Result list = run("dossiers");
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().contains("Çiğdem Yılmaz"), list.out());
        assertTrue(list.out().contains("Łukasz Żółć"), list.out());
        assertTrue(list.out().contains("Verzuimweek") && list.out().startsWith("Nr."), list.out());
        assertTrue(list.out().contains("9 dossiers."), list.out());
        // Alphabetical the Dutch way: Ç sorts with C, not after Z.
        assertTrue(list.out().indexOf("Çiğdem") < list.out().indexOf("Jan-Willem"), list.out());
    }

    @Test
    void demoRefusesAPracticeThatHasData() {
        run("demo");
        Result again = run("demo");
        assertEquals(Cli.EXIT_ERROR, again.code());
        assertTrue(again.err().contains("lege praktijk"), again.err());
        assertTrue(run("dossiers").out().contains("9 dossiers."));
    }

    @Test
    void aFileThatIsNotOursGetsADutchExplanationAndStaysUntouched() throws Exception {
        byte[] junk = "dit is geen database, maar een boodschappenlijst".repeat(200).getBytes();
        Files.write(dir.resolve("spoorzoeker.db"), junk);
        Result r = run("dossiers");
        assertEquals(Cli.EXIT_DATABASE, r.code());
        assertTrue(r.err().contains("geen Spoorzoeker-gegevensbestand"), r.err());
        org.junit.jupiter.api.Assertions.assertArrayEquals(junk, Files.readAllBytes(dir.resolve("spoorzoeker.db")));
    }

    private static Result runWithout(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Launcher.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void timelinePrintsTheMilestoneTableOfTheWorkedExample() {
        Result r = runWithout("timeline", "--eerste-ziektedag", "2025-01-06", "--vandaag", "2025-03-01");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\\R");
        assertTrue(r.out().contains("week 8 van verzuim"), r.out());
        assertTrue(java.util.Arrays.stream(lines).anyMatch(l -> l.startsWith("Probleemanalyse") && l.contains("16-02-2025")
                && l.contains("te laat")), r.out());
        assertTrue(java.util.Arrays.stream(lines).anyMatch(l -> l.startsWith("42e-weeksmelding") && l.contains("27-10-2025")), r.out());
        assertTrue(java.util.Arrays.stream(lines).anyMatch(l -> l.startsWith("WIA-aanvraag") && l.contains("18-10-2026")), r.out());
        assertTrue(java.util.Arrays.stream(lines).anyMatch(l -> l.startsWith("Einde wachttijd") && l.contains("03-01-2027")), r.out());
    }

    @Test
    void timelineCountsPeriodsTogetherAndExplainsBadInput() {
        Result r = runWithout("timeline", "--periode", "06-01-2025:31-01-2025", "--periode", "20-02-2025:",
                "--vandaag", "2025-03-01");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Eerste ziektedag (na samentelling): 06-01-2025"), r.out());
        assertTrue(r.out().contains("07-03-2025"), "probleemanalyse after 42 counted sick days: " + r.out());

        Result bad = runWithout("timeline", "--eerste-ziektedag", "31-02-2025");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("Deze datum bestaat niet"), bad.err());
        Result none = runWithout("timeline");
        assertEquals(2, none.code());
        assertTrue(none.err().contains("--eerste-ziektedag"), none.err());

        // Both at once has no single meaning (it used to fill the gap between the periods): refused.
        Result beide = runWithout("timeline", "--eerste-ziektedag", "06-01-2025", "--periode", "06-01-2025:31-01-2025",
                "--periode", "01-06-2025:", "--vandaag", "2025-07-01");
        assertEquals(2, beide.code(), beide.out());
        assertTrue(beide.err().contains("niet allebei"), beide.err());
        assertEquals("", beide.out());
        // An open period followed by another would swallow the gap as well.
        Result open = runWithout("timeline", "--periode", "06-01-2025:", "--periode", "01-06-2025:30-06-2025");
        assertEquals(2, open.code(), open.out());
        assertTrue(open.err().contains("Alleen de laatste periode"), open.err());
    }

    @Test
    void helpWorksOnEveryCommandEvenWithRequiredOptions() {
        for (String opdracht : new java.util.TreeSet<>(SpoorzoekerCommand.SUBCOMMANDS.keySet())) {
            for (String hulp : java.util.List.of("--help", "-h")) {
                Result r = run(opdracht, hulp);
                assertEquals(0, r.code(), opdracht + " " + hulp + ": " + r.err());
                assertTrue(r.out().startsWith("Gebruik: spoorzoeker " + opdracht) && r.out().contains("--help"),
                        opdracht + ": " + r.out());
                assertEquals("", r.err(), opdracht);
            }
        }
        assertTrue(run("report", "--help").out().contains("--dossier=NR"));
        assertTrue(!Files.exists(dir.resolve("spoorzoeker.db")), "help creates nothing");
    }

    @Test
    void picocliRefusalsSpeakTheChosenLanguage() throws Exception {
        Result ontbreekt = run("report");
        assertEquals(Cli.EXIT_USAGE, ontbreekt.code());
        assertTrue(ontbreekt.err().startsWith("Verplicht maar niet (volledig) gegeven: ") && ontbreekt.err().contains("--dossier=NR")
                && ontbreekt.err().contains("--type=SOORT") && ontbreekt.err().contains("--out=BESTAND"), ontbreekt.err());
        assertTrue(ontbreekt.err().contains("Gebruik: spoorzoeker report"), "the usage follows: " + ontbreekt.err());
        Result onbekend = run("dossiers", "--allemaal");
        assertEquals(Cli.EXIT_USAGE, onbekend.code());
        assertTrue(onbekend.err().contains("Onbekende opdracht of optie: --allemaal"), onbekend.err());
        assertTrue(onbekend.err().contains("Bedoelt u: --alle?"), onbekend.err());
        Result getal = run("report", "--dossier", "drie", "--type", "eind", "--out", "r.pdf");
        assertEquals(Cli.EXIT_USAGE, getal.code());
        assertTrue(getal.err().startsWith("Ongeldige waarde voor --dossier=NR: drie"), getal.err());
        Result soort = run("report", "--dossier", "1", "--type", "jaar", "--out", "r.pdf");
        assertTrue(soort.err().startsWith("Ongeldige waarde voor --type=SOORT: jaar (kies uit: intake, trajectplan, voortgang, eind)"),
                soort.err());
        Result dubbel = run("report", "--dossier", "1", "--dossier", "2", "--type", "eind", "--out", "r.pdf");
        assertTrue(dubbel.err().startsWith("De optie --dossier=NR mag maar één keer worden gegeven."), dubbel.err());
        for (Result r : java.util.List.of(ontbreekt, onbekend, getal, soort, dubbel)) {
            assertTrue(!r.err().contains("Missing") && !r.err().contains("Unknown") && !r.err().contains("Invalid")
                    && !r.err().contains("Did you mean"), r.err());
        }

        Files.writeString(dir.resolve(Taalkeuze.BESTAND), "en\n");
        try {
            Result missing = run("report", "--type", "eind");
            assertTrue(missing.err().startsWith("Required but not (fully) given: ") && missing.err().contains("--dossier=NR")
                    && !missing.err().lines().findFirst().orElseThrow().contains("--type="), missing.err());
            assertTrue(missing.err().contains("Usage: spoorzoeker report"), missing.err());
            assertTrue(run("dossiers", "--allemaal").err().contains("Unknown command or option: --allemaal"));
            assertTrue(run("report", "--dossier", "drie", "--type", "eind", "--out", "r.pdf").err()
                    .startsWith("Invalid value for --dossier=NR: drie"));
            assertTrue(run("report", "--dossier", "1", "--type", "jaar", "--out", "r.pdf").err()
                    .contains("(choose from: intake, trajectplan, voortgang, eind)"));
            Result help = run("report", "--help");
            assertEquals(0, help.code());
            assertTrue(help.out().contains("Show this help message and exit.") && help.out().contains("Usage:"), help.out());
        } finally {
            Taalkeuze.pasToe(I18n.DUTCH);
        }
    }
}
