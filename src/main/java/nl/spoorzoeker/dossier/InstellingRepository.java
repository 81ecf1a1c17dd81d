package nl.spoorzoeker.dossier;

import static nl.spoorzoeker.store.schema.Tables.INSTELLING;

import java.util.Optional;
import org.jooq.DSLContext;

/** SQL for practice-wide settings, stored as key/value text. */
final class InstellingRepository {

    private final DSLContext ctx;

    InstellingRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    Optional<String> get(String key) {
        return ctx.select(INSTELLING.WAARDE).from(INSTELLING).where(INSTELLING.SLEUTEL.eq(key)).fetchOptional(r -> r.value1());
    }

    void put(String key, String value) {
        ctx.insertInto(INSTELLING).set(INSTELLING.SLEUTEL, key).set(INSTELLING.WAARDE, value)
                .onConflict(INSTELLING.SLEUTEL).doUpdate().set(INSTELLING.WAARDE, value).execute();
    }
}
