package nl.spoorzoeker.app;

import java.io.PrintWriter;
import nl.spoorzoeker.app.werkplek.DemoTaak;
import picocli.CommandLine.Command;
import nl.spoorzoeker.input.Weigering;

/** Loads the demo dossiers into an empty practice; refuses to touch one that has data. */
@Command(name = "demo")
final class DemoCommand extends PracticeCommand {

    @Override
    int run(AppContext context, PrintWriter out, PrintWriter err) throws Exception {
        int count;
        try {
            count = Cli.voerUit(new DemoTaak(context.database(), context.clock()), out);
        } catch (Weigering w) {
            err.println(Cli.text(w.messageKey(), w.args()));
            return Cli.EXIT_ERROR;
        }
        out.println(Cli.text("cli.demo.done", count));
        return Cli.EXIT_OK;
    }
}
