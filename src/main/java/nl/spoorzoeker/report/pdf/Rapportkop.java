package nl.spoorzoeker.report.pdf;

/** Who the report is from and about: the practice (letterhead), the werknemer and the employer. */
public record Rapportkop(String praktijk, String praktijkRegel, String werknemer, String werkgever) {
}
