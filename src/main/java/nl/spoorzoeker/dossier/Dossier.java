package nl.spoorzoeker.dossier;

/** Everything the coach keeps about one traject: who, for which employer, and the agreement. */
public record Dossier(Werknemer werknemer, Werkgever werkgever, Traject traject) {

    public int id() {
        return traject.id();
    }
}
