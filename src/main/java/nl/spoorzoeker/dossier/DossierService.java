package nl.spoorzoeker.dossier;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.tijdlijn.Tijdlijn;

/**
 * Use cases for dossiers. Synchronous and free of JavaFX: the UI calls it from a background task.
 * Every change is one short transaction.
 */
public final class DossierService {

    private final Database db;
    private final Clock clock;

    public DossierService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Creates a dossier for an existing werkgever, or without one ({@code werkgeverId} null: a
     * vangnetter whose opdrachtgever is UWV or another payer); returns its id.
     */
    public int create(Werknemer werknemer, Integer werkgeverId, Traject traject) {
        Trajectregels.controleer(werkgeverId != null, traject);
        Instant now = clock.instant();
        return db.write(cfg -> new DossierRepository(cfg.dsl()).insert(werknemer, werkgeverId, traject, now));
    }

    /** Creates the werkgever and the dossier together, so neither exists without the other. */
    public int createWithNewWerkgever(Werknemer werknemer, Werkgever werkgever, Traject traject) {
        Trajectregels.controleer(true, traject);
        Instant now = clock.instant();
        return db.write(cfg -> {
            int werkgeverId = new WerkgeverRepository(cfg.dsl()).insert(werkgever, now);
            return new DossierRepository(cfg.dsl()).insert(werknemer, werkgeverId, traject, now);
        });
    }

    public void update(int dossierId, Werknemer werknemer, Integer werkgeverId, Traject traject) {
        Trajectregels.controleer(werkgeverId != null, traject);
        Instant now = clock.instant();
        boolean found = db.write(cfg ->
                new DossierRepository(cfg.dsl()).update(dossierId, werknemer, werkgeverId, traject, now));
        if (!found) {
            throw new NoSuchElementException("dossier " + dossierId);
        }
    }

    public void setStatus(int dossierId, TrajectStatus status) {
        Instant now = clock.instant();
        boolean found = db.write(cfg -> new DossierRepository(cfg.dsl()).setStatus(dossierId, status, now));
        if (!found) {
            throw new NoSuchElementException("dossier " + dossierId);
        }
    }

    public Optional<Dossier> find(int dossierId) {
        return db.read(ctx -> new DossierRepository(ctx).find(dossierId));
    }

    /** All dossiers, each with its week of sickness today by its own clock. */
    public List<DossierRegel> list() {
        return db.read(ctx -> withWeeks(ctx, new DossierRepository(ctx).all()));
    }

    /**
     * Every werknemer's name in the practice (the report's gate looks for the others' names): the list's
     * rows without their sick weeks, which took a clock per dossier to count and are not needed here.
     */
    public List<String> werknemerNamen() {
        return db.read(ctx -> new DossierRepository(ctx).all()).stream().map(DossierRegel::naam).toList();
    }

    public List<DossierRegel> ofWerkgever(int werkgeverId) {
        return db.read(ctx -> withWeeks(ctx, new DossierRepository(ctx).ofWerkgever(werkgeverId)));
    }

    private List<DossierRegel> withWeeks(org.jooq.DSLContext ctx, List<DossierRegel> rows) {
        var klokken = new TijdlijnRepository(ctx).loadAll(rows.stream().map(DossierRegel::trajectId).toList());
        return metWeken(rows, klokken, java.time.LocalDate.now(clock));
    }

    /** The rows with their sick week on {@code today}, from clocks already loaded. */
    static List<DossierRegel> metWeken(List<DossierRegel> rows, java.util.Map<Integer, Tijdlijn> klokken,
                                      java.time.LocalDate today) {
        return rows.stream().map(r -> r.metWeek(klokken.get(r.trajectId()).week(today).orElse(0))).toList();
    }

    /** True when periods of sickness were recorded: then the clock, not the form, sets the first sick day. */
    public boolean heeftVerzuimperiodes(int dossierId) {
        return db.read(ctx -> new TijdlijnRepository(ctx).find(dossierId)
                .map(t -> t.periodes().stream().anyMatch(p -> !p.wazo())).orElse(false));
    }

    /** True when the practice holds no dossiers and no employers yet (demo data may be loaded). */
    public boolean isEmpty() {
        return db.read(ctx -> new DossierRepository(ctx).count() == 0 && new WerkgeverRepository(ctx).count() == 0);
    }
}
