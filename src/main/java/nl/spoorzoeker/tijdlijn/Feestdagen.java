package nl.spoorzoeker.tijdlijn;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The Dutch public holidays, from the jollyday library (which keeps the rules: Pasen and what hangs
 * off it, Koningsdag moving to the 26th when the 27th is a Sunday, Bevrijdingsdag). Pure apart from
 * reading the library's own rule file once.
 *
 * <p>Bevrijdingsdag is a holiday every year in jollyday's Dutch calendar. Whether employers give it
 * off every year or only each fifth is a collective-agreement matter; a group meeting is not planned
 * on it either way, which is the safe side for a schedule.
 */
public final class Feestdagen implements Predicate<LocalDate> {

    private static final Feestdagen NEDERLAND = new Feestdagen();

    private final HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.NETHERLANDS));
    private final Map<Integer, Set<LocalDate>> perJaar = new ConcurrentHashMap<>();
    private final Map<Integer, Set<LocalDate>> wettelijk = new ConcurrentHashMap<>();

    private Feestdagen() {
    }

    public static Feestdagen nederland() {
        return NEDERLAND;
    }

    /** Whether {@code dag} is a Dutch public holiday. */
    @Override
    public boolean test(LocalDate dag) {
        return perJaar.computeIfAbsent(dag.getYear(), j -> manager.getHolidays(Year.of(j)).stream()
                .map(h -> h.getDate()).collect(Collectors.toUnmodifiableSet())).contains(dag);
    }

    /**
     * Whether {@code dag} is an "algemeen erkende feestdag" of the Algemene termijnenwet (art. 3):
     * Nieuwjaarsdag, Eerste en Tweede Paasdag, Hemelvaartsdag, Eerste en Tweede Pinksterdag, beide
     * Kerstdagen, Koningsdag and 5 mei. A statutory deadline that ends on one moves to the next
     * working day. These are jollyday's public holidays; Goede Vrijdag is only an observance there and
     * is no such day in the law either.
     */
    public boolean algemeenErkend(LocalDate dag) {
        return wettelijk.computeIfAbsent(dag.getYear(), j -> manager.getHolidays(Year.of(j)).stream()
                .filter(h -> h.getType() == HolidayType.PUBLIC_HOLIDAY)
                .map(h -> h.getDate()).collect(Collectors.toUnmodifiableSet())).contains(dag);
    }

    /** The holiday's name in Dutch or English (as jollyday has it), or empty when {@code dag} is none. */
    public java.util.Optional<String> naam(LocalDate dag, java.util.Locale taal) {
        return manager.getHolidays(Year.of(dag.getYear())).stream().filter(h -> h.getDate().equals(dag)).findFirst()
                .map(h -> h.getDescription(taal));
    }
}
