package nl.spoorzoeker.report.privacy;

/** What kind of medical or identifying detail a hit is; each has its own neutral alternative. */
public enum Categorie {
    DIAGNOSE,
    SYMPTOOM,
    MEDICATIE,
    BEHANDELING,
    BEHANDELAAR,
    BSN
}
