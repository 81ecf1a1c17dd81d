package nl.spoorzoeker.rapportage;

import java.time.LocalDate;
import java.util.List;
import nl.spoorzoeker.fase.Fase;

/**
 * Which phase a contact or a sollicitatie counts in, for the report's "Verloop per fase" table.
 *
 * <p>Phases touch (one ends the day the next starts) and overlap (a werkervaringsplek runs inside the
 * job-market phase). Counting a day in every phase that ran on it made the column add up to more than
 * the traject's own total (96 contacts in the table beside 60 in "Het traject in het kort"), which an
 * assessor reads as two sets of books. So each day counts once: in the phase, of those running that
 * day, that started last, since that is the work the day was for.
 */
final class Fasetelling {

    private Fasetelling() {
    }

    /**
     * The index in {@code fasen} (sorted by start) of the phase {@code dag} counts in, or -1 when no phase
     * ran that day or the day lies after {@code tot}; a phase still running at {@code tot} runs to it.
     */
    static int fase(List<Fase> fasen, LocalDate dag, LocalDate tot) {
        if (dag.isAfter(tot)) {
            return -1;
        }
        for (int i = fasen.size() - 1; i >= 0; i--) {
            Fase f = fasen.get(i);
            LocalDate eind = f.eind() == null || f.eind().isAfter(tot) ? tot : f.eind();
            if (!dag.isBefore(f.start()) && !dag.isAfter(eind)) {
                return i;
            }
        }
        return -1;
    }
}
