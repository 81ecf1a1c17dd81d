package nl.spoorzoeker.tijdlijn;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Everything the clock of one traject needs, as stored: the first sick day from the dossier, the
 * periods (when the coach recorded them), the events, the traject start and the report interval.
 * Without recorded periods of sickness, one period runs from the eerste ziektedag. {@code overname}
 * holds what the coach declared about milestones before the assignment; {@code uitzondering} the
 * documented reason for a late start of spoor 2 (null when none is recorded).
 */
public record Tijdlijn(
        LocalDate eersteZiektedag,
        LocalDate trajectStart,
        List<VerzuimPeriode> periodes,
        List<Gebeurtenis> gebeurtenissen,
        int voortgangIntervalWeken,
        Overname overname,
        LateStartUitzondering uitzondering,
        Regime regime) {

    public Tijdlijn {
        regime = regime == null ? Regime.LOONDOORBETALING : regime;
        periodes = List.copyOf(periodes);
        gebeurtenissen = List.copyOf(gebeurtenissen);
        overname = overname == null ? Overname.GEEN : overname;
    }

    public Tijdlijn(LocalDate eersteZiektedag, LocalDate trajectStart, List<VerzuimPeriode> periodes,
                    List<Gebeurtenis> gebeurtenissen, int voortgangIntervalWeken) {
        this(eersteZiektedag, trajectStart, periodes, gebeurtenissen, voortgangIntervalWeken, Overname.GEEN, null);
    }

    /** Under loondoorbetaling (every traject before issue 18). */
    public Tijdlijn(LocalDate eersteZiektedag, LocalDate trajectStart, List<VerzuimPeriode> periodes,
                    List<Gebeurtenis> gebeurtenissen, int voortgangIntervalWeken, Overname overname,
                    LateStartUitzondering uitzondering) {
        this(eersteZiektedag, trajectStart, periodes, gebeurtenissen, voortgangIntervalWeken, overname, uitzondering,
                Regime.LOONDOORBETALING);
    }

    public Verzuimklok klok() {
        List<Periode> ziek = periodes.stream().filter(p -> !p.wazo()).map(VerzuimPeriode::periode).toList();
        List<Periode> wazo = periodes.stream().filter(VerzuimPeriode::wazo).map(VerzuimPeriode::periode).toList();
        return Verzuimklok.van(ziek.isEmpty() ? List.of(Periode.vanaf(eersteZiektedag)) : ziek, wazo);
    }

    public OptionalInt week(LocalDate dag) {
        return klok().week(dag);
    }

    public List<Mijlpaal> mijlpalen(KlokInstellingen basis, LocalDate vandaag) {
        KlokInstellingen instellingen = new KlokInstellingen(basis.margeDagen(), basis.binnenkortDagen(),
                voortgangIntervalWeken);
        return Poortwachter.mijlpalen(klok(), trajectStart, gedaan(), instellingen, vandaag, overname, regime);
    }

    /** The events as the clock reads them: for one-off events the earliest date counts. */
    public Gebeurtenissen gedaan() {
        Map<GebeurtenisSoort, List<LocalDate>> bySoort = gebeurtenissen.stream().collect(Collectors.groupingBy(
                Gebeurtenis::soort, Collectors.mapping(Gebeurtenis::datum, Collectors.toList())));
        return new Gebeurtenissen(
                first(bySoort, GebeurtenisSoort.PROBLEEMANALYSE),
                first(bySoort, GebeurtenisSoort.PLAN_VAN_AANPAK),
                bySoort.getOrDefault(GebeurtenisSoort.EVALUATIE_PLAN_VAN_AANPAK, List.of()),
                first(bySoort, GebeurtenisSoort.WEEKMELDING_42),
                first(bySoort, GebeurtenisSoort.AD_RAPPORT),
                first(bySoort, GebeurtenisSoort.EERSTEJAARSEVALUATIE),
                first(bySoort, GebeurtenisSoort.ACTUEEL_OORDEEL),
                first(bySoort, GebeurtenisSoort.EINDEVALUATIE),
                first(bySoort, GebeurtenisSoort.WIA_AANVRAAG),
                first(bySoort, GebeurtenisSoort.EINDRAPPORTAGE),
                bySoort.getOrDefault(GebeurtenisSoort.VOORTGANGSRAPPORTAGE, List.of()));
    }

    private static LocalDate first(Map<GebeurtenisSoort, List<LocalDate>> bySoort, GebeurtenisSoort soort) {
        return bySoort.getOrDefault(soort, List.of()).stream().min(LocalDate::compareTo).orElse(null);
    }
}
