package nl.spoorzoeker.dossier;

import java.time.LocalDate;

/**
 * One row of the dossier list: enough to find, sort and open a dossier, nothing more.
 *
 * @param verzuimweek the week of sickness today by the dossier's clock; 0 before the first sick day
 */
public record DossierRegel(
        int trajectId,
        String naam,
        String werkgever,
        LocalDate eersteZiektedag,
        LocalDate startdatum,
        TrajectStatus status,
        int verzuimweek) {

    DossierRegel metWeek(int week) {
        return new DossierRegel(trajectId, naam, werkgever, eersteZiektedag, startdatum, status, week);
    }
}
