package nl.spoorzoeker.fase;

import static nl.spoorzoeker.store.schema.Tables.DOEL;
import static nl.spoorzoeker.store.schema.Tables.DOEL_STATUS;
import static nl.spoorzoeker.store.schema.Tables.FASE;
import static nl.spoorzoeker.store.schema.Tables.STAP;
import static nl.spoorzoeker.store.schema.Tables.STAP_ANTWOORD;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.spoorzoeker.store.schema.tables.records.DoelRecord;
import nl.spoorzoeker.store.schema.tables.records.StapRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** SQL for phases, guided steps, the coach's answers and goals. */
final class FaseRepository {

    private static final String QUESTION_SEPARATOR = "\n";

    private final DSLContext ctx;

    FaseRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    List<Fase> fasen(int trajectId) {
        return ctx.selectFrom(FASE).where(FASE.TRAJECT_ID.eq(trajectId)).orderBy(FASE.START_DATUM, FASE.ID)
                .fetch(r -> new Fase(r.getId(), FaseSoort.valueOf(r.getSoort()), r.getStartDatum(), r.getEindDatum()));
    }

    /** The running phases of every traject, in one query. */
    java.util.Map<Integer, List<FaseSoort>> lopendeFasen() {
        java.util.Map<Integer, List<FaseSoort>> result = new java.util.HashMap<>();
        ctx.select(FASE.TRAJECT_ID, FASE.SOORT).from(FASE).where(FASE.EIND_DATUM.isNull())
                .forEach(r -> result.computeIfAbsent(r.value1(), k -> new java.util.ArrayList<>())
                        .add(FaseSoort.valueOf(r.value2())));
        result.replaceAll((k, v) -> v.stream().distinct().sorted().toList());
        return result;
    }

    /** Per traject: the start of its running phase of this kind (absent when it does not run). */
    java.util.Map<Integer, LocalDate> lopendSinds(FaseSoort soort) {
        java.util.Map<Integer, LocalDate> result = new java.util.HashMap<>();
        ctx.select(FASE.TRAJECT_ID, org.jooq.impl.DSL.min(FASE.START_DATUM)).from(FASE)
                .where(FASE.EIND_DATUM.isNull().and(FASE.SOORT.eq(soort.name())))
                .groupBy(FASE.TRAJECT_ID)
                .forEach(r -> result.put(r.value1(), r.value2()));
        return result;
    }

    int startFase(int trajectId, FaseSoort soort, LocalDate start) {
        return ctx.insertInto(FASE)
                .set(FASE.TRAJECT_ID, trajectId).set(FASE.SOORT, soort.name()).set(FASE.START_DATUM, start)
                .returningResult(FASE.ID).fetchOne().value1();
    }

    boolean rondAf(int trajectId, int faseId, LocalDate eind) {
        return ctx.update(FASE).set(FASE.EIND_DATUM, eind)
                .where(FASE.ID.eq(faseId).and(FASE.TRAJECT_ID.eq(trajectId)).and(FASE.EIND_DATUM.isNull()))
                .execute() == 1;
    }

    /** Puts the shipped steps in place the first time; later the coach's own list is kept. */
    void seedStappenIfEmpty() {
        if (ctx.fetchCount(STAP) == 0) {
            for (Stap stap : StandaardStappen.alle()) {
                insertStap(stap);
            }
        }
    }

    List<Stap> stappen(boolean alleenActief) {
        var query = ctx.selectFrom(STAP);
        var where = alleenActief ? query.where(STAP.IS_ACTIEF.eq(true)) : query.where();
        return where.orderBy(STAP.VOLGORDE, STAP.ID).fetch(FaseRepository::toStap);
    }

    int insertStap(Stap stap) {
        return ctx.insertInto(STAP)
                .set(STAP.FASE, stap.fase().name())
                .set(STAP.SLEUTEL, stap.sleutel())
                .set(STAP.VOLGORDE, stap.volgorde())
                .set(STAP.TITEL, stap.titel())
                .set(STAP.VRAGEN, String.join(QUESTION_SEPARATOR, stap.vragen()))
                .set(STAP.IS_ACTIEF, stap.actief())
                .returningResult(STAP.ID).fetchOne().value1();
    }

    boolean updateStap(Stap stap) {
        return ctx.update(STAP)
                .set(STAP.TITEL, stap.titel())
                .set(STAP.VRAGEN, String.join(QUESTION_SEPARATOR, stap.vragen()))
                .set(STAP.VOLGORDE, stap.volgorde())
                .set(STAP.IS_ACTIEF, stap.actief())
                .where(STAP.ID.eq(stap.id())).execute() == 1;
    }

    /**
     * Brings back the shipped steps as they were; the coach's own steps are switched off, not
     * deleted, because answers may refer to them.
     */
    void herstelStandaard() {
        ctx.update(STAP).set(STAP.IS_ACTIEF, false).where(STAP.SLEUTEL.isNull()).execute();
        for (Stap standaard : StandaardStappen.alle()) {
            StapRecord existing = ctx.fetchOne(STAP, STAP.SLEUTEL.eq(standaard.sleutel()));
            if (existing == null) {
                insertStap(standaard);
            } else {
                updateStap(new Stap(existing.getId(), standaard.fase(), standaard.sleutel(), standaard.volgorde(),
                        standaard.titel(), standaard.vragen(), true));
            }
        }
    }

