package nl.spoorzoeker.arbeidsmarkt;

import java.util.List;

/**
 * The steps of a sollicitatie in order. The last three end it; an application can end from any
 * open step (rejected after the first interview, withdrawn before it was sent).
 */
public enum SollicitatieStatus {
    VOORBEREID,
    VERSTUURD,
    GESPREK,
    TWEEDE_GESPREK,
    AANBOD,
    AANGENOMEN,
    AFGEWEZEN,
    INGETROKKEN;

    public boolean isAfgesloten() {
        return this == AANGENOMEN || this == AFGEWEZEN || this == INGETROKKEN;
    }

    /** The statuses that may follow this one. */
    public List<SollicitatieStatus> volgende() {
        return switch (this) {
            case VOORBEREID -> List.of(VERSTUURD, INGETROKKEN);
            case VERSTUURD -> List.of(GESPREK, AFGEWEZEN, INGETROKKEN);
            case GESPREK -> List.of(TWEEDE_GESPREK, AANBOD, AFGEWEZEN, INGETROKKEN);
            case TWEEDE_GESPREK -> List.of(AANBOD, AFGEWEZEN, INGETROKKEN);
            case AANBOD -> List.of(AANGENOMEN, AFGEWEZEN, INGETROKKEN);
            case AANGENOMEN, AFGEWEZEN, INGETROKKEN -> List.of();
        };
    }

    /** Sent to the employer: from here on it counts against the weekly norm. */
    public boolean isVerstuurd() {
        return this != VOORBEREID && this != INGETROKKEN;
    }
}
