package nl.spoorzoeker.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Creates and migrates the database of a data folder, then reports where it is. */
@Command(name = "init", description = "Maak de gegevensmap en database aan (of werk ze bij).")
final class InitCommand implements Callable<Integer> {

    @ParentCommand
    SpoorzoekerCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        return Cli.withPractice(root.dataDir, spec.commandLine().getErr(), context -> {
            out.println(Cli.text("cli.init.done", context.database().file(), context.database().schemaVersion()));
            return Cli.EXIT_OK;
        });
    }
}
