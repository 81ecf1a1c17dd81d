package nl.spoorzoeker.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.rapportage.RapportSoort;
import nl.spoorzoeker.tijdlijn.Tijdzone;

/**
 * The training run for the installers' AOT cache (JDK 25, {@code -XX:AOTCacheOutput}); not for
 * coaches. In one JVM it does what a coach's starts do on a throw-away demo practice: the usual
 * command-line commands, then the window until the practice's start screen shows its data. The JVM
 * records which classes were loaded and linked and how hot methods ran; the cache it writes at
 * exit lets later starts skip most of that. See {@code installer/README.md}.
 *
 * <p>{@code AotTraining [DATA_DIR] [--zonder-venster]}: without a folder a temporary one is made and
 * removed; the window part needs a display (without one JavaFX's headless platform is used).
 */
public final class AotTraining {

    private AotTraining() {
    }

    public static void main(String[] args) throws Exception {
        boolean window = !List.of(args).contains("--zonder-venster");
        Path given = Stream.of(args).filter(a -> !a.startsWith("--")).findFirst().map(Path::of).orElse(null);
        Path dir = given != null ? given : Files.createTempDirectory("spoorzoeker-training");
        String d = dir.toString();
        Path pdf = dir.resolve("training.pdf");
        int failures = 0;
        failures += step("--data-dir", d, "version");
        failures += step("--data-dir", d, "init");
        failures += step("--data-dir", d, "demo");
        failures += step("--data-dir", d, "dossiers");
        failures += step("--data-dir", d, "dossiers", "--alle");
        failures += step("--data-dir", d, "timeline", "--eerste-ziektedag", "06-01-2025", "--vandaag", "01-10-2026");
        // report writes what is stored: two reports started as the window starts them (a draft of the facts
        // with gaps), rendered as concepts; their gaps block, so exit 5 is the expected end.
        try (AppContext context = AppContext.open(DataDirectory.resolve(dir), Tijdzone.klok())) {
            java.time.LocalDate vandaag = java.time.LocalDate.now(context.clock());
            context.rapportOpslag().nieuw(2, RapportSoort.VOORTGANG, vandaag.minusWeeks(6).plusDays(1),
                    vandaag, I18n.teksten());
            context.rapportOpslag().nieuw(4, RapportSoort.EIND, vandaag.minusMonths(6), vandaag, I18n.teksten());
        }
        failures += step(ReportCommand.EXIT_BLOKKADES, "--data-dir", d, "report", "--dossier", "2", "--type", "voortgang",
                "--out", pdf.toString(), "--concept");
        failures += step(ReportCommand.EXIT_BLOKKADES, "--data-dir", d, "report", "--dossier", "4", "--type", "eind",
                "--out", pdf.toString(), "--concept");
        failures += step("--data-dir", d, "report", "--help");
        failures += step("--help");
        if (window) {
            String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
            if (os.contains("linux") && System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
                System.setProperty("glass.platform", "Headless");
                System.setProperty("prism.order", "sw");
            }
            // The benchmark hook: the window opens the practice, shows its start screen, then closes.
            System.setProperty("spoorzoeker.exitAfterFirstFrame", "true");
            failures += step("--data-dir", d);
        }
        if (given == null) {
            deleteTree(dir);
        }
        System.out.println("AOT training: " + (failures == 0 ? "all steps passed" : failures + " step(s) failed"));
        System.exit(failures == 0 ? 0 : 1);
    }

    /** Runs one command line as the launcher would; 0 when it ended as expected. */
    private static int step(String... args) {
        return step(Cli.EXIT_OK, args);
    }

    /** As {@link #step(String...)} for a command whose expected exit code is not 0. */
    private static int step(int verwacht, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long start = System.nanoTime();
        int code = Launcher.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("AOT training: %-60s exit %d, %d ms%n", String.join(" ", args), code, ms);
        if (code != verwacht) {
            System.out.print(err);
            return 1;
        }
        return 0;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
