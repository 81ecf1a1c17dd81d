package nl.spoorzoeker.app;

import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** Prints versions of the app, its schema and SQLite; opens (and so creates) the database. */
@Command(name = "version")
final class VersionCommand extends PracticeCommand {

    @Override
    int run(AppContext context, PrintWriter out, PrintWriter err) throws Exception {
        out.println("Spoorzoeker " + AppVersion.get());
        out.println(Cli.text("cli.version.schema", context.database().schemaVersion()));
        out.println(Cli.text("cli.version.sqlite", context.database().sqliteVersion()));
        out.println(Cli.text("cli.version.data", context.dataDirectory().root()));
        return Cli.EXIT_OK;
    }
}
