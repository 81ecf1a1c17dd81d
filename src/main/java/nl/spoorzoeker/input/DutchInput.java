package nl.spoorzoeker.input;

import java.util.Locale;
import java.util.regex.Pattern;

/** Dutch postcodes, KvK numbers, phone numbers and e-mail addresses as a coach types them. */
public final class DutchInput {

    // 1000–9999 followed by two letters; SA, SD and SS are never issued.
    private static final Pattern POSTCODE = Pattern.compile("([1-9][0-9]{3}) ?([A-Z]{2})");
    private static final Pattern KVK = Pattern.compile("[0-9]{8}");
    private static final Pattern PHONE = Pattern.compile("(\\+|00)?[0-9]{9,14}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final int EMAIL_MAX = 254;

    private DutchInput() {
    }

    /** Returns the postcode in its standard form "1234 AB". */
    public static Parsed<String> postcode(String raw) {
        String value = TextInput.blankToNull(raw);
        if (value == null) {
            return Parsed.ok(null);
        }
        var matcher = POSTCODE.matcher(value.toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
            return Parsed.error("input.postcode");
        }
        String letters = matcher.group(2);
        if (letters.equals("SA") || letters.equals("SD") || letters.equals("SS")) {
            return Parsed.error("input.postcode");
        }
        return Parsed.ok(matcher.group(1) + " " + letters);
    }

    /** KvK-nummers have exactly eight digits; spaces and dots people type are ignored. */
    public static Parsed<String> kvk(String raw) {
        String value = TextInput.blankToNull(raw);
        if (value == null) {
            return Parsed.ok(null);
        }
        String digits = value.replaceAll("[\\s.]", "");
        return KVK.matcher(digits).matches() ? Parsed.ok(digits) : Parsed.error("input.kvk");
    }

    /** Keeps the number as typed (people format them as they like) once it is plausibly a number. */
    public static Parsed<String> phone(String raw) {
        String value = TextInput.blankToNull(raw);
        if (value == null) {
            return Parsed.ok(null);
        }
        String compact = value.replaceAll("[\\s\\-()./]", "");
        if (value.length() > 40 || !PHONE.matcher(compact).matches()) {
            return Parsed.error("input.phone");
        }
        return Parsed.ok(value);
    }

    public static Parsed<String> email(String raw) {
        String value = TextInput.blankToNull(raw);
        if (value == null) {
            return Parsed.ok(null);
        }
        if (value.length() > EMAIL_MAX || !EMAIL.matcher(value).matches()) {
            return Parsed.error("input.email");
        }
        return Parsed.ok(value);
    }
}
