package nl.spoorzoeker.cv;

import java.time.LocalDate;
import java.util.List;
import nl.spoorzoeker.arbeidsmarkt.SollicitatieStatus;
import nl.spoorzoeker.uitkomst.Schaalmeting;
import nl.spoorzoeker.arbeidsmarkt.Sollicitatie;
import nl.spoorzoeker.arbeidsmarkt.Werkervaringsplek;

/**
 * The werkboeken of the intake, arbeidsmarkt, werkervaring and afsluiting phases (issue 19 item 6, domain.md §6.2):
 * the werknemer's own copy of the phase's exercises with what they gave so far. As in the roeping
 * werkboek only the werknemer's own data is held here — their scores on the scales, their
 * applications — never the coach's notes; the exercises' texts are the renderer's.
 */
public final class Werkboekfase {

    private Werkboekfase() {
    }

    /**
     * One scale as the werknemer scored it (1–10); null where not scored.
     *
     * @param begin at the intake
     * @param eind  at the end of the traject
     */
    public record Score(Schaalmeting.Schaal schaal, Integer begin, Integer eind) {
    }

    /**
     * Intake ("where am I now?"): the scores the werknemer gave at the intake, to look at again.
     *
     * @param gemeten the day of the intake's scores, null when none were given
     * @param schalen every scale, in the fixed order (begin null where not scored)
     */
    public record Intake(String naam, LocalDate datum, LocalDate gemeten, List<Score> schalen) {
        public Intake {
            schalen = List.copyOf(schalen);
        }
    }

    /**
     * Arbeidsmarktbenadering ("looking for work"): the applications so far and the number per week
     * agreed. Only what the werknemer did — date, organisation, job, how far it got; not the feedback
     * or the proof, which are the coach's record.
     *
     * @param normPerWeek the applications per week agreed, null when none was set
     */
    public record Arbeidsmarkt(String naam, LocalDate datum, Integer normPerWeek, List<Poging> sollicitaties) {
        public Arbeidsmarkt {
            sollicitaties = List.copyOf(sollicitaties);
        }
    }

    /** One application, newest first in the list. */
    public record Poging(LocalDate datum, String organisatie, String functie, SollicitatieStatus status) {
    }

    /**
     * Afsluiting ("looking back and moving on"): the scores at the start and at the end side by side.
     *
     * @param begin the day of the intake's scores, null when none
     * @param eind  the day of the end's scores, null when none
     */
    public record Afsluiting(String naam, LocalDate datum, LocalDate begin, LocalDate eind, List<Score> schalen) {
        public Afsluiting {
            schalen = List.copyOf(schalen);
        }
    }

    /**
     * Werkervaring ("gaining work experience"): the werknemer's placements and their hours week by week, the
     * newest placement first. Only what the werknemer knows and did — where, which job, the tasks, the hours
     * planned and worked; not the contact's details or the evaluations, which are the coach's record.
     */
    public record Werkervaring(String naam, LocalDate datum, List<Plek> plekken) {
        public Werkervaring {
            plekken = List.copyOf(plekken);
        }
    }

    /**
     * One placement, with the weeks around the werkboek's day: up to {@link #WEKEN_TERUG} weeks worked and
     * {@link #WEKEN_VOORUIT} weeks ahead, so the page shows where the build-up stands and what comes next.
     *
     * @param detachering a secondment rather than a werkervaringsplek
     * @param eind        null while it has no end date
     */
    public record Plek(boolean detachering, String organisatie, String functie, String taken, LocalDate start,
                       LocalDate eind, List<Week> weken) {
        public Plek {
            weken = List.copyOf(weken);
        }
    }

    /** Minutes planned and worked in the week from {@code maandag}; null where not set or not yet worked. */
    public record Week(LocalDate maandag, Integer gepland, Integer gewerkt) {
    }

    static final int WEKEN_TERUG = 6;
    static final int WEKEN_VOORUIT = 4;

    // --- Putting them together (pure) -----------------------------------------------------------

    /** Newest placement first; per placement the weeks around {@code datum} (see {@link Plek}). */
    static Werkervaring werkervaring(String naam, LocalDate datum, List<Werkervaringsplek> plekken) {
        return new Werkervaring(naam, datum, plekken.stream()
                .sorted(java.util.Comparator.comparing(Werkervaringsplek::startdatum).reversed())
                .map(p -> new Plek(p.soort() == Werkervaringsplek.Soort.DETACHERING, leeg(p.organisatie()),
                        leeg(p.functie()), leeg(p.taken()), p.startdatum(), p.einddatum(), weken(p.weken(), datum)))
                .toList());
    }

    /** The weeks begun by {@code datum} (the last {@link #WEKEN_TERUG}) and the next {@link #WEKEN_VOORUIT}, in order. */
    static List<Week> weken(List<Werkervaringsplek.Week> weken, LocalDate datum) {
        List<Werkervaringsplek.Week> volgorde = weken.stream()
                .sorted(java.util.Comparator.comparing(Werkervaringsplek.Week::maandag)).toList();
        List<Werkervaringsplek.Week> begonnen = volgorde.stream().filter(w -> !w.maandag().isAfter(datum)).toList();
        List<Week> uit = new java.util.ArrayList<>();
        begonnen.subList(Math.max(0, begonnen.size() - WEKEN_TERUG), begonnen.size())
                .forEach(w -> uit.add(new Week(w.maandag(), w.geplandMinuten(), w.gerealiseerdMinuten())));
        volgorde.stream().filter(w -> w.maandag().isAfter(datum)).limit(WEKEN_VOORUIT)
                .forEach(w -> uit.add(new Week(w.maandag(), w.geplandMinuten(), null)));
        return uit;
    }


    static Intake intake(String naam, LocalDate datum, Schaalmeting begin) {
        return new Intake(naam, datum, begin == null ? null : begin.datum(), scores(begin, null));
    }

    static Afsluiting afsluiting(String naam, LocalDate datum, Schaalmeting begin, Schaalmeting eind) {
        return new Afsluiting(naam, datum, begin == null ? null : begin.datum(), eind == null ? null : eind.datum(),
                scores(begin, eind));
    }

    /** Newest first: the werknemer looks at what they did lately. */
    static Arbeidsmarkt arbeidsmarkt(String naam, LocalDate datum, Integer normPerWeek,
                                     List<Sollicitatie> sollicitaties) {
        return new Arbeidsmarkt(naam, datum, normPerWeek, sollicitaties.stream()
                .sorted(java.util.Comparator.comparing(Sollicitatie::datum).reversed())
                .map(s -> new Poging(s.datum(), leeg(s.organisatie()), leeg(s.functie()), s.status())).toList());
    }

    private static List<Score> scores(Schaalmeting begin, Schaalmeting eind) {
        return java.util.Arrays.stream(Schaalmeting.Schaal.values())
                .map(s -> new Score(s, begin == null ? null : begin.scores().get(s),
                        eind == null ? null : eind.scores().get(s))).toList();
    }

    private static String leeg(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
