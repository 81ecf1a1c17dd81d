package nl.spoorzoeker.arbeidsmarkt;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What UWV looks for in a werkervaringsplek (domain.md §2.2, C13): it may not run on for months
 * without being evaluated and aimed at a result. Also the weeks of its opbouwschema. Pure.
 */
public final class Werkervaringsbewaking {

    /** Longest a running place may go without an evaluation. */
    public static final int MAANDEN_ZONDER_EVALUATIE = 3;
    /** The schedule editor offers at most this many weeks (two years). */
    public static final int MAX_WEKEN = 104;

    private Werkervaringsbewaking() {
    }

    /** No evaluation since {@code sinds} (the last evaluation, or the start) for {@code dagen} days. */
    public record Signaal(LocalDate sinds, long dagen) {
    }

    public static Optional<Signaal> evaluatieSignaal(Werkervaringsplek plek, LocalDate vandaag) {
        if (!plek.looptOp(vandaag)) {
            return Optional.empty();
        }
        LocalDate sinds = plek.evaluaties().stream().map(Werkervaringsplek.Evaluatie::datum)
                .filter(d -> !d.isAfter(vandaag)).max(LocalDate::compareTo).orElse(plek.startdatum());
        if (sinds.isBefore(plek.startdatum())) {
            sinds = plek.startdatum();
        }
        if (sinds.plusMonths(MAANDEN_ZONDER_EVALUATIE).isBefore(vandaag)) {
            return Optional.of(new Signaal(sinds, ChronoUnit.DAYS.between(sinds, vandaag)));
        }
        return Optional.empty();
    }

    /**
     * Every week of the place, from the week of its start to the week of its end (or, while it has
     * no end, to the later of today + 4 weeks and the last week already filled in), capped at
     * {@link #MAX_WEKEN}; weeks without figures are empty.
     */
    public static List<Werkervaringsplek.Week> weken(Werkervaringsplek plek, LocalDate vandaag) {
        TreeMap<LocalDate, Werkervaringsplek.Week> bekend = plek.weken().stream()
                .collect(Collectors.toMap(Werkervaringsplek.Week::maandag, Function.identity(), (a, b) -> b, TreeMap::new));
        LocalDate eerste = Sollicitatienorm.maandag(plek.startdatum());
        LocalDate laatste;
        if (plek.einddatum() != null) {
            laatste = Sollicitatienorm.maandag(plek.einddatum());
        } else {
            laatste = Sollicitatienorm.maandag(vandaag.plusWeeks(4));
            if (!bekend.isEmpty() && bekend.lastKey().isAfter(laatste)) {
                laatste = bekend.lastKey();
            }
        }
        List<Werkervaringsplek.Week> weken = new ArrayList<>();
        for (LocalDate week = eerste; !week.isAfter(laatste) && weken.size() < MAX_WEKEN; week = week.plusWeeks(1)) {
            weken.add(bekend.getOrDefault(week, new Werkervaringsplek.Week(week, null, null)));
        }
        return weken;
    }

    /**
     * An opbouwschema as the coach usually agrees it: start at {@code beginMinuten} a week and add
     * {@code stapMinuten} every {@code elkeWeken} weeks up to {@code doelMinuten}.
     */
    public static List<Integer> opbouw(int beginMinuten, int stapMinuten, int elkeWeken, int doelMinuten, int aantalWeken) {
        List<Integer> schema = new ArrayList<>();
        int per = Math.max(1, elkeWeken);
        for (int week = 0; week < aantalWeken; week++) {
            long minuten = beginMinuten + (long) (week / per) * stapMinuten;
            schema.add((int) Math.min(Math.max(minuten, 0), Math.max(doelMinuten, beginMinuten)));
        }
        return schema;
    }
}
