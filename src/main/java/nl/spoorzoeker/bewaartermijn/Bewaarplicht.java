package nl.spoorzoeker.bewaartermijn;

import java.time.LocalDate;

/**
 * A legal hold: the file must be kept whatever its term says, because the employer or UWV may still
 * need the coach's evidence (domain.md §5.4). Set on {@code sinds}; ANDERS needs an explanation.
 */
public record Bewaarplicht(Reden reden, String toelichting, LocalDate sinds) {

    /** Why the file is held. */
    public enum Reden {
        WIA_BESLISSING, LOONSANCTIE, BEZWAAR_BEROEP, ANDERS
    }

    public static final int MAX_TOELICHTING = 500;
}
