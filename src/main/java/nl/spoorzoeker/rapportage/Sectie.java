package nl.spoorzoeker.rapportage;

/** The narrative sections the coach writes; the other parts of a report are generated from the dossier. */
public enum Sectie {
    SAMENVATTING,
    /** Trajectplan §2: why the coach was asked and what the assignment is. */
    AANLEIDING,
    ANALYSE_PROFIELEN,
    /** Trajectplan §8, intake: contact frequency, responsibilities, escalation route. */
    AFSPRAKEN,
    KNELPUNTEN,
    BIJSTELLINGEN,
    PLANNING,
    VERKLARING_GEEN_SOLLICITATIES,
    VERKLARING_NORM,
    RESULTAAT,
    VERKLARING_GEEN_RESULTAAT,
    /** Eindrapportage: advice on next steps (loonsanctiejaar, WGA, UWV dienstverlening). */
    ADVIES
}
