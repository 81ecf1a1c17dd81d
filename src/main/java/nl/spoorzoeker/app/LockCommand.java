package nl.spoorzoeker.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A sub-command on the data folder under the lock, with the database closed (restore, keys). */
abstract class LockCommand implements Callable<Integer> {

    @ParentCommand
    SpoorzoekerCommand root;

    @Spec
    CommandSpec spec;

    abstract int run(DataDirectory dir, PrintWriter out, PrintWriter err) throws Exception;

    @Override
    public final Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return Cli.withLock(root.dataDir, err, dir -> run(dir, out, err));
    }
}
