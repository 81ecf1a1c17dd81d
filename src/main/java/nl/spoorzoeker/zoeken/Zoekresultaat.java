package nl.spoorzoeker.zoeken;

import java.time.LocalDate;

/**
 * One hit: where it comes from, the dossier it opens (for a group session: its first participant)
 * and the name(s) to show (for a werkgever: its own), its date (none for a name), and a fragment around the match in which the matched words
 * sit between {@link #BEGIN} and {@link #EINDE}.
 */
public record Zoekresultaat(Bron bron, int bronId, Integer dossierId, String naam, LocalDate datum, String fragment) {

    /** Marks the start of a matched word in {@link #fragment()}; a control character no note holds. */
    public static final char BEGIN = '\u0002';
    /** Marks the end of a matched word. */
    public static final char EINDE = '\u0003';
}
