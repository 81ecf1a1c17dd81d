package nl.spoorzoeker.groep;

import nl.spoorzoeker.tijdlijn.Feestdagen;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import nl.spoorzoeker.logboek.Groepssessie;
import nl.spoorzoeker.logboek.GroepssessieOpslag;
import nl.spoorzoeker.groep.Groepsprogramma.Aanwezigheid;
import nl.spoorzoeker.groep.Groepsprogramma.Bijeenkomst;
import nl.spoorzoeker.groep.Groepsprogramma.Deelnemer;
import nl.spoorzoeker.groep.Groepsprogramma.Verslag;
import nl.spoorzoeker.input.Weigering;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.logboek.ContactService;

/**
 * Group programmes: the programme and its group, its schedule planned from a pattern in one step,
 * and a held meeting recorded once for the whole group. A recorded meeting becomes an ordinary group
 * session ({@link GroepssessieOpslag}) with the present participants, so each of their logs and
 * hours shows it, and the report's privacy gate checks its text for the other participants' names.
 */
public final class GroepsprogrammaService {

    private final Database db;
    private final Clock clock;

    public GroepsprogrammaService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** A programme with its group and schedule (meetings in time order). */
    public record Detail(Groepsprogramma programma, List<Deelnemer> deelnemers, List<Bijeenkomst> bijeenkomsten) {

        /** The day of the last planned meeting, or null without a schedule: the end when none is set. */
        public LocalDate laatsteBijeenkomst() {
            return bijeenkomsten.isEmpty() ? null : bijeenkomsten.getLast().begin().toLocalDate();
        }

        /** Where the programme ends ({@link Groepsprogramma#einde}). */
        public LocalDate einde() {
            return programma.einde(laatsteBijeenkomst());
        }
    }

    public List<Groepsprogramma.Regel> lijst() {
        LocalDateTime nu = LocalDateTime.now(clock);
        return db.read(ctx -> new GroepsprogrammaRepository(ctx).lijst(nu));
    }

    public Optional<Detail> detail(int id) {
        return db.read(ctx -> {
            GroepsprogrammaRepository repo = new GroepsprogrammaRepository(ctx);
            return repo.find(id).map(p -> new Detail(p, repo.deelnemers(id), repo.bijeenkomsten(id)));
        });
    }

    /**
     * Saves a programme with its group (new when its id is null); returns its id. A participant's
     * {@code vanaf} defaults to the programme's start.
     */
    public int bewaar(Groepsprogramma programma, List<Deelnemer> deelnemers) {
        if (programma.naam() == null || programma.naam().isBlank()) {
            throw new Weigering("programma.fout.naam");
        }
        if (programma.startdatum() == null) {
            throw new Weigering("programma.fout.start");
        }
        if (programma.einddatum() != null && programma.einddatum().isBefore(programma.startdatum())) {
            throw new Weigering("programma.fout.eindeVoorStart");
        }
        if (deelnemers.stream().map(Deelnemer::dossierId).distinct().count() < deelnemers.size()) {
            throw new Weigering("groep.fout.dubbel");
        }
        List<Deelnemer> groep = deelnemers.stream().map(d -> new Deelnemer(d.dossierId(), d.naam(),
                d.vanaf() == null ? programma.startdatum() : d.vanaf(), d.tot())).toList();
        for (Deelnemer d : groep) {
            if (d.tot() != null && d.tot().isBefore(d.vanaf())) {
                throw new Weigering("programma.fout.totVoorVanaf", d.naam());
            }
        }
        Instant now = clock.instant();
        return db.write(cfg -> {
            GroepsprogrammaRepository repo = new GroepsprogrammaRepository(cfg.dsl());
            // An end on the day of the last meeting is the default, not a choice: kept as none, the
            // programme's end moves with its schedule when a meeting is added or moved later.
            Groepsprogramma opslag = programma;
            if (programma.id() != null && programma.einddatum() != null) {
                List<Bijeenkomst> rooster = repo.bijeenkomsten(programma.id());
                if (!rooster.isEmpty() && rooster.getLast().begin().toLocalDate().equals(programma.einddatum())) {
                    opslag = new Groepsprogramma(programma.id(), programma.naam(), programma.startdatum(),
                            programma.locatie(), programma.trainers(), null);
                }
            }
            int id;
            if (opslag.id() == null) {
                id = repo.insert(opslag, now);
            } else if (repo.update(opslag, now)) {
                id = programma.id();
            } else {
                throw new NoSuchElementException("groepsprogramma " + programma.id());
            }
            repo.vervangDeelnemers(id, groep);
            return id;
        });
    }

