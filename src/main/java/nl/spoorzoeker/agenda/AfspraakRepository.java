package nl.spoorzoeker.agenda;

import static nl.spoorzoeker.store.schema.Tables.AFSPRAAK;
import static nl.spoorzoeker.store.schema.Tables.BIJEENKOMST;
import static nl.spoorzoeker.store.schema.Tables.GROEPSPROGRAMMA;
import static nl.spoorzoeker.store.schema.Tables.INSTELLING;
import static nl.spoorzoeker.store.schema.Tables.PROGRAMMA_DEELNEMER;
import static nl.spoorzoeker.store.schema.Tables.TRAJECT;
import static nl.spoorzoeker.store.schema.Tables.WERKNEMER;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import nl.spoorzoeker.store.schema.tables.records.AfspraakRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** SQL for appointments; begin times are local date-times as text, so they sort as they read. */
final class AfspraakRepository {

    private final DSLContext ctx;

    AfspraakRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    List<Afspraak> vanDossier(int trajectId) {
        return list(AFSPRAAK.TRAJECT_ID.eq(trajectId));
    }

    /** Appointments beginning in [van, tot). */
    List<Afspraak> tussen(LocalDateTime van, LocalDateTime tot) {
        return list(AFSPRAAK.BEGIN_MOMENT.ge(tekst(van)).and(AFSPRAAK.BEGIN_MOMENT.lt(tekst(tot))));
    }

    /**
     * Meetings of group programmes beginning in [van, tot): the group's appointments, named by the
     * programme. Their kind and topic are the subject; no werknemer is named.
     */
    List<Afspraak> groepTussen(LocalDateTime van, LocalDateTime tot) {
        return ctx.select(BIJEENKOMST.ID, GROEPSPROGRAMMA.NAAM, BIJEENKOMST.BEGIN_MOMENT, BIJEENKOMST.DUUR_MINUTEN,
                        BIJEENKOMST.ONDERWERP, BIJEENKOMST.LOCATIE, BIJEENKOMST.UID, BIJEENKOMST.PROGRAMMA_ID)
                .from(BIJEENKOMST).join(GROEPSPROGRAMMA).on(GROEPSPROGRAMMA.ID.eq(BIJEENKOMST.PROGRAMMA_ID))
                .where(BIJEENKOMST.BEGIN_MOMENT.ge(tekst(van)).and(BIJEENKOMST.BEGIN_MOMENT.lt(tekst(tot))))
                .orderBy(BIJEENKOMST.BEGIN_MOMENT, BIJEENKOMST.ID)
                .fetch(r -> new Afspraak(r.value1(), 0, r.value2(), LocalDateTime.parse(r.value3()), r.value4(),
                        r.value5(), r.value6(), null, r.value7(), r.value8()));
    }

    /**
     * The meetings of the programmes a dossier takes part in, on the days it belongs to the group
     * (from its vanaf until its tot): named by the programme, like {@link #groepTussen}, so no other
     * participant is named.
     */
    List<Afspraak> groepVanDossier(int trajectId) {
        return ctx.select(BIJEENKOMST.ID, GROEPSPROGRAMMA.NAAM, BIJEENKOMST.BEGIN_MOMENT, BIJEENKOMST.DUUR_MINUTEN,
                        BIJEENKOMST.ONDERWERP, BIJEENKOMST.LOCATIE, BIJEENKOMST.UID, BIJEENKOMST.PROGRAMMA_ID,
                        PROGRAMMA_DEELNEMER.VANAF_DATUM, PROGRAMMA_DEELNEMER.TOT_DATUM)
                .from(BIJEENKOMST).join(GROEPSPROGRAMMA).on(GROEPSPROGRAMMA.ID.eq(BIJEENKOMST.PROGRAMMA_ID))
                .join(PROGRAMMA_DEELNEMER).on(PROGRAMMA_DEELNEMER.PROGRAMMA_ID.eq(BIJEENKOMST.PROGRAMMA_ID)
                        .and(PROGRAMMA_DEELNEMER.TRAJECT_ID.eq(trajectId)))
                .orderBy(BIJEENKOMST.BEGIN_MOMENT, BIJEENKOMST.ID)
                .fetch().stream().filter(r -> {
                    java.time.LocalDate dag = LocalDateTime.parse(r.value3()).toLocalDate();
                    return !dag.isBefore(r.value9()) && (r.value10() == null || !dag.isAfter(r.value10()));
                })
                .map(r -> new Afspraak(r.value1(), 0, r.value2(), LocalDateTime.parse(r.value3()), r.value4(),
                        r.value5(), r.value6(), null, r.value7(), r.value8())).toList();
    }

