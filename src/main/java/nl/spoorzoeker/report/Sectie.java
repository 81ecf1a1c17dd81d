package nl.spoorzoeker.report;

/** The narrative sections the coach writes; the other sections are generated from the dossier. */
public enum Sectie {
    SAMENVATTING,
    ANALYSE_PROFIELEN,
    KNELPUNTEN,
    BIJSTELLINGEN,
    PLANNING,
    VERKLARING_GEEN_SOLLICITATIES,
    VERKLARING_NORM,
    RESULTAAT,
    VERKLARING_GEEN_RESULTAAT
}
