package nl.spoorzoeker.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Prints versions of the app, its schema and SQLite; opens (and so creates) the database. */
@Command(name = "version", description = "Toon versies van Spoorzoeker, het databaseschema en SQLite.")
final class VersionCommand implements Callable<Integer> {

    @ParentCommand
    SpoorzoekerCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        return Cli.withPractice(root.dataDir, spec.commandLine().getErr(), context -> {
            out.println("Spoorzoeker " + AppVersion.get());
            out.println(Cli.text("cli.version.schema", context.database().schemaVersion()));
            out.println(Cli.text("cli.version.sqlite", context.database().sqliteVersion()));
            out.println(Cli.text("cli.version.data", context.dataDirectory().root()));
            return Cli.EXIT_OK;
        });
    }
}
