package nl.spoorzoeker.rapportage.pdf;

/**
 * Who the report is from and about: the practice (letterhead, with its logo as PNG or JPEG bytes,
 * or null), the werknemer and the employer; and who signs it: the coach by name, with their
 * signature (PNG or JPEG, or null). A {@code concept} is marked as such on every page and is not
 * signed by the coach. {@code opdrachtgever} names who the report is addressed to when that is not
 * the werkgever (UWV with its office, or another payer); null for the werkgever.
 */
public record Rapportkop(String praktijk, String praktijkRegel, String werknemer, String werkgever, byte[] logo,
                         String coach, byte[] coachHandtekening, boolean concept, String opdrachtgever) {

    public Rapportkop(String praktijk, String praktijkRegel, String werknemer, String werkgever, byte[] logo,
                      String coach, byte[] coachHandtekening, boolean concept) {
        this(praktijk, praktijkRegel, werknemer, werkgever, logo, coach, coachHandtekening, concept, null);
    }

    public Rapportkop(String praktijk, String praktijkRegel, String werknemer, String werkgever, byte[] logo) {
        this(praktijk, praktijkRegel, werknemer, werkgever, logo, null, null, false);
    }

    public Rapportkop(String praktijk, String praktijkRegel, String werknemer, String werkgever) {
        this(praktijk, praktijkRegel, werknemer, werkgever, null);
    }

    /** The same letterhead for a concept (or not). */
    public Rapportkop alsConcept(boolean isConcept) {
        return new Rapportkop(praktijk, praktijkRegel, werknemer, werkgever, logo, coach, coachHandtekening, isConcept,
                opdrachtgever);
    }
}
