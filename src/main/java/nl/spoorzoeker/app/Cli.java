package nl.spoorzoeker.app;

import java.io.PrintWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import nl.spoorzoeker.slot.Pogingen;
import nl.spoorzoeker.store.DatabaseOpenException;
import nl.spoorzoeker.ui.I18n;
import nl.spoorzoeker.crypto.VerkeerdeSleutel;
import nl.spoorzoeker.input.MessageKeyed;
import nl.spoorzoeker.input.Weigering;
import nl.spoorzoeker.praktijk.Taalkeuze;
import nl.spoorzoeker.store.Foutmelding;
import nl.spoorzoeker.taak.Taak;
import nl.spoorzoeker.tijdlijn.Tijdzone;

/** What the command-line commands share: opening the practice under the instance lock. */
final class Cli {

    static final int EXIT_OK = 0;
    static final int EXIT_ERROR = 1;
    static final int EXIT_USAGE = 2;
    static final int EXIT_LOCKED = 3;
    static final int EXIT_DATABASE = 4;

    private Cli() {
    }

    /**
     * Runs a long operation as the window does (the same {@code Taak}), printing each phase once
     * as it starts, so a restore or export of a large practice is seen to move.
     */
    static <T> T voerUit(Taak<T> taak, PrintWriter out) throws Exception {
        String[] vorige = {null};
        return taak.voerUit(stand -> {
            if (!stand.faseKey().equals(vorige[0]) && !stand.faseKey().equals("taak.klaar")) {
                vorige[0] = stand.faseKey();
                out.println(text(stand.faseKey()));
                out.flush();
            }
        });
    }

    static String text(String key, Object... args) {
        return I18n.t(key, args);
    }

    /**
     * Resolves the data folder, points logging at it and makes the chosen language current (the
     * window and the commands speak it from their first text); must run before the first logger.
     */
    static DataDirectory prepare(Path override) throws IOException {
        DataDirectory dir = DataDirectory.resolve(override);
        dir.create();
        Logging.configure(dir.logs());
        Taalkeuze.pasToe(new Taalkeuze(dir.root()).bijStart());
        return dir;
    }

    interface Work {
        int run(AppContext context) throws Exception;
    }

    interface LockWork {
        int run(DataDirectory dir) throws Exception;
    }

    /** Runs work on the data folder under the instance lock, without opening the database (restore, keys). */
    static int withLock(Path override, java.io.PrintWriter err, LockWork work) throws Exception {
        DataDirectory dir = prepare(override);
        Logging.start();
        Optional<InstanceLock> lock = InstanceLock.tryAcquire(dir.root(), InstanceLock.Houder.OPDRACHT);
        if (lock.isEmpty()) {
            // A command brings no window forward: it says what holds the folder and what to do.
            err.println(text(InstanceLock.houder(dir.root()).orElse(InstanceLock.Houder.VENSTER) == InstanceLock.Houder.VENSTER
                    ? "instance.vensterOpen" : "instance.opdrachtBezigCli", dir.root()));
            return EXIT_LOCKED;
        }
        try (InstanceLock held = lock.get()) {
            dir.ruimOpBijStart(); // under the lock, before the work: what a crash left there is nobody's now
            return work.run(dir);
        }
    }

    /** Opens the practice, runs the work, closes everything; maps the usual failures to Dutch text. */
    static int withPractice(Path override, java.io.PrintWriter err, Work work) throws Exception {
        return withLock(override, err, dir -> {
            try (AppContext context = AppContext.open(dir, Tijdzone.klok())) {
                context.database().meldingen().forEach(m -> err.println(text(m.key(), m.args())));
                context.database().controleerNu(); // a command has no first screen to show before it
                return work.run(context);
            } catch (DatabaseOpenException e) {
                err.println(melding(e));
                org.slf4j.LoggerFactory.getLogger(Cli.class).error("Database refused", e);
                return EXIT_DATABASE;
            }
        });
    }

    /**
     * Gives every sub-command {@code -h/--help}: a usage-help option makes picocli print the usage
     * before it checks required options, so {@code report --help} is not refused for the options it
     * explains. Done where the commands are registered, so a command added later has it too.
     */
    static void hulpOpElkeOpdracht(picocli.CommandLine root) {
        for (picocli.CommandLine sub : root.getSubcommands().values()) {
            var spec = sub.getCommandSpec();
            if (spec.options().stream().noneMatch(picocli.CommandLine.Model.OptionSpec::usageHelp)) {
                spec.addOption(picocli.CommandLine.Model.OptionSpec.builder("-h", "--help").usageHelp(true)
                        .descriptionKey("mixinStandardHelpOptions.help").build());
            }
        }
    }

