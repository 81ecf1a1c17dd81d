package nl.spoorzoeker.fase;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A goal's status from a day on: the history that lets a report state a goal as it stood then. */
public record DoelStatusWijziging(int doelId, DoelStatus status, LocalDate vanaf) {

    /**
     * The status a goal had on {@code dag}, with the day it took that status: the last change on or
     * before that day. Empty when the goal did not exist yet on that day. Of two changes on one day
     * the one recorded later counts (a goal set to "reached" and then "dropped" that day was dropped;
     * {@code max} kept the first, so a report showed it as reached).
     *
     * @param geschiedenis the goal's changes, in the order they were recorded
     */
    public static Optional<DoelStatusWijziging> op(List<DoelStatusWijziging> geschiedenis, LocalDate dag) {
        return geschiedenis.stream().filter(w -> !w.vanaf().isAfter(dag))
                .reduce((eerder, later) -> later.vanaf().isBefore(eerder.vanaf()) ? eerder : later);
    }
}
