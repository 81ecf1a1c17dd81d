package nl.spoorzoeker.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.spoorzoeker.dossier.Dossier;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.input.Parsed;
import nl.spoorzoeker.report.Bevinding;
import nl.spoorzoeker.report.RapportModel;
import nl.spoorzoeker.report.RapportSoort;
import nl.spoorzoeker.report.Rapportinvoer;
import nl.spoorzoeker.report.Uwvtoets;
import nl.spoorzoeker.report.pdf.RapportPdf;
import nl.spoorzoeker.report.pdf.Rapportkop;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Renders a concept report headless and prints what the UWV checklist finds; the exit code says
 * whether blockers remain (unless --concept).
 */
@Command(name = "report")
final class ReportCommand extends PracticeCommand {

    /** Blockers remain: the report could not be final. */
    static final int EXIT_BLOKKADES = 5;

    enum Type {
        intake(RapportSoort.INTAKEVERSLAG), trajectplan(RapportSoort.TRAJECTPLAN), voortgang(RapportSoort.VOORTGANG),
        eind(RapportSoort.EIND);

        final RapportSoort soort;

        Type(RapportSoort soort) {
            this.soort = soort;
        }
    }

    @Option(names = "--dossier", required = true, paramLabel = "ID", descriptionKey = "cli.opt.report.dossier")
    int dossier;

    @Option(names = "--type", required = true, paramLabel = "SOORT", descriptionKey = "cli.opt.report.type")
    Type type;

    @Option(names = "--from", paramLabel = "DATUM", descriptionKey = "cli.opt.report.from")
    String van;

    @Option(names = "--to", paramLabel = "DATUM", descriptionKey = "cli.opt.report.to")
    String tot;

    @Option(names = "--out", required = true, paramLabel = "BESTAND", descriptionKey = "cli.opt.report.out")
    Path out;

    @Option(names = "--concept", descriptionKey = "cli.opt.report.concept")
    boolean concept;

    @Override
    int run(AppContext context, PrintWriter uit, PrintWriter err) throws Exception {
        Dossier d = context.dossiers().find(dossier).orElse(null);
        if (d == null) {
            err.println(Cli.text("cli.report.geenDossier", dossier));
            return Cli.EXIT_USAGE;
        }
        LocalDate vandaag = LocalDate.now(context.clock());
        LocalDate eind;
        LocalDate begin;
        try {
            eind = tot == null ? vandaag : datum(tot, "--to");
            begin = van != null ? datum(van, "--from") : type.soort == RapportSoort.VOORTGANG
                    ? eind.minusWeeks(6).plusDays(1) : (d.traject().startdatum() != null ? d.traject().startdatum() : eind);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return Cli.EXIT_USAGE;
        }
        if (eind.isBefore(begin)) {
            err.println(Cli.text("cli.report.periode"));
            return Cli.EXIT_USAGE;
        }
        RapportModel model = context.rapporten().model(dossier, type.soort, begin, eind, Rapportinvoer.LEEG);
        Rapportkop kop = context.rapportOpslag().kop(dossier);
        byte[] pdf = RapportPdf.render(model, kop, context.clock().instant());
        Path doel = out.toAbsolutePath();
        nl.spoorzoeker.store.Bestanden.schrijfAtomisch(doel, pdf);
        List<Bevinding> bevindingen = context.rapportOpslag().controleer(model);
        uit.println(Cli.text("cli.report.klaar", doel, DateInput.format(begin), DateInput.format(eind)));
        for (Bevinding b : bevindingen) {
            Object[] args = b.args().stream().map(a -> a instanceof LocalDate ld ? DateInput.format(ld) : a).toArray();
            uit.println(Cli.text(b.ernst() == Bevinding.Ernst.BLOKKADE ? "cli.report.blokkade" : "cli.report.waarschuwing",
                    b.controle(), Cli.text(b.berichtKey(), args)));
        }
        boolean blokkades = !Uwvtoets.magDefinitief(bevindingen);
        uit.println(Cli.text(blokkades ? "cli.report.nietDefinitief" : "cli.report.definitiefMogelijk"));
        return blokkades && !concept ? EXIT_BLOKKADES : Cli.EXIT_OK;
    }

    private static LocalDate datum(String text, String waar) {
        Parsed<LocalDate> parsed = DateInput.required(text);
        if (!parsed.isOk()) {
            throw new IllegalArgumentException(Cli.text("cli.timeline.badDate", waar, text, Cli.text(parsed.errorKey())));
        }
        return parsed.value();
    }
}
