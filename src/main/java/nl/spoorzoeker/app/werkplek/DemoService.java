package nl.spoorzoeker.app.werkplek;

import java.time.Clock;
import java.util.List;
import nl.spoorzoeker.bewaartermijn.BewaartermijnService;
import nl.spoorzoeker.dossier.DemoDossiers;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.store.Database;

/**
 * The demo set of an open practice: whether it can be loaded, which dossiers are demo, loading and
 * removing it. The window's menu asks here, so the view does not read the database itself (issue 20:
 * MainWindow read {@code DemoDossiers.ids} straight from the database).
 */
public final class DemoService {

    /** What the menu shows: loading only into an empty practice, removing only while demo dossiers exist. */
    public record Stand(boolean leeg, int demodossiers) {
    }

    private final Database db;
    private final Clock clock;
    private final DossierService dossiers;
    private final BewaartermijnService bewaartermijnen;

    public DemoService(Database db, Clock clock, DossierService dossiers, BewaartermijnService bewaartermijnen) {
        this.db = db;
        this.clock = clock;
        this.dossiers = dossiers;
        this.bewaartermijnen = bewaartermijnen;
    }

    public Stand stand() {
        return new Stand(dossiers.isEmpty(), DemoDossiers.ids(db).size());
    }

    /** The trajecten the demo set was loaded with (empty when none is left). */
    public List<Integer> ids() {
        return DemoDossiers.ids(db);
    }

    /** Removes the given demo trajecten (and nothing else), then forgets the demo set; how many went. */
    public int verwijder(List<Integer> ids) {
        int weg = bewaartermijnen.verwijderDemo(ids);
        DemoDossiers.vergeet(db);
        return weg;
    }

    /** The task that loads the demo set (the same one the command line runs). */
    public DemoTaak laden() {
        return new DemoTaak(db, clock);
    }
}
