package nl.spoorzoeker.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import nl.spoorzoeker.praktijk.Taalkeuze;
import nl.spoorzoeker.store.Database;

/**
 * Prints versions of the app, its schema and SQLite. On a data folder it may write to, it opens
 * (and so creates and migrates) the database; on one it may not write to (a read-only medium,
 * another user's folder) it reads the schema version from the file's header and writes nothing —
 * a command that changes nothing must not be stopped by a folder it cannot change.
 */
@Command(name = "version")
final class VersionCommand implements Callable<Integer> {

    @ParentCommand
    SpoorzoekerCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DataDirectory dir = DataDirectory.resolve(root.dataDir);
        if (!alleenTeLezen(dir)) {
            return Cli.withPractice(root.dataDir, err, context -> {
                print(out, context.database().schemaVersion(), context.database().sqliteVersion(), dir);
                return Cli.EXIT_OK;
            });
        }
        Taalkeuze.pasToe(new Taalkeuze(dir.root()).bijStartStil());
        Logging.configure(dir.logs()); // the log finds no writable place there and stays off
        var schema = Database.schemaversieVanBestand(dir.database());
        print(out, schema.isPresent() ? schema.getAsInt() : null, Database.sqliteVersie(), dir);
        err.println(Cli.text("cli.version.alleenLezen", dir.root()));
        return Cli.EXIT_OK;
    }

    /** The folder exists and this user may not write in it (checked as the system checks: medium and rights). */
    private static boolean alleenTeLezen(DataDirectory dir) {
        return Files.isDirectory(dir.root()) && !Files.isWritable(dir.root());
    }

    private static void print(PrintWriter out, Integer schema, String sqlite, DataDirectory dir) {
        out.println("Spoorzoeker " + AppVersion.get());
        out.println(schema == null ? Cli.text("cli.version.geenSchema") : Cli.text("cli.version.schema", schema));
        out.println(Cli.text("cli.version.sqlite", sqlite));
        out.println(Cli.text("cli.version.data", dir.root()));
    }
}
