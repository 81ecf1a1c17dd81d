package nl.spoorzoeker.tijdlijn;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Computes the milestones of a dossier from its clock, its traject start and what has happened
 * (domain.md §1.2). Pure: the same input always gives the same table.
 */
public final class Poortwachter {

    static final int PROBLEEMANALYSE_WEEK = 6;
    static final int PLAN_VAN_AANPAK_WEEK = 8;
    static final int PLAN_VAN_AANPAK_NA_PROBLEEMANALYSE_DAGEN = 14;
    static final int EVALUATIE_INTERVAL_WEKEN = 6;
    static final int WEEKMELDING_WEEK = 42;
    static final int EERSTEJAARSEVALUATIE_WEEK = 52;
    static final int SPOOR_2_NA_EJE_DAGEN = 42;
    static final int SPOOR_2_ZONDER_EJE_WEEK = 58;
    static final int VERVROEGDE_IVA_WEEK = 67;
    static final int EINDRAPPORTAGE_WEEK = 89;
    static final int ACTUEEL_OORDEEL_WEEK = 89;
    static final int EINDEVALUATIE_WEEK = 91;
    static final int WIA_AANVRAAG_WEEK = 93;
    static final int WACHTTIJD_WEEKEN = 104;
    static final int EERSTEJAARS_ZW_BEOORDELING_WEEK = 52;

    /**
     * The milestones that only exist where a werkgever carries the Poortwachter duties; a
     * Ziektewet-vangnet clock leaves them out (docs/ziektewet-vangnet.md gives the sources).
     */
    static final java.util.Set<MijlpaalSoort> ALLEEN_LOONDOORBETALING = java.util.EnumSet.of(
            MijlpaalSoort.WEEKMELDING_42, MijlpaalSoort.EERSTEJAARSEVALUATIE, MijlpaalSoort.START_SPOOR_2,
            MijlpaalSoort.ACTUEEL_OORDEEL, MijlpaalSoort.EINDEVALUATIE);

    private final Verzuimklok klok;
    private final LocalDate trajectStart;
    private final Gebeurtenissen gedaan;
    private final KlokInstellingen instellingen;
    private final LocalDate vandaag;
    private final Overname overname;
    private final Regime regime;

    private Poortwachter(Verzuimklok klok, LocalDate trajectStart, Gebeurtenissen gedaan,
                         KlokInstellingen instellingen, LocalDate vandaag, Overname overname, Regime regime) {
        this.regime = regime;
        this.klok = klok;
        this.trajectStart = trajectStart;
        this.gedaan = gedaan;
        this.instellingen = instellingen;
        this.vandaag = vandaag;
        this.overname = overname;
    }

    /**
     * All milestones in date order: the done ones, and for repeated moments the next open one.
     *
     * @param trajectStart start of the spoor 2 traject; null when it has not been agreed yet
     */
    public static List<Mijlpaal> mijlpalen(Verzuimklok klok, LocalDate trajectStart, Gebeurtenissen gedaan,
                                           KlokInstellingen instellingen, LocalDate vandaag) {
        return mijlpalen(klok, trajectStart, gedaan, instellingen, vandaag, Overname.GEEN);
    }

    /**
     * As {@link #mijlpalen(Verzuimklok, LocalDate, Gebeurtenissen, KlokInstellingen, LocalDate)}, for a
     * case taken over part-way: milestones declared as before the assignment are not late for the
     * coach, and a series of evaluations before it collapses into one such row.
     */
    public static List<Mijlpaal> mijlpalen(Verzuimklok klok, LocalDate trajectStart, Gebeurtenissen gedaan,
                                           KlokInstellingen instellingen, LocalDate vandaag, Overname overname) {
        return mijlpalen(klok, trajectStart, gedaan, instellingen, vandaag, overname, Regime.LOONDOORBETALING);
    }

    /**
     * As above, under {@code regime}: a Ziektewet-vangnet clock has no werkgever's moments (42e-week,
     * eerstejaarsevaluatie, start spoor 2, actueel oordeel, eindevaluatie) and has UWV's eerstejaars
     * Ziektewet-beoordeling at the end of week 52 instead.
     */
    public static List<Mijlpaal> mijlpalen(Verzuimklok klok, LocalDate trajectStart, Gebeurtenissen gedaan,
                                           KlokInstellingen instellingen, LocalDate vandaag, Overname overname,
                                           Regime regime) {
        return new Poortwachter(klok, trajectStart, gedaan, instellingen, vandaag,
                overname == null ? Overname.GEEN : overname, regime == null ? Regime.LOONDOORBETALING : regime)
                .bereken();
    }

