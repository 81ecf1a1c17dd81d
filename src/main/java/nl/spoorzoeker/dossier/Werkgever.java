package nl.spoorzoeker.dossier;

/**
 * An employer that hires the coach. {@code id} is null before it is saved; optional fields are null
 * when unknown. {@code bedrijfsarts}: the bedrijfsarts or arbodienst, by name only (the data block
 * of every report names it).
 */
public record Werkgever(
        Integer id,
        String naam,
        String kvkNummer,
        Adres adres,
        Contact contactpersoon,
        Contact casemanager,
        boolean eigenrisicodrager,
        String bedrijfsarts) {

    /** An employer whose bedrijfsarts is not recorded. */
    public Werkgever(Integer id, String naam, String kvkNummer, Adres adres, Contact contactpersoon, Contact casemanager,
                     boolean eigenrisicodrager) {
        this(id, naam, kvkNummer, adres, contactpersoon, casemanager, eigenrisicodrager, null);
    }

    public Werkgever withId(int newId) {
        return new Werkgever(newId, naam, kvkNummer, adres, contactpersoon, casemanager, eigenrisicodrager, bedrijfsarts);
    }
}
