package nl.spoorzoeker.logboek;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The hours of one traject: what counts against the budget and when, the totals, and the
 * burn-down (budget left per week against an even spend to the planned end). Pure.
 */
public final class Urenboek {

    private Urenboek() {
    }

    /** This dossier's part in a group session: minutes attended and minutes charged to its budget. */
    public record Groepsregel(Groepssessie sessie, int aanwezigMinuten, int declarabelMinuten) {
    }

    /** Declarable minutes on a date. */
    public record Boeking(LocalDate datum, int minuten) {
    }

    /**
     * One week of the burn-down: its Monday, the budget left at its end (null for weeks still to
     * come) and what would be left at an even spend to the planned end (null without an end date).
     */
    public record Punt(LocalDate maandag, Integer resterendMinuten, Integer gelijkmatigMinuten) {
    }

    public static List<Boeking> boekingen(List<Contactmoment> contacten, List<Groepsregel> groepen) {
        List<Boeking> boekingen = new ArrayList<>();
        contacten.stream().filter(Contactmoment::declarabel)
                .forEach(c -> boekingen.add(new Boeking(c.moment().toLocalDate(), c.duurMinuten())));
        groepen.stream().filter(g -> g.declarabelMinuten() > 0)
                .forEach(g -> boekingen.add(new Boeking(g.sessie().moment().toLocalDate(), g.declarabelMinuten())));
        boekingen.sort(Comparator.comparing(Boeking::datum));
        return boekingen;
    }

    public static Urenstand stand(Integer budgetMinuten, List<Contactmoment> contacten, List<Groepsregel> groepen) {
        int contact = 0;
        int rapportage = 0;
        for (Contactmoment c : contacten) {
            if (c.declarabel()) {
                if (c.soort() == ContactSoort.RAPPORTAGE) {
                    rapportage += c.duurMinuten();
                } else {
                    contact += c.duurMinuten();
                }
            }
        }
        int groep = groepen.stream().mapToInt(Groepsregel::declarabelMinuten).sum();
        return new Urenstand(budgetMinuten, contact, rapportage, groep);
    }

    /** The longest burn-down drawn: five years of weeks. */
    static final int MAX_WEKEN = 260;

    /**
     * Weeks from the one holding {@code start} to the later of the planned end and today (at most
     * {@link #MAX_WEKEN}). Bookings before the start count in the first week.
     */
    public static List<Punt> burndown(int budgetMinuten, LocalDate start, LocalDate eind, List<Boeking> boekingen,
                                      LocalDate vandaag) {
        LocalDate eerste = maandag(start);
        LocalDate laatste = maandag(eind != null && eind.isAfter(vandaag) ? eind : vandaag);
        long totaalDagen = eind == null ? 0 : ChronoUnit.DAYS.between(start, eind);
        List<Punt> punten = new ArrayList<>();
        int index = 0;
        long besteed = 0;
        for (LocalDate week = eerste; !week.isAfter(laatste) && punten.size() < MAX_WEKEN; week = week.plusWeeks(1)) {
            LocalDate zondag = week.plusDays(6);
            while (index < boekingen.size() && !boekingen.get(index).datum().isAfter(zondag)) {
                besteed += boekingen.get(index).minuten();
                index++;
            }
            Integer rest = week.isAfter(vandaag) ? null : (int) (budgetMinuten - besteed);
            Integer gelijkmatig = null;
            if (eind != null && totaalDagen > 0) {
                long verstreken = Math.clamp(ChronoUnit.DAYS.between(start, zondag), 0, totaalDagen);
                gelijkmatig = (int) Math.round(budgetMinuten * (1.0 - verstreken / (double) totaalDagen));
            }
            punten.add(new Punt(week, rest, gelijkmatig));
        }
        return punten;
    }

    private static LocalDate maandag(LocalDate dag) {
        return dag.minusDays(dag.getDayOfWeek().getValue() - 1L);
    }
}
