package nl.spoorzoeker.arbeidsmarkt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules for moving a sollicitatie on: only to a status that may follow the current one, never
 * before the date of the previous step, never after it ended. Pure; the service applies it.
 */
public final class Sollicitatieverloop {

    private Sollicitatieverloop() {
    }

    /** Why {@code volgende} on {@code datum} is not allowed, as a message key; empty when it is. */
    public static Optional<String> probleem(List<Sollicitatie.Stap> stappen, SollicitatieStatus volgende,
                                            LocalDate datum) {
        if (stappen.isEmpty()) {
            return Optional.empty();
        }
        Sollicitatie.Stap laatste = stappen.getLast();
        if (laatste.status().isAfgesloten()) {
            return Optional.of("sollicitatie.fout.afgesloten");
        }
        if (!laatste.status().volgende().contains(volgende)) {
            return Optional.of("sollicitatie.fout.volgorde");
        }
        if (datum.isBefore(laatste.datum())) {
            return Optional.of("sollicitatie.fout.datumVoorVorige");
        }
        return Optional.empty();
    }

    /**
     * The first steps of a new sollicitatie entered at {@code status}: every step on the way there
     * gets the application date, because the coach often records it after it was sent.
     */
    public static List<Sollicitatie.Stap> beginStappen(SollicitatieStatus status, LocalDate datum) {
        List<Sollicitatie.Stap> stappen = new ArrayList<>();
        stappen.add(new Sollicitatie.Stap(SollicitatieStatus.VOORBEREID, datum));
        if (status == SollicitatieStatus.VERSTUURD) {
            stappen.add(new Sollicitatie.Stap(SollicitatieStatus.VERSTUURD, datum));
        } else if (status != SollicitatieStatus.VOORBEREID) {
            throw new IllegalArgumentException("a new sollicitatie starts prepared or sent: " + status);
        }
        return stappen;
    }
}
