package nl.spoorzoeker.dossier;

public enum TrajectStatus {
    ACTIEF,
    AFGEROND,
    GEARCHIVEERD
}
