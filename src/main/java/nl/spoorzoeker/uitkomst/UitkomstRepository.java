package nl.spoorzoeker.uitkomst;

import static nl.spoorzoeker.store.schema.Tables.TRAJECT;
import static nl.spoorzoeker.store.schema.Tables.TRAJECT_UITKOMST;
import static nl.spoorzoeker.store.schema.Tables.TRAJECT_UITKOMST_ZACHT;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.spoorzoeker.store.schema.tables.records.TrajectUitkomstRecord;
import org.jooq.DSLContext;
import nl.spoorzoeker.dossier.TrajectStatus;
import nl.spoorzoeker.store.schema.Tables;

/** SQL for a traject's outcome and its softer results. */
final class UitkomstRepository {

    private final DSLContext ctx;

    UitkomstRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    Optional<Uitkomst> find(int trajectId) {
        TrajectUitkomstRecord r = ctx.fetchOne(TRAJECT_UITKOMST, TRAJECT_UITKOMST.TRAJECT_ID.eq(trajectId));
        if (r == null) {
            return Optional.empty();
        }
        Set<Uitkomst.ZachtResultaat> zacht = EnumSet.noneOf(Uitkomst.ZachtResultaat.class);
        ctx.select(TRAJECT_UITKOMST_ZACHT.RESULTAAT).from(TRAJECT_UITKOMST_ZACHT)
                .where(TRAJECT_UITKOMST_ZACHT.TRAJECT_ID.eq(trajectId))
                .forEach(z -> zacht.add(Uitkomst.ZachtResultaat.valueOf(z.value1())));
        return Optional.of(uitkomst(r, zacht));
    }

    /** Every recorded outcome of a traject that has ended, with its traject's dates, for the practice figures. */
    Map<Integer, Afgesloten> alle() {
        Map<Integer, Set<Uitkomst.ZachtResultaat>> zacht = new HashMap<>();
        ctx.selectFrom(TRAJECT_UITKOMST_ZACHT).forEach(z -> zacht.computeIfAbsent(z.getTrajectId(),
                k -> EnumSet.noneOf(Uitkomst.ZachtResultaat.class)).add(Uitkomst.ZachtResultaat.valueOf(z.getResultaat())));
        Map<Integer, Afgesloten> uit = new java.util.LinkedHashMap<>();
        ctx.select(TRAJECT_UITKOMST.asterisk(), TRAJECT.STARTDATUM, TRAJECT.EERSTE_ZIEKTEDAG, TRAJECT.STATUS)
                .from(TRAJECT_UITKOMST).join(TRAJECT).on(TRAJECT.ID.eq(TRAJECT_UITKOMST.TRAJECT_ID))
                // A traject reopened after closing is running again: its old outcome is no result yet.
                .where(TRAJECT.STATUS.ne(TrajectStatus.ACTIEF.name()))
                .orderBy(TRAJECT_UITKOMST.TRAJECT_ID)
                .forEach(r -> {
                    TrajectUitkomstRecord u = r.into(TRAJECT_UITKOMST);
                    uit.put(u.getTrajectId(), new Afgesloten(u.getTrajectId(), r.get(TRAJECT.STARTDATUM),
                            r.get(TRAJECT.EERSTE_ZIEKTEDAG), r.get(TRAJECT.STATUS),
                            uitkomst(u, zacht.getOrDefault(u.getTrajectId(), Set.of()))));
                });
        return uit;
    }

    /**
     * How many sollicitaties each traject sent (trajecten without any are absent). One still being
     * prepared was never sent and is no sollicitatie yet.
     */
    Map<Integer, Integer> sollicitatiesPerTraject() {
        Map<Integer, Integer> uit = new HashMap<>();
        ctx.select(Tables.SOLLICITATIE.TRAJECT_ID, org.jooq.impl.DSL.count())
                .from(Tables.SOLLICITATIE)
                .where(Tables.SOLLICITATIE.STATUS.ne("VOORBEREID"))
                .groupBy(Tables.SOLLICITATIE.TRAJECT_ID)
                .forEach(r -> uit.put(r.value1(), r.value2()));
        return uit;
    }

    /** An outcome with the traject it belongs to. */
    record Afgesloten(int trajectId, LocalDate startdatum, LocalDate eersteZiektedag, String status, Uitkomst uitkomst) {
    }

