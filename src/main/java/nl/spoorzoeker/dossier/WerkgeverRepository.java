package nl.spoorzoeker.dossier;

import static nl.spoorzoeker.store.schema.Tables.TRAJECT;
import static nl.spoorzoeker.store.schema.Tables.WERKGEVER;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.spoorzoeker.store.schema.tables.records.WerkgeverRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** SQL for employers. Works inside whatever transaction its context belongs to. */
final class WerkgeverRepository {

    private final DSLContext ctx;

    WerkgeverRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    int insert(Werkgever werkgever, Instant now) {
        WerkgeverRecord record = ctx.newRecord(WERKGEVER);
        fill(record, werkgever);
        record.setAangemaaktOp(now);
        record.setGewijzigdOp(now);
        record.store();
        return record.getId();
    }

    boolean update(Werkgever werkgever, Instant now) {
        WerkgeverRecord record = ctx.fetchOne(WERKGEVER, WERKGEVER.ID.eq(werkgever.id()));
        if (record == null) {
            return false;
        }
        fill(record, werkgever);
        if (record.changed()) {
            record.setGewijzigdOp(now);
            record.store();
        }
        return true;
    }

    Optional<Werkgever> find(int id) {
        return ctx.fetchOptional(WERKGEVER, WERKGEVER.ID.eq(id)).map(WerkgeverRepository::toWerkgever);
    }

    List<WerkgeverRegel> list() {
        var aantal = DSL.count(TRAJECT.ID).as("aantal");
        return ctx.select(WERKGEVER.ID, WERKGEVER.NAAM, WERKGEVER.KVK_NUMMER, WERKGEVER.PLAATS, aantal)
                .from(WERKGEVER)
                .leftJoin(TRAJECT).on(TRAJECT.WERKGEVER_ID.eq(WERKGEVER.ID))
                .groupBy(WERKGEVER.ID)
                .orderBy(WERKGEVER.NAAM)
                .fetch(r -> new WerkgeverRegel(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    int count() {
        return ctx.fetchCount(WERKGEVER);
    }

    private static void fill(WerkgeverRecord r, Werkgever w) {
        r.setNaam(w.naam());
        r.setKvkNummer(w.kvkNummer());
        r.setStraat(w.adres().straat());
        r.setPostcode(w.adres().postcode());
        r.setPlaats(w.adres().plaats());
        r.setContactpersoonNaam(w.contactpersoon().naam());
        r.setContactpersoonTelefoon(w.contactpersoon().telefoon());
        r.setContactpersoonEmail(w.contactpersoon().email());
        r.setCasemanagerNaam(w.casemanager().naam());
        r.setCasemanagerTelefoon(w.casemanager().telefoon());
        r.setCasemanagerEmail(w.casemanager().email());
        r.setIsEigenrisicodrager(w.eigenrisicodrager());
        r.setBedrijfsarts(w.bedrijfsarts());
    }

    static Werkgever toWerkgever(WerkgeverRecord r) {
        return new Werkgever(
                r.getId(),
                r.getNaam(),
                r.getKvkNummer(),
                new Adres(r.getStraat(), r.getPostcode(), r.getPlaats()),
                new Contact(r.getContactpersoonNaam(), r.getContactpersoonTelefoon(), r.getContactpersoonEmail()),
                new Contact(r.getCasemanagerNaam(), r.getCasemanagerTelefoon(), r.getCasemanagerEmail()),
                Boolean.TRUE.equals(r.getIsEigenrisicodrager()), r.getBedrijfsarts());
    }
}
