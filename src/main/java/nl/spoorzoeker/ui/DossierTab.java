package nl.spoorzoeker.ui;

/** The tabs of the dossier screen, so other screens (search, agenda, Vandaag) can open one directly. */
public enum DossierTab {
    OVERZICHT,
    LOGBOEK,
    SOLLICITATIES,
    WERKERVARING,
    AFSPRAKEN,
    FASEN,
    TIJDLIJN,
    BELASTBAARHEID,
    PROFIELEN,
    INSTRUMENTEN,
    CV,
    RAPPORTAGES
}
