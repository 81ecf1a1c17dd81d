package nl.spoorzoeker.instrument;

import static nl.spoorzoeker.store.schema.Tables.KERNKWADRANT;

import java.time.Instant;
import java.time.LocalDate;
import nl.spoorzoeker.timeline.Tijdzone;
import java.util.List;
import org.jooq.DSLContext;

/** SQL for the kernkwadranten of a traject. */
final class KernkwadrantRepository {

    private final DSLContext ctx;

    KernkwadrantRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** In the order they were made. */
    List<Kernkwadrant> vanDossier(int trajectId) {
        return ctx.selectFrom(KERNKWADRANT).where(KERNKWADRANT.TRAJECT_ID.eq(trajectId)).orderBy(KERNKWADRANT.ID)
                .fetch(r -> new Kernkwadrant(r.getId(), r.getKwaliteit(), r.getValkuil(), r.getUitdaging(),
                        r.getAllergie(), r.getDatum(), LocalDate.ofInstant(r.getGewijzigdOp(), Tijdzone.PRAKTIJK)));
    }

    /** @param datum the day it was made (the record's, or today when it has none) */
    int voegToe(int trajectId, Kernkwadrant k, LocalDate datum, Instant now) {
        return ctx.insertInto(KERNKWADRANT)
                .set(KERNKWADRANT.TRAJECT_ID, trajectId).set(KERNKWADRANT.KWALITEIT, k.kwaliteit())
                .set(KERNKWADRANT.VALKUIL, k.valkuil()).set(KERNKWADRANT.UITDAGING, k.uitdaging())
                .set(KERNKWADRANT.ALLERGIE, k.allergie()).set(KERNKWADRANT.DATUM, datum)
                .set(KERNKWADRANT.AANGEMAAKT_OP, now).set(KERNKWADRANT.GEWIJZIGD_OP, now)
                .returningResult(KERNKWADRANT.ID).fetchOne().value1();
    }

    /**
     * Changes one of the traject's kernkwadranten, its day made too when the record has one (none: it
     * stays); false when it is not there (any more).
     */
    boolean wijzig(int trajectId, Kernkwadrant k, Instant now) {
        return ctx.update(KERNKWADRANT)
                .set(KERNKWADRANT.KWALITEIT, k.kwaliteit()).set(KERNKWADRANT.VALKUIL, k.valkuil())
                .set(KERNKWADRANT.UITDAGING, k.uitdaging()).set(KERNKWADRANT.ALLERGIE, k.allergie())
                .set(KERNKWADRANT.DATUM, k.datum() == null ? KERNKWADRANT.DATUM : org.jooq.impl.DSL.val(k.datum()))
                .set(KERNKWADRANT.GEWIJZIGD_OP, now)
                .where(KERNKWADRANT.ID.eq(k.id()).and(KERNKWADRANT.TRAJECT_ID.eq(trajectId))).execute() == 1;
    }

    boolean verwijder(int trajectId, int id) {
        return ctx.deleteFrom(KERNKWADRANT)
                .where(KERNKWADRANT.ID.eq(id).and(KERNKWADRANT.TRAJECT_ID.eq(trajectId))).execute() == 1;
    }
}
