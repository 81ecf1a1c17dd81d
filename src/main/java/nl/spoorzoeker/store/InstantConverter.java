package nl.spoorzoeker.store;

import java.time.Instant;
import org.jooq.impl.AbstractConverter;

/** Timestamps are stored as UTC ISO-8601 text and shown in Europe/Amsterdam by the UI. */
public final class InstantConverter extends AbstractConverter<String, Instant> {

    public InstantConverter() {
        super(String.class, Instant.class);
    }

    @Override
    public Instant from(String databaseObject) {
        return databaseObject == null ? null : Instant.parse(databaseObject);
    }

    @Override
    public String to(Instant userObject) {
        return userObject == null ? null : userObject.toString();
    }
}
