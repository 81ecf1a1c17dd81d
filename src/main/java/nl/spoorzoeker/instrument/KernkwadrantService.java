package nl.spoorzoeker.instrument;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import nl.spoorzoeker.tijdlijn.Tijdzone;
import java.util.List;
import nl.spoorzoeker.store.Database;

/**
 * The kernkwadranten worksheet of a traject (issue 19 item 3): several per werknemer, each saved
 * as a whole. Texts are checked at the edge (the form): blank fields are null, the quality is required.
 */
public final class KernkwadrantService {

    private final Database db;
    private final Clock clock;

    public KernkwadrantService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public List<Kernkwadrant> lijst(int dossierId) {
        return db.read(ctx -> new KernkwadrantRepository(ctx).vanDossier(dossierId));
    }

    /** Adds a new one (id null) or changes an existing one; returns its id. */
    public int bewaar(int dossierId, Kernkwadrant k) {
        if (k.kwaliteit() == null || k.kwaliteit().isBlank()) {
            throw new IllegalArgumentException("a kernkwadrant needs a quality");
        }
        Instant now = clock.instant();
        // A report prints it from this day on: a day ahead would hide it from reports until then.
        if (k.datum() != null && k.datum().isAfter(LocalDate.ofInstant(now, Tijdzone.PRAKTIJK))) {
            throw new InstrumentService.Geweigerd("input.dateInFuture");
        }
        return db.write(cfg -> {
            KernkwadrantRepository repo = new KernkwadrantRepository(cfg.dsl());
            if (k.id() == null) {
                return repo.voegToe(dossierId, k,
                        k.datum() != null ? k.datum() : LocalDate.ofInstant(now, Tijdzone.PRAKTIJK), now);
            }
            if (!repo.wijzig(dossierId, k, now)) {
                throw new InstrumentService.Geweigerd("kk.fout.weg");
            }
            return k.id();
        });
    }

    /**
     * Every saved text of one of the dossier's kernkwadranten, newest first (the first is the current
     * text); refused when it is not the dossier's (any more).
     */
    public List<Tekstversie<Kernkwadrant>> versies(int dossierId, int id) {
        return db.read(ctx -> {
            KernkwadrantRepository repo = new KernkwadrantRepository(ctx);
            if (!repo.hoortBij(dossierId, id)) {
                throw new InstrumentService.Geweigerd("kk.fout.weg");
            }
            return repo.versies(id);
        });
    }

    /**
     * Makes an earlier text current again, as a new version: the history keeps every step, also the
     * text that is replaced now. The day it was made stays.
     */
    public void herstel(int dossierId, int id, int versie) {
        db.write(cfg -> {
            KernkwadrantRepository repo = new KernkwadrantRepository(cfg.dsl());
            Kernkwadrant oud = repo.hoortBij(dossierId, id) ? repo.versies(id).stream()
                    .filter(v -> v.nummer() == versie).map(Tekstversie::tekst).findFirst().orElse(null) : null;
            if (oud == null || !repo.wijzig(dossierId, oud, clock.instant())) {
                throw new InstrumentService.Geweigerd("kk.fout.weg");
            }
            return null;
        });
    }

    public void verwijder(int dossierId, int id) {
        db.write(cfg -> {
            if (!new KernkwadrantRepository(cfg.dsl()).verwijder(dossierId, id)) {
                throw new InstrumentService.Geweigerd("kk.fout.weg");
            }
            return null;
        });
    }
}
