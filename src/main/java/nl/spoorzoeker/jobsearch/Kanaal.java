package nl.spoorzoeker.jobsearch;

/** How the werknemer applied. */
public enum Kanaal {
    VACATURE,
    OPEN_SOLLICITATIE,
    NETWERK,
    UITZENDBUREAU,
    JOBHUNTER
}
