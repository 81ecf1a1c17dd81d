package nl.spoorzoeker.logboek;

import static nl.spoorzoeker.store.schema.Tables.GROEPSDEELNAME;
import static nl.spoorzoeker.store.schema.Tables.GROEPSSESSIE;
import static nl.spoorzoeker.store.schema.Tables.TRAJECT;
import static nl.spoorzoeker.store.schema.Tables.WERKNEMER;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.spoorzoeker.store.schema.tables.records.GroepssessieRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import nl.spoorzoeker.dossier.TrajectStatus;

/** SQL for group sessions and who took part. */
final class GroepssessieRepository {

    private final DSLContext ctx;

    GroepssessieRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** The sessions a dossier took part in, newest first, each with all its participants. */
    List<Groepssessie> vanDossier(int trajectId) {
        return list(GROEPSSESSIE.ID.in(DSL.select(GROEPSDEELNAME.GROEPSSESSIE_ID).from(GROEPSDEELNAME)
                .where(GROEPSDEELNAME.TRAJECT_ID.eq(trajectId))));
    }

    Optional<Groepssessie> find(int id) {
        return list(GROEPSSESSIE.ID.eq(id)).stream().findFirst();
    }

    /** Every group session of the practice, with its participations. */
    List<Groepssessie> alle() {
        return list(DSL.noCondition());
    }

    private List<Groepssessie> list(Condition which) {
        Map<Integer, List<Groepssessie.Deelname>> deelnames = new HashMap<>();
        ctx.select(GROEPSDEELNAME.GROEPSSESSIE_ID, GROEPSDEELNAME.TRAJECT_ID, WERKNEMER.NAAM, GROEPSDEELNAME.AANWEZIG_MINUTEN)
                .from(GROEPSDEELNAME).join(TRAJECT).on(TRAJECT.ID.eq(GROEPSDEELNAME.TRAJECT_ID))
                .join(WERKNEMER).on(WERKNEMER.ID.eq(TRAJECT.WERKNEMER_ID))
                .join(GROEPSSESSIE).on(GROEPSSESSIE.ID.eq(GROEPSDEELNAME.GROEPSSESSIE_ID))
                .where(which)
                .forEach(r -> deelnames.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new Groepssessie.Deelname(r.value2(), r.value3(), r.value4())));
        // Alphabetical as a Dutch reader expects (Ç with the C), which SQLite's byte order is not.
        java.text.Collator collator = java.text.Collator.getInstance(java.util.Locale.of("nl"));
        deelnames.values().forEach(l -> l.sort(java.util.Comparator.comparing(Groepssessie.Deelname::naam, collator)
                .thenComparingInt(Groepssessie.Deelname::dossierId)));
        return ctx.selectFrom(GROEPSSESSIE).where(which).orderBy(GROEPSSESSIE.MOMENT.desc(), GROEPSSESSIE.ID.desc())
                .fetch(r -> new Groepssessie(r.getId(), LocalDateTime.parse(r.getMoment()), r.getDuurMinuten(),
                        Groepssessie.Soort.valueOf(r.getSoort()), r.getTitel(), r.getLocatie(), r.getSamenvatting(),
                        Groepssessie.Verdeling.valueOf(r.getVerdeling()), Boolean.TRUE.equals(r.getIsDeclarabel()),
                        deelnames.getOrDefault(r.getId(), List.of())));
    }

    int insert(Groepssessie s, Instant now) {
        GroepssessieRecord r = ctx.newRecord(GROEPSSESSIE);
        fill(r, s);
        r.setAangemaaktOp(now);
        r.setGewijzigdOp(now);
        r.store();
        replaceDeelnames(r.getId(), s.deelnames());
        return r.getId();
    }

    boolean update(Groepssessie s, Instant now) {
        GroepssessieRecord r = ctx.fetchOne(GROEPSSESSIE, GROEPSSESSIE.ID.eq(s.id()));
        if (r == null) {
            return false;
        }
        fill(r, s);
        r.setGewijzigdOp(now);
        r.store();
        replaceDeelnames(s.id(), s.deelnames());
        return true;
    }

    void delete(int id) {
        ctx.deleteFrom(GROEPSSESSIE).where(GROEPSSESSIE.ID.eq(id)).execute();
    }

    /** Per dossier: the date of its latest group session. */
    Map<Integer, java.time.LocalDate> laatste() {
        Map<Integer, java.time.LocalDate> result = new HashMap<>();
        ctx.select(GROEPSDEELNAME.TRAJECT_ID, DSL.max(GROEPSSESSIE.MOMENT)).from(GROEPSDEELNAME)
                .join(GROEPSSESSIE).on(GROEPSSESSIE.ID.eq(GROEPSDEELNAME.GROEPSSESSIE_ID))
                .where(GROEPSDEELNAME.AANWEZIG_MINUTEN.gt(0))
                .groupBy(GROEPSDEELNAME.TRAJECT_ID)
                .forEach(r -> result.put(r.value1(), LocalDateTime.parse(r.value2()).toLocalDate()));
        return result;
    }

    /** Dossiers whose traject is active, by name: who can take part in a new session. */
    List<Groepssessie.Deelname> actieveDossiers() {
        java.text.Collator collator = java.text.Collator.getInstance(java.util.Locale.of("nl"));
        return ctx.select(TRAJECT.ID, WERKNEMER.NAAM).from(TRAJECT).join(WERKNEMER).on(WERKNEMER.ID.eq(TRAJECT.WERKNEMER_ID))
                .where(TRAJECT.STATUS.eq(TrajectStatus.ACTIEF.name()))
                .fetch(r -> new Groepssessie.Deelname(r.value1(), r.value2(), 0)).stream()
                .sorted(java.util.Comparator.comparing(Groepssessie.Deelname::naam, collator)).toList();
    }

    private void replaceDeelnames(int sessieId, List<Groepssessie.Deelname> deelnames) {
        ctx.deleteFrom(GROEPSDEELNAME).where(GROEPSDEELNAME.GROEPSSESSIE_ID.eq(sessieId)).execute();
        for (Groepssessie.Deelname d : deelnames) {
            ctx.insertInto(GROEPSDEELNAME, GROEPSDEELNAME.GROEPSSESSIE_ID, GROEPSDEELNAME.TRAJECT_ID,
                    GROEPSDEELNAME.AANWEZIG_MINUTEN).values(sessieId, d.dossierId(), d.aanwezigMinuten()).execute();
        }
    }

    private static void fill(GroepssessieRecord r, Groepssessie s) {
        r.setMoment(s.moment().withSecond(0).withNano(0).toString());
        r.setDuurMinuten(s.duurMinuten());
        r.setSoort(s.soort().name());
        r.setTitel(s.titel());
        r.setLocatie(s.locatie());
        r.setSamenvatting(s.samenvatting());
        r.setVerdeling(s.verdeling().name());
        r.setIsDeclarabel(s.declarabel());
    }
}
