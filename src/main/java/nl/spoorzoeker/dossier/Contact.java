package nl.spoorzoeker.dossier;

/** A person at an employer, with how to reach them; parts may be null. */
public record Contact(String naam, String telefoon, String email) {

    public static final Contact LEEG = new Contact(null, null, null);
}
