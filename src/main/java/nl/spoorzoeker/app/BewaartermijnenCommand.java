package nl.spoorzoeker.app;

import java.util.List;
import nl.spoorzoeker.bewaartermijn.Bewaarregel;
import nl.spoorzoeker.input.DateInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Lists the trajecten whose retention term has passed or passes soon (or every ended one). */
@Command(name = "bewaartermijnen")
final class BewaartermijnenCommand extends PracticeCommand {

    @Option(names = "--alle", descriptionKey = "cli.opt.bewaartermijnen.alle")
    boolean alle;

    @Override
    int run(AppContext context, java.io.PrintWriter out, java.io.PrintWriter err) {
        List<Bewaarregel> regels = context.bewaartermijnen().overzicht(alle);
        TextTable table = new TextTable(Cli.text("bewaren.col.werknemer"), Cli.text("bewaren.col.werkgever"),
                Cli.text("bewaren.col.einde"), Cli.text("bewaren.col.vervalt"), Cli.text("bewaren.col.staat"),
                Cli.text("bewaren.col.bewaarplicht"));
        for (Bewaarregel r : regels) {
            table.add(r.werknemer(), r.werkgever(), DateInput.format(r.einddatum()), DateInput.format(r.vervaldatum()),
                    Cli.text("bewaarstaat." + r.staat().name()), r.bewaarplicht() == null ? ""
                            : Cli.text("bewaarplicht.reden." + r.bewaarplicht().reden().name()));
        }
        out.print(table.render());
        out.println(Cli.text("cli.bewaren.aantal", regels.size()));
        return Cli.EXIT_OK;
    }
}
