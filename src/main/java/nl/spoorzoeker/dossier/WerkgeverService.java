package nl.spoorzoeker.dossier;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import nl.spoorzoeker.store.Database;

/** Use cases for employers. */
public final class WerkgeverService {

    private final Database db;
    private final Clock clock;

    public WerkgeverService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public int create(Werkgever werkgever) {
        Instant now = clock.instant();
        return db.write(cfg -> new WerkgeverRepository(cfg.dsl()).insert(werkgever, now));
    }

    public void update(Werkgever werkgever) {
        Instant now = clock.instant();
        if (!db.write(cfg -> new WerkgeverRepository(cfg.dsl()).update(werkgever, now))) {
            throw new NoSuchElementException("werkgever " + werkgever.id());
        }
    }

    public Optional<Werkgever> find(int id) {
        return db.read(ctx -> new WerkgeverRepository(ctx).find(id));
    }

    public List<WerkgeverRegel> list() {
        return db.read(ctx -> new WerkgeverRepository(ctx).list());
    }
}
