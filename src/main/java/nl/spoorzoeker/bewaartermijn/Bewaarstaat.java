package nl.spoorzoeker.bewaartermijn;

/** Where a traject's retention stands on a given day. */
public enum Bewaarstaat {
    /** Not ended (no end date): the term has not started. */
    LOOPT_NOG,
    /** Ended; its term passes more than three months from now. */
    BEWAREN,
    /** Its term passes within three months. */
    BINNENKORT,
    /** Its term has passed: it should be deleted. */
    VERLOPEN,
    /** Held by a bewaarplicht: never due while that lasts. */
    BEWAARPLICHT
}
