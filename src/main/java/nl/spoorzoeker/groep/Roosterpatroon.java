package nl.spoorzoeker.groep;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import nl.spoorzoeker.logboek.Groepssessie;

/**
 * How a programme's meetings repeat: from {@code vanaf} on, every {@code intervalWeken} weeks on
 * {@code weekdag} at {@code begin} for {@code duurMinuten}, {@code aantal} meetings in all. Every
 * {@code intervisieElke}-th meeting is intervisie (0: none); the others are of kind {@code soort}.
 * Times are local (Europe/Amsterdam wall-clock), so 10:00 stays 10:00 across the change to and from
 * summer time.
 */
public record Roosterpatroon(LocalDate vanaf, DayOfWeek weekdag, LocalTime begin, int duurMinuten, int aantal,
                             int intervalWeken, Groepssessie.Soort soort, int intervisieElke, String locatie) {

    /** The most meetings one pattern makes: two years of weekly meetings. */
    public static final int MAX_AANTAL = 104;

    public Roosterpatroon {
        if (vanaf == null || weekdag == null || begin == null || soort == null) {
            throw new IllegalArgumentException("vanaf, weekdag, begin and soort are required");
        }
        if (duurMinuten < 1 || duurMinuten > 1440 || aantal < 1 || aantal > MAX_AANTAL || intervalWeken < 1
                || intervalWeken > 8 || intervisieElke < 0) {
            throw new IllegalArgumentException("pattern out of range");
        }
    }
}
