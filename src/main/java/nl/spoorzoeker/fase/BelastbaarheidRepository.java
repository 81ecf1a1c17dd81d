package nl.spoorzoeker.fase;

import static nl.spoorzoeker.store.schema.Tables.BELASTBAARHEID;

import java.time.Instant;
import java.util.List;
import nl.spoorzoeker.store.schema.tables.records.BelastbaarheidRecord;
import org.jooq.DSLContext;

/** SQL for belastbaarheid snapshots; they are added, never changed (each is a document of its date). */
final class BelastbaarheidRepository {

    private final DSLContext ctx;

    BelastbaarheidRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** Newest first. */
    List<Belastbaarheid> list(int trajectId) {
        return ctx.selectFrom(BELASTBAARHEID).where(BELASTBAARHEID.TRAJECT_ID.eq(trajectId))
                .orderBy(BELASTBAARHEID.DATUM.desc(), BELASTBAARHEID.ID.desc())
                .fetch(BelastbaarheidRepository::toBelastbaarheid);
    }

    int add(int trajectId, Belastbaarheid b, Instant now) {
        BelastbaarheidRecord r = ctx.newRecord(BELASTBAARHEID);
        r.setTrajectId(trajectId);
        r.setDatum(b.datum());
        r.setBron(b.bron().name());
        r.setDocumenttype(b.documenttype().name());
        r.setUrenPerDagMinuten(b.urenPerDagMinuten());
        r.setUrenPerWeekMinuten(b.urenPerWeekMinuten());
        r.setOpbouwschema(b.opbouwschema());
        r.setPersoonlijkFunctioneren(b.persoonlijkFunctioneren());
        r.setSociaalFunctioneren(b.sociaalFunctioneren());
        r.setFysiekeOmgevingseisen(b.fysiekeOmgevingseisen());
        r.setDynamischeHandelingen(b.dynamischeHandelingen());
        r.setStatischeHoudingen(b.statischeHoudingen());
        r.setWerktijd(b.werktijd());
        r.setIsGeenBenutbareMogelijkheden(b.geenBenutbareMogelijkheden());
        r.setIsUrenbeperking(b.urenbeperking());
        r.setHerbeoordelingsdatum(b.herbeoordelingsdatum());
        r.setAangemaaktOp(now);
        r.store();
        return r.getId();
    }

    private static Belastbaarheid toBelastbaarheid(BelastbaarheidRecord r) {
        return new Belastbaarheid(r.getId(), r.getDatum(), Belastbaarheid.Bron.valueOf(r.getBron()),
                Belastbaarheid.DocumentType.valueOf(r.getDocumenttype()), r.getUrenPerDagMinuten(),
                r.getUrenPerWeekMinuten(), r.getOpbouwschema(), r.getPersoonlijkFunctioneren(),
                r.getSociaalFunctioneren(), r.getFysiekeOmgevingseisen(), r.getDynamischeHandelingen(),
                r.getStatischeHoudingen(), r.getWerktijd(), Boolean.TRUE.equals(r.getIsGeenBenutbareMogelijkheden()),
                Boolean.TRUE.equals(r.getIsUrenbeperking()), r.getHerbeoordelingsdatum());
    }
}
