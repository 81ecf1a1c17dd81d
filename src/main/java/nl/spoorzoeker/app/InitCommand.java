package nl.spoorzoeker.app;

import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** Creates and migrates the database of a data folder, then reports where it is. */
@Command(name = "init")
final class InitCommand extends PracticeCommand {

    @Override
    int run(AppContext context, PrintWriter out, PrintWriter err) {
        out.println(Cli.text("cli.init.done", context.database().file(), context.database().schemaVersion()));
        return Cli.EXIT_OK;
    }
}
