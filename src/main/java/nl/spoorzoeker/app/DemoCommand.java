package nl.spoorzoeker.app;

import java.util.concurrent.Callable;
import nl.spoorzoeker.dossier.DemoDossiers;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Loads the demo dossiers into an empty practice; refuses to touch one that has data. */
@Command(name = "demo", description = "Laad de demodossiers in een lege gegevensmap.")
final class DemoCommand implements Callable<Integer> {

    @ParentCommand
    SpoorzoekerCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        return Cli.withPractice(root.dataDir, err, context -> {
            if (!context.dossiers().isEmpty()) {
                err.println(Cli.text("demo.notEmpty"));
                return Cli.EXIT_ERROR;
            }
            int count = DemoDossiers.load(context.database(), context.clock());
            out.println(Cli.text("cli.demo.done", count));
            return Cli.EXIT_OK;
        });
    }
}
