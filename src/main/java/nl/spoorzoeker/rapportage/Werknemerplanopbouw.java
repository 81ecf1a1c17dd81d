package nl.spoorzoeker.rapportage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.spoorzoeker.fase.FaseSoort;
import nl.spoorzoeker.tijdlijn.MijlpaalSoort;

/**
 * Takes the werknemer's copy of the trajectplan out of the trajectplan's own model (pure): the
 * same goals, phases, agreements and dates, so the two versions cannot tell a different plan.
 * Only what the werknemer acts on or waits for is kept: no hours, no report checks, no
 * belastbaarheid (the werknemer knows their own; it is the employer's evidence).
 */
public final class Werknemerplanopbouw {

    /** The phases every traject goes through (domain.md §6.2); the others show when they are in the plan. */
    private static final Set<FaseSoort> ALTIJD = EnumSet.of(FaseSoort.ACCEPTATIE, FaseSoort.ROEPING,
            FaseSoort.ZOEKPROFIEL, FaseSoort.ARBEIDSMARKT);

    /** Milestones that are someone's paperwork rather than a moment for the werknemer. */
    private static final Set<MijlpaalSoort> NIET_VOOR_WERKNEMER = EnumSet.of(MijlpaalSoort.WEEKMELDING_42,
            MijlpaalSoort.START_SPOOR_2, MijlpaalSoort.VOORTGANGSRAPPORTAGE, MijlpaalSoort.EVALUATIE_PLAN_VAN_AANPAK,
            MijlpaalSoort.VERVROEGDE_IVA);

    private Werknemerplanopbouw() {
    }

    /** @param datum the day the copy is made */
    public static Werknemerplan plan(RapportModel m, Werknemerplan.Coach coach, LocalDate datum) {
        Rapportinhoud.Gegevens g = m.inhoud().gegevens();
        List<Rapportinhoud.Fase> gestart = m.inhoud().fasen();
        String huidig = gestart.stream().filter(f -> f.eind() == null).map(Rapportinhoud.Fase::soort)
                .reduce((a, b) -> b).orElse(null);
        List<Werknemerplan.Fase> fasen = new ArrayList<>();
        for (FaseSoort f : FaseSoort.values()) {
            List<Werknemerplan.Doel> doelen = doelen(m, f.name());
            boolean inPlan = ALTIJD.contains(f) || !doelen.isEmpty() || f.name().equals(huidig)
                    || (f != FaseSoort.INTAKE && gestart.stream().anyMatch(x -> x.soort().equals(f.name())));
            if (inPlan) {
                fasen.add(new Werknemerplan.Fase(f.name(), doelen));
            }
        }
        List<Werknemerplan.Doel> zonderFase = doelen(m, null);
        if (!zonderFase.isEmpty()) {
            fasen.add(new Werknemerplan.Fase(null, zonderFase));
        }

        LocalDate vanaf = m.tot();
        List<Werknemerplan.Datum> data = new ArrayList<>();
        for (RapportModel.Doel d : m.doelen()) {
            if (d.streefdatum() != null && !d.streefdatum().isBefore(vanaf) && open(d.status())) {
                data.add(new Werknemerplan.Datum(d.streefdatum(), Werknemerplan.Datum.DOEL, d.omschrijving()));
            }
        }
        for (RapportModel.Termijn t : m.termijnen()) {
            if (t.nogTeGaan() && !t.deadline().isBefore(vanaf)
                    && !NIET_VOOR_WERKNEMER.contains(MijlpaalSoort.valueOf(t.soort()))) {
                data.add(new Werknemerplan.Datum(t.deadline(), t.soort(), null));
            }
        }
        LocalDate einde = g == null ? null : g.geplandeEinddatum();
        if (einde != null && !einde.isBefore(vanaf)) {
            data.add(new Werknemerplan.Datum(einde, Werknemerplan.Datum.EINDE, null));
        }
        data.sort(Comparator.comparing(Werknemerplan.Datum::datum));

        String afspraken = m.tekst(Sectie.AFSPRAKEN);
        // A draft's marked gap is the coach's note to self, not an agreement.
        if (afspraken != null && Voorinvulling.heeftOpenPlek(afspraken)) {
            afspraken = null;
        }
        String visie = m.akkoord() == null || m.akkoord().visie() == null || m.akkoord().visie().isBlank() ? null
                : m.akkoord().visie().strip();
        return new Werknemerplan(g == null ? null : g.werknemer(), datum, g == null ? m.traject().startdatum()
                : g.startdatum() != null ? g.startdatum() : m.traject().startdatum(), einde,
                g == null ? null : g.werkgever(), g == null ? null : g.contactpersoon(),
                g == null ? null : g.opdrachtgever(), huidig, fasen, m.sollicitaties().normPerWeek(),
                m.profielen().zoekrichtingen().stream().map(RapportModel.Zoekrichting::functie).toList(),
                afspraken == null ? null : afspraken.strip(), visie, data, coach);
    }

    private static List<Werknemerplan.Doel> doelen(RapportModel m, String fase) {
        return m.doelen().stream().filter(d -> java.util.Objects.equals(d.fase(), fase)
                        && !"VERVALLEN".equals(d.status()))
                .map(d -> new Werknemerplan.Doel(d.omschrijving(), d.streefdatum(), d.status())).toList();
    }

    private static boolean open(String status) {
        return "OPEN".equals(status) || "BEZIG".equals(status);
    }
}