    /** Removes a programme and its schedule; group sessions already recorded stay in the logs. */
    public void verwijder(int id) {
        db.write(cfg -> {
            new GroepsprogrammaRepository(cfg.dsl()).delete(id);
            return null;
        });
    }

    /**
     * Plans the meetings of {@code patroon} in one step, beside any already planned; each gets a UID
     * that stays with it. {@code onderwerp} gives meeting n's default topic.
     */
    public Rooster.Uitkomst plan(int programmaId, Roosterpatroon patroon,
                                 BiFunction<Integer, Groepssessie.Soort, String> onderwerp) {
        Rooster.Uitkomst rooster = Rooster.genereer(patroon, Feestdagen.nederland(), onderwerp);
        Instant now = clock.instant();
        db.write(cfg -> {
            GroepsprogrammaRepository repo = new GroepsprogrammaRepository(cfg.dsl());
            if (repo.find(programmaId).isEmpty()) {
                throw new NoSuchElementException("groepsprogramma " + programmaId);
            }
            for (Rooster.Gepland g : rooster.bijeenkomsten()) {
                repo.insertBijeenkomst(new Bijeenkomst(null, programmaId, g.begin(), g.duurMinuten(), g.soort(),
                        g.onderwerp(), g.locatie(), null, null, UUID.randomUUID() + "@spoorzoeker"), now);
            }
            return null;
        });
        return rooster;
    }

    /** Adds or changes one meeting (its time, kind, topic, place); a held meeting's session follows. */
    public int bewaarBijeenkomst(Bijeenkomst b) {
        if (b.onderwerp() == null || b.onderwerp().isBlank()) {
            throw new Weigering("programma.fout.onderwerp");
        }
        Instant now = clock.instant();
        return db.write(cfg -> {
            GroepsprogrammaRepository repo = new GroepsprogrammaRepository(cfg.dsl());
            if (b.id() == null) {
                return repo.insertBijeenkomst(new Bijeenkomst(null, b.programmaId(), b.begin(), b.duurMinuten(),
                        b.soort(), b.onderwerp(), b.locatie(), null, null, UUID.randomUUID() + "@spoorzoeker"), now);
            }
            Bijeenkomst oud = repo.bijeenkomst(b.id()).orElseThrow(() -> new NoSuchElementException("bijeenkomst " + b.id()));
            Bijeenkomst nieuw = new Bijeenkomst(oud.id(), oud.programmaId(), b.begin(), b.duurMinuten(), b.soort(),
                    b.onderwerp(), b.locatie(), oud.trainer(), oud.groepssessieId(), oud.uid());
            repo.updateBijeenkomst(nieuw, now);
            if (nieuw.gehouden()) {
                Verslag v = verslag(repo, cfg.dsl(), nieuw).orElseThrow();
                schrijfSessie(cfg.dsl(), repo, nieuw, v, now);
            }
            return oud.id();
        });
    }

    /** Removes a planned meeting; a held one keeps its group session in the logs. */
    public void verwijderBijeenkomst(int id) {
        db.write(cfg -> {
            new GroepsprogrammaRepository(cfg.dsl()).deleteBijeenkomst(id);
            return null;
        });
    }

    /**
     * What is on record of a meeting, or for one not yet recorded a first draft: everyone in the
     * group on that day present, the first trainer, the session's split VOLLEDIG.
     */
    public Optional<Verslag> verslag(int bijeenkomstId) {
        return db.read(ctx -> {
            GroepsprogrammaRepository repo = new GroepsprogrammaRepository(ctx);
            return repo.bijeenkomst(bijeenkomstId).flatMap(b -> verslag(repo, ctx, b));
        });
    }

