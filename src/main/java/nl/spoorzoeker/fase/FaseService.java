package nl.spoorzoeker.fase;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import nl.spoorzoeker.store.Database;

/**
 * Phases, guided steps, answers, goals and belastbaarheid of a traject. Synchronous and free of
 * JavaFX; every change is one short transaction.
 */
public final class FaseService {

    private final Database db;
    private final Clock clock;
    /** The shipped steps are put in place once per open practice, not on every read. */
    private final java.util.concurrent.atomic.AtomicBoolean seeded = new java.util.concurrent.atomic.AtomicBoolean();

    public FaseService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Everything the phase screen of one dossier shows. */
    public record Overzicht(List<Fase> fasen, List<Stap> stappen, List<StapAntwoord> antwoorden, List<Doel> doelen,
                            List<Belastbaarheid> belastbaarheid, List<DoelStatusWijziging> doelStatussen) {

        public Overzicht {
            doelStatussen = doelStatussen == null ? List.of() : List.copyOf(doelStatussen);
        }

        public Overzicht(List<Fase> fasen, List<Stap> stappen, List<StapAntwoord> antwoorden, List<Doel> doelen,
                         List<Belastbaarheid> belastbaarheid) {
            this(fasen, stappen, antwoorden, doelen, belastbaarheid, List.of());
        }

        /**
         * A goal's status on {@code dag} with the day it took it; empty when the goal did not exist
         * yet. A goal without any recorded history (made before it was kept) stands as it is now.
         */
        public java.util.Optional<DoelStatusWijziging> statusOp(Doel doel, java.time.LocalDate dag) {
            List<DoelStatusWijziging> eigen = doelStatussen.stream().filter(w -> w.doelId() == doel.id()).toList();
            if (eigen.isEmpty()) {
                return java.util.Optional.of(new DoelStatusWijziging(doel.id(), doel.status(), null));
            }
            return DoelStatusWijziging.op(eigen, dag);
        }

        /** The phases running now, in their usual order. */
        public List<FaseSoort> huidig() {
            return fasen.stream().filter(Fase::lopend).map(Fase::soort).distinct().sorted().toList();
        }
    }

    private void seedOnce() {
        if (!seeded.get()) {
            db.write(cfg -> {
                new FaseRepository(cfg.dsl()).seedStappenIfEmpty();
                return null;
            });
            seeded.set(true);
        }
    }

    public Overzicht overzicht(int dossierId) {
        seedOnce();
        return db.read(ctx -> {
            FaseRepository fasen = new FaseRepository(ctx);
            return new Overzicht(fasen.fasen(dossierId), inTaal(fasen.stappen(true)), fasen.antwoorden(dossierId),
                    fasen.doelen(dossierId), new BelastbaarheidRepository(ctx).list(dossierId),
                    fasen.doelStatussen(dossierId));
        });
    }

    /** The phases running now per dossier, for the header strip. */
    public List<FaseSoort> huidigeFasen(int dossierId) {
        return db.read(ctx -> new FaseRepository(ctx).fasen(dossierId)).stream()
                .filter(Fase::lopend).map(Fase::soort).distinct().sorted().toList();
    }

    /** The running phases of every dossier (dossiers without one are absent). */
    public java.util.Map<Integer, List<FaseSoort>> huidigeFasenPerDossier() {
        return db.read(ctx -> new FaseRepository(ctx).lopendeFasen());
    }

    /** Per dossier: since when the job market phase runs (absent where it does not). */
    public java.util.Map<Integer, LocalDate> arbeidsmarktSinds() {
        return db.read(ctx -> new FaseRepository(ctx).lopendSinds(FaseSoort.ARBEIDSMARKT));
    }

    /** Starts a phase; refuses to start one that is already running. */
    public int start(int dossierId, FaseSoort soort, LocalDate start) {
        return db.write(cfg -> {
            FaseRepository repo = new FaseRepository(cfg.dsl());
            if (repo.fasen(dossierId).stream().anyMatch(f -> f.lopend() && f.soort() == soort)) {
                throw new IllegalStateException("phase already running: " + soort);
            }
            return repo.startFase(dossierId, soort, start);
        });
    }

    /**
     * Moves on: ends the running phase {@code van} and starts {@code naar} on the same date (history
     * kept). Phases that may overlap are simply started with {@link #start}.
     */
    public int volgende(int dossierId, int lopendeFaseId, FaseSoort naar, LocalDate datum) {
        return db.write(cfg -> {
            FaseRepository repo = new FaseRepository(cfg.dsl());
            if (repo.fasen(dossierId).stream().anyMatch(f -> f.lopend() && f.soort() == naar)) {
                throw new IllegalStateException("phase already running: " + naar);
            }
            if (!repo.rondAf(dossierId, lopendeFaseId, datum)) {
                throw new NoSuchElementException("running phase " + lopendeFaseId);
            }
            return repo.startFase(dossierId, naar, datum);
        });
    }

    public void rondAf(int dossierId, int faseId, LocalDate eind) {
        if (!db.write(cfg -> new FaseRepository(cfg.dsl()).rondAf(dossierId, faseId, eind))) {
            throw new NoSuchElementException("running phase " + faseId);
        }
    }

    public int beantwoord(int dossierId, int stapId, LocalDate datum, String antwoord) {
        Instant now = clock.instant();
        return db.write(cfg -> new FaseRepository(cfg.dsl()).addAntwoord(dossierId, stapId, datum, antwoord, now));
    }

    public int voegDoelToe(int dossierId, Doel doel) {
        Instant now = clock.instant();
        return db.write(cfg -> new FaseRepository(cfg.dsl()).addDoel(dossierId, doel, now, LocalDate.now(clock)));
    }

    public void wijzigDoel(int dossierId, Doel doel) {
        Instant now = clock.instant();
        if (!db.write(cfg -> new FaseRepository(cfg.dsl()).updateDoel(dossierId, doel, now, LocalDate.now(clock)))) {
            throw new NoSuchElementException("doel " + doel.id());
        }
    }

    public int voegBelastbaarheidToe(int dossierId, Belastbaarheid belastbaarheid) {
        Instant now = clock.instant();
        return db.write(cfg -> new BelastbaarheidRepository(cfg.dsl()).add(dossierId, belastbaarheid, now));
    }

    /** The step lists for Instellingen, including switched-off steps. */
    public List<Stap> alleStappen() {
        seedOnce();
        return inTaal(db.read(ctx -> new FaseRepository(ctx).stappen(false)));
    }

    public void bewaarStap(Stap getoond) {
        Stap stap = StandaardStappen.opslag(getoond);
        db.write(cfg -> {
            FaseRepository repo = new FaseRepository(cfg.dsl());
            if (stap.id() == null) {
                return repo.insertStap(stap);
            }
            repo.updateStap(stap);
            return stap.id();
        });
    }

    public void herstelStandaardStappen() {
        db.write(cfg -> {
            new FaseRepository(cfg.dsl()).herstelStandaard();
            return null;
        });
    }

    /** Shipped steps still as shipped read in the chosen language (they are stored in Dutch). */
    private static List<Stap> inTaal(List<Stap> stappen) {
        return stappen.stream().map(StandaardStappen::inTaal).toList();
    }
}
