package nl.spoorzoeker.search;

/** Where a search hit comes from; the codes are those of the index (see migration V6). */
public enum Bron {
    CONTACTMOMENT(1),
    SOLLICITATIE(2),
    NETWERKCONTACT(3),
    GROEPSSESSIE(4),
    EVALUATIE(5),
    AFSPRAAK(6),
    STAPANTWOORD(7);

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
