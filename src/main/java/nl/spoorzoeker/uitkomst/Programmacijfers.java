package nl.spoorzoeker.uitkomst;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The practice figures by group programme: per programme how many took part, how its meetings were
 * attended and how its closed trajecten ended. Pure; {@link #pas(List)} applies the k-anonymity rule
 * to all of it, and to the practice's year tables, at once.
 */
public record Programmacijfers(List<Programma> programmas) {

    public Programmacijfers {
        programmas = List.copyOf(programmas);
    }

    /**
     * One programme.
     *
     * @param start      its start date
     * @param einde      its end (set by the coach, else its last meeting's day); null without either
     * @param deelnemers how many trajecten ever took part
     * @param verwacht   attendances recorded at its held meetings (present or absent)
     * @param aanwezig   of those, present
     * @param afgesloten its participants' closed trajecten with their outcome
     */
    public record Programma(int id, String naam, java.time.LocalDate start, java.time.LocalDate einde, int deelnemers, int verwacht, int aanwezig,
                            List<Praktijkcijfers.Afgesloten> afgesloten) {
        public Programma {
            afgesloten = List.copyOf(afgesloten);
        }

        /** Share present of the attendances recorded, 0–1; null before any meeting was recorded. */
        public Double opkomst() {
            return verwacht == 0 ? null : (double) aanwezig / verwacht;
        }
    }

    /**
     * What may be shown: the outcome tables per year, of all years, per programme and of all
     * programmes suppressed as one ({@link Suppressie#pasSamen}: a programme's hidden figure must not
     * come back from the year tables, nor the other way round); the participant counts with
     * complementary suppression over the programmes and their total; a programme's attendance only
     * when its participants are shown.
     *
     * @param alle every closed traject of the practice, the programmes' ones among them (the same objects)
     */
    public Getoond pas(List<Praktijkcijfers.Afgesloten> alle) {
        Map<Integer, List<Praktijkcijfers.Afgesloten>> per = new LinkedHashMap<>();
        programmas.forEach(p -> per.put(p.id(), p.afgesloten()));
        boolean[] weg = Suppressie.verbergAantallen(programmas.stream().map(Programma::deelnemers).toList());
        Map<Integer, Boolean> deelnemersWeg = new LinkedHashMap<>();
        for (int i = 0; i < programmas.size(); i++) {
            deelnemersWeg.put(programmas.get(i).id(), weg[i]);
        }
        Suppressie.Samen<Integer> samen = Suppressie.pasSamen(alle, per);
        return new Getoond(samen.jaren(), samen.programmas(), deelnemersWeg, weg[programmas.size()]);
    }

    /**
     * The suppressed figures: the year tables, the programme tables, and per programme whether its
     * participant count is hidden.
     */
    public record Getoond(Suppressie.Tabellen jaren, Suppressie.Programmatabellen<Integer> tabellen,
                          Map<Integer, Boolean> deelnemersVerborgen, boolean totaalVerborgen) {
        public Getoond {
            deelnemersVerborgen = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(deelnemersVerborgen));
        }
    }

    /** Everyone who took part, over all programmes (someone in two counts twice). */
    public int deelnemers() {
        return programmas.stream().mapToInt(Programma::deelnemers).sum();
    }
}
