package nl.spoorzoeker.app.werkplek;

import java.time.Clock;
import nl.spoorzoeker.input.Weigering;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.taak.Taak;
import nl.spoorzoeker.dossier.DossierService;

/**
 * Loading the demo dossiers into an empty practice (menu Bestand, the welcome guide, Vandaag,
 * {@code spoorzoeker demo}). Refused when the practice is not empty. Not cancellable: the demo
 * set is written as a whole, and a half-loaded set would be neither empty nor the demo.
 */
public final class DemoTaak extends Taak<Integer> {

    private final Database db;
    private final Clock clock;

    public DemoTaak(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public String naamKey() {
        return "demo.load";
    }

    @Override
    public boolean annuleerbaar() {
        return false;
    }

    @Override
    protected Integer werk() {
        fase("demo.fase.controleren", 0.0);
        if (!new DossierService(db, clock).isEmpty()) {
            throw new Weigering("demo.notEmpty");
        }
        fase("demo.fase.laden", 0.1);
        return Demoset.load(db, clock);
    }
}
