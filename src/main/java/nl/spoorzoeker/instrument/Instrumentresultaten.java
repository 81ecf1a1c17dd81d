package nl.spoorzoeker.instrument;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import nl.spoorzoeker.instrument.StarrService;
import nl.spoorzoeker.instrument.StarrVerhaal;
import nl.spoorzoeker.fase.ProfielService;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.uitkomst.Schaalmeting;
import nl.spoorzoeker.uitkomst.UitkomstService;

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
     */
    public record Stand(List<Afname> afnames, List<Waardensortering> sorteringen, Drijfveren drijfveren,
                        List<Kernkwadrant> kernkwadranten, Schaalmeting intake, List<StarrVerhaal> verhalen,
                        Set<Instrumentsoort> weggelaten) {
        public Stand {
            afnames = List.copyOf(afnames);
            sorteringen = List.copyOf(sorteringen);
            kernkwadranten = List.copyOf(kernkwadranten);
            verhalen = List.copyOf(verhalen);
            weggelaten = Set.copyOf(weggelaten);
        }
    }

    public Stand stand(int dossierId) {
        return new Stand(instrumenten.afnames(dossierId), waarden.sorteringen(dossierId),
                waarden.drijfveren(dossierId).orElse(null), kernkwadranten.lijst(dossierId),
                uitkomsten.metingen(dossierId).begin(), verhalen.lijst(dossierId), waarden.weggelaten(dossierId));
    }
}
