package nl.spoorzoeker.arbeidsmarkt;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sent applications per week against the norm agreed in the trajectplan (domain.md §2.2, C08).
 * A sollicitatie counts in the week it was sent; weeks run Monday to Sunday. Pure.
 */
public final class Sollicitatienorm {

    private Sollicitatienorm() {
    }

    /** One week: its Monday and the number of applications sent in it. */
    public record Week(LocalDate maandag, int aantal) {
    }

    /**
     * @param norm per week, or null when none was agreed
     * @param normTotaal norm times the number of weeks, or null
     */
    public record Overzicht(List<Week> weken, int totaal, Integer norm, Integer normTotaal, int wekenOnderNorm) {

        public boolean onderNorm() {
            return normTotaal != null && totaal < normTotaal;
        }
    }

    /** The weeks from the one holding {@code van} up to the one holding {@code tot}. */
    public static Overzicht overzicht(List<Sollicitatie> sollicitaties, Integer norm, LocalDate van, LocalDate tot) {
        if (tot.isBefore(van)) {
            return new Overzicht(List.of(), 0, norm, norm == null ? null : 0, 0);
        }
        LocalDate eerste = maandag(van);
        Map<LocalDate, Integer> perWeek = new TreeMap<>();
        for (LocalDate week = eerste; !week.isAfter(tot); week = week.plusWeeks(1)) {
            perWeek.put(week, 0);
        }
        for (Sollicitatie s : sollicitaties) {
            LocalDate verstuurd = s.verstuurdOp();
            if (verstuurd != null && !verstuurd.isBefore(eerste) && !verstuurd.isAfter(tot)) {
                perWeek.merge(maandag(verstuurd), 1, Integer::sum);
            }
        }
        List<Week> weken = new ArrayList<>();
        perWeek.forEach((maandag, aantal) -> weken.add(new Week(maandag, aantal)));
        int totaal = weken.stream().mapToInt(Week::aantal).sum();
        int onder = norm == null ? 0 : (int) weken.stream().filter(w -> w.aantal() < norm).count();
        return new Overzicht(weken, totaal, norm, norm == null ? null : norm * weken.size(), onder);
    }

    public static LocalDate maandag(LocalDate dag) {
        return dag.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
