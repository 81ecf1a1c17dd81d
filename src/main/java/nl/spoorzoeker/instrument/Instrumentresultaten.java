package nl.spoorzoeker.instrument;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.spoorzoeker.instrument.StarrService;
import nl.spoorzoeker.instrument.StarrVerhaal;
import nl.spoorzoeker.fase.ProfielService;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.uitkomst.Schaalmeting;
import nl.spoorzoeker.uitkomst.UitkomstService;
import nl.spoorzoeker.tijdlijn.Tijdzone;

/**
 * Everything the instruments of a traject recorded, in one read for the reports (issue 19 item
 * 7) and the werkboek: the interest tests, the values card sorts, the drives worksheet, the
 * kernkwadranten, the scales at the intake, the STARR stories, and which kinds the coach left out
 * of the reports. Which of it a report prints is the report's decision.
 */
public final class Instrumentresultaten {

    private final InstrumentService instrumenten;
    private final WaardenService waarden;
    private final KernkwadrantService kernkwadranten;
    private final StarrService verhalen;
    private final UitkomstService uitkomsten;

    public Instrumentresultaten(Database db, Clock clock, ProfielService profielen) {
        this.instrumenten = new InstrumentService(db, clock, profielen);
        this.waarden = new WaardenService(db, clock, profielen);
        this.kernkwadranten = new KernkwadrantService(db, clock);
        this.verhalen = new StarrService(db, clock, profielen);
        this.uitkomsten = new UitkomstService(db, clock);
    }

    /**
     * @param afnames     the interest tests, newest first
     * @param sorteringen the values card sorts, newest first
     * @param drijfveren  the drives worksheet, or null
     * @param intake      the scales scored at the intake, or null
     * @param weggelaten  the kinds the coach left out of the reports
     * @param kwadrantversies the saved texts of each kernkwadrant (by its id), newest first: a report prints
     *                        the text as it stood at its period's end (issue 19)
     * @param verhaalversies  the same for each STARR story
     */
    public record Stand(List<Afname> afnames, List<Waardensortering> sorteringen, Drijfveren drijfveren,
                        List<Kernkwadrant> kernkwadranten, Schaalmeting intake, List<StarrVerhaal> verhalen,
                        Set<Instrumentsoort> weggelaten, Map<Integer, List<Tekstversie<Kernkwadrant>>> kwadrantversies,
                        Map<Integer, List<Tekstversie<StarrVerhaal>>> verhaalversies) {
        public Stand {
            afnames = List.copyOf(afnames);
            sorteringen = List.copyOf(sorteringen);
            kernkwadranten = List.copyOf(kernkwadranten);
            verhalen = List.copyOf(verhalen);
            weggelaten = Set.copyOf(weggelaten);
            kwadrantversies = Map.copyOf(kwadrantversies);
            verhaalversies = Map.copyOf(verhaalversies);
        }
    }

    public Stand stand(int dossierId) {
        List<Kernkwadrant> kwadranten = kernkwadranten.lijst(dossierId);
        List<StarrVerhaal> lijst = verhalen.lijst(dossierId);
        Map<Integer, List<Tekstversie<Kernkwadrant>>> kv = new HashMap<>();
        kwadranten.forEach(k -> kv.put(k.id(), kernkwadranten.versies(dossierId, k.id())));
        Map<Integer, List<Tekstversie<StarrVerhaal>>> vv = new HashMap<>();
        lijst.forEach(v -> vv.put(v.id(), verhalen.versies(dossierId, v.id())));
        return new Stand(instrumenten.afnames(dossierId), waarden.sorteringen(dossierId),
                waarden.drijfveren(dossierId).orElse(null), kwadranten,
                uitkomsten.metingen(dossierId).begin(), lijst, waarden.weggelaten(dossierId), kv, vv);
    }

    /**
     * The text as it stood at the end of {@code dag} (Europe/Amsterdam): the newest version saved by then;
     * when every version is later (the first version of a text older than its history is its last change,
     * migration V27), the oldest known; the current text when there is no history at all.
     */
    public static <T> T zoalsOp(T nu, List<Tekstversie<T>> versies, java.time.LocalDate dag) {
        if (versies == null || versies.isEmpty()) {
            return nu;
        }
        java.time.Instant einde = dag.plusDays(1).atStartOfDay(Tijdzone.PRAKTIJK).toInstant();
        return versies.stream().filter(v -> v.opgeslagen().isBefore(einde))
                .max(java.util.Comparator.comparingInt(Tekstversie::nummer))
                .or(() -> versies.stream().min(java.util.Comparator.comparingInt(Tekstversie::nummer)))
                .map(Tekstversie::tekst).orElse(nu);
    }
}
