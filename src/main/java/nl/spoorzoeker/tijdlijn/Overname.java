package nl.spoorzoeker.tijdlijn;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * A case taken over part-way: the day the coach got the assignment, and the statutory milestones the
 * coach declared to lie before it, done by others on a date the coach does not know (or that is not
 * the coach's to record). Such a milestone is not "te laat" for this coach; it shows as
 * {@link MijlpaalStatus#VOOR_OPDRACHT}. A milestone before the assignment whose date is known is
 * simply recorded as an event.
 *
 * @param opdrachtdatum the assignment's date, or null when not known (then nothing is "before" it)
 */
public record Overname(LocalDate opdrachtdatum, Set<MijlpaalSoort> voorOpdracht) {

    public static final Overname GEEN = new Overname(null, Set.of());

    public Overname {
        voorOpdracht = voorOpdracht.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(voorOpdracht));
    }

    public boolean voorOpdracht(MijlpaalSoort soort) {
        return voorOpdracht.contains(soort);
    }

    /**
     * The milestones that can be declared as before the assignment: statutory tasks of others
     * (never the coach's own reports, never mere dates) whose deadline lies before the assignment.
     */
    public static boolean kanVoorOpdracht(Mijlpaal m, LocalDate opdrachtdatum) {
        return opdrachtdatum != null && verklaarbaar(m.soort()) && m.deadline().isBefore(opdrachtdatum);
    }

    /**
     * The kinds of milestone that can be declared as before the assignment at all: statutory tasks
     * of others, never the coach's own reports, and never a late start of spoor 2 (that needs its
     * documented exception).
     */
    public static boolean verklaarbaar(MijlpaalSoort soort) {
        return soort.taak() && soort.wie() != MijlpaalSoort.Actor.COACH && soort != MijlpaalSoort.START_SPOOR_2;
    }
}
