package nl.spoorzoeker.input;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Hours and euro amounts as typed in Dutch ("36", "36,5", "36:30"; "€ 2.750,50"). */
public final class NumberInput {

    private static final Pattern HOURS_MINUTES = Pattern.compile("(\\d{1,4}):([0-5]\\d)");
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,9}([.,]\\d{1,2})?");
    private static final Pattern EURO = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d{1,2})?|\\d{1,9}([.,]\\d{1,2})?");

    private NumberInput() {
    }

    /** Hours to whole minutes, at most {@code maxHours}. */
    public static Parsed<Integer> hoursAsMinutes(String raw, int maxHours) {
        String value = TextInput.blankToNull(raw);
        if (value == null) {
            return Parsed.ok(null);
        }
        value = value.replaceAll("(?i)\\s*(uur|u)$", "");
        BigDecimal hours;
        Matcher hm = HOURS_MINUTES.matcher(value);
        if (hm.matches()) {
            hours = new BigDecimal(hm.group(1)).add(new BigDecimal(hm.group(2)).divide(BigDecimal.valueOf(60), 6, RoundingMode.HALF_UP));
        } else if (DECIMAL.matcher(value).matches()) {
            hours = new BigDecimal(value.replace(',', '.'));
        } else {
            return Parsed.error("input.hours");
        }
        if (hours.compareTo(BigDecimal.valueOf(maxHours)) > 0) {
            return Parsed.error("input.hoursTooMany");
        }
        BigDecimal minutes = hours.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP);
        if (minutes.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            return Parsed.error("input.hoursTooMany");
        }
        return Parsed.ok(minutes.intValueExact());
    }

    /** Euros to cents. A single dot or comma with one or two digits after it is the decimal mark. */
    public static Parsed<Integer> euroAsCents(String raw) {
        String value = TextInput.blankToNull(raw);
        if (value == null) {
            return Parsed.ok(null);
        }
        value = value.replace("€", "").replace("EUR", "").replace(" ", "").replace("\u00a0", "");
        if (value.endsWith(",-")) {
            value = value.substring(0, value.length() - 2);
        }
        if (!EURO.matcher(value).matches()) {
            return Parsed.error("input.amount");
        }
        String normalised;
        if (value.contains(",")) {
            normalised = value.replace(".", "").replace(',', '.');
        } else if (value.matches("\\d{1,3}(\\.\\d{3})+")) {
            normalised = value.replace(".", ""); // 2.750 is two thousand seven hundred fifty
        } else {
            normalised = value;
        }
        BigDecimal cents = new BigDecimal(normalised).movePointRight(2).setScale(0, RoundingMode.HALF_UP);
        if (cents.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            return Parsed.error("input.amountTooLarge");
        }
        return Parsed.ok(cents.intValueExact());
    }

    public static String formatHours(Integer minutes) {
        if (minutes == null) {
            return "";
        }
        if (minutes % 60 == 0) {
            return Integer.toString(minutes / 60);
        }
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString().replace('.', ',');
    }

    public static String formatEuro(Integer cents) {
        if (cents == null) {
            return "";
        }
        var format = java.text.NumberFormat.getCurrencyInstance(java.util.Locale.of("nl", "NL"));
        return format.format(BigDecimal.valueOf(cents).movePointLeft(2));
    }
}