    private static Uitkomst uitkomst(TrajectUitkomstRecord r, Set<Uitkomst.ZachtResultaat> zacht) {
        Uitkomst.Soort soort = Uitkomst.Soort.valueOf(r.getSoort());
        Uitkomst.Plaatsing plaatsing = r.getStartdatum() == null ? null : new Uitkomst.Plaatsing(r.getWerkgever(),
                r.getFunctie(), r.getContractvorm() == null ? null : Uitkomst.Contractvorm.valueOf(r.getContractvorm()),
                r.getRoute() == null ? null : Uitkomst.Route.valueOf(r.getRoute()), r.getStartdatum(),
                Boolean.TRUE.equals(r.getIsGedeeltelijk()), r.getUrenPerWeekMinuten());
        return new Uitkomst(soort, r.getEinddatum(), plaatsing,
                r.getGestoptDoor() == null ? null : Uitkomst.GestoptDoor.valueOf(r.getGestoptDoor()), r.getToelichting(),
                zacht, r.getZachtOpmerking());
    }

    boolean trajectBestaat(int trajectId) {
        return ctx.fetchExists(TRAJECT, TRAJECT.ID.eq(trajectId));
    }

    Optional<LocalDate> trajectStart(int trajectId) {
        return ctx.select(TRAJECT.STARTDATUM).from(TRAJECT).where(TRAJECT.ID.eq(trajectId))
                .fetchOptional(r -> r.value1());
    }

    /** Writes the outcome, replacing any earlier one (the softer results with it). */
    void bewaar(int trajectId, Uitkomst u, Instant now) {
        TrajectUitkomstRecord r = ctx.fetchOne(TRAJECT_UITKOMST, TRAJECT_UITKOMST.TRAJECT_ID.eq(trajectId));
        if (r == null) {
            r = ctx.newRecord(TRAJECT_UITKOMST);
            r.setTrajectId(trajectId);
            r.setVastgelegdOp(now);
        }
        Uitkomst.Plaatsing p = u.plaatsing();
        r.setSoort(u.soort().name());
        r.setEinddatum(u.einddatum());
        r.setWerkgever(p == null ? null : p.werkgever());
        r.setFunctie(p == null ? null : p.functie());
        r.setContractvorm(p == null || p.vorm() == null ? null : p.vorm().name());
        r.setRoute(p == null || p.route() == null ? null : p.route().name());
        r.setStartdatum(p == null ? null : p.startdatum());
        r.setIsGedeeltelijk(p != null && p.gedeeltelijk());
        r.setUrenPerWeekMinuten(p == null ? null : p.urenPerWeekMinuten());
        r.setGestoptDoor(u.gestoptDoor() == null ? null : u.gestoptDoor().name());
        r.setToelichting(u.toelichting());
        r.setZachtOpmerking(u.zachtOpmerking());
        r.setGewijzigdOp(now);
        r.store();
        ctx.deleteFrom(TRAJECT_UITKOMST_ZACHT).where(TRAJECT_UITKOMST_ZACHT.TRAJECT_ID.eq(trajectId)).execute();
        for (Uitkomst.ZachtResultaat z : u.zachteResultaten()) {
            ctx.insertInto(TRAJECT_UITKOMST_ZACHT).set(TRAJECT_UITKOMST_ZACHT.TRAJECT_ID, trajectId)
                    .set(TRAJECT_UITKOMST_ZACHT.RESULTAAT, z.name()).execute();
        }
    }

    /**
     * Closes the traject: status AFGEROND, and the outcome's end date as the traject's (the day its
     * retention term starts, domain.md §5.4), not the day the coach happened to record it.
     */
    void sluit(int trajectId, LocalDate einddatum, Instant now) {
        ctx.update(TRAJECT).set(TRAJECT.STATUS, TrajectStatus.AFGEROND.name())
                .set(TRAJECT.EINDDATUM, einddatum).set(TRAJECT.GEWIJZIGD_OP, now)
                .where(TRAJECT.ID.eq(trajectId)).execute();
    }

    /** Moves the end date of a traject that has ended (an active one has none). */
    void verzetEinddatum(int trajectId, LocalDate einddatum) {
        ctx.update(TRAJECT).set(TRAJECT.EINDDATUM, einddatum)
                .where(TRAJECT.ID.eq(trajectId).and(TRAJECT.STATUS.ne(TrajectStatus.ACTIEF.name())))
                .execute();
    }

    /** Trajecten that ended without a recorded outcome (closed before outcomes existed, or the demo's). */
    java.util.List<Integer> afgerondZonderUitkomst() {
        return ctx.select(TRAJECT.ID).from(TRAJECT)
                .where(TRAJECT.STATUS.eq(TrajectStatus.AFGEROND.name()))
                .andNotExists(org.jooq.impl.DSL.selectOne().from(TRAJECT_UITKOMST)
                        .where(TRAJECT_UITKOMST.TRAJECT_ID.eq(TRAJECT.ID)))
                .orderBy(TRAJECT.ID).fetch(r -> r.value1());
    }
}
