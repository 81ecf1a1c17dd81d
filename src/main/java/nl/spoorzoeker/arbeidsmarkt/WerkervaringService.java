package nl.spoorzoeker.arbeidsmarkt;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import nl.spoorzoeker.input.Weigering;
import nl.spoorzoeker.store.Database;

/** Werkervaringsplekken and detacheringen: details, opbouwschema and realised hours, evaluations. */
public final class WerkervaringService {

    private final Database db;
    private final Clock clock;

    public WerkervaringService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public List<Werkervaringsplek> plekken(int dossierId) {
        return db.read(ctx -> new WerkervaringRepository(ctx).list(dossierId));
    }

    /** A running place that has gone too long without an evaluation, with its dossier. */
    public record Evaluatiesignaal(int dossierId, Werkervaringsplek plek, Werkervaringsbewaking.Signaal signaal) {
    }

    /** Every running place of the practice that is due an evaluation (C13), longest first. */
    public List<Evaluatiesignaal> evaluatieSignalen(java.time.LocalDate vandaag) {
        var lopend = db.read(ctx -> new WerkervaringRepository(ctx).lopendOp(vandaag));
        List<Evaluatiesignaal> result = new java.util.ArrayList<>();
        lopend.forEach((dossier, plekken) -> plekken.forEach(plek -> Werkervaringsbewaking.evaluatieSignaal(plek, vandaag)
                .ifPresent(s -> result.add(new Evaluatiesignaal(dossier, plek, s)))));
        result.sort(java.util.Comparator.comparingLong((Evaluatiesignaal e) -> e.signaal().dagen()).reversed());
        return result;
    }

    public int nieuw(int dossierId, Werkervaringsplek plek) {
        controleer(plek);
        Instant now = clock.instant();
        return db.write(cfg -> new WerkervaringRepository(cfg.dsl()).insert(dossierId, plek, now));
    }

    public void wijzig(int dossierId, Werkervaringsplek plek) {
        controleer(plek);
        Instant now = clock.instant();
        if (!db.write(cfg -> new WerkervaringRepository(cfg.dsl()).update(dossierId, plek, now))) {
            throw new NoSuchElementException("werkervaringsplek " + plek.id());
        }
    }

    /** Replaces the planned and realised hours per week; each week must start on a Monday. */
    public void zetWeken(int plekId, List<Werkervaringsplek.Week> weken) {
        for (Werkervaringsplek.Week w : weken) {
            if (w.maandag().getDayOfWeek() != java.time.DayOfWeek.MONDAY) {
                throw new IllegalArgumentException("week does not start on a Monday: " + w.maandag());
            }
        }
        db.write(cfg -> {
            WerkervaringRepository repo = new WerkervaringRepository(cfg.dsl());
            if (repo.trajectVan(plekId).isEmpty()) {
                throw new NoSuchElementException("werkervaringsplek " + plekId);
            }
            repo.replaceWeken(plekId, weken);
            return null;
        });
    }

    public int evalueer(int plekId, Werkervaringsplek.Evaluatie evaluatie) {
        Instant now = clock.instant();
        return db.write(cfg -> {
            WerkervaringRepository repo = new WerkervaringRepository(cfg.dsl());
            if (repo.trajectVan(plekId).isEmpty()) {
                throw new NoSuchElementException("werkervaringsplek " + plekId);
            }
            return repo.addEvaluatie(plekId, evaluatie, now);
        });
    }

    public void wijzigEvaluatie(int plekId, Werkervaringsplek.Evaluatie evaluatie) {
        if (!db.write(cfg -> new WerkervaringRepository(cfg.dsl()).updateEvaluatie(plekId, evaluatie))) {
            throw new NoSuchElementException("evaluatie " + evaluatie.id());
        }
    }

    /** A place aimed at no result must say why (C13: every intervention serves the goal of work). */
    private static void controleer(Werkervaringsplek plek) {
        if (plek.einddatum() != null && plek.einddatum().isBefore(plek.startdatum())) {
            throw new Weigering("werkervaring.fout.eindVoorStart");
        }
        if (plek.beoogdeUitkomst() == Werkervaringsplek.Uitkomst.GEEN
                && (plek.uitkomstToelichting() == null || plek.uitkomstToelichting().isBlank())) {
            throw new Weigering("werkervaring.fout.geenUitkomstZonderReden");
        }
    }
}