    private List<Mijlpaal> bereken() {
        List<Mijlpaal> result = new ArrayList<>();
        Optional<LocalDate> probleemanalyse = eindeWeek(PROBLEEMANALYSE_WEEK);
        probleemanalyse.ifPresent(d -> result.add(mijlpaal(MijlpaalSoort.PROBLEEMANALYSE, 1, d, gedaan.probleemanalyse())));

        Optional<LocalDate> pva = gedaan.probleemanalyse() != null
                ? Optional.of(gedaan.probleemanalyse().plusDays(PLAN_VAN_AANPAK_NA_PROBLEEMANALYSE_DAGEN))
                : eindeWeek(PLAN_VAN_AANPAK_WEEK);
        pva.ifPresent(d -> result.add(mijlpaal(MijlpaalSoort.PLAN_VAN_AANPAK, 1, d, gedaan.planVanAanpak())));

        Optional<LocalDate> wachttijd = eindeWeek(WACHTTIJD_WEEKEN);
        if (gedaan.planVanAanpak() != null) {
            LocalDate stop = gedaan.eindevaluatie() != null ? gedaan.eindevaluatie() : wachttijd.orElse(null);
            herhaling(result, MijlpaalSoort.EVALUATIE_PLAN_VAN_AANPAK, gedaan.planVanAanpak(),
                    EVALUATIE_INTERVAL_WEKEN, gedaan.evaluaties(), stop);
        }

        klok.datumVanZiektedag(7L * WEEKMELDING_WEEK).map(d -> volgendeWerkdag(d.plusDays(1)))
                .ifPresent(d -> result.add(mijlpaal(MijlpaalSoort.WEEKMELDING_42, 1, d, gedaan.weekmelding42())));

        eindeWeek(EERSTEJAARSEVALUATIE_WEEK).ifPresent(d ->
                result.add(mijlpaal(MijlpaalSoort.EERSTEJAARSEVALUATIE, 1, d, gedaan.eerstejaarsevaluatie())));

        Optional<LocalDate> spoor2 = gedaan.eerstejaarsevaluatie() != null
                ? Optional.of(gedaan.eerstejaarsevaluatie().plusDays(SPOOR_2_NA_EJE_DAGEN))
                : eindeWeek(SPOOR_2_ZONDER_EJE_WEEK);
        LocalDate gestart = trajectStart != null && !trajectStart.isAfter(vandaag) ? trajectStart : null;
        spoor2.ifPresent(d -> result.add(mijlpaal(MijlpaalSoort.START_SPOOR_2, 1, d, gestart)));

        if (trajectStart != null) {
            LocalDate stop = gedaan.eindrapportage() != null ? gedaan.eindrapportage() : wachttijd.orElse(null);
            herhaling(result, MijlpaalSoort.VOORTGANGSRAPPORTAGE, trajectStart,
                    instellingen.voortgangIntervalWeken(), gedaan.voortgangsrapportages(), stop);
        }

        // "Before week 68": the brief's worked example puts it on E + 7·67, the first day of week 68.
        klok.datumVanZiektedag(7L * VERVROEGDE_IVA_WEEK + 1)
                .ifPresent(d -> result.add(mijlpaal(MijlpaalSoort.VERVROEGDE_IVA, 1, d, null)));
        eindeWeek(ACTUEEL_OORDEEL_WEEK).ifPresent(d ->
                result.add(mijlpaal(MijlpaalSoort.ACTUEEL_OORDEEL, 1, d, gedaan.actueelOordeel())));
        eindeWeek(EINDRAPPORTAGE_WEEK).ifPresent(d ->
                result.add(mijlpaal(MijlpaalSoort.EINDRAPPORTAGE, 1, d, gedaan.eindrapportage())));
        eindeWeek(EINDEVALUATIE_WEEK).ifPresent(d ->
                result.add(mijlpaal(MijlpaalSoort.EINDEVALUATIE, 1, d, gedaan.eindevaluatie())));
        eindeWeek(WIA_AANVRAAG_WEEK).ifPresent(d ->
                result.add(mijlpaal(MijlpaalSoort.WIA_AANVRAAG, 1, d, gedaan.wiaAanvraag())));
        wachttijd.ifPresent(d -> result.add(mijlpaal(MijlpaalSoort.EINDE_WACHTTIJD, 1, d, null)));

        if (regime == Regime.ZIEKTEWET_VANGNET) {
            result.removeIf(m -> ALLEEN_LOONDOORBETALING.contains(m.soort()));
            eindeWeek(EERSTEJAARS_ZW_BEOORDELING_WEEK).ifPresent(d ->
                    result.add(mijlpaal(MijlpaalSoort.EERSTEJAARS_ZW_BEOORDELING, 1, d, null)));
        }

        result.sort(Comparator.comparing(Mijlpaal::deadline).thenComparing(m -> m.soort().ordinal()));
        return List.copyOf(result);
    }

