package nl.spoorzoeker.report;

import static nl.spoorzoeker.store.schema.Tables.PRIVACY_WOORD;

import java.time.Instant;
import java.util.List;
import nl.spoorzoeker.report.privacy.Categorie;
import org.jooq.DSLContext;

/** SQL for the coach's own privacy words. */
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
}
