package nl.spoorzoeker.klad;

import static nl.spoorzoeker.store.schema.Tables.CONCEPT;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.jooq.DSLContext;

/**
 * SQL for drafts. The fields are stored as a properties text, which escapes every character a
 * note can hold and needs no JSON library. The table keeps its first name, {@code concept}: a
 * migration never changes, and the generated jOOQ names follow the table.
 */
final class KladRepository {

    private final DSLContext ctx;

    KladRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    Optional<Klad> find(String sleutel) {
        return ctx.select(CONCEPT.INHOUD, CONCEPT.GEWIJZIGD_OP).from(CONCEPT).where(CONCEPT.SLEUTEL.eq(sleutel))
                .fetchOptional(r -> {
                    Optional<Map<String, String>> velden = decode(r.value1());
                    return new Klad(velden.orElse(Map.of()), r.value2(), velden.isEmpty());
                });
    }

    void put(String sleutel, Map<String, String> velden, Instant now) {
        String inhoud = encode(velden);
        ctx.insertInto(CONCEPT, CONCEPT.SLEUTEL, CONCEPT.INHOUD, CONCEPT.GEWIJZIGD_OP).values(sleutel, inhoud, now)
                .onConflict(CONCEPT.SLEUTEL).doUpdate().set(CONCEPT.INHOUD, inhoud).set(CONCEPT.GEWIJZIGD_OP, now)
                .execute();
    }

    void delete(String sleutel) {
        ctx.deleteFrom(CONCEPT).where(CONCEPT.SLEUTEL.eq(sleutel)).execute();
    }

    static String encode(Map<String, String> velden) {
        Properties properties = new Properties();
        properties.putAll(velden);
        StringWriter out = new StringWriter();
        try {
            properties.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The fields, or empty when the stored text cannot be read (a damaged row, or written by a future version). */
    static Optional<Map<String, String>> decode(String inhoud) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(inhoud));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        Map<String, String> velden = new HashMap<>();
        properties.forEach((k, v) -> velden.put(k.toString(), v.toString()));
        return Optional.of(velden);
    }
}
