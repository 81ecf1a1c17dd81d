package nl.spoorzoeker.instrument;

import static nl.spoorzoeker.store.schema.Tables.KERNKWADRANT;
import static nl.spoorzoeker.store.schema.Tables.KERNKWADRANT_VERSIE;

import java.time.Instant;
import java.time.LocalDate;
import nl.spoorzoeker.tijdlijn.Tijdzone;
import java.util.List;
import org.jooq.DSLContext;

/** SQL for the kernkwadranten of a traject and their text history (V27). */
final class KernkwadrantRepository {

    private final DSLContext ctx;

    KernkwadrantRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** In the order they were made. */
    List<Kernkwadrant> vanDossier(int trajectId) {
        return ctx.selectFrom(KERNKWADRANT).where(KERNKWADRANT.TRAJECT_ID.eq(trajectId)).orderBy(KERNKWADRANT.ID)
                .fetch(r -> new Kernkwadrant(r.getId(), r.getKwaliteit(), r.getValkuil(), r.getUitdaging(),
                        r.getAllergie(), r.getDatum(), LocalDate.ofInstant(r.getGewijzigdOp(), Tijdzone.PRAKTIJK)));
    }

    /** @param datum the day it was made (the record's, or today when it has none) */
    int voegToe(int trajectId, Kernkwadrant k, LocalDate datum, Instant now) {
        int id = ctx.insertInto(KERNKWADRANT)
                .set(KERNKWADRANT.TRAJECT_ID, trajectId).set(KERNKWADRANT.KWALITEIT, k.kwaliteit())
                .set(KERNKWADRANT.VALKUIL, k.valkuil()).set(KERNKWADRANT.UITDAGING, k.uitdaging())
                .set(KERNKWADRANT.ALLERGIE, k.allergie()).set(KERNKWADRANT.DATUM, datum)
                .set(KERNKWADRANT.AANGEMAAKT_OP, now).set(KERNKWADRANT.GEWIJZIGD_OP, now)
                .returningResult(KERNKWADRANT.ID).fetchOne().value1();
        bewaarVersie(id, k, now);
        return id;
    }

    /**
     * Changes one of the traject's kernkwadranten, its day made too when the record has one (none: it
     * stays); false when it is not there (any more).
     */
    boolean wijzig(int trajectId, Kernkwadrant k, Instant now) {
        boolean gevonden = ctx.update(KERNKWADRANT)
                .set(KERNKWADRANT.KWALITEIT, k.kwaliteit()).set(KERNKWADRANT.VALKUIL, k.valkuil())
                .set(KERNKWADRANT.UITDAGING, k.uitdaging()).set(KERNKWADRANT.ALLERGIE, k.allergie())
                .set(KERNKWADRANT.DATUM, k.datum() == null ? KERNKWADRANT.DATUM : org.jooq.impl.DSL.val(k.datum()))
                .set(KERNKWADRANT.GEWIJZIGD_OP, now)
                .where(KERNKWADRANT.ID.eq(k.id()).and(KERNKWADRANT.TRAJECT_ID.eq(trajectId))).execute() == 1;
        if (gevonden) {
            bewaarVersie(k.id(), k, now);
        }
        return gevonden;
    }

    /**
     * Appends the text as a new version, unless it is the text of the newest version already (a
     * save that changed only the day, or nothing, is no step in the history).
     */
    private void bewaarVersie(int id, Kernkwadrant k, Instant now) {
        List<Tekstversie<Kernkwadrant>> eerder = versies(id);
        if (!eerder.isEmpty() && zelfdeTekst(eerder.getFirst().tekst(), k)) {
            return;
        }
        ctx.insertInto(KERNKWADRANT_VERSIE).set(KERNKWADRANT_VERSIE.KERNKWADRANT_ID, id)
                .set(KERNKWADRANT_VERSIE.VERSIE, eerder.isEmpty() ? 1 : eerder.getFirst().nummer() + 1)
                .set(KERNKWADRANT_VERSIE.KWALITEIT, k.kwaliteit()).set(KERNKWADRANT_VERSIE.VALKUIL, k.valkuil())
                .set(KERNKWADRANT_VERSIE.UITDAGING, k.uitdaging()).set(KERNKWADRANT_VERSIE.ALLERGIE, k.allergie())
                .set(KERNKWADRANT_VERSIE.OPGESLAGEN_OP, now).execute();
    }

    private static boolean zelfdeTekst(Kernkwadrant a, Kernkwadrant b) {
        return java.util.Objects.equals(a.kwaliteit(), b.kwaliteit()) && java.util.Objects.equals(a.valkuil(), b.valkuil())
                && java.util.Objects.equals(a.uitdaging(), b.uitdaging())
                && java.util.Objects.equals(a.allergie(), b.allergie());
    }

    /** The saved versions of one kernkwadrant, newest first (empty when it does not exist). */
    List<Tekstversie<Kernkwadrant>> versies(int id) {
        return ctx.selectFrom(KERNKWADRANT_VERSIE).where(KERNKWADRANT_VERSIE.KERNKWADRANT_ID.eq(id))
                .orderBy(KERNKWADRANT_VERSIE.VERSIE.desc())
                .fetch(r -> new Tekstversie<>(r.getVersie(), r.getOpgeslagenOp(), new Kernkwadrant(id, r.getKwaliteit(),
                        r.getValkuil(), r.getUitdaging(), r.getAllergie())));
    }

    /** Whether the kernkwadrant is one of this traject's (the versions table does not say). */
    boolean hoortBij(int trajectId, int id) {
        return ctx.fetchExists(KERNKWADRANT, KERNKWADRANT.ID.eq(id).and(KERNKWADRANT.TRAJECT_ID.eq(trajectId)));
    }

    boolean verwijder(int trajectId, int id) {
        return ctx.deleteFrom(KERNKWADRANT)
                .where(KERNKWADRANT.ID.eq(id).and(KERNKWADRANT.TRAJECT_ID.eq(trajectId))).execute() == 1;
    }
}
