package nl.spoorzoeker.input;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as Dutch people type them: 6-1-2025, 06-01-2025, 6/1/2025, 6.1.2025, 06012025 or ISO
 * 2025-01-06. Strict: 31-02-2025 is an error, never quietly 3 March or 28 February.
 */
public final class DateInput {

    public static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("dd-MM-uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");
    private static final Pattern COMPACT = Pattern.compile("(\\d{2})(\\d{2})(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2200;

    private DateInput() {
    }

    public static Parsed<LocalDate> parse(String raw) {
        String value = TextInput.blankToNull(raw);
        if (value == null) {
            return Parsed.ok(null);
        }
        for (Pattern pattern : List.of(DAY_MONTH_YEAR, COMPACT)) {
            Matcher m = pattern.matcher(value);
            if (m.matches()) {
                return of(m.group(3), m.group(2), m.group(1));
            }
        }
        Matcher iso = ISO.matcher(value);
        if (iso.matches()) {
            return of(iso.group(1), iso.group(2), iso.group(3));
        }
        return Parsed.error("input.date");
    }

    public static Parsed<LocalDate> required(String raw) {
        if (TextInput.blankToNull(raw) == null) {
            return Parsed.error("input.required");
        }
        return parse(raw);
    }

    /**
     * A required date not after {@code vandaag}: the day something was made or happened, which cannot
     * lie ahead.
     */
    public static Parsed<LocalDate> requiredNotAfter(String raw, LocalDate vandaag) {
        Parsed<LocalDate> parsed = required(raw);
        return parsed.isOk() && parsed.value().isAfter(vandaag) ? Parsed.error("input.dateInFuture") : parsed;
    }

    public static String format(LocalDate date) {
        return date == null ? "" : DISPLAY.format(date);
    }

    private static Parsed<LocalDate> of(String year, String month, String day) {
        int y = Integer.parseInt(year);
        if (y < MIN_YEAR || y > MAX_YEAR) {
            return Parsed.error("input.dateRange");
        }
        try {
            String iso = "%04d-%02d-%02d".formatted(y, Integer.parseInt(month), Integer.parseInt(day));
            return Parsed.ok(LocalDate.parse(iso, DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT)));
        } catch (DateTimeParseException e) {
            return Parsed.error("input.dateInvalid");
        }
    }
}
