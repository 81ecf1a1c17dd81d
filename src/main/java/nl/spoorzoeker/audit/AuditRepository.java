package nl.spoorzoeker.audit;

import static nl.spoorzoeker.store.schema.Tables.AUDIT;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** SQL for the audit log (insert and read only: the database refuses changes and deletions). */
final class AuditRepository {

    /**
     * A bound for comparing with the stored text: whole seconds without the zone letter. Stored
     * instants always carry seconds, and a fraction or 'Z' after them sorts after this prefix, so
     * text order is time order at the bound too.
     */
    private static final DateTimeFormatter GRENS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);

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

    /** Newest first by id: entries are only ever appended, so id order is time order. */
    List<AuditService.Regel> pagina(Handeling handeling, Instant van, Instant tot, int vanaf, int aantal) {
        return ctx.selectFrom(AUDIT).where(filter(handeling, van, tot)).orderBy(AUDIT.ID.desc())
                .limit(aantal).offset(vanaf)
                .fetch(r -> new AuditService.Regel(r.getGedaanOp(), r.getWie(), Handeling.valueOf(r.getHandeling()),
                        r.getTrajectId(), r.getOmschrijving()));
    }

    int aantal(Handeling handeling, Instant van, Instant tot) {
        return ctx.fetchCount(AUDIT, filter(handeling, van, tot));
    }

    private static Condition filter(Handeling handeling, Instant van, Instant tot) {
        var tekst = AUDIT.GEDAAN_OP.coerce(SQLDataType.VARCHAR);
        Condition c = DSL.noCondition();
        if (handeling != null) {
            c = c.and(AUDIT.HANDELING.eq(handeling.name()));
        }
        if (van != null) {
            c = c.and(tekst.ge(GRENS.format(van)));
        }
        if (tot != null) {
            c = c.and(tekst.lt(GRENS.format(tot)));
        }
        return c;
    }
}
