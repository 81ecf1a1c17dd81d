package nl.spoorzoeker.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code spoorzoeker [--data-dir D] [--demo] [command]}: without a command, the window opens. */
@Command(name = "spoorzoeker",
        mixinStandardHelpOptions = true,
        versionProvider = SpoorzoekerCommand.Version.class)
public final class SpoorzoekerCommand implements Callable<Integer> {

    /**
     * The sub-commands, registered by {@link Launcher} only when the command line names one (or
     * asks for help): reading their annotations costs start-up time the window should not pay.
     */
    static final java.util.Map<String, Class<?>> SUBCOMMANDS = java.util.Map.ofEntries(
            java.util.Map.entry("version", VersionCommand.class),
            java.util.Map.entry("init", InitCommand.class),
            java.util.Map.entry("demo", DemoCommand.class),
            java.util.Map.entry("dossiers", DossiersCommand.class),
            java.util.Map.entry("timeline", TimelineCommand.class),
            java.util.Map.entry("report", ReportCommand.class),
            java.util.Map.entry("wachtwoord", WachtwoordCommand.class),
            java.util.Map.entry("backup", BackupCommand.class),
            java.util.Map.entry("verify", VerifyCommand.class),
            java.util.Map.entry("restore", RestoreCommand.class),
            java.util.Map.entry("bewaartermijnen", BewaartermijnenCommand.class),

            java.util.Map.entry("export", ExportCommand.class),
            java.util.Map.entry("import", ImportCommand.class));

    @Option(names = "--data-dir", paramLabel = "MAP", scope = picocli.CommandLine.ScopeType.INHERIT,
            descriptionKey = "cli.opt.spoorzoeker.data-dir")
    Path dataDir;

    @Option(names = "--demo", descriptionKey = "cli.opt.spoorzoeker.demo")
    boolean demo;

    @Override
    public Integer call() throws Exception {
        DataDirectory dir = Cli.prepare(dataDir);
        return GuiStarter.start(dir, demo);
    }

    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Spoorzoeker " + AppVersion.get()};
        }
    }
}
