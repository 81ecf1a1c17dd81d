package nl.spoorzoeker.phase;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A goal's status from a day on: the history that lets a report state a goal as it stood then. */
public record DoelStatusWijziging(int doelId, DoelStatus status, LocalDate vanaf) {

    /**
     * The status a goal had on {@code dag}, with the day it took that status: the last change on or
     * before that day. Empty when the goal did not exist yet on that day.
     *
     * @param geschiedenis the goal's changes, in any order
     */
    public static Optional<DoelStatusWijziging> op(List<DoelStatusWijziging> geschiedenis, LocalDate dag) {
        return geschiedenis.stream().filter(w -> !w.vanaf().isAfter(dag))
                .max(Comparator.comparing(DoelStatusWijziging::vanaf));
    }
}
