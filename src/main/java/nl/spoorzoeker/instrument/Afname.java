package nl.spoorzoeker.instrument;

import java.time.LocalDate;
import java.util.Map;

/**
 * One sitting of the interest test for a traject, with the answers given so far.
 *
 * @param antwoorden item number → answer 1..5; items not yet answered are absent
 * @param uitkomst   the three-letter code once completed, or null (still open, or a flat profile)
 * @param persoonsprofielVersie the persoonsprofiel version the completion wrote, or null
 */
public record Afname(int id, int dossierId, Status status, LocalDate beginDatum, LocalDate voltooidDatum,
                     String uitkomst, Integer persoonsprofielVersie, Map<Integer, Integer> antwoorden) {

    public enum Status { LOPEND, VOLTOOID }

    public Afname {
        antwoorden = Map.copyOf(antwoorden);
    }

    public RiasecScoring.Uitslag uitslag() {
        return RiasecScoring.scoor(Interessetest.vragen(), antwoorden);
    }

    /** Where to resume: the first item without an answer, or the last item when all are answered. */
    public int hervatBij() {
        for (int n = 1; n <= Interessetest.AANTAL; n++) {
            if (!antwoorden.containsKey(n)) {
                return n;
            }
        }
        return Interessetest.AANTAL;
    }
}
