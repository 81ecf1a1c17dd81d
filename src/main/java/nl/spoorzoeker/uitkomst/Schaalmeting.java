package nl.spoorzoeker.uitkomst;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One measurement of the soft results (issue 18): the scales the coach scored together with the
 * werknemer on one day, each 1–10. A traject has at most two, at the intake ({@link Moment#BEGIN})
 * and at the end ({@link Moment#EIND}); the change between them is what the eindrapportage and the
 * practice figures report. A scale may be left open (the werknemer did not want to score it); a
 * measurement scores at least one.
 *
 * @param scores the scores given, in the scales' fixed order; scales left open are absent
 */
public record Schaalmeting(LocalDate datum, Map<Schaal, Integer> scores) {

    public static final int MIN = 1;
    public static final int MAX = 10;

    public Schaalmeting {
        EnumMap<Schaal, Integer> kopie = new EnumMap<>(Schaal.class);
        if (scores != null) {
            scores.forEach((s, v) -> {
                if (v != null) {
                    kopie.put(s, v);
                }
            });
        }
        scores = Collections.unmodifiableMap(kopie);
    }

    /** When the scales are scored: at the intake, and when the traject ends. */
    public enum Moment {
        BEGIN, EIND
    }

    /**
     * The scales. Energie, eigen regie and zelfvertrouwen are the softer results coaches name first
     * (issue 18). Acceptatie is added because spoor 2 begins with saying goodbye to the old work
     * (domain.md §6.2, phase 1: acceptatie, verlies, rouw) and a coach follows whether that has
     * happened before the search can work; dagstructuur because a steady daily rhythm is the first
     * step back to working hours, and coaches report it when no job came yet. The two also exist
     * as ticked results (ACCEPTATIE, MEER_STRUCTUUR), so the scales measure what coaches already
     * record.
     */
    public enum Schaal {
        ENERGIE, EIGEN_REGIE, ZELFVERTROUWEN, ACCEPTATIE, DAGSTRUCTUUR
    }

    /** One scale scored at both moments. */
    public record Verschil(Schaal schaal, int begin, int eind) {
        public int verandering() {
            return eind - begin;
        }
    }

    public Integer score(Schaal schaal) {
        return scores.get(schaal);
    }

    /**
     * What is wrong with this measurement, as message keys (empty when it may be saved).
     *
     * @param vandaag a measurement cannot be dated in the future
     */
    public List<String> fouten(LocalDate vandaag) {
        List<String> fouten = new ArrayList<>();
        if (datum == null) {
            fouten.add("schaal.fout.datum");
        } else if (datum.isAfter(vandaag)) {
            fouten.add("schaal.fout.datumToekomst");
        }
        if (scores.isEmpty()) {
            fouten.add("schaal.fout.geen");
        }
        if (scores.values().stream().anyMatch(v -> v < MIN || v > MAX)) {
            fouten.add("schaal.fout.bereik");
        }
        return fouten;
    }

    /**
     * What is wrong with the pair: each on its own, and an end measured before the start.
     * Either may be null (not measured).
     */
    public static List<String> fouten(Schaalmeting begin, Schaalmeting eind, LocalDate vandaag) {
        List<String> fouten = new ArrayList<>();
        if (begin != null) {
            fouten.addAll(begin.fouten(vandaag));
        }
        if (eind != null) {
            eind.fouten(vandaag).stream().filter(f -> !fouten.contains(f)).forEach(fouten::add);
        }
        if (begin != null && eind != null && begin.datum() != null && eind.datum() != null
                && eind.datum().isBefore(begin.datum())) {
            fouten.add("schaal.fout.eindVoorBegin");
        }
        return fouten;
    }

    /** The scales scored at both moments, in their fixed order; empty when either is missing. */
    public static List<Verschil> verschillen(Schaalmeting begin, Schaalmeting eind) {
        List<Verschil> uit = new ArrayList<>();
        if (begin == null || eind == null) {
            return uit;
        }
        for (Schaal s : Schaal.values()) {
            Integer b = begin.score(s);
            Integer e = eind.score(s);
            if (b != null && e != null) {
                uit.add(new Verschil(s, b, e));
            }
        }
        return uit;
    }

    /**
     * The mean change over the scales scored at both moments (one traject's soft-score change), or
     * null when no scale was scored twice. A mean over the traject's own scales, so a werknemer who
     * scored three scales weighs as much in the practice figures as one who scored five.
     */
    public static Double gemiddeldeVerandering(Schaalmeting begin, Schaalmeting eind) {
        List<Verschil> v = verschillen(begin, eind);
        return v.isEmpty() ? null : v.stream().mapToInt(Verschil::verandering).average().orElseThrow();
    }
}
