package nl.spoorzoeker.instrument;

import static nl.spoorzoeker.store.schema.Tables.DRIJFVEREN;
import static nl.spoorzoeker.store.schema.Tables.INSTRUMENT_RAPPORTKEUZE;
import static nl.spoorzoeker.store.schema.Tables.WAARDENKAART;
import static nl.spoorzoeker.store.schema.Tables.WAARDENSORTERING;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.spoorzoeker.store.schema.tables.records.WaardensorteringRecord;
import org.jooq.DSLContext;

/** SQL for the values card sorts, the drives worksheet and the report choice of a traject. */
final class WaardenRepository {

    private final DSLContext ctx;

    WaardenRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** Newest first (by date, then by id). */
    List<Waardensortering> sorteringen(int trajectId) {
        return ctx.selectFrom(WAARDENSORTERING).where(WAARDENSORTERING.TRAJECT_ID.eq(trajectId))
                .orderBy(WAARDENSORTERING.DATUM.desc(), WAARDENSORTERING.ID.desc()).fetch(this::sortering);
    }

    private Waardensortering sortering(WaardensorteringRecord r) {
        Map<String, Waardensortering.Stapel> stapels = new LinkedHashMap<>();
        String[] top = new String[Waardensortering.TOP];
        ctx.selectFrom(WAARDENKAART).where(WAARDENKAART.SORTERING_ID.eq(r.getId())).orderBy(WAARDENKAART.KAART)
                .forEach(k -> {
                    stapels.put(k.getKaart(), Waardensortering.Stapel.valueOf(k.getStapel()));
                    if (k.getTop() != null) {
                        top[k.getTop() - 1] = k.getKaart();
                    }
                });
        List<String> lijst = new ArrayList<>();
        for (String t : top) {
            if (t != null) {
                lijst.add(t);
            }
        }
        return new Waardensortering(r.getId(), r.getDatum(), stapels, lijst);
    }

    /** Whether the sorting with this id belongs to the traject. */
    boolean van(int trajectId, int id) {
        return ctx.fetchExists(WAARDENSORTERING, WAARDENSORTERING.ID.eq(id).and(WAARDENSORTERING.TRAJECT_ID.eq(trajectId)));
    }

    Optional<Waardensortering> find(int id) {
        return ctx.selectFrom(WAARDENSORTERING).where(WAARDENSORTERING.ID.eq(id)).fetchOptional(this::sortering);
    }

    int voegToe(int trajectId, Waardensortering s, Instant now) {
        int id = ctx.insertInto(WAARDENSORTERING).set(WAARDENSORTERING.TRAJECT_ID, trajectId)
                .set(WAARDENSORTERING.DATUM, s.datum())
                .set(WAARDENSORTERING.AANGEMAAKT_OP, now).set(WAARDENSORTERING.GEWIJZIGD_OP, now)
                .returningResult(WAARDENSORTERING.ID).fetchOne().value1();
        kaarten(id, s);
        return id;
    }

    /** Replaces the sorting's cards and date: the whole sitting is saved as it stands. */
    void wijzig(int id, Waardensortering s, Instant now) {
        ctx.update(WAARDENSORTERING).set(WAARDENSORTERING.DATUM, s.datum()).set(WAARDENSORTERING.GEWIJZIGD_OP, now)
                .where(WAARDENSORTERING.ID.eq(id)).execute();
        ctx.deleteFrom(WAARDENKAART).where(WAARDENKAART.SORTERING_ID.eq(id)).execute();
        kaarten(id, s);
    }

    private void kaarten(int id, Waardensortering s) {
        for (var e : s.stapels().entrySet()) {
            int plaats = s.top().indexOf(e.getKey());
            ctx.insertInto(WAARDENKAART).set(WAARDENKAART.SORTERING_ID, id).set(WAARDENKAART.KAART, e.getKey())
                    .set(WAARDENKAART.STAPEL, e.getValue().name()).set(WAARDENKAART.TOP, plaats < 0 ? null : plaats + 1)
                    .execute();
        }
    }

    boolean verwijder(int trajectId, int id) {
        ctx.deleteFrom(WAARDENKAART).where(WAARDENKAART.SORTERING_ID.in(ctx.select(WAARDENSORTERING.ID)
                .from(WAARDENSORTERING).where(WAARDENSORTERING.ID.eq(id).and(WAARDENSORTERING.TRAJECT_ID.eq(trajectId)))))
                .execute();
        return ctx.deleteFrom(WAARDENSORTERING)
                .where(WAARDENSORTERING.ID.eq(id).and(WAARDENSORTERING.TRAJECT_ID.eq(trajectId))).execute() == 1;
    }

    Optional<Drijfveren> drijfveren(int trajectId) {
        return ctx.selectFrom(DRIJFVEREN).where(DRIJFVEREN.TRAJECT_ID.eq(trajectId)).fetchOptional(r ->
                new Drijfveren(r.getDatum(), r.getEnergie(), r.getMoe(), r.getTrots(), r.getBelangrijk(), r.getNietMeer()));
    }

    void bewaarDrijfveren(int trajectId, Drijfveren d, Instant now) {
        ctx.insertInto(DRIJFVEREN).set(DRIJFVEREN.TRAJECT_ID, trajectId).set(DRIJFVEREN.DATUM, d.datum())
                .set(DRIJFVEREN.ENERGIE, d.energie()).set(DRIJFVEREN.MOE, d.moe()).set(DRIJFVEREN.TROTS, d.trots())
                .set(DRIJFVEREN.BELANGRIJK, d.belangrijk()).set(DRIJFVEREN.NIET_MEER, d.nietMeer())
                .set(DRIJFVEREN.AANGEMAAKT_OP, now).set(DRIJFVEREN.GEWIJZIGD_OP, now)
                .onConflict(DRIJFVEREN.TRAJECT_ID).doUpdate()
                .set(DRIJFVEREN.DATUM, d.datum())
                .set(DRIJFVEREN.ENERGIE, d.energie()).set(DRIJFVEREN.MOE, d.moe()).set(DRIJFVEREN.TROTS, d.trots())
                .set(DRIJFVEREN.BELANGRIJK, d.belangrijk()).set(DRIJFVEREN.NIET_MEER, d.nietMeer())
                .set(DRIJFVEREN.GEWIJZIGD_OP, now)
                .execute();
    }

    Set<Instrumentsoort> weggelaten(int trajectId) {
        Set<Instrumentsoort> uit = EnumSet.noneOf(Instrumentsoort.class);
        ctx.select(INSTRUMENT_RAPPORTKEUZE.ONDERDEEL).from(INSTRUMENT_RAPPORTKEUZE)
                .where(INSTRUMENT_RAPPORTKEUZE.TRAJECT_ID.eq(trajectId))
                .forEach(r -> uit.add(Instrumentsoort.valueOf(r.value1())));
        return uit;
    }

    void opnemen(int trajectId, Instrumentsoort soort, boolean opnemen) {
        if (opnemen) {
            ctx.deleteFrom(INSTRUMENT_RAPPORTKEUZE).where(INSTRUMENT_RAPPORTKEUZE.TRAJECT_ID.eq(trajectId)
                    .and(INSTRUMENT_RAPPORTKEUZE.ONDERDEEL.eq(soort.name()))).execute();
        } else {
            ctx.insertInto(INSTRUMENT_RAPPORTKEUZE).set(INSTRUMENT_RAPPORTKEUZE.TRAJECT_ID, trajectId)
                    .set(INSTRUMENT_RAPPORTKEUZE.ONDERDEEL, soort.name()).onConflictDoNothing().execute();
        }
    }
}
