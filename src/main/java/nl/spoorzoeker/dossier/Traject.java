package nl.spoorzoeker.dossier;

import java.time.LocalDate;
import nl.spoorzoeker.tijdlijn.Regime;

/**
 * The coach's assignment for one werknemer at one werkgever. {@code id} is null before saving;
 * optional dates and budgets are null when not agreed yet.
 *
 * @param budgetMinuten budgeted hours, in minutes
 * @param budgetCenten budget in euro cents
 * @param opdrachtgever who gives and pays the assignment (the werkgever unless recorded otherwise)
 * @param regime loondoorbetaling under the Poortwachter, or the Ziektewet vangnet
 */
public record Traject(
        Integer id,
        LocalDate eersteZiektedag,
        LocalDate opdrachtdatum,
        LocalDate startdatum,
        LocalDate geplandeEinddatum,
        Integer budgetMinuten,
        Integer budgetCenten,
        TrajectStatus status,
        Opdrachtgever opdrachtgever,
        Regime regime) {

    public Traject {
        opdrachtgever = opdrachtgever == null ? Opdrachtgever.WERKGEVER : opdrachtgever;
        regime = regime == null ? Regime.LOONDOORBETALING : regime;
    }

    /** For the werkgever under loondoorbetaling: what every traject was before issue 18. */
    public Traject(Integer id, LocalDate eersteZiektedag, LocalDate opdrachtdatum, LocalDate startdatum,
                   LocalDate geplandeEinddatum, Integer budgetMinuten, Integer budgetCenten, TrajectStatus status) {
        this(id, eersteZiektedag, opdrachtdatum, startdatum, geplandeEinddatum, budgetMinuten, budgetCenten, status,
                Opdrachtgever.WERKGEVER, Regime.LOONDOORBETALING);
    }

    public boolean vangnet() {
        return regime == Regime.ZIEKTEWET_VANGNET;
    }
}
