package nl.spoorzoeker.instrument;

import static nl.spoorzoeker.store.schema.Tables.INSTRUMENT_AFNAME;
import static nl.spoorzoeker.store.schema.Tables.INSTRUMENT_ANTWOORD;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.spoorzoeker.store.schema.tables.records.InstrumentAfnameRecord;
import org.jooq.DSLContext;

/** SQL for the afnames of instruments and their answers. */
final class InstrumentRepository {

    private final DSLContext ctx;

    InstrumentRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** Every afname of the traject, newest first, with its answers. */
    List<Afname> vanDossier(int trajectId) {
        return ctx.selectFrom(INSTRUMENT_AFNAME).where(INSTRUMENT_AFNAME.TRAJECT_ID.eq(trajectId))
                .orderBy(INSTRUMENT_AFNAME.ID.desc())
                .fetch(this::afname);
    }

    Optional<Afname> find(int afnameId) {
        return ctx.selectFrom(INSTRUMENT_AFNAME).where(INSTRUMENT_AFNAME.ID.eq(afnameId)).fetchOptional(this::afname);
    }

    Optional<Afname> lopend(int trajectId, String instrument) {
        return ctx.selectFrom(INSTRUMENT_AFNAME).where(INSTRUMENT_AFNAME.TRAJECT_ID.eq(trajectId)
                        .and(INSTRUMENT_AFNAME.INSTRUMENT.eq(instrument))
                        .and(INSTRUMENT_AFNAME.STATUS.eq(Afname.Status.LOPEND.name())))
                .fetchOptional(this::afname);
    }

    int start(int trajectId, String instrument, LocalDate datum, Instant now) {
        return ctx.insertInto(INSTRUMENT_AFNAME)
                .set(INSTRUMENT_AFNAME.TRAJECT_ID, trajectId).set(INSTRUMENT_AFNAME.INSTRUMENT, instrument)
                .set(INSTRUMENT_AFNAME.STATUS, Afname.Status.LOPEND.name())
                .set(INSTRUMENT_AFNAME.BEGIN_DATUM, datum)
                .set(INSTRUMENT_AFNAME.AANGEMAAKT_OP, now).set(INSTRUMENT_AFNAME.GEWIJZIGD_OP, now)
                .returningResult(INSTRUMENT_AFNAME.ID).fetchOne().value1();
    }

    /** Stores an answer, replacing an earlier answer to the same item. */
    void antwoord(int afnameId, int item, int waarde, Instant now) {
        ctx.insertInto(INSTRUMENT_ANTWOORD)
                .set(INSTRUMENT_ANTWOORD.AFNAME_ID, afnameId).set(INSTRUMENT_ANTWOORD.ITEM, item)
                .set(INSTRUMENT_ANTWOORD.WAARDE, waarde)
                .onConflict(INSTRUMENT_ANTWOORD.AFNAME_ID, INSTRUMENT_ANTWOORD.ITEM)
                .doUpdate().set(INSTRUMENT_ANTWOORD.WAARDE, waarde)
                .execute();
        ctx.update(INSTRUMENT_AFNAME).set(INSTRUMENT_AFNAME.GEWIJZIGD_OP, now)
                .where(INSTRUMENT_AFNAME.ID.eq(afnameId)).execute();
    }

    void voltooi(int afnameId, LocalDate datum, String uitkomst, Integer versie, Instant now) {
        ctx.update(INSTRUMENT_AFNAME)
                .set(INSTRUMENT_AFNAME.STATUS, Afname.Status.VOLTOOID.name())
                .set(INSTRUMENT_AFNAME.VOLTOOID_DATUM, datum)
                .set(INSTRUMENT_AFNAME.UITKOMST, uitkomst)
                .set(INSTRUMENT_AFNAME.PERSOONSPROFIEL_VERSIE, versie)
                .set(INSTRUMENT_AFNAME.GEWIJZIGD_OP, now)
                .where(INSTRUMENT_AFNAME.ID.eq(afnameId)).execute();
    }

    private Afname afname(InstrumentAfnameRecord r) {
        Map<Integer, Integer> antwoorden = new HashMap<>();
        ctx.selectFrom(INSTRUMENT_ANTWOORD).where(INSTRUMENT_ANTWOORD.AFNAME_ID.eq(r.getId()))
                .forEach(a -> antwoorden.put(a.getItem(), a.getWaarde()));
        return new Afname(r.getId(), r.getTrajectId(), Afname.Status.valueOf(r.getStatus()), r.getBeginDatum(),
                r.getVoltooidDatum(), r.getUitkomst(), r.getPersoonsprofielVersie(), antwoorden);
    }
}
