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
     * @param start            the traject's start date, or null when never set (its duration is then unknown)
     * @param minuten          the hours booked on it, in minutes
     * @param laat             whether spoor 2 started after its latest start date; null when that cannot be told
     * @param sollicitaties    how many sollicitaties were recorded in it
     * @param zachtVerandering the mean change of its soft-result scales from intake to end, or null when
     *                         no scale was scored at both ({@link Schaalmeting#gemiddeldeVerandering})
     */
    public record Afgesloten(Uitkomst.Soort soort, LocalDate start, LocalDate einde, int minuten, Boolean laat,
                             int sollicitaties, Double zachtVerandering) {

        /** Without sollicitaties and scales. */
        public Afgesloten(Uitkomst.Soort soort, LocalDate start, LocalDate einde, int minuten, Boolean laat) {
            this(soort, start, einde, minuten, laat, 0, null);
        }

        /** The year it ended: the figures are filtered by it. */
        public int jaar() {
            return einde.getYear();
        }

        /** Days from the start to the end, or null when the start is unknown or after the end. */
        Long dagen() {
            return start == null || start.isAfter(einde) ? null : ChronoUnit.DAYS.between(start, einde);
        }
    }

    /**
     * The figures of one outcome, or of all ({@code soort} null). Each figure comes with the number
     * of trajecten it is computed over, so the k-anonymity rule ({@link Suppressie}) can tell which
     * may be shown.
     *
     * @param medianeDagen   median duration in days over the trajecten whose duration is known; null when none
     * @param dagenBekend    of how many the duration is known
     * @param medianeMinuten median hours booked, in minutes; null when there are none
     * @param laatBekend     of how many it is known whether they started late
     * @param sollicitaties  sollicitaties recorded in all of them together
     * @param plaatsingen    how many ended in a placement (new or own employer)
     * @param zachtGemiddeld the mean soft-score change over those scored at both moments; null when none
     * @param zachtGemeten   how many were scored at both moments
     */
    public record Regel(Uitkomst.Soort soort, int aantal, Double medianeDagen, int dagenBekend, Double medianeMinuten,
                        long totaalMinuten, int laat, int laatBekend, long sollicitaties, int plaatsingen,
                        Double zachtGemiddeld, int zachtGemeten) {

        /** Sollicitaties per placement (all sollicitaties of these trajecten over their placements); null without placements. */
        public Double sollicitatiesPerPlaatsing() {
            return plaatsingen == 0 ? null : (double) sollicitaties / plaatsingen;
        }

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

    /** The years in which trajecten ended, newest first: the choices of the year filter. */
    public static List<Integer> jaren(List<Afgesloten> trajecten) {
        return trajecten.stream().map(Afgesloten::jaar).distinct().sorted(java.util.Comparator.reverseOrder()).toList();
    }

    /** The figures of the trajecten that ended in {@code jaar}; null for all years. */
    public static Cijfers bereken(List<Afgesloten> trajecten, Integer jaar) {
        return bereken(jaar == null ? trajecten : trajecten.stream().filter(a -> a.jaar() == jaar).toList());
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
        long sollicitaties = lijst.stream().mapToLong(Afgesloten::sollicitaties).sum();
        int plaatsingen = (int) lijst.stream().filter(a -> a.soort().plaatsing()).count();
        var zacht = lijst.stream().map(Afgesloten::zachtVerandering).filter(java.util.Objects::nonNull)
                .mapToDouble(Double::doubleValue).summaryStatistics();
        return new Regel(soort, lijst.size(), mediaan(dagen), dagen.size(), mediaan(minuten),
                minuten.stream().mapToLong(Long::longValue).sum(), laat, bekend, sollicitaties, plaatsingen,
                zacht.getCount() == 0 ? null : zacht.getAverage(), (int) zacht.getCount());
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
