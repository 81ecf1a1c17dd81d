package nl.spoorzoeker.report.pdf;

/**
 * Who the report is from and about: the practice (letterhead, with its logo as PNG or JPEG bytes,
 * or null), the werknemer and the employer.
 */
public record Rapportkop(String praktijk, String praktijkRegel, String werknemer, String werkgever, byte[] logo) {

    public Rapportkop(String praktijk, String praktijkRegel, String werknemer, String werkgever) {
        this(praktijk, praktijkRegel, werknemer, werkgever, null);
    }
}
