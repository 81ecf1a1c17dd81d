package nl.spoorzoeker.store;

import java.time.LocalDate;
import org.jooq.impl.AbstractConverter;

/** Dates live in SQLite as ISO text (yyyy-mm-dd), which sorts and compares correctly as text. */
public final class LocalDateConverter extends AbstractConverter<String, LocalDate> {

    public LocalDateConverter() {
        super(String.class, LocalDate.class);
    }

    @Override
    public LocalDate from(String databaseObject) {
        return databaseObject == null ? null : LocalDate.parse(databaseObject);
    }

    @Override
    public String to(LocalDate userObject) {
        return userObject == null ? null : userObject.toString();
    }
}
