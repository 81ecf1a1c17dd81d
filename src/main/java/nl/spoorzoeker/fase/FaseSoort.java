package nl.spoorzoeker.fase;

/** The phases of a good spoor 2 traject (domain.md §6.2), in their usual order. */
public enum FaseSoort {
    INTAKE,
    ACCEPTATIE,
    ROEPING,
    ZOEKPROFIEL,
    ARBEIDSMARKT,
    WERKERVARING,
    AFSLUITING
}
