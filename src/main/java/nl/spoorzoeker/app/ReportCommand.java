package nl.spoorzoeker.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.input.Parsed;
import nl.spoorzoeker.input.Weigering;
import nl.spoorzoeker.rapportage.Bevinding;
import nl.spoorzoeker.rapportage.Rapport;
import nl.spoorzoeker.rapportage.RapportOpslag;
import nl.spoorzoeker.rapportage.RapportSoort;
import nl.spoorzoeker.rapportage.Uwvtoets;
import nl.spoorzoeker.taal.Teksten;
import nl.spoorzoeker.ui.I18n;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import nl.spoorzoeker.store.Doelfout;

/**
 * Writes the report the coach keeps in the practice: a final one as the exact bytes stored when it
 * was made final (their SHA-256 checked first), a concept only when asked for, as the editor's saved
 * input renders now, with the UWV checklist and an exit code that says whether blockers remain.
 *
 * <p>Which report: the given period, otherwise the newest stored one (latest end); within that
 * period the newest final version, or with {@code --concept} the newest version of all. A final
 * version stays the valid one while its correction is still a concept, and a coach who names no
 * period means the current report; the period written is printed, so the choice is never silent.
 * Nothing is created here: a report exists once the coach starts it in the window, where its draft
 * and gaps are seen — a row made by a script would appear in the coach's list unasked.
 */
@Command(name = "report")
final class ReportCommand extends PracticeCommand {

    /** Blockers remain: the report could not be final. */
    static final int EXIT_BLOKKADES = 5;

    /** The stored report is a concept without blockers and {@code --concept} was not given: nothing written. */
    static final int EXIT_CONCEPT = 6;

    enum Type {
        intake(RapportSoort.INTAKEVERSLAG), trajectplan(RapportSoort.TRAJECTPLAN), voortgang(RapportSoort.VOORTGANG),
        eind(RapportSoort.EIND);

        final RapportSoort soort;

        Type(RapportSoort soort) {
            this.soort = soort;
        }
    }

    @Option(names = "--dossier", required = true, paramLabel = "NR", descriptionKey = "cli.opt.report.dossier")
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

    /** The report's language; by default the one the coach chose for the app (its messages here stay in that one). */
    @Option(names = "--language", paramLabel = "TAAL", descriptionKey = "cli.opt.report.language")
    Taal taal;

    enum Taal {
        nl(Teksten.DUTCH), en(Teksten.ENGLISH);

        final java.util.Locale locale;

        Taal(java.util.Locale locale) {
            this.locale = locale;
        }
    }