    /**
     * A moment that recurs every {@code intervalWeken} after {@code basis}: each one done counts
     * from the day it was done; the first one not done yet is listed as open. None after {@code stop}.
     */
    private void herhaling(List<Mijlpaal> result, MijlpaalSoort soort, LocalDate basis, int intervalWeken,
                           List<LocalDate> gedaanOp, LocalDate stop) {
        LocalDate vorige = basis;
        int nummer = 1;
        for (LocalDate done : gedaanOp) {
            if (done.isBefore(basis)) {
                continue; // before the plan or traject existed: not one of this series
            }
            result.add(mijlpaal(soort, nummer++, vorige.plusWeeks(intervalWeken), done));
            vorige = done;
        }
        LocalDate volgende = vorige.plusWeeks(intervalWeken);
        LocalDate opdracht = overname.opdrachtdatum();
        if (overname.voorOpdracht(soort) && opdracht != null && volgende.isBefore(opdracht)
                && (stop == null || !volgende.isAfter(stop))) {
            // Taken over part-way: the evaluations the coach has no record of, before the assignment,
            // are one row "before my assignment", and the series goes on from the first one after it.
            result.add(new Mijlpaal(soort, nummer, volgende, volgende.minusDays(instellingen.margeDagen()), null,
                    MijlpaalStatus.VOOR_OPDRACHT));
            while (volgende.isBefore(opdracht)) {
                volgende = volgende.plusWeeks(intervalWeken);
                nummer++;
            }
        }
        if (stop == null || !volgende.isAfter(stop)) {
            result.add(mijlpaal(soort, nummer, volgende, null));
        }
    }

    private Optional<LocalDate> eindeWeek(int week) {
        return klok.eindeVanWeek(week);
    }

    private Mijlpaal mijlpaal(MijlpaalSoort soort, int nummer, LocalDate deadline, LocalDate gedaanOp) {
        LocalDate streef = deadline.minusDays(instellingen.margeDagen());
        return new Mijlpaal(soort, nummer, deadline, streef, gedaanOp, status(soort, deadline, gedaanOp));
    }

    private MijlpaalStatus status(MijlpaalSoort soort, LocalDate deadline, LocalDate gedaanOp) {
        if (!soort.taak()) {
            return vandaag.isAfter(deadline) ? MijlpaalStatus.VERSTREKEN : MijlpaalStatus.GEPLAND;
        }
        if (gedaanOp != null) {
            return MijlpaalStatus.GEDAAN;
        }
        if (overname.voorOpdracht(soort) && overname.opdrachtdatum() != null
                && deadline.isBefore(overname.opdrachtdatum())) {
            return MijlpaalStatus.VOOR_OPDRACHT;
        }
        if (vandaag.isAfter(deadline)) {
            return MijlpaalStatus.TE_LAAT;
        }
        if (!vandaag.isBefore(deadline.minusDays(instellingen.binnenkortDagen()))) {
            return MijlpaalStatus.BINNENKORT;
        }
        return MijlpaalStatus.GEPLAND;
    }

    /**
     * A statutory deadline that ends on a Saturday, a Sunday or a public holiday of the Algemene
     * termijnenwet moves to the next day that is none of these (Christmas on a Friday: to Monday 28).
     */
    static LocalDate volgendeWerkdag(LocalDate dag) {
        LocalDate d = dag;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY
                || Feestdagen.nederland().algemeenErkend(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The first open milestone that is a task: what the coach should look at next. */
    public static Optional<Mijlpaal> volgende(List<Mijlpaal> mijlpalen) {
        return mijlpalen.stream().filter(m -> m.soort().taak() && m.open()).findFirst();
    }
}
