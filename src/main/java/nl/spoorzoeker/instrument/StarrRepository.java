package nl.spoorzoeker.instrument;

import static nl.spoorzoeker.store.schema.Tables.STARR_COMPETENTIE;
import static nl.spoorzoeker.store.schema.Tables.STARR_VERHAAL;
import static nl.spoorzoeker.store.schema.Tables.STARR_VERSIE;

import java.time.Instant;
import java.time.LocalDate;
import nl.spoorzoeker.tijdlijn.Tijdzone;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record2;

/** SQL for the STARR stories of a traject, their competency tags and their text history (V27). */
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
        bewaarVersie(id, s, now);
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
            bewaarVersie(s.id(), s, now);
        }
        return gevonden;
    }

    /**
     * Appends the story as a new version, unless it is the text of the newest version already (a
     * save that changed only the day, or nothing, is no step in the history).
     */
    private void bewaarVersie(int id, StarrVerhaal s, Instant now) {
        List<Tekstversie<StarrVerhaal>> eerder = versies(id);
        StarrVerhaal tekst = alleenTekst(id, s);
        if (!eerder.isEmpty() && eerder.getFirst().tekst().equals(tekst)) {
            return;
        }
        ctx.insertInto(STARR_VERSIE).set(STARR_VERSIE.STARR_ID, id)
                .set(STARR_VERSIE.VERSIE, eerder.isEmpty() ? 1 : eerder.getFirst().nummer() + 1)
                .set(STARR_VERSIE.TITEL, s.titel()).set(STARR_VERSIE.SITUATIE, s.situatie())
                .set(STARR_VERSIE.TAAK, s.taak()).set(STARR_VERSIE.ACTIE, s.actie())
                .set(STARR_VERSIE.RESULTAAT, s.resultaat()).set(STARR_VERSIE.REFLECTIE, s.reflectie())
                .set(STARR_VERSIE.COMPETENTIES, s.competenties().isEmpty() ? null : String.join("\n", s.competenties()))
                .set(STARR_VERSIE.OPGESLAGEN_OP, now).execute();
    }

    /** The story's words only: a version carries no dates. */
    private static StarrVerhaal alleenTekst(int id, StarrVerhaal s) {
        return new StarrVerhaal(id, s.titel(), s.situatie(), s.taak(), s.actie(), s.resultaat(), s.reflectie(),
                s.competenties());
    }

    /** The saved versions of one story, newest first (empty when it does not exist). */
    List<Tekstversie<StarrVerhaal>> versies(int id) {
        return ctx.selectFrom(STARR_VERSIE).where(STARR_VERSIE.STARR_ID.eq(id)).orderBy(STARR_VERSIE.VERSIE.desc())
                .fetch(r -> new Tekstversie<>(r.getVersie(), r.getOpgeslagenOp(), new StarrVerhaal(id, r.getTitel(),
                        r.getSituatie(), r.getTaak(), r.getActie(), r.getResultaat(), r.getReflectie(),
                        r.getCompetenties() == null ? List.of() : List.of(r.getCompetenties().split("\n")))));
    }

    /** Whether the story is one of this traject's (the versions table does not say). */
    boolean hoortBij(int trajectId, int id) {
        return ctx.fetchExists(STARR_VERHAAL, STARR_VERHAAL.ID.eq(id).and(STARR_VERHAAL.TRAJECT_ID.eq(trajectId)));
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
