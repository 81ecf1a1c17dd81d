package nl.spoorzoeker.app;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.input.Parsed;
import nl.spoorzoeker.tijdlijn.Gebeurtenissen;
import nl.spoorzoeker.tijdlijn.KlokInstellingen;
import nl.spoorzoeker.tijdlijn.Mijlpaal;
import nl.spoorzoeker.tijdlijn.Periode;
import nl.spoorzoeker.tijdlijn.Poortwachter;
import nl.spoorzoeker.tijdlijn.Verzuimklok;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import nl.spoorzoeker.tijdlijn.Tijdzone;

/** The Poortwachter calculator on its own: no data folder needed. */
@Command(name = "timeline")
final class TimelineCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--eerste-ziektedag", paramLabel = "DATUM", descriptionKey = "cli.opt.timeline.eerste-ziektedag")
    String eersteZiektedag;

    @Option(names = "--periode", paramLabel = "VAN:TOT",
            descriptionKey = "cli.opt.timeline.periode")
    List<String> periodes = new ArrayList<>();

    @Option(names = "--wazo", paramLabel = "VAN:TOT", descriptionKey = "cli.opt.timeline.wazo")
    List<String> wazo = new ArrayList<>();

    @Option(names = "--eje", paramLabel = "DATUM", descriptionKey = "cli.opt.timeline.eje")
    String eje;

    @Option(names = "--start", paramLabel = "DATUM", descriptionKey = "cli.opt.timeline.start")
    String start;

    @Option(names = "--vandaag", paramLabel = "DATUM", descriptionKey = "cli.opt.timeline.vandaag")
    String vandaag;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (eersteZiektedag != null && !periodes.isEmpty()) {
                // Both at once used to add an open period from the first sick day, silently filling every
                // gap between the periods (and moving the end of the wachttijd): one meaning, or refused.
                err.println(Cli.text("cli.timeline.eenVanBeide"));
                return Cli.EXIT_USAGE;
            }
            List<Periode> ziek = new ArrayList<>();
            for (String p : periodes) {
                ziek.add(periode(p));
            }
            List<Periode> opVolgorde = ziek.stream().sorted(java.util.Comparator.comparing(Periode::van)).toList();
            for (int i = 0; i < opVolgorde.size() - 1; i++) {
                if (opVolgorde.get(i).lopend()) {
                    err.println(Cli.text("cli.timeline.openNietLaatst", DateInput.format(opVolgorde.get(i).van()),
                            DateInput.format(opVolgorde.get(i + 1).van())));
                    return Cli.EXIT_USAGE;
                }
            }
            if (eersteZiektedag != null) {
                ziek.add(Periode.vanaf(date(eersteZiektedag, "--eerste-ziektedag")));
            }
            if (ziek.isEmpty()) {
                err.println(Cli.text("cli.timeline.needsStart"));
                return Cli.EXIT_USAGE;
            }
            List<Periode> verlof = new ArrayList<>();
            for (String p : wazo) {
                verlof.add(periode(p));
            }
            LocalDate today = vandaag == null ? LocalDate.now(Tijdzone.PRAKTIJK) : date(vandaag, "--vandaag");
            Verzuimklok klok = Verzuimklok.van(ziek, verlof);
            Gebeurtenissen gedaan = eje == null ? Gebeurtenissen.GEEN
                    : Gebeurtenissen.GEEN.metEerstejaarsevaluatie(date(eje, "--eje"));
            LocalDate trajectStart = start == null ? null : date(start, "--start");
            print(out, klok, Poortwachter.mijlpalen(klok, trajectStart, gedaan, KlokInstellingen.STANDAARD, today), today);
            return Cli.EXIT_OK;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return Cli.EXIT_USAGE;
        }
    }

    private static void print(PrintWriter out, Verzuimklok klok, List<Mijlpaal> mijlpalen, LocalDate today) {
        out.println(Cli.text("cli.timeline.start", DateInput.format(klok.eersteZiektedag())));
        var week = klok.week(today);
        out.println(Cli.text("cli.timeline.today", DateInput.format(today),
                week.isPresent() ? Integer.toString(week.getAsInt()) : "–"));
        out.println();
        TextTable table = new TextTable(Cli.text("mijlpaal.col.mijlpaal"), Cli.text("mijlpaal.col.wie"),
                Cli.text("mijlpaal.col.deadline"), Cli.text("mijlpaal.col.streef"), Cli.text("mijlpaal.col.week"),
                Cli.text("mijlpaal.col.status"));
        for (Mijlpaal m : mijlpalen) {
            String naam = Cli.text("mijlpaal." + m.soort().name()) + (m.volgnummer() > 1 ? " " + m.volgnummer() : "");
            var weekAtDeadline = klok.week(m.deadline());
            table.add(naam, Cli.text("actor." + m.soort().wie().name()), DateInput.format(m.deadline()),
                    m.soort().taak() ? DateInput.format(m.streefdatum()) : "",
                    weekAtDeadline.isPresent() ? Integer.toString(weekAtDeadline.getAsInt()) : "",
                    Cli.text("mijlpaalstatus." + m.status().name()));
        }
        out.print(table.render());
    }

    private static Periode periode(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException(Cli.text("cli.timeline.badPeriod", text));
        }
        LocalDate from = date(text.substring(0, colon), text);
        String to = text.substring(colon + 1);
        LocalDate until = to.isBlank() ? null : date(to, text);
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException(Cli.text("cli.timeline.badPeriod", text));
        }
        return new Periode(from, until);
    }

    private static LocalDate date(String text, String where) {
        Parsed<LocalDate> parsed = DateInput.required(text);
        if (!parsed.isOk()) {
            throw new IllegalArgumentException(Cli.text("cli.timeline.badDate", where, text, Cli.text(parsed.errorKey())));
        }
        return parsed.value();
    }
}