    Optional<Afspraak> find(int id) {
        return list(AFSPRAAK.ID.eq(id)).stream().findFirst();
    }

    private List<Afspraak> list(Condition which) {
        return ctx.select(AFSPRAAK.ID, AFSPRAAK.TRAJECT_ID, WERKNEMER.NAAM, AFSPRAAK.BEGIN_MOMENT, AFSPRAAK.DUUR_MINUTEN,
                        AFSPRAAK.ONDERWERP, AFSPRAAK.LOCATIE, AFSPRAAK.TOELICHTING, AFSPRAAK.UID)
                .from(AFSPRAAK).join(TRAJECT).on(TRAJECT.ID.eq(AFSPRAAK.TRAJECT_ID))
                .join(WERKNEMER).on(WERKNEMER.ID.eq(TRAJECT.WERKNEMER_ID))
                .where(which).orderBy(AFSPRAAK.BEGIN_MOMENT, AFSPRAAK.ID)
                .fetch(r -> new Afspraak(r.value1(), r.value2(), r.value3(), LocalDateTime.parse(r.value4()), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9()));
    }

    int insert(Afspraak a, String uid, Instant now) {
        AfspraakRecord r = ctx.newRecord(AFSPRAAK);
        r.setTrajectId(a.dossierId());
        fill(r, a);
        r.setUid(uid);
        r.setAangemaaktOp(now);
        r.setGewijzigdOp(now);
        r.store();
        return r.getId();
    }

    boolean update(Afspraak a, Instant now) {
        AfspraakRecord r = ctx.fetchOne(AFSPRAAK, AFSPRAAK.ID.eq(a.id()).and(AFSPRAAK.TRAJECT_ID.eq(a.dossierId())));
        if (r == null) {
            return false;
        }
        fill(r, a);
        if (r.changed()) {
            r.setGewijzigdOp(now);
            r.store();
        }
        return true;
    }

    boolean delete(int id) {
        return ctx.deleteFrom(AFSPRAAK).where(AFSPRAAK.ID.eq(id)).execute() == 1;
    }

    private static void fill(AfspraakRecord r, Afspraak a) {
        r.setBeginMoment(tekst(a.begin()));
        r.setDuurMinuten(a.duurMinuten());
        r.setOnderwerp(a.onderwerp());
        r.setLocatie(a.locatie());
        r.setToelichting(a.toelichting());
    }

    private static String tekst(LocalDateTime moment) {
        return moment.withSecond(0).withNano(0).toString();
    }

    /** The practice's choice of a reminder in exported appointments (setting {@value #HERINNERING}): minutes, or none. */
    Optional<Integer> herinnering() {
        return ctx.select(INSTELLING.WAARDE).from(INSTELLING)
                .where(INSTELLING.SLEUTEL.eq(HERINNERING))
                .fetchOptional(r -> r.value1()).filter(w -> w.matches("\\d{1,5}")).map(Integer::valueOf);
    }

    void zetHerinnering(Integer minuten) {
        if (minuten == null) {
            ctx.deleteFrom(INSTELLING).where(INSTELLING.SLEUTEL.eq(HERINNERING)).execute();
            return;
        }
        ctx.insertInto(INSTELLING).set(INSTELLING.SLEUTEL, HERINNERING).set(INSTELLING.WAARDE, Integer.toString(minuten))
                .onConflict(INSTELLING.SLEUTEL).doUpdate().set(INSTELLING.WAARDE, Integer.toString(minuten)).execute();
    }

    static final String HERINNERING = "agenda_herinnering_minuten";
}
