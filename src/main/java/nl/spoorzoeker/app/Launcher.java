package nl.spoorzoeker.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Entry point of the runnable jar. Deliberately not a JavaFX {@code Application}: JavaFX refuses
 * to start from the class path when the main class extends it. Holds no static logger, so the log
 * folder can be chosen (from {@code --data-dir}) before logging starts.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the command line and returns its exit code (used by tests, too). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        var window = WindowArguments.parse(args);
        if (window.isPresent()) {
            // The common case, starting the window, skips picocli: loading it costs ~90 ms of start-up.
            try {
                return GuiStarter.start(Cli.prepare(window.get().dataDir()), window.get().demo(), window.get().bestand());
            } catch (Exception e) {
                err.println(Cli.text("cli.error", e.getMessage()));
                return Cli.EXIT_ERROR;
            }
        }
        CommandLine commandLine = new CommandLine(new SpoorzoekerCommand());
        boolean needsAll = java.util.Arrays.stream(args).anyMatch(a -> a.equals("-h") || a.equals("--help") || a.equals("help"));
        SpoorzoekerCommand.SUBCOMMANDS.entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .filter(e -> needsAll || java.util.Arrays.asList(args).contains(e.getKey()))
                .forEach(e -> commandLine.addSubcommand(e.getKey(), e.getValue()));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((ex, cl, parseResult) -> {
            err.println(Cli.text("cli.error", ex.getMessage()));
            org.slf4j.LoggerFactory.getLogger(Launcher.class).error("Command failed", ex);
            return Cli.EXIT_ERROR;
        });
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }
}
