package nl.spoorzoeker.store;

import org.jooq.impl.AbstractConverter;

/** SQLite has no boolean type; our STRICT tables hold 0/1 with a CHECK constraint. */
public final class BooleanConverter extends AbstractConverter<Integer, Boolean> {

    public BooleanConverter() {
        super(Integer.class, Boolean.class);
    }

    @Override
    public Boolean from(Integer databaseObject) {
        return databaseObject == null ? null : databaseObject != 0;
    }

    @Override
    public Integer to(Boolean userObject) {
        return userObject == null ? null : (userObject ? 1 : 0);
    }
}
