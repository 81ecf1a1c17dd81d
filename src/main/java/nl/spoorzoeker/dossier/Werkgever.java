package nl.spoorzoeker.dossier;

/**
 * An employer that hires the coach. {@code id} is null before it is saved; optional fields are null
 * when unknown.
 */
public record Werkgever(
        Integer id,
        String naam,
        String kvkNummer,
        Adres adres,
        Contact contactpersoon,
        Contact casemanager,
        boolean eigenrisicodrager) {

    public Werkgever withId(int newId) {
        return new Werkgever(newId, naam, kvkNummer, adres, contactpersoon, casemanager, eigenrisicodrager);
    }
}
