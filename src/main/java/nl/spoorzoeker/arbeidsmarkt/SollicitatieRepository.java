package nl.spoorzoeker.arbeidsmarkt;

import static nl.spoorzoeker.store.schema.Tables.SOLLICITATIE;
import static nl.spoorzoeker.store.schema.Tables.SOLLICITATIE_BEWIJS;
import static nl.spoorzoeker.store.schema.Tables.SOLLICITATIE_STAP;
import static nl.spoorzoeker.store.schema.Tables.TRAJECT;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.spoorzoeker.store.schema.tables.records.SollicitatieRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** SQL for sollicitaties, their dated steps and proof files, and the weekly norm on the traject. */
final class SollicitatieRepository {

    private final DSLContext ctx;

    SollicitatieRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** Newest first, with their steps and a description of the proof file (not its bytes). */
    List<Sollicitatie> list(int trajectId) {
        Map<Integer, List<Sollicitatie.Stap>> stappen = new HashMap<>();
        ctx.select(SOLLICITATIE_STAP.SOLLICITATIE_ID, SOLLICITATIE_STAP.STATUS, SOLLICITATIE_STAP.DATUM)
                .from(SOLLICITATIE_STAP).join(SOLLICITATIE).on(SOLLICITATIE.ID.eq(SOLLICITATIE_STAP.SOLLICITATIE_ID))
                .where(SOLLICITATIE.TRAJECT_ID.eq(trajectId))
                .forEach(r -> stappen.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new Sollicitatie.Stap(SollicitatieStatus.valueOf(r.value2()), r.value3())));
        stappen.values().forEach(l -> l.sort((a, b) -> Integer.compare(a.status().ordinal(), b.status().ordinal())));
        Map<Integer, Sollicitatie.Bewijs> bewijzen = new HashMap<>();
        ctx.select(SOLLICITATIE_BEWIJS.SOLLICITATIE_ID, SOLLICITATIE_BEWIJS.BESTANDSNAAM, SOLLICITATIE_BEWIJS.MEDIATYPE,
                        DSL.binaryLength(SOLLICITATIE_BEWIJS.INHOUD))
                .from(SOLLICITATIE_BEWIJS).join(SOLLICITATIE).on(SOLLICITATIE.ID.eq(SOLLICITATIE_BEWIJS.SOLLICITATIE_ID))
                .where(SOLLICITATIE.TRAJECT_ID.eq(trajectId))
                .forEach(r -> bewijzen.put(r.value1(), new Sollicitatie.Bewijs(r.value2(), r.value3(), r.value4())));
        return ctx.selectFrom(SOLLICITATIE).where(SOLLICITATIE.TRAJECT_ID.eq(trajectId))
                .orderBy(SOLLICITATIE.DATUM.desc(), SOLLICITATIE.ID.desc())
                .fetch(r -> new Sollicitatie(r.getId(), r.getDatum(), r.getOrganisatie(), r.getFunctie(),
                        r.getZoekrichting(), Kanaal.valueOf(r.getKanaal()), r.getFeedback(), r.getBewijsReferentie(),
                        stappen.getOrDefault(r.getId(), List.of()), bewijzen.get(r.getId())));
    }

    Optional<Integer> trajectVan(int sollicitatieId) {
        return ctx.select(SOLLICITATIE.TRAJECT_ID).from(SOLLICITATIE).where(SOLLICITATIE.ID.eq(sollicitatieId))
                .fetchOptional(r -> r.value1());
    }

    int insert(int trajectId, Sollicitatie s, Instant now) {
        SollicitatieRecord r = ctx.newRecord(SOLLICITATIE);
        r.setTrajectId(trajectId);
        fill(r, s);
        r.setStatus(s.status().name());
        r.setAangemaaktOp(now);
        r.setGewijzigdOp(now);
        r.store();
        for (Sollicitatie.Stap stap : s.stappen()) {
            addStap(r.getId(), stap);
        }
        return r.getId();
    }

    /** Updates the details (not the steps); false when it does not belong to the traject. */
    boolean update(int trajectId, Sollicitatie s, Instant now) {
        SollicitatieRecord r = ctx.fetchOne(SOLLICITATIE,
                SOLLICITATIE.ID.eq(s.id()).and(SOLLICITATIE.TRAJECT_ID.eq(trajectId)));
        if (r == null) {
            return false;
        }
        fill(r, s);
        if (r.changed()) {
            r.setGewijzigdOp(now);
            r.store();
        }
        return true;
    }

    List<Sollicitatie.Stap> stappen(int sollicitatieId) {
        return ctx.select(SOLLICITATIE_STAP.STATUS, SOLLICITATIE_STAP.DATUM).from(SOLLICITATIE_STAP)
                .where(SOLLICITATIE_STAP.SOLLICITATIE_ID.eq(sollicitatieId))
                .fetch(r -> new Sollicitatie.Stap(SollicitatieStatus.valueOf(r.value1()), r.value2())).stream()
                .sorted((a, b) -> Integer.compare(a.status().ordinal(), b.status().ordinal())).toList();
    }

    void addStap(int sollicitatieId, Sollicitatie.Stap stap) {
        ctx.insertInto(SOLLICITATIE_STAP, SOLLICITATIE_STAP.SOLLICITATIE_ID, SOLLICITATIE_STAP.STATUS,
                SOLLICITATIE_STAP.DATUM).values(sollicitatieId, stap.status().name(), stap.datum()).execute();
    }

    void removeStap(int sollicitatieId, SollicitatieStatus status) {
        ctx.deleteFrom(SOLLICITATIE_STAP).where(SOLLICITATIE_STAP.SOLLICITATIE_ID.eq(sollicitatieId)
                .and(SOLLICITATIE_STAP.STATUS.eq(status.name()))).execute();
    }

    void setStatus(int sollicitatieId, SollicitatieStatus status, Instant now) {
        ctx.update(SOLLICITATIE).set(SOLLICITATIE.STATUS, status.name()).set(SOLLICITATIE.GEWIJZIGD_OP, now)
                .where(SOLLICITATIE.ID.eq(sollicitatieId)).execute();
    }

    void delete(int trajectId, int sollicitatieId) {
        ctx.deleteFrom(SOLLICITATIE).where(SOLLICITATIE.ID.eq(sollicitatieId).and(SOLLICITATIE.TRAJECT_ID.eq(trajectId)))
                .execute();
    }

    void putBewijs(int sollicitatieId, String bestandsnaam, String mediatype, String sha256, byte[] inhoud, Instant now) {
        ctx.insertInto(SOLLICITATIE_BEWIJS, SOLLICITATIE_BEWIJS.SOLLICITATIE_ID, SOLLICITATIE_BEWIJS.BESTANDSNAAM,
                        SOLLICITATIE_BEWIJS.MEDIATYPE, SOLLICITATIE_BEWIJS.SHA256, SOLLICITATIE_BEWIJS.INHOUD,
                        SOLLICITATIE_BEWIJS.AANGEMAAKT_OP)
                .values(sollicitatieId, bestandsnaam, mediatype, sha256, inhoud, now)
                .onConflict(SOLLICITATIE_BEWIJS.SOLLICITATIE_ID).doUpdate()
                .set(SOLLICITATIE_BEWIJS.BESTANDSNAAM, bestandsnaam).set(SOLLICITATIE_BEWIJS.MEDIATYPE, mediatype)
                .set(SOLLICITATIE_BEWIJS.SHA256, sha256).set(SOLLICITATIE_BEWIJS.INHOUD, inhoud)
                .set(SOLLICITATIE_BEWIJS.AANGEMAAKT_OP, now).execute();
    }

    void removeBewijs(int sollicitatieId) {
        ctx.deleteFrom(SOLLICITATIE_BEWIJS).where(SOLLICITATIE_BEWIJS.SOLLICITATIE_ID.eq(sollicitatieId)).execute();
    }

    /** The proof file: name and bytes. */
    Optional<Bijlage> bewijs(int sollicitatieId) {
        return ctx.select(SOLLICITATIE_BEWIJS.BESTANDSNAAM, SOLLICITATIE_BEWIJS.MEDIATYPE, SOLLICITATIE_BEWIJS.SHA256,
                        SOLLICITATIE_BEWIJS.INHOUD)
                .from(SOLLICITATIE_BEWIJS).where(SOLLICITATIE_BEWIJS.SOLLICITATIE_ID.eq(sollicitatieId))
                .fetchOptional(r -> new Bijlage(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    Integer norm(int trajectId) {
        return ctx.select(TRAJECT.SOLLICITATIE_NORM_PER_WEEK).from(TRAJECT).where(TRAJECT.ID.eq(trajectId))
                .fetchOne(r -> r.value1());
    }

    void setNorm(int trajectId, Integer norm, Instant now) {
        ctx.update(TRAJECT).set(TRAJECT.SOLLICITATIE_NORM_PER_WEEK, norm).set(TRAJECT.GEWIJZIGD_OP, now)
                .where(TRAJECT.ID.eq(trajectId)).execute();
    }

    /** Per traject: the date of its latest sent sollicitatie. */
    Map<Integer, LocalDate> laatsteVerstuurd() {
        Map<Integer, LocalDate> result = new HashMap<>();
        ctx.select(SOLLICITATIE.TRAJECT_ID, DSL.max(SOLLICITATIE_STAP.DATUM)).from(SOLLICITATIE_STAP)
                .join(SOLLICITATIE).on(SOLLICITATIE.ID.eq(SOLLICITATIE_STAP.SOLLICITATIE_ID))
                .where(SOLLICITATIE_STAP.STATUS.ne(SollicitatieStatus.VOORBEREID.name()))
                .groupBy(SOLLICITATIE.TRAJECT_ID)
                .forEach(r -> result.put(r.value1(), r.value2()));
        return result;
    }

    private static void fill(SollicitatieRecord r, Sollicitatie s) {
        r.setDatum(s.datum());
        r.setOrganisatie(s.organisatie());
        r.setFunctie(s.functie());
        r.setZoekrichting(s.zoekrichting());
        r.setKanaal(s.kanaal().name());
        r.setFeedback(s.feedback());
        r.setBewijsReferentie(s.bewijsReferentie());
    }
}
