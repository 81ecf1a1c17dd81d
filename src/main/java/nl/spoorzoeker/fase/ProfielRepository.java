package nl.spoorzoeker.fase;

import static nl.spoorzoeker.store.schema.Tables.AD_RAPPORT;
import static nl.spoorzoeker.store.schema.Tables.PERSOONSPROFIEL;
import static nl.spoorzoeker.store.schema.Tables.ZOEKPROFIEL;
import static nl.spoorzoeker.store.schema.Tables.ZOEKRICHTING;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.spoorzoeker.store.schema.tables.records.PersoonsprofielRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** SQL for the versioned profiles and the AD report. Versions are only ever added. */
final class ProfielRepository {

    private final DSLContext ctx;

    ProfielRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** Every version, newest first. */
    List<Persoonsprofiel> persoonsprofielen(int trajectId) {
        return ctx.selectFrom(PERSOONSPROFIEL).where(PERSOONSPROFIEL.TRAJECT_ID.eq(trajectId))
                .orderBy(PERSOONSPROFIEL.VERSIE.desc())
                .fetch(r -> new Persoonsprofiel(r.getVersie(), r.getAangemaaktOp(), r.getOpleiding(),
                        r.getWerkervaring(), r.getCompetenties(), r.getInteresses(), r.getRiasec(), r.getDrijfveren(),
                        r.getWaarden(), r.getBelemmeringen(), r.getWensen(), r.getInstrument(), r.getInstrumentDatum()));
    }

    int addPersoonsprofiel(int trajectId, Persoonsprofiel p, Instant now) {
        int versie = nextVersion(ctx.select(DSL.max(PERSOONSPROFIEL.VERSIE)).from(PERSOONSPROFIEL)
                .where(PERSOONSPROFIEL.TRAJECT_ID.eq(trajectId)).fetchOne().value1());
        PersoonsprofielRecord r = ctx.newRecord(PERSOONSPROFIEL);
        r.setTrajectId(trajectId);
        r.setVersie(versie);
        r.setOpleiding(p.opleiding());
        r.setWerkervaring(p.werkervaring());
        r.setCompetenties(p.competenties());
        r.setInteresses(p.interesses());
        r.setRiasec(p.riasec());
        r.setDrijfveren(p.drijfveren());
        r.setWaarden(p.waarden());
        r.setBelemmeringen(p.belemmeringen());
        r.setWensen(p.wensen());
        r.setInstrument(p.instrument());
        r.setInstrumentDatum(p.instrumentDatum());
        r.setAangemaaktOp(now);
        r.store();
        return versie;
    }

    /** Every version with its directions, newest first. */
    List<Zoekprofiel> zoekprofielen(int trajectId) {
        Map<Integer, List<Zoekrichting>> richtingen = new HashMap<>();
        ctx.select(ZOEKRICHTING.fields()).from(ZOEKRICHTING).join(ZOEKPROFIEL).on(ZOEKPROFIEL.ID.eq(ZOEKRICHTING.ZOEKPROFIEL_ID))
                .where(ZOEKPROFIEL.TRAJECT_ID.eq(trajectId))
                .orderBy(ZOEKRICHTING.VOLGORDE)
                .fetchInto(ZOEKRICHTING)
                .forEach(r -> richtingen.computeIfAbsent(r.getZoekprofielId(), k -> new ArrayList<>()).add(
                        new Zoekrichting(r.getFunctie(), r.getNiveau(), r.getSector(), r.getUrenPerWeekMinuten(),
                                r.getRegio(), r.getOnderbouwing(), "ACTIEF".equals(r.getStatus()), r.getRedenVerlaten())));
        return ctx.selectFrom(ZOEKPROFIEL).where(ZOEKPROFIEL.TRAJECT_ID.eq(trajectId)).orderBy(ZOEKPROFIEL.VERSIE.desc())
                .fetch(r -> new Zoekprofiel(r.getVersie(), r.getAangemaaktOp(), richtingen.getOrDefault(r.getId(), List.of())));
    }

    int addZoekprofiel(int trajectId, Zoekprofiel profiel, Instant now) {
        int versie = nextVersion(ctx.select(DSL.max(ZOEKPROFIEL.VERSIE)).from(ZOEKPROFIEL)
                .where(ZOEKPROFIEL.TRAJECT_ID.eq(trajectId)).fetchOne().value1());
        int id = ctx.insertInto(ZOEKPROFIEL).set(ZOEKPROFIEL.TRAJECT_ID, trajectId).set(ZOEKPROFIEL.VERSIE, versie)
                .set(ZOEKPROFIEL.AANGEMAAKT_OP, now).returningResult(ZOEKPROFIEL.ID).fetchOne().value1();
        int order = 0;
        for (Zoekrichting r : profiel.richtingen()) {
            ctx.insertInto(ZOEKRICHTING)
                    .set(ZOEKRICHTING.ZOEKPROFIEL_ID, id).set(ZOEKRICHTING.VOLGORDE, ++order)
                    .set(ZOEKRICHTING.FUNCTIE, r.functie()).set(ZOEKRICHTING.NIVEAU, r.niveau())
                    .set(ZOEKRICHTING.SECTOR, r.sector()).set(ZOEKRICHTING.UREN_PER_WEEK_MINUTEN, r.urenPerWeekMinuten())
                    .set(ZOEKRICHTING.REGIO, r.regio()).set(ZOEKRICHTING.ONDERBOUWING, r.onderbouwing())
                    .set(ZOEKRICHTING.STATUS, r.actief() ? "ACTIEF" : "VERLATEN")
                    .set(ZOEKRICHTING.REDEN_VERLATEN, r.redenVerlaten())
                    .execute();
        }
        return versie;
    }

    List<AdRapport> adRapporten(int trajectId) {
        return ctx.selectFrom(AD_RAPPORT).where(AD_RAPPORT.TRAJECT_ID.eq(trajectId))
                .orderBy(AD_RAPPORT.DATUM.desc(), AD_RAPPORT.ID.desc())
                .fetch(r -> new AdRapport(r.getId(), r.getDatum(), r.getArbeidsdeskundige(),
                        AdRapport.ConclusieSpoor1.valueOf(r.getConclusieSpoor1()), r.getZoekrichtingen()));
    }

    int addAdRapport(int trajectId, AdRapport rapport, Instant now) {
        return ctx.insertInto(AD_RAPPORT)
                .set(AD_RAPPORT.TRAJECT_ID, trajectId).set(AD_RAPPORT.DATUM, rapport.datum())
                .set(AD_RAPPORT.ARBEIDSDESKUNDIGE, rapport.arbeidsdeskundige())
                .set(AD_RAPPORT.CONCLUSIE_SPOOR1, rapport.conclusie().name())
                .set(AD_RAPPORT.ZOEKRICHTINGEN, rapport.zoekrichtingen())
                .set(AD_RAPPORT.AANGEMAAKT_OP, now)
                .returningResult(AD_RAPPORT.ID).fetchOne().value1();
    }

    private static int nextVersion(Integer max) {
        return max == null ? 1 : max + 1;
    }
}
