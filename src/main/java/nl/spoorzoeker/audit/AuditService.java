package nl.spoorzoeker.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.spoorzoeker.store.Database;

/**
 * The audit log: who did what and when with the practice's data as a whole — final reports,
 * exports, backups, restores, deletions. Descriptions hold ids, counts and file names, never note
 * text; "who" is the operating-system account that ran Spoorzoeker.
 */
public final class AuditService {

    static final int MAX_OMSCHRIJVING = 500;

    /** One entry. */
    public record Regel(Instant op, String wie, Handeling handeling, Integer trajectId, String omschrijving) {
    }

    private final Database db;
    private final Clock clock;

    public AuditService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public void log(Handeling handeling, Integer trajectId, String omschrijving) {
        String tekst = omschrijving.length() > MAX_OMSCHRIJVING ? omschrijving.substring(0, MAX_OMSCHRIJVING) : omschrijving;
        String wie = System.getProperty("user.name", "?");
        db.write(cfg -> {
            new AuditRepository(cfg.dsl()).insert(clock.instant(), wie, handeling, trajectId, tekst);
            return null;
        });
    }

    public List<Regel> alle() {
        return db.read(ctx -> new AuditRepository(ctx).alle());
    }
}
