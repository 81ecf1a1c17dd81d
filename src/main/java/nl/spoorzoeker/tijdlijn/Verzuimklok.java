package nl.spoorzoeker.tijdlijn;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The effective sick-day counter of the Poortwachter clock (domain.md §1.2).
 *
 * <p>Periods of sickness that follow each other with fewer than 28 healthy days in between count
 * together (samentelling); the healthy days in between do not count. A longer recovery starts a new
 * chain, and only the latest chain matters. Days of WAZO leave inside the chain pause the counter.
 * Sick day 1 is the first day of the chain; week n holds sick days 7(n-1)+1 … 7n.
 */
public final class Verzuimklok {

    /** Healthy days between two periods below which they are counted together. */
    public static final int SAMENTELLING_DAGEN = 28;

    private final List<Periode> keten;
    private final List<Periode> wazo;

    private Verzuimklok(List<Periode> keten, List<Periode> wazo) {
        this.keten = keten;
        this.wazo = wazo;
    }

    /** A clock for periods of sickness (at least one) and optional WAZO leave. */
    public static Verzuimklok van(List<Periode> verzuimperiodes, List<Periode> wazoPeriodes) {
        if (verzuimperiodes.isEmpty()) {
            throw new IllegalArgumentException("at least one period of sickness is needed");
        }
        List<Periode> merged = merge(verzuimperiodes);
        int chainStart = 0;
        for (int i = 1; i < merged.size(); i++) {
            long healthyDays = ChronoUnit.DAYS.between(merged.get(i - 1).tot(), merged.get(i).van()) - 1;
            if (healthyDays >= SAMENTELLING_DAGEN) {
                chainStart = i;
            }
        }
        return new Verzuimklok(List.copyOf(merged.subList(chainStart, merged.size())), merge(wazoPeriodes));
    }

    /** The simple case: one uninterrupted period from the first day of sickness. */
    public static Verzuimklok vanaf(LocalDate eersteZiektedag) {
        return van(List.of(Periode.vanaf(eersteZiektedag)), List.of());
    }

    /** Sorts and joins periods that overlap or touch; an open period swallows all later ones. */
    static List<Periode> merge(List<Periode> periodes) {
        List<Periode> sorted = new ArrayList<>(periodes);
        sorted.sort(Comparator.comparing(Periode::van));
        List<Periode> merged = new ArrayList<>();
        for (Periode p : sorted) {
            if (!merged.isEmpty()) {
                Periode last = merged.getLast();
                if (last.lopend() || !p.van().isAfter(last.tot().plusDays(1))) {
                    LocalDate end = last.lopend() || p.lopend() ? null : max(last.tot(), p.tot());
                    merged.set(merged.size() - 1, new Periode(last.van(), end));
                    continue;
                }
            }
            merged.add(p);
        }
        return merged;
    }

    /** The first day of the current chain: sick day 1. */
    public LocalDate eersteZiektedag() {
        return keten.getFirst().van();
    }

    /** Whether the latest period is still running. */
    public boolean lopend() {
        return keten.getLast().lopend();
    }

    public List<Periode> keten() {
        return keten;
    }

    /** The number of counted sick days up to and including {@code dag} (0 before the chain). */
    public long ziektedagen(LocalDate dag) {
        long count = 0;
        for (Periode p : keten) {
            if (dag.isBefore(p.van())) {
                break;
            }
            LocalDate end = p.lopend() || dag.isBefore(p.tot()) ? dag : p.tot();
            count += ChronoUnit.DAYS.between(p.van(), end) + 1 - wazoDagen(p.van(), end);
        }
        return count;
    }

    /** The week of sickness on a date; empty before the first sick day. */
    public OptionalInt week(LocalDate dag) {
        long days = ziektedagen(dag);
        if (days == 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Math.toIntExact((days - 1) / 7 + 1));
    }

    /**
     * The date on which the counter reaches sick day {@code n}, assuming a running period goes on.
     * Empty when the chain ended (the werknemer recovered) before reaching it.
     */
    public Optional<LocalDate> datumVanZiektedag(long n) {
        if (n < 1) {
            throw new IllegalArgumentException("sick days count from 1: " + n);
        }
        long before = 0;
        for (Periode p : keten) {
            LocalDate day = p.van();
            // Walk period by period; inside a period skip WAZO days, which do not count.
            while (p.lopend() || !day.isAfter(p.tot())) {
                Optional<Periode> leave = wazoOp(day);
                if (leave.isPresent()) {
                    if (leave.get().lopend()) {
                        return Optional.empty(); // the clock is paused with no end known
                    }
                    day = leave.get().tot().plusDays(1);
                    continue;
                }
                LocalDate runEnd = p.lopend() ? null : p.tot();
                Optional<Periode> nextLeave = eersteWazoNa(day);
                if (nextLeave.isPresent() && (runEnd == null || !nextLeave.get().van().isAfter(runEnd))) {
                    runEnd = nextLeave.get().van().minusDays(1);
                }
                long runLength = runEnd == null ? Long.MAX_VALUE : ChronoUnit.DAYS.between(day, runEnd) + 1;
                if (n - before <= runLength) {
                    return Optional.of(day.plusDays(n - before - 1));
                }
                before += runLength;
                day = runEnd.plusDays(1);
            }
        }
        return Optional.empty();
    }

    /** The last day of week n: the date of sick day 7n. */
    public Optional<LocalDate> eindeVanWeek(int week) {
        if (week < 1) {
            throw new IllegalArgumentException("week must be >= 1: " + week);
        }
        return datumVanZiektedag(7L * week);
    }

    private long wazoDagen(LocalDate from, LocalDate to) {
        long days = 0;
        for (Periode w : wazo) {
            LocalDate start = max(from, w.van());
            LocalDate end = w.lopend() ? to : min(to, w.tot());
            if (!end.isBefore(start)) {
                days += ChronoUnit.DAYS.between(start, end) + 1;
            }
        }
        return days;
    }

    private Optional<Periode> wazoOp(LocalDate day) {
        return wazo.stream().filter(w -> w.bevat(day)).findFirst();
    }

    private Optional<Periode> eersteWazoNa(LocalDate day) {
        return wazo.stream().filter(w -> w.van().isAfter(day)).findFirst();
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
