package nl.spoorzoeker.groep;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import nl.spoorzoeker.logboek.Groepssessie;

/**
 * A programme's schedule made from its pattern. Pure: the holidays come in as a predicate.
 *
 * <p>A meeting that would fall on a public holiday is not held that week; the series moves on to the
 * next slot, so the group still gets the number of meetings the pattern asks for (a programme of 8
 * workshops stays 8). The holidays passed over are returned, so the screen can say why a week is
 * missing.
 */
public final class Rooster {

    private Rooster() {
    }

    /** One planned meeting before it is saved; {@code nummer} counts from 1. */
    public record Gepland(int nummer, LocalDateTime begin, int duurMinuten, Groepssessie.Soort soort, String onderwerp,
                          String locatie) {
    }

    public record Uitkomst(List<Gepland> bijeenkomsten, List<LocalDate> overgeslagen) {
    }

    /**
     * The meetings of {@code patroon}; {@code onderwerp} gives the default topic of meeting n (the
     * coach edits each one afterwards).
     */
    public static Uitkomst genereer(Roosterpatroon patroon, Predicate<LocalDate> feestdag,
                                    java.util.function.BiFunction<Integer, Groepssessie.Soort, String> onderwerp) {
        List<Gepland> gepland = new ArrayList<>();
        List<LocalDate> overgeslagen = new ArrayList<>();
        LocalDate dag = patroon.vanaf().with(TemporalAdjusters.nextOrSame(patroon.weekdag()));
        // Bounded: even a pathological holiday predicate cannot loop forever.
        for (int stap = 0; gepland.size() < patroon.aantal() && stap < patroon.aantal() * 4 + 52; stap++) {
            if (feestdag.test(dag)) {
                overgeslagen.add(dag);
            } else {
                int nummer = gepland.size() + 1;
                Groepssessie.Soort soort = patroon.intervisieElke() > 0 && nummer % patroon.intervisieElke() == 0
                        ? Groepssessie.Soort.INTERVISIE : patroon.soort();
                gepland.add(new Gepland(nummer, dag.atTime(patroon.begin()), patroon.duurMinuten(), soort,
                        onderwerp.apply(nummer, soort), patroon.locatie()));
            }
            dag = dag.plusWeeks(patroon.intervalWeken());
        }
        return new Uitkomst(List.copyOf(gepland), List.copyOf(overgeslagen));
    }
}
