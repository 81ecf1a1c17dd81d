package nl.spoorzoeker.bewaartermijn;

/**
 * What deleting a traject would remove, for the confirmation: the main kinds by name, everything
 * else as a count of rows. {@code werknemerGaatMee} is false when another traject still needs the
 * werknemer; {@code werkgeverAlleen} is true when no other traject names the werkgever (only then
 * can the coach choose to delete it too).
 */
public record Omvang(int trajectId, String werknemer, String werkgever, int contactmomenten, int sollicitaties,
                     int bijlagen, int rapporten, int definitieveRapporten, int afspraken, int overigeRegels,
                     boolean werknemerGaatMee, boolean werkgeverAlleen, Bewaarstaat staat) {
}
