package nl.spoorzoeker.input;

import java.util.Optional;

/**
 * What came of parsing one typed field: a value (possibly null for an empty optional field) or
 * the i18n key of the message to show at the field. Parse once at the edge, then use the value.
 */
public record Parsed<T>(T value, String errorKey) {

    public static <T> Parsed<T> ok(T value) {
        return new Parsed<>(value, null);
    }

    public static <T> Parsed<T> error(String errorKey) {
        return new Parsed<>(null, errorKey);
    }

    public boolean isOk() {
        return errorKey == null;
    }

    public Optional<String> error() {
        return Optional.ofNullable(errorKey);
    }
}