    /**
     * picocli's own refusals (a missing or unknown option, a value it cannot read) in the chosen
     * language, followed by the usage as picocli would print it; its messages are English only.
     */
    static int opdrachtregelfout(picocli.CommandLine.ParameterException ex, String[] args) {
        picocli.CommandLine cl = ex.getCommandLine();
        java.io.PrintWriter err = cl.getErr();
        for (Throwable t = ex.getCause(); t != null; t = t.getCause()) {
            if (t instanceof java.nio.file.InvalidPathException pad) {
                err.println(melding(pad)); // a folder name the locale cannot represent: the cause and the way out
                return EXIT_USAGE;
            }
        }
        if (ex.getValue() != null && ex.getArgSpec() != null && ex.getArgSpec().type() == java.nio.file.Path.class) {
            try {
                java.nio.file.Path.of(ex.getValue());
            } catch (java.nio.file.InvalidPathException pad) {
                err.println(melding(pad)); // picocli kept only the message of the conversion's failure
                return EXIT_USAGE;
            }
        }
        err.println(switch (ex) {
            case picocli.CommandLine.MissingParameterException m -> text("cli.fout.ontbreekt",
                    String.join(", ", m.getMissing().stream().map(Cli::naam).toList()));
            case picocli.CommandLine.UnmatchedArgumentException u -> text("cli.fout.onbekend",
                    String.join(" ", u.getUnmatched()));
            case picocli.CommandLine.OverwrittenOptionException o -> text("cli.fout.dubbel", naam(o.getOverwritten()));
            default -> ex.getArgSpec() != null && ex.getValue() != null ? keuzes(ex.getArgSpec()).isEmpty()
                    ? text("cli.fout.waarde", naam(ex.getArgSpec()), ex.getValue())
                    : text("cli.fout.keuze", naam(ex.getArgSpec()), ex.getValue(), keuzes(ex.getArgSpec()))
                    // A rarer refusal (too many values, options that exclude each other): picocli's words, our frame.
                    : text("cli.fout.anders", ex.getMessage());
        });
        if (ex instanceof picocli.CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            err.println(text("cli.fout.bedoelt", String.join(", ", u.getSuggestions())));
        }
        cl.usage(err);
        return EXIT_USAGE;
    }

    /** An option with its placeholder ({@code --dossier=NR}), a parameter by its placeholder. */
    private static String naam(picocli.CommandLine.Model.ArgSpec arg) {
        if (arg instanceof picocli.CommandLine.Model.OptionSpec o) {
            return arg.arity().max() > 0 ? o.longestName() + "=" + o.paramLabel() : o.longestName();
        }
        return arg.paramLabel();
    }

    private static String keuzes(picocli.CommandLine.Model.ArgSpec arg) {
        Iterable<String> candidates = arg.completionCandidates();
        return candidates == null ? "" : String.join(", ", candidates);
    }

    /**
     * The door's back-off for a command that asks for the passphrase or the recovery code: the
     * count the window keeps in the data folder, so a terminal buys no fresh guesses. The command
     * calls {@link #wachtNiet} before it asks, {@link Pogingen#gelukt()} when a key opened, and
     * hands its failures to {@link #weigering(Exception, java.io.PrintWriter, Pogingen)}.
     */
    static Pogingen pogingen(DataDirectory dir) {
        return new Pogingen(dir.wachtwoordpogingen(), Clock.systemUTC());
    }

    /** Refuses, before anything is asked, while the back-off runs. */
    static void wachtNiet(Pogingen pogingen) {
        java.time.Duration wacht = pogingen.wachttijd();
        if (!wacht.isZero()) {
            throw new Weigering("cli.wachtwoord.wacht", seconden(wacht));
        }
    }

    /** As {@link #weigering(Exception, java.io.PrintWriter)}; a wrong key counts, and a wait it starts is named. */
    static int weigering(Exception e, java.io.PrintWriter err, Pogingen pogingen) throws Exception {
        Throwable oorzaak = e; // the import's backup step hands a wrong practice passphrase on inside an IOException
        while (oorzaak != null && !(oorzaak instanceof VerkeerdeSleutel)) {
            oorzaak = oorzaak.getCause();
        }
        if (oorzaak instanceof VerkeerdeSleutel fout && !fout.telt()) {
            err.println(text(fout.messageKey())); // another practice's file: no guess was made
            return EXIT_ERROR;
        }
        if (oorzaak instanceof VerkeerdeSleutel fout) {
            pogingen.mislukt();
            java.time.Duration wacht = pogingen.wachttijd();
            err.println(text(fout.messageKey()) + (wacht.isZero() ? "" : " " + text("slot.fout.wacht", seconden(wacht))));
            return EXIT_ERROR;
        }
        return weigering(e, err);
    }

    private static long seconden(java.time.Duration d) {
        return Math.max(1, (d.toMillis() + 999) / 1000);
    }

    /**
     * What a failure says to the coach, read by the one classifier the window uses too
     * ({@link nl.spoorzoeker.store.Foutmelding}): the cause and the next step, never the exception's
     * own text (that goes to the log).
     */
    static String melding(Throwable e) {
        Foutmelding m = Foutmelding.van(e);
        return text(m.key(), m.args());
    }

    /**
     * A file the coach named with {@code --out} could not be written there (a read-only or full disk,
     * no rights, no such folder): the place and the next step, exit 1. The file is made in the data
     * folder and only then put there ({@code store.Uitvoer}, {@code Bestanden.plaatsBuiten}), so nothing
     * half-written is left and an older file of that name stays as it was.
     */
    static int uitvoerfout(Exception e, Path doel, java.io.PrintWriter err) {
        org.slf4j.LoggerFactory.getLogger(Cli.class).warn("Could not write {}: {}", doel, e.toString());
        Foutmelding m = Foutmelding.vanUitvoer(e, doel);
        err.println(text(m.key(), m.args()));
        return EXIT_ERROR;
    }

    /** A refusal (wrong passphrase, no key ring, a file that is not ours) becomes its Dutch message and exit 1. */
    static int weigering(Exception e, java.io.PrintWriter err) throws Exception {
        if (e instanceof MessageKeyed refusal) {
            err.println(text(refusal.messageKey(), refusal.args()));
            return EXIT_ERROR;
        }
        throw e;
    }
}
