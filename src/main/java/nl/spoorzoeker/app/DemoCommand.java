package nl.spoorzoeker.app;

import java.io.PrintWriter;
import nl.spoorzoeker.dossier.DemoDossiers;
import picocli.CommandLine.Command;

/** Loads the demo dossiers into an empty practice; refuses to touch one that has data. */
@Command(name = "demo")
final class DemoCommand extends PracticeCommand {

    @Override
    int run(AppContext context, PrintWriter out, PrintWriter err) {
        if (!context.dossiers().isEmpty()) {
            err.println(Cli.text("demo.notEmpty"));
            return Cli.EXIT_ERROR;
        }
        int count = DemoDossiers.load(context.database(), context.clock());
        out.println(Cli.text("cli.demo.done", count));
        return Cli.EXIT_OK;
    }
}
