package nl.spoorzoeker.uitkomst;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the practice learns from its closed trajecten (issue 18, practice figures): per outcome how
 * many, the median duration, the median and total hours, and how many started late; and the same
 * for all together. Pure: the service gathers the trajecten, this counts them. Medians, not means:
 * one traject that ran two years must not make the typical one look long.
 */
public final class Praktijkcijfers {

    private Praktijkcijfers() {
    }

    /**
     * One closed traject as the figures need it.
     *
     * @param start   the traject's start date, or null when never set (its duration is then unknown)
     * @param minuten the hours booked on it, in minutes
     * @param laat    whether spoor 2 started after its latest start date; null when that cannot be told
     */
    public record Afgesloten(Uitkomst.Soort soort, LocalDate start, LocalDate einde, int minuten, Boolean laat) {

        /** Days from the start to the end, or null when the start is unknown or after the end. */
        Long dagen() {
            return start == null || start.isAfter(einde) ? null : ChronoUnit.DAYS.between(start, einde);
        }
    }

    /**
     * The figures of one outcome, or of all ({@code soort} null).
     *
     * @param medianeDagen   median duration in days over the trajecten whose duration is known; null when none
     * @param medianeMinuten median hours booked, in minutes; null when there are none
     * @param laatBekend     of how many it is known whether they started late
     */
    public record Regel(Uitkomst.Soort soort, int aantal, Double medianeDagen, Double medianeMinuten, long totaalMinuten,
                        int laat, int laatBekend) {

        /** Share started late among those for which it is known, 0–1; null when unknown for all. */
        public Double aandeelLaat() {
            return laatBekend == 0 ? null : (double) laat / laatBekend;
        }
    }

    /** Per outcome that occurs (in the list's fixed order), then the total. */
    public record Cijfers(List<Regel> perUitkomst, Regel totaal) {
        public Cijfers {
            perUitkomst = List.copyOf(perUitkomst);
        }
    }

    public static Cijfers bereken(List<Afgesloten> trajecten) {
        Map<Uitkomst.Soort, List<Afgesloten>> perSoort = trajecten.stream().collect(Collectors.groupingBy(
                Afgesloten::soort, () -> new java.util.EnumMap<>(Uitkomst.Soort.class), Collectors.toList()));
        List<Regel> regels = new ArrayList<>();
        perSoort.forEach((soort, lijst) -> regels.add(regel(soort, lijst)));
        return new Cijfers(regels, regel(null, trajecten));
    }

    private static Regel regel(Uitkomst.Soort soort, List<Afgesloten> lijst) {
        List<Long> dagen = lijst.stream().map(Afgesloten::dagen).filter(java.util.Objects::nonNull).toList();
        List<Long> minuten = lijst.stream().map(a -> (long) a.minuten()).toList();
        int laat = (int) lijst.stream().filter(a -> Boolean.TRUE.equals(a.laat())).count();
        int bekend = (int) lijst.stream().filter(a -> a.laat() != null).count();
        return new Regel(soort, lijst.size(), mediaan(dagen), mediaan(minuten),
                minuten.stream().mapToLong(Long::longValue).sum(), laat, bekend);
    }

    /** The middle value, or the mean of the two middle ones for an even count; null for none. */
    static Double mediaan(List<Long> waarden) {
        if (waarden.isEmpty()) {
            return null;
        }
        List<Long> gesorteerd = waarden.stream().sorted().toList();
        int n = gesorteerd.size();
        return n % 2 == 1 ? (double) gesorteerd.get(n / 2)
                : (gesorteerd.get(n / 2 - 1) + gesorteerd.get(n / 2)) / 2.0;
    }
}
