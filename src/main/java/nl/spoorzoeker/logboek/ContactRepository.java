package nl.spoorzoeker.logboek;

import static nl.spoorzoeker.store.schema.Tables.CONTACTMOMENT;
import static nl.spoorzoeker.store.schema.Tables.TRAJECT;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import nl.spoorzoeker.store.schema.tables.records.ContactmomentRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** SQL for contactmomenten and the hours they add up to. */
final class ContactRepository {

    private final DSLContext ctx;

    ContactRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** Newest first. */
    List<Contactmoment> list(int trajectId) {
        return ctx.selectFrom(CONTACTMOMENT).where(CONTACTMOMENT.TRAJECT_ID.eq(trajectId))
                .orderBy(CONTACTMOMENT.MOMENT.desc(), CONTACTMOMENT.ID.desc())
                .fetch(ContactRepository::toContact);
    }

    int insert(int trajectId, Contactmoment c, Instant now) {
        ContactmomentRecord r = ctx.newRecord(CONTACTMOMENT);
        r.setTrajectId(trajectId);
        fill(r, c);
        r.setAangemaaktOp(now);
        r.setGewijzigdOp(now);
        r.store();
        return r.getId();
    }

    boolean update(int trajectId, Contactmoment c, Instant now) {
        ContactmomentRecord r = ctx.fetchOne(CONTACTMOMENT,
                CONTACTMOMENT.ID.eq(c.id()).and(CONTACTMOMENT.TRAJECT_ID.eq(trajectId)));
        if (r == null) {
            return false;
        }
        fill(r, c);
        if (r.changed()) {
            r.setGewijzigdOp(now);
            r.store();
        }
        return true;
    }

    /** The kind of the contact logged most recently in the whole practice (the quick-entry default). */
    Optional<ContactSoort> laatsteSoort() {
        return ctx.select(CONTACTMOMENT.SOORT).from(CONTACTMOMENT).orderBy(CONTACTMOMENT.AANGEMAAKT_OP.desc(),
                CONTACTMOMENT.ID.desc()).limit(1).fetchOptional(r -> ContactSoort.valueOf(r.value1()));
    }

    /** Per traject: the date of its latest contact of any kind, and of its latest employer or network contact. */
    java.util.Map<Integer, LocalDate[]> laatsteContacten() {
        java.util.Map<Integer, LocalDate[]> result = new java.util.HashMap<>();
        laatsteContactenVraag(ctx)
                .forEach(r -> result.put(r.value1(), new LocalDate[] {date(r.value2()), date(r.value3())}));
        return result;
    }

    /** Per traject: the minutes of its declarable contacts (what {@link Urenboek#boekingen} adds up). */
    java.util.Map<Integer, Integer> declarabeleMinuten() {
        java.util.Map<Integer, Integer> result = new java.util.HashMap<>();
        ctx.select(CONTACTMOMENT.TRAJECT_ID, DSL.sum(CONTACTMOMENT.DUUR_MINUTEN)).from(CONTACTMOMENT)
                .where(CONTACTMOMENT.IS_DECLARABEL.isTrue()).groupBy(CONTACTMOMENT.TRAJECT_ID)
                .forEach(r -> result.put(r.value1(), r.value2() == null ? 0 : r.value2().intValue()));
        return result;
    }

    /**
     * The start screen runs this on every start, over every contactmoment of the practice: it must
     * be answered from the index on (traject_id, soort, moment) alone, never from the rows with
     * their notes (a test reads the query plan).
     */
    static org.jooq.ResultQuery<org.jooq.Record3<Integer, String, String>> laatsteContactenVraag(DSLContext ctx) {
        var markt = DSL.max(DSL.when(CONTACTMOMENT.SOORT.in(ContactSoort.WERKGEVERSCONTACT.name(),
                ContactSoort.NETWERKCONTACT.name()), CONTACTMOMENT.MOMENT));
        return ctx.select(CONTACTMOMENT.TRAJECT_ID, DSL.max(CONTACTMOMENT.MOMENT), markt)
                .from(CONTACTMOMENT).groupBy(CONTACTMOMENT.TRAJECT_ID);
    }

    private static LocalDate date(String moment) {
        return moment == null ? null : LocalDateTime.parse(moment).toLocalDate();
    }

    Integer budget(int trajectId) {
        return ctx.select(TRAJECT.BUDGET_MINUTEN).from(TRAJECT).where(TRAJECT.ID.eq(trajectId)).fetchOne(r -> r.value1());
    }

    private static void fill(ContactmomentRecord r, Contactmoment c) {
        r.setMoment(c.moment().withSecond(0).withNano(0).toString());
        r.setDuurMinuten(c.duurMinuten());
        r.setSoort(c.soort().name());
        r.setDeelnemers(c.deelnemers());
        r.setDoel(c.doel());
        r.setSamenvatting(c.samenvatting());
        r.setAfspraken(c.afspraken());
        r.setVervolgactie(c.vervolgactie());
        r.setVervolgDatum(c.vervolgDatum());
        r.setDoelId(c.doelId());
        r.setIsDeclarabel(c.declarabel());
    }

    private static Contactmoment toContact(ContactmomentRecord r) {
        return new Contactmoment(r.getId(), LocalDateTime.parse(r.getMoment()), r.getDuurMinuten(),
                ContactSoort.valueOf(r.getSoort()), r.getDeelnemers(), r.getDoel(), r.getSamenvatting(),
                r.getAfspraken(), r.getVervolgactie(), r.getVervolgDatum(), r.getDoelId(),
                Boolean.TRUE.equals(r.getIsDeclarabel()));
    }
}
