package nl.spoorzoeker.input;

/** Free text: trimmed, empty becomes null, and bounded so a pasted novel cannot reach the database. */
public final class TextInput {

    /** Names, places, functions: one line of ordinary length. */
    public static final int SHORT = 200;

    private TextInput() {
    }

    public static String blankToNull(String raw) {
        if (raw == null) {
            return null;
        }
        String trimmed = raw.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    public static Parsed<String> optional(String raw, int maxLength) {
        String value = blankToNull(raw);
        if (value != null && value.codePointCount(0, value.length()) > maxLength) {
            return Parsed.error("input.tooLong");
        }
        if (value != null && hasUnpairedSurrogate(value)) {
            return Parsed.error("input.invalidCharacters");
        }
        return Parsed.ok(value);
    }

    public static Parsed<String> required(String raw, int maxLength) {
        if (blankToNull(raw) == null) {
            return Parsed.error("input.required");
        }
        return optional(raw, maxLength);
    }

    /** Lone surrogates cannot be stored as UTF-8; they would come back as '?'. */
    private static boolean hasUnpairedSurrogate(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
