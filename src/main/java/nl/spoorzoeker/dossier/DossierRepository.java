package nl.spoorzoeker.dossier;

import static nl.spoorzoeker.store.schema.Tables.TRAJECT;
import static nl.spoorzoeker.store.schema.Tables.WERKGEVER;
import static nl.spoorzoeker.store.schema.Tables.WERKNEMER;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.spoorzoeker.store.schema.tables.records.TrajectRecord;
import nl.spoorzoeker.store.schema.tables.records.WerknemerRecord;
import nl.spoorzoeker.tijdlijn.Regime;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** SQL for dossiers: a werknemer and their traject, joined with the werkgever. */
final class DossierRepository {

    private final DSLContext ctx;

    DossierRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** Inserts werknemer and traject; returns the new traject (dossier) id. */
    int insert(Werknemer werknemer, Integer werkgeverId, Traject traject, Instant now) {
        WerknemerRecord wn = ctx.newRecord(WERKNEMER);
        fill(wn, werknemer);
        wn.setAangemaaktOp(now);
        wn.setGewijzigdOp(now);
        wn.store();

        TrajectRecord tr = ctx.newRecord(TRAJECT);
        fill(tr, traject);
        tr.setWerknemerId(wn.getId());
        tr.setWerkgeverId(werkgeverId);
        tr.setAangemaaktOp(now);
        tr.setGewijzigdOp(now);
        tr.store();
        return tr.getId();
    }

    /** Updates werknemer and traject of an existing dossier; false when it no longer exists. */
    boolean update(int trajectId, Werknemer werknemer, Integer werkgeverId, Traject traject, Instant now) {
        TrajectRecord tr = ctx.fetchOne(TRAJECT, TRAJECT.ID.eq(trajectId));
        if (tr == null) {
            return false;
        }
        WerknemerRecord wn = ctx.fetchOne(WERKNEMER, WERKNEMER.ID.eq(tr.getWerknemerId()));
        fill(wn, werknemer);
        if (wn.changed()) {
            wn.setGewijzigdOp(now);
            wn.store();
        }
        fill(tr, traject);
        tr.setWerkgeverId(werkgeverId);
        if (tr.changed()) {
            tr.setGewijzigdOp(now);
            tr.store();
        }
        return true;
    }

    boolean setStatus(int trajectId, TrajectStatus status, Instant now) {
        return ctx.update(TRAJECT)
                .set(TRAJECT.STATUS, status.name())
                .set(TRAJECT.GEWIJZIGD_OP, now)
                .where(TRAJECT.ID.eq(trajectId))
                .execute() == 1;
    }

    Optional<Dossier> find(int trajectId) {
        // A vangnet traject may have no werkgever: a left join, and an empty werkgever row is none.
        return ctx.select(WERKNEMER, WERKGEVER, TRAJECT)
                .from(TRAJECT)
                .join(WERKNEMER).on(WERKNEMER.ID.eq(TRAJECT.WERKNEMER_ID))
                .leftJoin(WERKGEVER).on(WERKGEVER.ID.eq(TRAJECT.WERKGEVER_ID))
                .where(TRAJECT.ID.eq(trajectId))
                .fetchOptional(r -> new Dossier(
                        toWerknemer(r.value1()),
                        r.value2().getId() == null ? null : WerkgeverRepository.toWerkgever(r.value2()),
                        toTraject(r.value3())));
    }

    /** The trajecten of werknemers with one of these names and an e-mail address ending in {@code domein}. */
    List<Integer> trajectenVan(java.util.Collection<String> namen, String domein) {
        return ctx.select(TRAJECT.ID).from(TRAJECT).join(WERKNEMER).on(WERKNEMER.ID.eq(TRAJECT.WERKNEMER_ID))
                .where(WERKNEMER.NAAM.in(namen)).and(WERKNEMER.EMAIL.endsWith(domein))
                .fetch(r -> r.value1());
    }

