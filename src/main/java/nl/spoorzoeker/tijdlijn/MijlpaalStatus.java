package nl.spoorzoeker.tijdlijn;

public enum MijlpaalStatus {
    /** Done (possibly after its deadline: see {@link Mijlpaal#teLaatGedaan()}). */
    GEDAAN,
    /** Not done and past its legal deadline. */
    TE_LAAT,
    /** Not done; the deadline is within the warning window. */
    BINNENKORT,
    /** Not done; the deadline is further away. */
    GEPLAND,
    /** A date of the timeline (not a task) that has passed. */
    VERSTREKEN,
    /**
     * Not recorded, and declared by the coach to lie before the assignment (done by others, date
     * unknown): not open and not late for this coach. See {@link Overname}.
     */
    VOOR_OPDRACHT
}
