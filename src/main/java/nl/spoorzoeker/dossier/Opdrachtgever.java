package nl.spoorzoeker.dossier;

/**
 * Who gives the coach the assignment and pays for it. The werkgever is named by the dossier's
 * werkgever; UWV and another payer by {@code naam} (for UWV optional, e.g. the office).
 */
public record Opdrachtgever(Soort soort, String naam) {

    public enum Soort {
        WERKGEVER, UWV, ANDERS
    }

    /** The werkgever of the dossier, as every traject before issue 18 had. */
    public static final Opdrachtgever WERKGEVER = new Opdrachtgever(Soort.WERKGEVER, null);

    public Opdrachtgever {
        if (soort == null) {
            throw new IllegalArgumentException("an opdrachtgever has a kind");
        }
        naam = naam == null || naam.isBlank() || soort == Soort.WERKGEVER ? null : naam.strip();
    }

    /**
     * The name a report or list shows: the werkgever's (given), UWV with its office, or the payer's.
     * UWV is always named as UWV, so an office typed as "Utrecht" reads "UWV Utrecht".
     */
    public String weergave(String werkgeverNaam) {
        return switch (soort) {
            case WERKGEVER -> werkgeverNaam;
            case UWV -> naam == null ? "UWV" : naam.toUpperCase(java.util.Locale.ROOT).startsWith("UWV") ? naam : "UWV " + naam;
            case ANDERS -> naam;
        };
    }

    public static Opdrachtgever uwv(String naam) {
        return new Opdrachtgever(Soort.UWV, naam);
    }
}
