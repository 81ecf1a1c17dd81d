package nl.spoorzoeker.concept;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import nl.spoorzoeker.store.Database;

/**
 * Drafts of forms with long text: written about a second after the coach stops typing, offered
 * again when the same form is opened after a crash, removed once the form is saved or cancelled.
 */
public final class ConceptService {

    private final Database db;
    private final Clock clock;

    public ConceptService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Optional<Concept> lees(String sleutel) {
        return db.read(ctx -> new ConceptRepository(ctx).find(sleutel));
    }

    public void bewaar(String sleutel, Map<String, String> velden) {
        var now = clock.instant();
        db.write(cfg -> {
            new ConceptRepository(cfg.dsl()).put(sleutel, velden, now);
            return null;
        });
    }

    public void verwijder(String sleutel) {
        db.write(cfg -> {
            new ConceptRepository(cfg.dsl()).delete(sleutel);
            return null;
        });
    }
}
