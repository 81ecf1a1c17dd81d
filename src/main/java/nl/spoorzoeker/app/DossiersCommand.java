package nl.spoorzoeker.app;

import java.util.List;
import nl.spoorzoeker.dossier.DossierRegel;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.ui.I18n;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import nl.spoorzoeker.dossier.TrajectStatus;

/** Lists the dossiers as a plain-text table, each with the number the other commands take as --dossier. */
@Command(name = "dossiers")
final class DossiersCommand extends PracticeCommand {

    @Option(names = "--alle", descriptionKey = "cli.opt.dossiers.alle")
    boolean alle;

    @Override
    int run(AppContext context, java.io.PrintWriter out, java.io.PrintWriter err) {
        List<DossierRegel> rows = context.dossiers().list().stream()
                .filter(r -> alle || r.status() != TrajectStatus.GEARCHIVEERD)
                .sorted(java.util.Comparator.comparing(DossierRegel::naam, java.text.Collator.getInstance(I18n.locale())))
                .toList();
        TextTable table = new TextTable(Cli.text("cli.dossiers.col.nummer"), Cli.text("dossier.col.naam"), Cli.text("dossier.col.werkgever"),
                Cli.text("dossier.col.verzuimweek"), Cli.text("dossier.col.status"),
                Cli.text("dossier.col.startdatum"));
        for (DossierRegel r : rows) {
            table.add(Integer.toString(r.trajectId()), r.naam(), r.werkgever(), r.verzuimweek() > 0 ? Integer.toString(r.verzuimweek()) : "–",
                    Cli.text("status." + r.status().name()), DateInput.format(r.startdatum()));
        }
        out.print(table.render());
        out.println(Cli.text("cli.dossiers.count", rows.size()));
        return Cli.EXIT_OK;
    }
}
