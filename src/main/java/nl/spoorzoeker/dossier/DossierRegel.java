package nl.spoorzoeker.dossier;

import java.time.LocalDate;

/** One row of the dossier list: enough to find, sort and open a dossier, nothing more. */
public record DossierRegel(
        int trajectId,
        String naam,
        String werkgever,
        LocalDate eersteZiektedag,
        LocalDate startdatum,
        TrajectStatus status) {
}
