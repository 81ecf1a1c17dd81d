package nl.spoorzoeker.input;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Clock times ("9:30", "09.30", "0930") and durations ("60", "1:30", "1,5 uur") as typed. */
public final class TimeInput {

    public static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("HH:mm");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.]?(\\d{2})");
    private static final int MAX_DURATION = 24 * 60;

    private TimeInput() {
    }

    public static Parsed<LocalTime> tijd(String raw) {
        String value = TextInput.blankToNull(raw);
        if (value == null) {
            return Parsed.error("input.required");
        }
        Matcher m = TIME.matcher(value);
        if (!m.matches()) {
            return Parsed.error("input.time");
        }
        int hours = Integer.parseInt(m.group(1));
        int minutes = Integer.parseInt(m.group(2));
        if (hours > 23 || minutes > 59) {
            return Parsed.error("input.time");
        }
        return Parsed.ok(LocalTime.of(hours, minutes));
    }

    /** A duration in whole minutes: plain minutes ("45"), hours:minutes ("1:30") or hours ("1,5 uur"). */
    public static Parsed<Integer> duurMinuten(String raw) {
        String value = TextInput.blankToNull(raw);
        if (value == null) {
            return Parsed.error("input.required");
        }
        value = value.replaceAll("(?i)\\s*(min|minuten)$", "");
        if (value.matches("\\d{1,4}")) {
            int minutes = Integer.parseInt(value);
            return minutes <= MAX_DURATION ? Parsed.ok(minutes) : Parsed.error("input.durationTooLong");
        }
        // Anything else is hours: "1:30", "1,5", "1.5" or "2 uur".
        Parsed<Integer> hours = NumberInput.hoursAsMinutes(value, 24);
        if (!hours.isOk()) {
            return Parsed.error("input.hoursTooMany".equals(hours.errorKey()) ? "input.durationTooLong" : "input.duration");
        }
        return hours;
    }

    public static String format(LocalTime time) {
        return time == null ? "" : DISPLAY.format(time);
    }
}
