package nl.spoorzoeker.dossier;

/** How the werknemer can travel to work; matters for the zoekprofiel's region and reistijd. */
public enum Vervoer {
    EIGEN_AUTO,
    OPENBAAR_VERVOER,
    FIETS,
    AFHANKELIJK,
    ANDERS
}
