package nl.spoorzoeker.uitwisseling;

/** What an archive holds. */
public enum Reikwijdte {
    /** The whole practice: every dossier, the practice's settings, templates and audit log. */
    PRAKTIJK,
    /** One traject with its werknemer, werkgever and everything that hangs off the traject. */
    DOSSIER,
    /** Everything stored about one werknemer, all their trajecten (inzage, AVG art. 15). */
    WERKNEMER
}
