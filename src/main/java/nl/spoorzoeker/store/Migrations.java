package nl.spoorzoeker.store;

/**
 * The newest schema version this build knows: the highest {@code V<n>__} file in
 * {@code db/migration}. Kept as a constant so that opening an up-to-date database needs no
 * Flyway at all; a test checks it against the migration files.
 */
public final class Migrations {

    public static final int LATEST = 29;

    private Migrations() {
    }
}
