package nl.spoorzoeker.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import nl.spoorzoeker.input.MessageKeyed;
import nl.spoorzoeker.praktijk.Taalkeuze;
import nl.spoorzoeker.ui.I18n;

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

    /**
     * The language of the data folder named on the command line (or the default one), for picocli's
     * help and error texts; read without creating anything, since {@code --help} must not.
     */
    private static void helpInDeGekozenTaal(String[] args) {
        try {
            java.nio.file.Path override = null;
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--data-dir") && i + 1 < args.length) {
                    override = java.nio.file.Path.of(args[i + 1]);
                } else if (args[i].startsWith("--data-dir=")) {
                    override = java.nio.file.Path.of(args[i].substring("--data-dir=".length()));
                }
            }
            Taalkeuze.pasToe(
                    new Taalkeuze(DataDirectory.resolve(override).root()).bijStartStil());
        } catch (RuntimeException e) {
            // A folder we cannot even name: the command reports it; the help stays Dutch.
        }
    }

    /** Runs the command line and returns its exit code (used by tests, too). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        java.util.Optional<WindowArguments> window;
        try {
            window = WindowArguments.parse(args);
        } catch (RuntimeException e) {
            // A --data-dir the system cannot name (LANG=C with "Cliënten"): the cause, never a stack trace.
            err.println(Cli.melding(e));
            err.flush();
            return e instanceof java.nio.file.InvalidPathException ? Cli.EXIT_USAGE : Cli.EXIT_ERROR;
        }
        if (window.isPresent()) {
            // The common case, starting the window, skips picocli: loading it costs ~90 ms of start-up.
            try {
                return GuiStarter.start(Cli.prepare(window.get().dataDir()), window.get().demo(), window.get().bestand());
            } catch (Exception e) {
                err.println(Cli.melding(e));
                return Cli.EXIT_ERROR;
            }
        }
        helpInDeGekozenTaal(args);
        CommandLine commandLine = new CommandLine(new SpoorzoekerCommand());
        boolean needsAll = java.util.Arrays.stream(args).anyMatch(a -> a.equals("-h") || a.equals("--help") || a.equals("help"));
        SpoorzoekerCommand.SUBCOMMANDS.entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .filter(e -> needsAll || java.util.Arrays.asList(args).contains(e.getKey()))
                .forEach(e -> commandLine.addSubcommand(e.getKey(), e.getValue()));
        // The help texts come from our bundles, in the chosen language (picocli's own lookup would follow
        // the JVM's locale and fall back to it).
        Cli.hulpOpElkeOpdracht(commandLine);
        commandLine.setResourceBundle(I18n.bundle());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler(Cli::opdrachtregelfout);
        commandLine.setExecutionExceptionHandler((ex, cl, parseResult) -> {
            err.println(Cli.melding(ex));
            if (!(ex instanceof MessageKeyed) && !(ex instanceof java.nio.file.InvalidPathException)) {
                org.slf4j.LoggerFactory.getLogger(Launcher.class).error("Command failed", ex);
            }
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
