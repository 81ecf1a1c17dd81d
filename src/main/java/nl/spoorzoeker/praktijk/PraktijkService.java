package nl.spoorzoeker.praktijk;

import java.time.Clock;
import java.util.Optional;
import nl.spoorzoeker.input.Weigering;
import nl.spoorzoeker.store.Database;

/** Reads and saves the single practice profile (one row, id 1). */
public final class PraktijkService {

    private final Database db;
    private final Clock clock;

    public PraktijkService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Optional<Praktijk> get() {
        return db.read(ctx -> new PraktijkRepository(ctx).get());
    }

    public void save(Praktijk praktijk) {
        var now = clock.instant();
        db.write(cfg -> new PraktijkRepository(cfg.dsl()).save(praktijk, now));
    }

    /** The coach's signature as PNG or JPEG bytes, printed under every final report; empty when none. */
    public Optional<byte[]> handtekening() {
        return db.read(ctx -> new PraktijkRepository(ctx).handtekening());
    }

    /**
     * Stores (or with null removes) the coach's signature. Refused before the practice details are
     * saved, and for anything but a PNG or JPEG of at most 2 MB.
     */
    public void zetHandtekening(byte[] beeld) {
        if (beeld != null) {
            Logo.problem(beeld).ifPresent(key -> {
                throw new Weigering(key);
            });
        }
        int rijen = db.write(cfg -> new PraktijkRepository(cfg.dsl()).zetHandtekening(beeld, clock.instant()));
        if (rijen == 0) {
            throw new Weigering("praktijk.handtekening.eerstPraktijk");
        }
    }
}