    private static Optional<Verslag> verslag(GroepsprogrammaRepository repo, org.jooq.DSLContext ctx, Bijeenkomst b) {
        if (b.gehouden()) {
            Groepssessie s = GroepssessieOpslag.lees(ctx, b.groepssessieId()).orElse(null);
            return Optional.of(new Verslag(b.id(), b.trainer(), repo.aanwezigheid(b.id()),
                    s == null ? null : s.samenvatting(), s == null ? Groepssessie.Verdeling.VOLLEDIG : s.verdeling(),
                    s == null || s.declarabel()));
        }
        Groepsprogramma p = repo.find(b.programmaId()).orElseThrow();
        LocalDate dag = b.begin().toLocalDate();
        List<Aanwezigheid> groep = repo.deelnemers(p.id()).stream().filter(d -> d.op(dag))
                .map(d -> new Aanwezigheid(d.dossierId(), d.naam(), true, null)).toList();
        return Optional.of(new Verslag(b.id(), p.trainers().isEmpty() ? null : p.trainers().getFirst(), groep, null,
                Groepssessie.Verdeling.VOLLEDIG, true));
    }

    /**
     * Records a held meeting: who ran it, who attended, the summary. The present participants get
     * the meeting as a group session in their log, each charged the whole meeting (or a share, as
     * {@code verdeling} says); the absent ones do not, and their reason is kept with the programme.
     */
    public void legVast(Verslag verslag) {
        if (verslag.trainer() == null || verslag.trainer().isBlank()) {
            throw new Weigering("programma.fout.trainer");
        }
        if (verslag.aanwezigheid().stream().noneMatch(Aanwezigheid::aanwezig)) {
            throw new Weigering("programma.fout.niemandAanwezig");
        }
        if (verslag.aanwezigheid().stream().map(Aanwezigheid::dossierId).distinct().count()
                < verslag.aanwezigheid().size()) {
            throw new Weigering("groep.fout.dubbel");
        }
        Instant now = clock.instant();
        db.write(cfg -> {
            GroepsprogrammaRepository repo = new GroepsprogrammaRepository(cfg.dsl());
            Bijeenkomst b = repo.bijeenkomst(verslag.bijeenkomstId())
                    .orElseThrow(() -> new NoSuchElementException("bijeenkomst " + verslag.bijeenkomstId()));
            schrijfSessie(cfg.dsl(), repo, new Bijeenkomst(b.id(), b.programmaId(), b.begin(), b.duurMinuten(), b.soort(),
                    b.onderwerp(), b.locatie(), verslag.trainer().strip(), b.groepssessieId(), b.uid()), verslag, now);
            return null;
        });
    }

    private static void schrijfSessie(org.jooq.DSLContext ctx, GroepsprogrammaRepository repo, Bijeenkomst b,
                                      Verslag verslag, Instant now) {
        List<Groepssessie.Deelname> aanwezig = verslag.aanwezigheid().stream().filter(Aanwezigheid::aanwezig)
                .map(a -> new Groepssessie.Deelname(a.dossierId(), a.naam(), b.duurMinuten())).toList();
        int sessie = GroepssessieOpslag.bewaar(ctx, new Groepssessie(b.groepssessieId(), b.begin(), b.duurMinuten(),
                b.soort(), b.onderwerp(), b.locatie(), verslag.samenvatting(), verslag.verdeling(), verslag.declarabel(),
                aanwezig), now);
        repo.updateBijeenkomst(new Bijeenkomst(b.id(), b.programmaId(), b.begin(), b.duurMinuten(), b.soort(),
                b.onderwerp(), b.locatie(), b.trainer(), sessie, b.uid()), now);
        repo.vervangAanwezigheid(b.id(), verslag.aanwezigheid());
    }

    /** Per programme: the dossiers that ever took part, for the practice figures. */
    public Map<Integer, List<Integer>> deelnemersPerProgramma() {
        return db.read(ctx -> {
            GroepsprogrammaRepository repo = new GroepsprogrammaRepository(ctx);
            return repo.lijst(LocalDateTime.now(clock)).stream().collect(Collectors.toMap(r -> r.programma().id(),
                    r -> repo.deelnemers(r.programma().id()).stream().map(Deelnemer::dossierId).toList()));
        });
    }

    /** The werknemers that can join a group: every active traject, by name. */
    public List<Deelnemer> mogelijkeDeelnemers() {
        LocalDate vandaag = LocalDate.now(clock);
        return new ContactService(db, clock).mogelijkeDeelnemers().stream()
                .map(d -> new Deelnemer(d.dossierId(), d.naam(), vandaag, null)).collect(Collectors.toCollection(ArrayList::new));
    }
}
