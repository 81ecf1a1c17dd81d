package nl.spoorzoeker.instrument;

/**
 * The six interest areas of Holland's model, in the hexagon's order R-I-A-S-E-C. That order is
 * also the last step of the tie rule in {@link RiasecScoring}.
 */
public enum Holland {
    R, I, A, S, E, C;

    /** The scale of a letter as the item bank writes it. */
    public static Holland vanLetter(String letter) {
        return valueOf(letter.strip());
    }
}
