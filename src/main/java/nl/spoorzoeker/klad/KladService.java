package nl.spoorzoeker.klad;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import nl.spoorzoeker.store.Database;

/**
 * Drafts of forms with long text: written about a second after the coach stops typing, offered
 * again when the same form is opened after a crash, removed once the form is saved or the coach throws it away (closing the form keeps it).
 */
public final class KladService {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(KladService.class);

    private final Database db;
    private final Clock clock;

    public KladService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * The draft kept under {@code sleutel}. One that cannot be read comes back marked
     * {@link Klad#onleesbaar()} and is logged (the key names the form, never its text), so the
     * form can tell the coach instead of silently opening empty.
     */
    public Optional<Klad> lees(String sleutel) {
        Optional<Klad> klad = db.read(ctx -> new KladRepository(ctx).find(sleutel));
        klad.filter(Klad::onleesbaar).ifPresent(c -> LOG.warn(
                "Draft {} (written {}) could not be read; the form opens without it", soort(sleutel), c.gewijzigdOp()));
        return klad;
    }

    /** The form kind and record number of a key ("contact:nieuw:12"), nothing a coach typed. */
    private static String soort(String sleutel) {
        return sleutel.replaceAll("[^A-Za-z0-9:_-]", "?");
    }

    /** Keeps the draft; returns when, by the app's clock (the form says "Concept bewaard om" that time). */
    public java.time.Instant bewaar(String sleutel, Map<String, String> velden) {
        var now = clock.instant();
        db.write(cfg -> {
            new KladRepository(cfg.dsl()).put(sleutel, velden, now);
            return null;
        });
        return now;
    }

    /** The zone of the app's clock, in which a draft's time is shown. */
    public java.time.ZoneId zone() {
        return clock.getZone();
    }

    public void verwijder(String sleutel) {
        db.write(cfg -> {
            new KladRepository(cfg.dsl()).delete(sleutel);
            return null;
        });
    }
}
