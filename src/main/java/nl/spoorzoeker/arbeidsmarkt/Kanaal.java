package nl.spoorzoeker.arbeidsmarkt;

/** How the werknemer applied. */
public enum Kanaal {
    VACATURE,
    OPEN_SOLLICITATIE,
    NETWERK,
    UITZENDBUREAU,
    JOBHUNTER
}
