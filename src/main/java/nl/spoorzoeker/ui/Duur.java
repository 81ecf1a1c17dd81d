package nl.spoorzoeker.ui;

/**
 * The one way a duration is shown, on screen and in reports: whole hours and minutes with short
 * units, never decimal hours next to minutes ("0,75 uur" beside "69 min" made a coach compute).
 *
 * <ul>
 *   <li>under an hour: {@code 45 min};</li>
 *   <li>whole hours: {@code 2 u} (English {@code 2 h});</li>
 *   <li>otherwise: {@code 1 u 9 min} ({@code 1 h 9 min});</li>
 *   <li>hours get the locale's grouping ({@code 1.250 u}); a negative duration keeps its sign.</li>
 * </ul>
 *
 * Time spent, budgets and rates alike ({@code 36 u per week}, {@code 4 u 30 min per dag}) use it.
 * Only input fields keep decimal hours ({@code NumberInput.formatHours}): there the coach types
 * hours as a number ({@code 36,5}) and the field must show back what it accepts.
 */
public final class Duur {

    private Duur() {
    }

    /** The duration of {@code minuten} minutes as text in the screens' language; {@code null} gives an empty text. */
    public static String tekst(Integer minuten) {
        return I18n.teksten().duur(minuten);
    }
}
