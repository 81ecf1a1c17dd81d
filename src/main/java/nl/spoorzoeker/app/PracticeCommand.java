package nl.spoorzoeker.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A sub-command that works on the open practice of the chosen data folder, under the lock. */
abstract class PracticeCommand implements Callable<Integer> {

    @ParentCommand
    SpoorzoekerCommand root;

    @Spec
    CommandSpec spec;

    abstract int run(AppContext context, PrintWriter out, PrintWriter err) throws Exception;

    @Override
    public final Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return Cli.withPractice(root.dataDir, err, context -> run(context, out, err));
    }
}
