package nl.spoorzoeker.slot;

import static nl.spoorzoeker.store.schema.Tables.INSTELLING;

import java.util.Optional;
import org.jooq.DSLContext;

/** SQL for the security settings (backup location, lock time), kept in the practice's key/value settings. */
final class BeveiligingRepository {

    private final DSLContext ctx;

    BeveiligingRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    Optional<String> get(String key) {
        return ctx.select(INSTELLING.WAARDE).from(INSTELLING).where(INSTELLING.SLEUTEL.eq(key)).fetchOptional(r -> r.value1());
    }

    void put(String key, String value) {
        ctx.insertInto(INSTELLING).set(INSTELLING.SLEUTEL, key).set(INSTELLING.WAARDE, value)
                .onConflict(INSTELLING.SLEUTEL).doUpdate().set(INSTELLING.WAARDE, value).execute();
    }

    void remove(String key) {
        ctx.deleteFrom(INSTELLING).where(INSTELLING.SLEUTEL.eq(key)).execute();
    }
}
