package nl.spoorzoeker.dossier;

import static nl.spoorzoeker.store.schema.Tables.GEBEURTENIS;
import static nl.spoorzoeker.store.schema.Tables.TRAJECT;
import static nl.spoorzoeker.store.schema.Tables.VERZUIMPERIODE;
import static nl.spoorzoeker.store.schema.Tables.VOOR_OPDRACHT;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.spoorzoeker.tijdlijn.Gebeurtenis;
import nl.spoorzoeker.tijdlijn.GebeurtenisSoort;
import nl.spoorzoeker.tijdlijn.LateStartUitzondering;
import nl.spoorzoeker.tijdlijn.MijlpaalSoort;
import nl.spoorzoeker.tijdlijn.Overname;
import nl.spoorzoeker.tijdlijn.Periode;
import nl.spoorzoeker.tijdlijn.Tijdlijn;
import nl.spoorzoeker.tijdlijn.VerzuimPeriode;
import org.jooq.Condition;
import org.jooq.DSLContext;
import nl.spoorzoeker.tijdlijn.Regime;

/** SQL for the clock of a traject: periods, events and the report interval. */
final class TijdlijnRepository {

    private static final String WAZO = "WAZO";
    private static final String ZIEK = "ZIEK";

    private final DSLContext ctx;

    TijdlijnRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    Optional<Tijdlijn> find(int trajectId) {
        return Optional.ofNullable(load(TRAJECT.ID.eq(trajectId)).get(trajectId));
    }

    /** The clocks of many trajecten at once, in three queries. */
    Map<Integer, Tijdlijn> load(Condition trajecten) {
        Map<Integer, List<VerzuimPeriode>> periodes = new HashMap<>();
        ctx.select(VERZUIMPERIODE.ID, VERZUIMPERIODE.TRAJECT_ID, VERZUIMPERIODE.SOORT, VERZUIMPERIODE.VAN_DATUM,
                        VERZUIMPERIODE.TOT_DATUM)
                .from(VERZUIMPERIODE).join(TRAJECT).on(TRAJECT.ID.eq(VERZUIMPERIODE.TRAJECT_ID))
                .where(trajecten)
                .orderBy(VERZUIMPERIODE.VAN_DATUM)
                .forEach(r -> periodes.computeIfAbsent(r.value2(), k -> new ArrayList<>()).add(
                        new VerzuimPeriode(r.value1(), WAZO.equals(r.value3()), new Periode(r.value4(), r.value5()))));
        Map<Integer, List<Gebeurtenis>> gebeurtenissen = new HashMap<>();
        ctx.select(GEBEURTENIS.ID, GEBEURTENIS.TRAJECT_ID, GEBEURTENIS.SOORT, GEBEURTENIS.DATUM)
                .from(GEBEURTENIS).join(TRAJECT).on(TRAJECT.ID.eq(GEBEURTENIS.TRAJECT_ID))
                .where(trajecten)
                .orderBy(GEBEURTENIS.DATUM)
                .forEach(r -> gebeurtenissen.computeIfAbsent(r.value2(), k -> new ArrayList<>()).add(
                        new Gebeurtenis(r.value1(), GebeurtenisSoort.valueOf(r.value3()), r.value4())));
        Map<Integer, java.util.Set<MijlpaalSoort>> voorOpdracht = new HashMap<>();
        ctx.select(VOOR_OPDRACHT.TRAJECT_ID, VOOR_OPDRACHT.SOORT)
                .from(VOOR_OPDRACHT).join(TRAJECT).on(TRAJECT.ID.eq(VOOR_OPDRACHT.TRAJECT_ID))
                .where(trajecten)
                .forEach(r -> voorOpdracht.computeIfAbsent(r.value1(), k -> java.util.EnumSet.noneOf(MijlpaalSoort.class))
                        .add(MijlpaalSoort.valueOf(r.value2())));
        Map<Integer, Tijdlijn> result = new HashMap<>();
        ctx.select(TRAJECT.ID, TRAJECT.EERSTE_ZIEKTEDAG, TRAJECT.STARTDATUM, TRAJECT.VOORTGANG_INTERVAL_WEKEN,
                        TRAJECT.OPDRACHTDATUM, TRAJECT.UITZONDERING_LATE_START, TRAJECT.UITZONDERING_DOCUMENT,
                        TRAJECT.UITZONDERING_DOCUMENTDATUM, TRAJECT.REGIME)
                .from(TRAJECT).where(trajecten)
                .forEach(r -> result.put(r.value1(), new Tijdlijn(r.value2(), r.value3(),
                        periodes.getOrDefault(r.value1(), List.of()), gebeurtenissen.getOrDefault(r.value1(), List.of()),
                        r.value4(), new Overname(r.value5(), voorOpdracht.getOrDefault(r.value1(), java.util.Set.of())),
                        r.value6() == null && r.value7() == null ? null
                                : new LateStartUitzondering(r.value6(), r.value7(), r.value8()),
                        Regime.valueOf(r.value9()))));
        return result;
    }

