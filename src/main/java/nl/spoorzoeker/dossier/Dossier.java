package nl.spoorzoeker.dossier;

/**
 * Everything the coach keeps about one traject: who, for which employer, and the agreement.
 * {@code werkgever} is null for a vangnetter without (former) employer.
 */
public record Dossier(Werknemer werknemer, Werkgever werkgever, Traject traject) {

    public int id() {
        return traject.id();
    }

    /** The opdrachtgever's name as a report or list shows it: the werkgever, UWV (with office), or the payer. */
    public String opdrachtgeverNaam() {
        return traject.opdrachtgever().weergave(werkgever == null ? null : werkgever.naam());
    }

    /** Whether reports of this dossier go to UWV rather than to an employer. */
    public boolean voorUwv() {
        return traject.opdrachtgever().soort() == Opdrachtgever.Soort.UWV;
    }
}
