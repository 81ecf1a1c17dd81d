package nl.spoorzoeker.logboek;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One logged contact. {@code id} is null before saving; optional texts are null.
 *
 * @param doelId the goal (doel) this contact works towards, or null
 */
public record Contactmoment(
        Integer id,
        LocalDateTime moment,
        int duurMinuten,
        ContactSoort soort,
        String deelnemers,
        String doel,
        String samenvatting,
        String afspraken,
        String vervolgactie,
        LocalDate vervolgDatum,
        Integer doelId,
        boolean declarabel) {
}
