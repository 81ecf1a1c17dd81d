package nl.spoorzoeker.dossier;

/** A Dutch address; every part may be missing (null). The postcode is normalised ("1234 AB"). */
public record Adres(String straat, String postcode, String plaats) {

    public static final Adres LEEG = new Adres(null, null, null);
}
