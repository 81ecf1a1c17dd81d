package nl.spoorzoeker.arbeidsmarkt;

import static nl.spoorzoeker.store.schema.Tables.WERKERVARINGSPLEK;
import static nl.spoorzoeker.store.schema.Tables.WERKERVARING_EVALUATIE;
import static nl.spoorzoeker.store.schema.Tables.WERKERVARING_WEEK;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.spoorzoeker.store.schema.tables.records.WerkervaringsplekRecord;
import org.jooq.DSLContext;

/** SQL for werkervaringsplekken, their weekly hours and their evaluations. */
final class WerkervaringRepository {

    private final DSLContext ctx;

    WerkervaringRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** Newest start first, each with its weeks (in order) and evaluations (newest first). */
    List<Werkervaringsplek> list(int trajectId) {
        return list(WERKERVARINGSPLEK.TRAJECT_ID.eq(trajectId)).getOrDefault(trajectId, List.of());
    }

    /** Per traject, the places that have not ended before {@code dag}. */
    Map<Integer, List<Werkervaringsplek>> lopendOp(java.time.LocalDate dag) {
        return list(WERKERVARINGSPLEK.EINDDATUM.isNull().or(WERKERVARINGSPLEK.EINDDATUM.ge(dag)));
    }

    private Map<Integer, List<Werkervaringsplek>> list(org.jooq.Condition which) {
        Map<Integer, List<Werkervaringsplek.Week>> weken = new HashMap<>();
        ctx.select(WERKERVARING_WEEK.WERKERVARINGSPLEK_ID, WERKERVARING_WEEK.WEEK_DATUM,
                        WERKERVARING_WEEK.GEPLAND_MINUTEN, WERKERVARING_WEEK.GEREALISEERD_MINUTEN)
                .from(WERKERVARING_WEEK).join(WERKERVARINGSPLEK)
                .on(WERKERVARINGSPLEK.ID.eq(WERKERVARING_WEEK.WERKERVARINGSPLEK_ID))
                .where(which).orderBy(WERKERVARING_WEEK.WEEK_DATUM)
                .forEach(r -> weken.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new Werkervaringsplek.Week(r.value2(), r.value3(), r.value4())));
        Map<Integer, List<Werkervaringsplek.Evaluatie>> evaluaties = new HashMap<>();
        ctx.select(WERKERVARING_EVALUATIE.WERKERVARINGSPLEK_ID, WERKERVARING_EVALUATIE.ID, WERKERVARING_EVALUATIE.DATUM,
                        WERKERVARING_EVALUATIE.BEVINDINGEN)
                .from(WERKERVARING_EVALUATIE).join(WERKERVARINGSPLEK)
                .on(WERKERVARINGSPLEK.ID.eq(WERKERVARING_EVALUATIE.WERKERVARINGSPLEK_ID))
                .where(which)
                .orderBy(WERKERVARING_EVALUATIE.DATUM.desc(), WERKERVARING_EVALUATIE.ID.desc())
                .forEach(r -> evaluaties.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new Werkervaringsplek.Evaluatie(r.value2(), r.value3(), r.value4())));
        Map<Integer, List<Werkervaringsplek>> result = new java.util.LinkedHashMap<>();
        ctx.selectFrom(WERKERVARINGSPLEK).where(which)
                .orderBy(WERKERVARINGSPLEK.STARTDATUM.desc(), WERKERVARINGSPLEK.ID.desc())
                .forEach(r -> result.computeIfAbsent(r.getTrajectId(), k -> new ArrayList<>()).add(new Werkervaringsplek(r.getId(), Werkervaringsplek.Soort.valueOf(r.getSoort()),
                        r.getOrganisatie(), r.getContactpersoon(), r.getContactTelefoon(), r.getContactEmail(),
                        r.getFunctie(), r.getTaken(), r.getStartdatum(), r.getEinddatum(),
                        r.getBeoogdeUitkomst() == null ? null : Werkervaringsplek.Uitkomst.valueOf(r.getBeoogdeUitkomst()),
                        r.getUitkomstToelichting(), weken.getOrDefault(r.getId(), List.of()),
                        evaluaties.getOrDefault(r.getId(), List.of()))));
        return result;
    }

    Optional<Integer> trajectVan(int plekId) {
        return ctx.select(WERKERVARINGSPLEK.TRAJECT_ID).from(WERKERVARINGSPLEK).where(WERKERVARINGSPLEK.ID.eq(plekId))
                .fetchOptional(r -> r.value1());
    }

    int insert(int trajectId, Werkervaringsplek p, Instant now) {
        WerkervaringsplekRecord r = ctx.newRecord(WERKERVARINGSPLEK);
        r.setTrajectId(trajectId);
        fill(r, p);
        r.setAangemaaktOp(now);
        r.setGewijzigdOp(now);
        r.store();
        return r.getId();
    }

    boolean update(int trajectId, Werkervaringsplek p, Instant now) {
        WerkervaringsplekRecord r = ctx.fetchOne(WERKERVARINGSPLEK,
                WERKERVARINGSPLEK.ID.eq(p.id()).and(WERKERVARINGSPLEK.TRAJECT_ID.eq(trajectId)));
        if (r == null) {
            return false;
        }
        fill(r, p);
        if (r.changed()) {
            r.setGewijzigdOp(now);
            r.store();
        }
        return true;
    }

    /** Replaces all weekly figures of a place; weeks without any figure are not stored. */
    void replaceWeken(int plekId, List<Werkervaringsplek.Week> weken) {
        ctx.deleteFrom(WERKERVARING_WEEK).where(WERKERVARING_WEEK.WERKERVARINGSPLEK_ID.eq(plekId)).execute();
        var insert = ctx.insertInto(WERKERVARING_WEEK, WERKERVARING_WEEK.WERKERVARINGSPLEK_ID,
                WERKERVARING_WEEK.WEEK_DATUM, WERKERVARING_WEEK.GEPLAND_MINUTEN, WERKERVARING_WEEK.GEREALISEERD_MINUTEN);
        boolean any = false;
        for (Werkervaringsplek.Week w : weken) {
            if (w.geplandMinuten() != null || w.gerealiseerdMinuten() != null) {
                insert = insert.values(plekId, w.maandag(), w.geplandMinuten(), w.gerealiseerdMinuten());
                any = true;
            }
        }
        if (any) {
            insert.execute();
        }
    }

    int addEvaluatie(int plekId, Werkervaringsplek.Evaluatie e, Instant now) {
        return ctx.insertInto(WERKERVARING_EVALUATIE, WERKERVARING_EVALUATIE.WERKERVARINGSPLEK_ID,
                        WERKERVARING_EVALUATIE.DATUM, WERKERVARING_EVALUATIE.BEVINDINGEN, WERKERVARING_EVALUATIE.AANGEMAAKT_OP)
                .values(plekId, e.datum(), e.bevindingen(), now).returning(WERKERVARING_EVALUATIE.ID)
                .fetchOne(WERKERVARING_EVALUATIE.ID);
    }

    boolean updateEvaluatie(int plekId, Werkervaringsplek.Evaluatie e) {
        return ctx.update(WERKERVARING_EVALUATIE).set(WERKERVARING_EVALUATIE.DATUM, e.datum())
                .set(WERKERVARING_EVALUATIE.BEVINDINGEN, e.bevindingen())
                .where(WERKERVARING_EVALUATIE.ID.eq(e.id()).and(WERKERVARING_EVALUATIE.WERKERVARINGSPLEK_ID.eq(plekId)))
                .execute() == 1;
    }

    private static void fill(WerkervaringsplekRecord r, Werkervaringsplek p) {
        r.setSoort(p.soort().name());
        r.setOrganisatie(p.organisatie());
        r.setContactpersoon(p.contactpersoon());
        r.setContactTelefoon(p.contactTelefoon());
        r.setContactEmail(p.contactEmail());
        r.setFunctie(p.functie());
        r.setTaken(p.taken());
        r.setStartdatum(p.startdatum());
        r.setEinddatum(p.einddatum());
        r.setBeoogdeUitkomst(p.beoogdeUitkomst() == null ? null : p.beoogdeUitkomst().name());
        r.setUitkomstToelichting(p.uitkomstToelichting());
    }
}
