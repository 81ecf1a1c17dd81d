package nl.spoorzoeker.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.spoorzoeker.store.Database;

/**
 * The audit log: who did what and when with the practice's data as a whole — final reports,
 * exports, backups, restores, deletions. Descriptions hold ids, counts and file names, never note
 * text; "who" is the operating-system account that ran Spoorzoeker.
 */
public final class AuditService {

    static final int MAX_OMSCHRIJVING = 500;
    /** The most entries one page of the audit screen asks for. */
    public static final int MAX_PAGINA = 1000;

    /** One entry. */
    public record Regel(Instant op, String wie, Handeling handeling, Integer trajectId, String omschrijving) {
    }

    /**
     * Which entries to show: one kind of action or all (null), and a period of whole days in the
     * clock's time zone, either end open (null).
     */
    public record Filter(Handeling handeling, LocalDate van, LocalDate tot) {

        public static final Filter ALLES = new Filter(null, null, null);
    }

    /** One page of entries, newest first, and how many match the filter in all. */
    public record Pagina(List<Regel> regels, int vanaf, int totaal) {

        public Pagina {
            regels = List.copyOf(regels);
        }
    }

    private final Database db;
    private final Clock clock;

    public AuditService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public void log(Handeling handeling, Integer trajectId, String omschrijving) {
        db.write(cfg -> {
            log(cfg, handeling, trajectId, omschrijving);
            return null;
        });
    }

    /**
     * Logs inside the caller's transaction: the entry is committed with the change it records, or
     * not at all (a deletion must not happen unlogged, nor be logged when it rolled back).
     */
    public void log(org.jooq.Configuration transactie, Handeling handeling, Integer trajectId, String omschrijving) {
        String tekst = omschrijving.length() > MAX_OMSCHRIJVING ? omschrijving.substring(0, MAX_OMSCHRIJVING) : omschrijving;
        String wie = System.getProperty("user.name", "?");
        new AuditRepository(transactie.dsl()).insert(clock.instant(), wie, handeling, trajectId, tekst);
    }

    public List<Regel> alle() {
        return db.read(ctx -> new AuditRepository(ctx).alle());
    }

    /** Entries {@code vanaf} .. {@code vanaf + aantal - 1} of those matching, newest first. */
    public Pagina zoek(Filter filter, int vanaf, int aantal) {
        if (vanaf < 0 || aantal < 1 || aantal > MAX_PAGINA) {
            throw new IllegalArgumentException("page " + vanaf + "+" + aantal);
        }
        Instant van = filter.van() == null ? null : filter.van().atStartOfDay(clock.getZone()).toInstant();
        Instant tot = filter.tot() == null ? null : filter.tot().plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        return db.read(ctx -> {
            AuditRepository repo = new AuditRepository(ctx);
            return new Pagina(repo.pagina(filter.handeling(), van, tot, vanaf, aantal), vanaf,
                    repo.aantal(filter.handeling(), van, tot));
        });
    }
}
