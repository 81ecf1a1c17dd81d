package nl.spoorzoeker.instrument;

/**
 * One kernkwadrant (Ofman): a quality, its pitfall (too much of the quality), its challenge (the
 * positive opposite of the pitfall) and its allergy (too much of the challenge). Only the quality
 * is required; the rest is filled in as the conversation gets there.
 *
 * @param id null before it is stored
 */
public record Kernkwadrant(Integer id, String kwaliteit, String valkuil, String uitdaging, String allergie) {

    /** The longest text a field holds: a few words, or a short sentence. */
    public static final int MAX = 200;
}
