package nl.spoorzoeker.backup;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which backup generations to keep: the newest of each hour of the last day, the newest of each day
 * for a week, of each week for a month, of each month for a year; the newest one always. Pure.
 * (Every backup of the last day used to be kept: 27 × 17 MB after one afternoon of "Back-up nu".)
 */
public final class Bewaarschema {

    private Bewaarschema() {
    }

    public static Set<Instant> teBewaren(List<Instant> generaties, Instant nu, ZoneId zone) {
        Set<Instant> houden = new HashSet<>();
        Set<String> gezien = new HashSet<>();
        List<Instant> nieuwsteEerst = generaties.stream().sorted(Comparator.reverseOrder()).toList();
        if (!nieuwsteEerst.isEmpty()) {
            houden.add(nieuwsteEerst.getFirst());
        }
        for (Instant g : nieuwsteEerst) {
            Duration leeftijd = Duration.between(g, nu);
            LocalDate dag = g.atZone(zone).toLocalDate();
            String emmer;
            if (leeftijd.compareTo(Duration.ofDays(1)) <= 0) {
                emmer = "uur " + g.atZone(zone).withMinute(0).withSecond(0).withNano(0);
            } else if (leeftijd.compareTo(Duration.ofDays(7)) <= 0) {
                emmer = "dag " + dag;
            } else if (leeftijd.compareTo(Duration.ofDays(31)) <= 0) {
                emmer = "week " + dag.get(IsoFields.WEEK_BASED_YEAR) + "-" + dag.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            } else if (leeftijd.compareTo(Duration.ofDays(366)) <= 0) {
                emmer = "maand " + dag.getYear() + "-" + dag.getMonthValue();
            } else {
                continue;
            }
            // Newest first: the first generation seen in a bucket is the one kept.
            if (gezien.add(emmer)) {
                houden.add(g);
            }
        }
        return houden;
    }
}
