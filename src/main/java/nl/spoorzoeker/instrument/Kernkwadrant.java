package nl.spoorzoeker.instrument;

/**
 * One kernkwadrant (Ofman): a quality, its pitfall (too much of the quality), its challenge (the
 * positive opposite of the pitfall) and its allergy (too much of the challenge). Only the quality
 * is required; the rest is filled in as the conversation gets there.
 *
 * @param id        null before it is stored
 * @param datum     the day it was made (practice calendar); null before it is stored: the service
 *                  then takes today. A report prints it only when this day lies by the period's end.
 * @param gewijzigd the day it was last changed; null before it is stored (read only)
 */
public record Kernkwadrant(Integer id, String kwaliteit, String valkuil, String uitdaging, String allergie,
                           java.time.LocalDate datum, java.time.LocalDate gewijzigd) {

    /** The longest text a field holds: a few words, or a short sentence. */
    public static final int MAX = 200;

    /** As the form makes one: its dates are the store's. */
    public Kernkwadrant(Integer id, String kwaliteit, String valkuil, String uitdaging, String allergie) {
        this(id, kwaliteit, valkuil, uitdaging, allergie, null, null);
    }
}