    @Override
    int run(AppContext context, PrintWriter uit, PrintWriter err) throws Exception {
        if (context.dossiers().find(dossier).isEmpty()) {
            err.println(Cli.text("cli.report.geenDossier", dossier));
            return Cli.EXIT_USAGE;
        }
        LocalDate begin;
        LocalDate eind;
        try {
            begin = van == null ? null : datum(van, "--from");
            eind = tot == null ? null : datum(tot, "--to");
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return Cli.EXIT_USAGE;
        }
        if (begin != null && eind != null && eind.isBefore(begin)) {
            err.println(Cli.text("cli.report.periode"));
            return Cli.EXIT_USAGE;
        }
        RapportOpslag opslag = context.rapportOpslag();
        Teksten rapporttaal = taal == null ? I18n.teksten() : Teksten.voor(taal.locale);
        String soortNaam = Cli.text("rapport.soort." + type.soort.name());
        List<Rapport> vanSoort = opslag.vanDossier(dossier).stream().filter(r -> r.soort() == type.soort).toList();
        List<Rapport> passend = vanSoort.stream().filter(r -> (begin == null || r.van().equals(begin))
                && (eind == null || r.tot().equals(eind))).toList();
        if (passend.isEmpty()) {
            err.println(vanSoort.isEmpty() ? Cli.text("cli.report.geenRapport", dossier, soortNaam)
                    : Cli.text("cli.report.geenRapportPeriode", dossier, soortNaam));
            vanSoort.forEach(r -> err.println(regel(r)));
            return Cli.EXIT_ERROR;
        }
        Rapport nieuwste = passend.stream().max(Comparator.comparing(Rapport::tot).thenComparing(Rapport::van)).orElseThrow();
        List<Rapport> periode = passend.stream().filter(r -> r.van().equals(nieuwste.van()) && r.tot().equals(nieuwste.tot()))
                .toList();
        Rapport laatste = periode.stream().max(Comparator.comparingInt(Rapport::versie)).orElseThrow();
        Optional<Rapport> definitief = periode.stream().filter(r -> r.status() == Rapport.Status.DEFINITIEF)
                .max(Comparator.comparingInt(Rapport::versie));
        Rapport gekozen = concept ? laatste : definitief.orElse(laatste);
        Path doel = out.toAbsolutePath();

        if (gekozen.status() == Rapport.Status.DEFINITIEF) {
            try {
                // Checks the stored bytes against their SHA-256 before a byte is written; a mismatch writes nothing.
                opslag.bewaarPdfAls(gekozen.id(), doel, rapporttaal);
            } catch (Weigering e) {
                return Cli.weigering(e, err);
            } catch (Doelfout f) {
                // A failure in the data folder itself is not caught here: it keeps the data folder's sentences.
                return Cli.uitvoerfout((Exception) f.getCause(), doel, err);
            }
            uit.println(Cli.text("cli.report.definitief", soortNaam, gekozen.versie(), DateInput.format(gekozen.van()),
                    DateInput.format(gekozen.tot()), doel, gekozen.sha256()));
            if (laatste != gekozen) {
                uit.println(Cli.text("cli.report.nieuwereConcept", laatste.versie()));
            }
            return Cli.EXIT_OK;
        }

        RapportOpslag.Controle controle = opslag.controleer(gekozen.id(), rapporttaal);
        boolean blokkades = !Uwvtoets.magDefinitief(controle.bevindingen());
        if (concept) {
            try {
                opslag.bewaarPdfAls(gekozen.id(), doel, rapporttaal);
            } catch (Doelfout f) {
                // A failure in the data folder itself is not caught here: it keeps the data folder's sentences.
                return Cli.uitvoerfout((Exception) f.getCause(), doel, err);
            }
            uit.println(Cli.text("cli.report.concept", soortNaam, gekozen.versie(), DateInput.format(gekozen.van()),
                    DateInput.format(gekozen.tot()), doel));
        } else {
            err.println(Cli.text("cli.report.isConcept", soortNaam, gekozen.versie(), DateInput.format(gekozen.van()),
                    DateInput.format(gekozen.tot())));
        }
        for (Bevinding b : controle.bevindingen()) {
            uit.println(Cli.text(b.ernst() == Bevinding.Ernst.BLOKKADE ? "cli.report.blokkade" : "cli.report.waarschuwing",
                    b.controle(), Cli.text(b.berichtKey(), b.weergave(I18n.teksten()))));
        }
        if (blokkades) {
            uit.println(Cli.text("cli.report.nietDefinitief"));
        } else if (!controle.openWaarschuwingen().isEmpty()) {
            uit.println(Cli.text("cli.report.openWaarschuwingen", controle.openWaarschuwingen().size()));
        } else {
            uit.println(Cli.text("cli.report.definitiefMogelijk"));
        }
        return blokkades ? EXIT_BLOKKADES : concept ? Cli.EXIT_OK : EXIT_CONCEPT;
    }

    /** One stored report in a list: period, version and state, to pass as --from and --to. */
    private static String regel(Rapport r) {
        return Cli.text("cli.report.regel", DateInput.format(r.van()), DateInput.format(r.tot()), r.versie(),
                Cli.text("rapport.status." + r.status().name()));
    }

    private static LocalDate datum(String text, String waar) {
        Parsed<LocalDate> parsed = DateInput.required(text);
        if (!parsed.isOk()) {
            throw new IllegalArgumentException(Cli.text("cli.timeline.badDate", waar, text, Cli.text(parsed.errorKey())));
        }
        return parsed.value();
    }
}
