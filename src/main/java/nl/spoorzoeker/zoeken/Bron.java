package nl.spoorzoeker.zoeken;

/** Where a search hit comes from; the codes are those of the index (see migration V15). */
public enum Bron {
    CONTACTMOMENT(1),
    SOLLICITATIE(2),
    NETWERKCONTACT(3),
    GROEPSSESSIE(4),
    EVALUATIE(5),
    AFSPRAAK(6),
    STAPANTWOORD(7),
    /** A dossier by its werknemer's name (and function, place, late-start exception). */
    DOSSIER(8),
    /** A werkgever by its name, place, contact person or casemanager; belongs to no dossier. */
    WERKGEVER(9),
    WERKERVARINGSPLEK(10),
    DOEL(11),
    BELASTBAARHEID(12),
    PERSOONSPROFIEL(13),
    /** A zoekprofiel with all its zoekrichtingen. */
    ZOEKPROFIEL(14),
    AD_RAPPORT(15),
    /** A report's section texts, visie and reasons. */
    RAPPORT(16);

    private final int code;

    Bron(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    static Bron van(int code) {
        for (Bron b : values()) {
            if (b.code == code) {
                return b;
            }
        }
        throw new IllegalArgumentException("unknown source code " + code);
    }
}