    Map<Integer, Tijdlijn> loadAll(Collection<Integer> trajectIds) {
        return load(TRAJECT.ID.in(trajectIds));
    }

    int addPeriode(int trajectId, boolean wazo, Periode periode) {
        return ctx.insertInto(VERZUIMPERIODE)
                .set(VERZUIMPERIODE.TRAJECT_ID, trajectId)
                .set(VERZUIMPERIODE.SOORT, wazo ? WAZO : ZIEK)
                .set(VERZUIMPERIODE.VAN_DATUM, periode.van())
                .set(VERZUIMPERIODE.TOT_DATUM, periode.tot())
                .returningResult(VERZUIMPERIODE.ID)
                .fetchOne().value1();
    }

    boolean removePeriode(int trajectId, int periodeId) {
        return ctx.deleteFrom(VERZUIMPERIODE)
                .where(VERZUIMPERIODE.ID.eq(periodeId).and(VERZUIMPERIODE.TRAJECT_ID.eq(trajectId)))
                .execute() == 1;
    }

    int addGebeurtenis(int trajectId, GebeurtenisSoort soort, java.time.LocalDate datum, Instant now) {
        return ctx.insertInto(GEBEURTENIS)
                .set(GEBEURTENIS.TRAJECT_ID, trajectId)
                .set(GEBEURTENIS.SOORT, soort.name())
                .set(GEBEURTENIS.DATUM, datum)
                .set(GEBEURTENIS.AANGEMAAKT_OP, now)
                .returningResult(GEBEURTENIS.ID)
                .fetchOne().value1();
    }

    boolean removeGebeurtenis(int trajectId, int gebeurtenisId) {
        return ctx.deleteFrom(GEBEURTENIS)
                .where(GEBEURTENIS.ID.eq(gebeurtenisId).and(GEBEURTENIS.TRAJECT_ID.eq(trajectId)))
                .execute() == 1;
    }

    /** Replaces the milestones declared as before the assignment (done by others, date unknown). */
    void setVoorOpdracht(int trajectId, java.util.Set<MijlpaalSoort> soorten) {
        ctx.deleteFrom(VOOR_OPDRACHT).where(VOOR_OPDRACHT.TRAJECT_ID.eq(trajectId)).execute();
        for (MijlpaalSoort soort : soorten) {
            ctx.insertInto(VOOR_OPDRACHT).set(VOOR_OPDRACHT.TRAJECT_ID, trajectId)
                    .set(VOOR_OPDRACHT.SOORT, soort.name()).execute();
        }
    }

    /** Sets (or with null clears) the documented exception for a late start of spoor 2. */
    void setUitzondering(int trajectId, LateStartUitzondering u, Instant now) {
        ctx.update(TRAJECT)
                .set(TRAJECT.UITZONDERING_LATE_START, u == null ? null : u.reden())
                .set(TRAJECT.UITZONDERING_DOCUMENT, u == null ? null : u.document())
                .set(TRAJECT.UITZONDERING_DOCUMENTDATUM, u == null ? null : u.documentdatum())
                .set(TRAJECT.GEWIJZIGD_OP, now)
                .where(TRAJECT.ID.eq(trajectId)).execute();
    }

    void setInterval(int trajectId, int weken) {
        ctx.update(TRAJECT).set(TRAJECT.VOORTGANG_INTERVAL_WEKEN, weken).where(TRAJECT.ID.eq(trajectId)).execute();
    }

    /** Keeps the dossier's eerste ziektedag equal to sick day 1 of the clock after a change of periods. */
    void syncEersteZiektedag(int trajectId, java.time.LocalDate eersteZiektedag, Instant now) {
        ctx.update(TRAJECT)
                .set(TRAJECT.EERSTE_ZIEKTEDAG, eersteZiektedag)
                .set(TRAJECT.GEWIJZIGD_OP, now)
                .where(TRAJECT.ID.eq(trajectId).and(TRAJECT.EERSTE_ZIEKTEDAG.ne(eersteZiektedag)))
                .execute();
    }
}
