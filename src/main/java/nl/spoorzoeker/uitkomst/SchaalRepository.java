package nl.spoorzoeker.uitkomst;

import static nl.spoorzoeker.store.schema.Tables.TRAJECT_SCHAALMETING;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import nl.spoorzoeker.store.schema.tables.records.TrajectSchaalmetingRecord;
import nl.spoorzoeker.uitkomst.Schaalmeting.Moment;
import nl.spoorzoeker.uitkomst.Schaalmeting.Schaal;
import org.jooq.DSLContext;
import org.jooq.TableField;

/** SQL for the soft-result measurements: one row per traject and moment, a column per scale. */
final class SchaalRepository {

    private final DSLContext ctx;

    SchaalRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    private static TableField<TrajectSchaalmetingRecord, Integer> kolom(Schaal s) {
        return switch (s) {
            case ENERGIE -> TRAJECT_SCHAALMETING.ENERGIE;
            case EIGEN_REGIE -> TRAJECT_SCHAALMETING.EIGEN_REGIE;
            case ZELFVERTROUWEN -> TRAJECT_SCHAALMETING.ZELFVERTROUWEN;
            case ACCEPTATIE -> TRAJECT_SCHAALMETING.ACCEPTATIE;
            case DAGSTRUCTUUR -> TRAJECT_SCHAALMETING.DAGSTRUCTUUR;
        };
    }

    /** The traject's measurements by moment (absent: not measured). */
    Map<Moment, Schaalmeting> van(int trajectId) {
        Map<Moment, Schaalmeting> uit = new EnumMap<>(Moment.class);
        ctx.selectFrom(TRAJECT_SCHAALMETING).where(TRAJECT_SCHAALMETING.TRAJECT_ID.eq(trajectId))
                .forEach(r -> uit.put(Moment.valueOf(r.getMoment()), meting(r)));
        return uit;
    }

    /** Every traject's measurements, for the practice figures. */
    Map<Integer, Map<Moment, Schaalmeting>> alle() {
        Map<Integer, Map<Moment, Schaalmeting>> uit = new HashMap<>();
        ctx.selectFrom(TRAJECT_SCHAALMETING).forEach(r -> uit.computeIfAbsent(r.getTrajectId(),
                k -> new EnumMap<>(Moment.class)).put(Moment.valueOf(r.getMoment()), meting(r)));
        return uit;
    }

    private static Schaalmeting meting(TrajectSchaalmetingRecord r) {
        Map<Schaal, Integer> scores = new EnumMap<>(Schaal.class);
        for (Schaal s : Schaal.values()) {
            Integer v = r.get(kolom(s));
            if (v != null) {
                scores.put(s, v);
            }
        }
        return new Schaalmeting(r.getDatum(), scores);
    }

    /** Writes the measurement of one moment, replacing the earlier one; null removes it. */
    void bewaar(int trajectId, Moment moment, Schaalmeting meting, Instant now) {
        var waar = TRAJECT_SCHAALMETING.TRAJECT_ID.eq(trajectId).and(TRAJECT_SCHAALMETING.MOMENT.eq(moment.name()));
        if (meting == null) {
            ctx.deleteFrom(TRAJECT_SCHAALMETING).where(waar).execute();
            return;
        }
        TrajectSchaalmetingRecord r = ctx.fetchOne(TRAJECT_SCHAALMETING, waar);
        if (r == null) {
            r = ctx.newRecord(TRAJECT_SCHAALMETING);
            r.setTrajectId(trajectId);
            r.setMoment(moment.name());
            r.setVastgelegdOp(now);
        }
        r.setDatum(meting.datum());
        for (Schaal s : Schaal.values()) {
            r.set(kolom(s), meting.score(s));
        }
        r.setGewijzigdOp(now);
        r.store();
    }
}
