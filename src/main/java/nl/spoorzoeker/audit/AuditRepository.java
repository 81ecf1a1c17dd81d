package nl.spoorzoeker.audit;

import static nl.spoorzoeker.store.schema.Tables.AUDIT;

import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;

/** SQL for the audit log (insert and read only: the database refuses changes and deletions). */
final class AuditRepository {

    private final DSLContext ctx;

    AuditRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    void insert(Instant op, String wie, Handeling handeling, Integer trajectId, String omschrijving) {
        ctx.insertInto(AUDIT).set(AUDIT.GEDAAN_OP, op).set(AUDIT.WIE, wie).set(AUDIT.HANDELING, handeling.name())
                .set(AUDIT.TRAJECT_ID, trajectId).set(AUDIT.OMSCHRIJVING, omschrijving).execute();
    }

    List<AuditService.Regel> alle() {
        return ctx.selectFrom(AUDIT).orderBy(AUDIT.ID.desc()).fetch(r -> new AuditService.Regel(r.getGedaanOp(), r.getWie(),
                Handeling.valueOf(r.getHandeling()), r.getTrajectId(), r.getOmschrijving()));
    }
}
