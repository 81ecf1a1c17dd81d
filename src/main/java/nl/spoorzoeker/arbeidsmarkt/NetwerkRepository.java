package nl.spoorzoeker.arbeidsmarkt;

import static nl.spoorzoeker.store.schema.Tables.NETWERKCONTACT;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.spoorzoeker.store.schema.tables.records.NetwerkcontactRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** SQL for netwerkcontacten. */
final class NetwerkRepository {

    private final DSLContext ctx;

    NetwerkRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** Newest first. */
    List<Netwerkcontact> list(int trajectId) {
        return ctx.selectFrom(NETWERKCONTACT).where(NETWERKCONTACT.TRAJECT_ID.eq(trajectId))
                .orderBy(NETWERKCONTACT.DATUM.desc(), NETWERKCONTACT.ID.desc())
                .fetch(r -> new Netwerkcontact(r.getId(), r.getDatum(), r.getPersoon(), r.getOrganisatie(), r.getDoel(),
                        r.getUitkomst(), r.getVervolg(), r.getVervolgDatum()));
    }

    int insert(int trajectId, Netwerkcontact n, Instant now) {
        NetwerkcontactRecord r = ctx.newRecord(NETWERKCONTACT);
        r.setTrajectId(trajectId);
        fill(r, n);
        r.setAangemaaktOp(now);
        r.setGewijzigdOp(now);
        r.store();
        return r.getId();
    }

    boolean update(int trajectId, Netwerkcontact n, Instant now) {
        NetwerkcontactRecord r = ctx.fetchOne(NETWERKCONTACT,
                NETWERKCONTACT.ID.eq(n.id()).and(NETWERKCONTACT.TRAJECT_ID.eq(trajectId)));
        if (r == null) {
            return false;
        }
        fill(r, n);
        if (r.changed()) {
            r.setGewijzigdOp(now);
            r.store();
        }
        return true;
    }

    void delete(int trajectId, int id) {
        ctx.deleteFrom(NETWERKCONTACT).where(NETWERKCONTACT.ID.eq(id).and(NETWERKCONTACT.TRAJECT_ID.eq(trajectId))).execute();
    }

    /** Per traject: the date of its latest network contact. */
    Map<Integer, LocalDate> laatste() {
        Map<Integer, LocalDate> result = new HashMap<>();
        ctx.select(NETWERKCONTACT.TRAJECT_ID, DSL.max(NETWERKCONTACT.DATUM)).from(NETWERKCONTACT)
                .groupBy(NETWERKCONTACT.TRAJECT_ID).forEach(r -> result.put(r.value1(), r.value2()));
        return result;
    }

    private static void fill(NetwerkcontactRecord r, Netwerkcontact n) {
        r.setDatum(n.datum());
        r.setPersoon(n.persoon());
        r.setOrganisatie(n.organisatie());
        r.setDoel(n.doel());
        r.setUitkomst(n.uitkomst());
        r.setVervolg(n.vervolg());
        r.setVervolgDatum(n.vervolgDatum());
    }
}
