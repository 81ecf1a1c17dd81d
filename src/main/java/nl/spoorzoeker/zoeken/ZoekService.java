package nl.spoorzoeker.zoeken;

import java.util.List;
import nl.spoorzoeker.store.Database;

/** One search over the names, organisations and every text of the practice. */
public final class ZoekService {

    /** Hits shown at most: the newest; a coach who needs older ones types one more word. */
    public static final int LIMIET = 100;

    private final Database db;

    public ZoekService(Database db) {
        this.db = db;
    }

    /** The newest hits for what the coach typed; none for blank input. */
    public List<Zoekresultaat> zoek(String invoer) {
        return ZoekVraag.match(invoer).map(match -> db.read(ctx -> new ZoekRepository(ctx).zoek(match, LIMIET)))
                .orElse(List.of());
    }
}