    List<DossierRegel> list(Condition condition) {
        // Without a werkgever the list names the opdrachtgever (UWV, or the payer), so no row is blank.
        return ctx.select(TRAJECT.ID, WERKNEMER.NAAM, WERKGEVER.NAAM, TRAJECT.EERSTE_ZIEKTEDAG,
                        TRAJECT.STARTDATUM, TRAJECT.STATUS, TRAJECT.OPDRACHTGEVER_SOORT, TRAJECT.OPDRACHTGEVER_NAAM)
                .from(TRAJECT)
                .join(WERKNEMER).on(WERKNEMER.ID.eq(TRAJECT.WERKNEMER_ID))
                .leftJoin(WERKGEVER).on(WERKGEVER.ID.eq(TRAJECT.WERKGEVER_ID))
                .where(condition)
                .orderBy(WERKNEMER.NAAM, TRAJECT.ID)
                .fetch(r -> new DossierRegel(r.value1(), r.value2(), r.value3() != null ? r.value3()
                        : new Opdrachtgever(Opdrachtgever.Soort.valueOf(r.value7()), r.value8()).weergave(null),
                        r.value4(), r.value5(), TrajectStatus.valueOf(r.value6()), 0));
    }

    List<DossierRegel> all() {
        return list(DSL.noCondition());
    }

    List<DossierRegel> actief() {
        return list(TRAJECT.STATUS.eq(TrajectStatus.ACTIEF.name()));
    }

    List<DossierRegel> ofWerkgever(int werkgeverId) {
        return list(TRAJECT.WERKGEVER_ID.eq(werkgeverId));
    }

    int count() {
        return ctx.fetchCount(TRAJECT);
    }

    private static void fill(WerknemerRecord r, Werknemer w) {
        r.setNaam(w.naam());
        r.setGeboortedatum(w.geboortedatum());
        r.setTelefoon(w.telefoon());
        r.setEmail(w.email());
        r.setStraat(w.adres().straat());
        r.setPostcode(w.adres().postcode());
        r.setWoonplaats(w.adres().plaats());
        r.setFunctie(w.functie());
        r.setContracturenMinuten(w.contracturenMinuten());
        r.setHeeftRijbewijs(w.rijbewijs());
        r.setVervoer(w.vervoer() == null ? null : w.vervoer().name());
    }

    private static void fill(TrajectRecord r, Traject t) {
        r.setEersteZiektedag(t.eersteZiektedag());
        r.setOpdrachtdatum(t.opdrachtdatum());
        r.setStartdatum(t.startdatum());
        r.setGeplandeEinddatum(t.geplandeEinddatum());
        r.setBudgetMinuten(t.budgetMinuten());
        r.setBudgetCenten(t.budgetCenten());
        r.setStatus(t.status().name());
        r.setOpdrachtgeverSoort(t.opdrachtgever().soort().name());
        r.setOpdrachtgeverNaam(t.opdrachtgever().naam());
        r.setRegime(t.regime().name());
    }

    private static Werknemer toWerknemer(WerknemerRecord r) {
        return new Werknemer(
                r.getId(),
                r.getNaam(),
                r.getGeboortedatum(),
                r.getTelefoon(),
                r.getEmail(),
                new Adres(r.getStraat(), r.getPostcode(), r.getWoonplaats()),
                r.getFunctie(),
                r.getContracturenMinuten(),
                Boolean.TRUE.equals(r.getHeeftRijbewijs()),
                r.getVervoer() == null ? null : Vervoer.valueOf(r.getVervoer()));
    }

    private static Traject toTraject(TrajectRecord r) {
        return new Traject(
                r.getId(),
                r.getEersteZiektedag(),
                r.getOpdrachtdatum(),
                r.getStartdatum(),
                r.getGeplandeEinddatum(),
                r.getBudgetMinuten(),
                r.getBudgetCenten(),
                TrajectStatus.valueOf(r.getStatus()),
                new Opdrachtgever(Opdrachtgever.Soort.valueOf(r.getOpdrachtgeverSoort()), r.getOpdrachtgeverNaam()),
                Regime.valueOf(r.getRegime()));
    }
}
