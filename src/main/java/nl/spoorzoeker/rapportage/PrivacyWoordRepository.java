package nl.spoorzoeker.rapportage;

import static nl.spoorzoeker.store.schema.Tables.INSTELLING;
import static nl.spoorzoeker.store.schema.Tables.PRIVACY_WOORD;
import static nl.spoorzoeker.store.schema.Tables.RAPPORT_ERKENNING;

import java.time.Instant;
import java.util.List;
import nl.spoorzoeker.rapportage.privacy.Categorie;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** SQL for the coach's own privacy words, and for the doubts the coach confirmed that the guard learns from. */
final class PrivacyWoordRepository {

    private final DSLContext ctx;

    PrivacyWoordRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    List<PrivacyWoordenService.EigenWoord> alle() {
        return ctx.selectFrom(PRIVACY_WOORD).orderBy(PRIVACY_WOORD.SOORT, PRIVACY_WOORD.WOORD).fetch(r ->
                new PrivacyWoordenService.EigenWoord(r.getId(), r.getWoord(),
                        PrivacyWoordenService.Soort.valueOf(r.getSoort()),
                        r.getCategorie() == null ? null : Categorie.valueOf(r.getCategorie())));
    }

    int insert(String woord, PrivacyWoordenService.Soort soort, Categorie categorie, Instant now) {
        return ctx.insertInto(PRIVACY_WOORD)
                .set(PRIVACY_WOORD.WOORD, woord)
                .set(PRIVACY_WOORD.SOORT, soort.name())
                .set(PRIVACY_WOORD.CATEGORIE, categorie == null ? null : categorie.name())
                .set(PRIVACY_WOORD.TOEGEVOEGD_OP, now)
                .returning(PRIVACY_WOORD.ID).fetchOne().getId();
    }

    int delete(int id) {
        return ctx.deleteFrom(PRIVACY_WOORD).where(PRIVACY_WOORD.ID.eq(id)).execute();
    }

    /**
     * Where forgetting the learnt sentences drew the line: the confirmations up to this row number are no longer
     * learnt from (they stay with their reports). SQLite numbers a new row one past the highest, so a later
     * confirmation lies beyond it; if the highest rows were deleted since, a new one may get a number at or below
     * the line and is not learnt — the safe direction.
     */
    static final String VERGETEN_TOT = "privacy_geleerd_vergeten_tot";

    private static final Field<Long> RIJ = DSL.field("rowid", Long.class);

    private long vergetenTot() {
        return ctx.select(INSTELLING.WAARDE).from(INSTELLING).where(INSTELLING.SLEUTEL.eq(VERGETEN_TOT))
                .fetchOptional(r -> Long.parseLong(r.value1())).orElse(0L);
    }

    /** The stored messages of the doubts the coach confirmed (C18T) since the learnt sentences were last forgotten. */
    List<String> bevestigdeTwijfels() {
        return ctx.select(RAPPORT_ERKENNING.BERICHT).from(RAPPORT_ERKENNING)
                .where(RAPPORT_ERKENNING.CONTROLE.eq(RapportOpslag.TWIJFEL)).and(RIJ.gt(vergetenTot()))
                .orderBy(RIJ).fetch(r -> r.value1());
    }

    /**
     * A fingerprint of those confirmations: it changes when one is added, withdrawn with its report or forgotten,
     * so the practice's guard is rebuilt then and only then. One small query per check.
     */
    String stempel() {
        var r = ctx.select(DSL.count(), DSL.sum(RIJ), DSL.sum(DSL.length(RAPPORT_ERKENNING.BERICHT))).from(RAPPORT_ERKENNING)
                .where(RAPPORT_ERKENNING.CONTROLE.eq(RapportOpslag.TWIJFEL)).and(RIJ.gt(vergetenTot())).fetchOne();
        return r.value1() + "/" + r.value2() + "/" + r.value3();
    }

    /** Forgets every confirmation so far, for learning: the line is drawn after the highest row number now. */
    void vergeetBevestigdeTwijfels() {
        long hoogste = ctx.select(DSL.max(RIJ)).from(RAPPORT_ERKENNING).fetchOptional(r -> r.value1()).map(v -> v == null ? 0L : v)
                .orElse(0L);
        String tot = Long.toString(Math.max(hoogste, vergetenTot()));
        ctx.insertInto(INSTELLING).set(INSTELLING.SLEUTEL, VERGETEN_TOT).set(INSTELLING.WAARDE, tot)
                .onConflict(INSTELLING.SLEUTEL).doUpdate().set(INSTELLING.WAARDE, tot).execute();
    }
}
