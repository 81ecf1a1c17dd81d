package nl.spoorzoeker.rapportage;

/** The coach's reports (domain.md §3.2). */
public enum RapportSoort {
    INTAKEVERSLAG,
    TRAJECTPLAN,
    VOORTGANG,
    EIND
}
