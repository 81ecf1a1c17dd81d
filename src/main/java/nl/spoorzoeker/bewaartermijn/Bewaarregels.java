package nl.spoorzoeker.bewaartermijn;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;

/**
 * When a traject's file may be deleted (domain.md §5.4): its end plus two years, five when the
 * werkgever is eigenrisicodrager, or the coach's own date instead; never while a bewaarplicht
 * (legal hold) holds it, and not before it has ended. Plain Java: no database, no JavaFX.
 */
public final class Bewaarregels {

    /** How far ahead the review list looks: a term passing within this many months is shown. */
    public static final int VOORUIT_MAANDEN = 3;
    /** A bewaarplicht is reviewed this often (domain.md §5.4: "review every 6 months"). */
    public static final int HERZIEN_MAANDEN = 6;

    /** The practice's default terms in whole years after the traject's end. */
    public record Termijnen(int standaardJaren, int eigenrisicodragerJaren) {

        public static final int MINIMUM = 1;
        public static final int MAXIMUM = 30;
        public static final Termijnen STANDAARD = new Termijnen(2, 5);

        public Termijnen {
            if (standaardJaren < MINIMUM || standaardJaren > MAXIMUM
                    || eigenrisicodragerJaren < MINIMUM || eigenrisicodragerJaren > MAXIMUM) {
                throw new IllegalArgumentException("terms are 1 to 30 years");
            }
        }

        int jaren(boolean eigenrisicodrager) {
            return eigenrisicodrager ? eigenrisicodragerJaren : standaardJaren;
        }
    }

    private Bewaarregels() {
    }

    /**
     * The first day the traject may be deleted; empty while it has no end date (it is still running,
     * so its term has not started). The coach's own date, when set, replaces the default term.
     */
    public static Optional<LocalDate> vervaldatum(LocalDate einddatum, boolean eigenrisicodrager, LocalDate eigenDatum,
                                                  Termijnen termijnen) {
        if (einddatum == null) {
            return Optional.empty();
        }
        if (eigenDatum != null) {
            return Optional.of(eigenDatum);
        }
        return Optional.of(naJaren(einddatum, termijnen.jaren(eigenrisicodrager)));
    }

    /**
     * {@code jaren} full years after {@code datum}. A term that starts on 29 February ends on
     * 1 March in a year without one, not on 28 February: the file is never due a day before the
     * full term (java.time would clamp to the 28th).
     */
    static LocalDate naJaren(LocalDate datum, int jaren) {
        LocalDate eind = datum.plusYears(jaren);
        boolean schrikkeldag = datum.getMonth() == Month.FEBRUARY && datum.getDayOfMonth() == 29;
        return schrikkeldag && eind.getDayOfMonth() == 28 ? eind.plusDays(1) : eind;
    }

    /** Where a traject stands today. A bewaarplicht outranks every date: such a file is never due. */
    public static Bewaarstaat staat(Optional<LocalDate> vervaldatum, boolean bewaarplicht, LocalDate vandaag) {
        if (bewaarplicht) {
            return Bewaarstaat.BEWAARPLICHT;
        }
        if (vervaldatum.isEmpty()) {
            return Bewaarstaat.LOOPT_NOG;
        }
        LocalDate datum = vervaldatum.get();
        if (!vandaag.isBefore(datum)) {
            return Bewaarstaat.VERLOPEN;
        }
        return datum.isAfter(vandaag.plusMonths(VOORUIT_MAANDEN)) ? Bewaarstaat.BEWAREN : Bewaarstaat.BINNENKORT;
    }

    /** True when a bewaarplicht set on {@code sinds} is due for review. */
    public static boolean herzienNodig(LocalDate sinds, LocalDate vandaag) {
        return sinds != null && !vandaag.isBefore(sinds.plusMonths(HERZIEN_MAANDEN));
    }

    /**
     * Whether the review list shows a traject: its term has passed or passes within
     * {@value #VOORUIT_MAANDEN} months, or it is held by a bewaarplicht that would otherwise be due
     * by then or is due for review.
     */
    public static boolean teBeoordelen(Optional<LocalDate> vervaldatum, LocalDate bewaarplichtSinds, LocalDate vandaag) {
        if (bewaarplichtSinds != null) {
            boolean zouVervallen = vervaldatum.isPresent()
                    && !vervaldatum.get().isAfter(vandaag.plusMonths(VOORUIT_MAANDEN));
            return zouVervallen || herzienNodig(bewaarplichtSinds, vandaag);
        }
        Bewaarstaat staat = staat(vervaldatum, false, vandaag);
        return staat == Bewaarstaat.VERLOPEN || staat == Bewaarstaat.BINNENKORT;
    }
}
