package nl.spoorzoeker.instrument;

import static nl.spoorzoeker.store.schema.Tables.STARR_COMPETENTIE;
import static nl.spoorzoeker.store.schema.Tables.STARR_VERHAAL;

import java.time.Instant;
import java.time.LocalDate;
import nl.spoorzoeker.timeline.Tijdzone;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record2;

/** SQL for the STARR stories of a traject and their competency tags. */
final class StarrRepository {

    private final DSLContext ctx;

    StarrRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** In the order they were told. */
    List<StarrVerhaal> vanDossier(int trajectId) {
        Map<Integer, List<String>> tags = ctx.select(STARR_COMPETENTIE.STARR_ID, STARR_COMPETENTIE.COMPETENTIE)
                .from(STARR_COMPETENTIE).join(STARR_VERHAAL).on(STARR_VERHAAL.ID.eq(STARR_COMPETENTIE.STARR_ID))
                .where(STARR_VERHAAL.TRAJECT_ID.eq(trajectId))
                .orderBy(STARR_COMPETENTIE.STARR_ID, STARR_COMPETENTIE.VOLGORDE)
                .fetch().stream().collect(Collectors.groupingBy(Record2::value1,
                        Collectors.mapping(Record2::value2, Collectors.toList())));
        return ctx.selectFrom(STARR_VERHAAL).where(STARR_VERHAAL.TRAJECT_ID.eq(trajectId)).orderBy(STARR_VERHAAL.ID)
                .fetch(r -> new StarrVerhaal(r.getId(), r.getTitel(), r.getSituatie(), r.getTaak(), r.getActie(),
                        r.getResultaat(), r.getReflectie(), tags.getOrDefault(r.getId(), List.of()), r.getDatum(),
                        LocalDate.ofInstant(r.getGewijzigdOp(), Tijdzone.PRAKTIJK)));
    }

    /** @param datum the day it was told (the record's, or today when it has none) */
    int voegToe(int trajectId, StarrVerhaal s, LocalDate datum, Instant now) {
        int id = ctx.insertInto(STARR_VERHAAL)
                .set(STARR_VERHAAL.TRAJECT_ID, trajectId).set(STARR_VERHAAL.TITEL, s.titel())
                .set(STARR_VERHAAL.SITUATIE, s.situatie()).set(STARR_VERHAAL.TAAK, s.taak())
                .set(STARR_VERHAAL.ACTIE, s.actie()).set(STARR_VERHAAL.RESULTAAT, s.resultaat())
                .set(STARR_VERHAAL.REFLECTIE, s.reflectie()).set(STARR_VERHAAL.DATUM, datum)
                .set(STARR_VERHAAL.AANGEMAAKT_OP, now).set(STARR_VERHAAL.GEWIJZIGD_OP, now)
                .returningResult(STARR_VERHAAL.ID).fetchOne().value1();
        zetTags(id, s.competenties());
        return id;
    }

    /**
     * Changes one of the traject's stories, its day told too when the record has one (none: it stays);
     * false when it is not there (any more).
     */
    boolean wijzig(int trajectId, StarrVerhaal s, Instant now) {
        boolean gevonden = ctx.update(STARR_VERHAAL)
                .set(STARR_VERHAAL.TITEL, s.titel()).set(STARR_VERHAAL.SITUATIE, s.situatie())
                .set(STARR_VERHAAL.TAAK, s.taak()).set(STARR_VERHAAL.ACTIE, s.actie())
                .set(STARR_VERHAAL.RESULTAAT, s.resultaat()).set(STARR_VERHAAL.REFLECTIE, s.reflectie())
                .set(STARR_VERHAAL.DATUM, s.datum() == null ? STARR_VERHAAL.DATUM : org.jooq.impl.DSL.val(s.datum()))
                .set(STARR_VERHAAL.GEWIJZIGD_OP, now)
                .where(STARR_VERHAAL.ID.eq(s.id()).and(STARR_VERHAAL.TRAJECT_ID.eq(trajectId))).execute() == 1;
        if (gevonden) {
            ctx.deleteFrom(STARR_COMPETENTIE).where(STARR_COMPETENTIE.STARR_ID.eq(s.id())).execute();
            zetTags(s.id(), s.competenties());
        }
        return gevonden;
    }

    boolean verwijder(int trajectId, int id) {
        return ctx.deleteFrom(STARR_VERHAAL)
                .where(STARR_VERHAAL.ID.eq(id).and(STARR_VERHAAL.TRAJECT_ID.eq(trajectId))).execute() == 1;
    }

    private void zetTags(int starrId, List<String> tags) {
        for (int i = 0; i < tags.size(); i++) {
            ctx.insertInto(STARR_COMPETENTIE).set(STARR_COMPETENTIE.STARR_ID, starrId)
                    .set(STARR_COMPETENTIE.VOLGORDE, i).set(STARR_COMPETENTIE.COMPETENTIE, tags.get(i)).execute();
        }
    }
}