    List<StapAntwoord> antwoorden(int trajectId) {
        return ctx.selectFrom(STAP_ANTWOORD).where(STAP_ANTWOORD.TRAJECT_ID.eq(trajectId))
                .orderBy(STAP_ANTWOORD.DATUM.desc(), STAP_ANTWOORD.ID.desc())
                .fetch(r -> new StapAntwoord(r.getId(), r.getStapId(), r.getDatum(), r.getAntwoord()));
    }

    int addAntwoord(int trajectId, int stapId, LocalDate datum, String antwoord, Instant now) {
        return ctx.insertInto(STAP_ANTWOORD)
                .set(STAP_ANTWOORD.TRAJECT_ID, trajectId).set(STAP_ANTWOORD.STAP_ID, stapId)
                .set(STAP_ANTWOORD.DATUM, datum).set(STAP_ANTWOORD.ANTWOORD, antwoord)
                .set(STAP_ANTWOORD.AANGEMAAKT_OP, now)
                .returningResult(STAP_ANTWOORD.ID).fetchOne().value1();
    }

    List<Doel> doelen(int trajectId) {
        return ctx.selectFrom(DOEL).where(DOEL.TRAJECT_ID.eq(trajectId)).orderBy(DOEL.ID).fetch(FaseRepository::toDoel);
    }

    int addDoel(int trajectId, Doel doel, Instant now, java.time.LocalDate vandaag) {
        DoelRecord r = ctx.newRecord(DOEL);
        r.setTrajectId(trajectId);
        fill(r, doel);
        r.setAangemaaktOp(now);
        r.setGewijzigdOp(now);
        r.store();
        addStatus(r.getId(), doel.status(), vandaag, now);
        return r.getId();
    }

    boolean updateDoel(int trajectId, Doel doel, Instant now, java.time.LocalDate vandaag) {
        DoelRecord r = ctx.fetchOne(DOEL, DOEL.ID.eq(doel.id()).and(DOEL.TRAJECT_ID.eq(trajectId)));
        if (r == null) {
            return false;
        }
        boolean nieuweStatus = !doel.status().name().equals(r.getStatus());
        fill(r, doel);
        if (r.changed()) {
            r.setGewijzigdOp(now);
            r.store();
        }
        if (nieuweStatus) {
            addStatus(r.getId(), doel.status(), vandaag, now);
        }
        return true;
    }

    /** Records a goal's new status from {@code vanaf}; the goal row itself shows the latest. */
    void addStatus(int doelId, DoelStatus status, java.time.LocalDate vanaf, Instant now) {
        ctx.update(DOEL).set(DOEL.STATUS, status.name()).set(DOEL.GEWIJZIGD_OP, now)
                .where(DOEL.ID.eq(doelId).and(DSL.notExists(ctx.selectOne().from(DOEL_STATUS)
                        .where(DOEL_STATUS.DOEL_ID.eq(doelId)).and(DOEL_STATUS.VANAF_DATUM.gt(vanaf)))))
                .execute();
        ctx.insertInto(DOEL_STATUS).set(DOEL_STATUS.DOEL_ID, doelId).set(DOEL_STATUS.STATUS, status.name())
                .set(DOEL_STATUS.VANAF_DATUM, vanaf).set(DOEL_STATUS.VASTGELEGD_OP, now).execute();
    }

    /** Every status change of the traject's goals, oldest first. */
    List<DoelStatusWijziging> doelStatussen(int trajectId) {
        return ctx.select(DOEL_STATUS.DOEL_ID, DOEL_STATUS.STATUS, DOEL_STATUS.VANAF_DATUM)
                .from(DOEL_STATUS).join(DOEL).on(DOEL.ID.eq(DOEL_STATUS.DOEL_ID))
                .where(DOEL.TRAJECT_ID.eq(trajectId))
                .orderBy(DOEL_STATUS.VANAF_DATUM, DOEL_STATUS.ID)
                .fetch(r -> new DoelStatusWijziging(r.value1(), DoelStatus.valueOf(r.value2()), r.value3()));
    }

    private static void fill(DoelRecord r, Doel doel) {
        r.setFase(doel.fase().name());
        r.setOmschrijving(doel.omschrijving());
        r.setIndicator(doel.indicator());
        r.setStreefdatum(doel.streefdatum());
        r.setStatus(doel.status().name());
    }

    private static Stap toStap(StapRecord r) {
        List<String> vragen = r.getVragen().isBlank() ? List.of()
                : Arrays.stream(r.getVragen().split(QUESTION_SEPARATOR)).toList();
        return new Stap(r.getId(), FaseSoort.valueOf(r.getFase()), r.getSleutel(), r.getVolgorde(), r.getTitel(),
                vragen, Boolean.TRUE.equals(r.getIsActief()));
    }

    private static Doel toDoel(DoelRecord r) {
        return new Doel(r.getId(), FaseSoort.valueOf(r.getFase()), r.getOmschrijving(), r.getIndicator(),
                r.getStreefdatum(), DoelStatus.valueOf(r.getStatus()));
    }
}
