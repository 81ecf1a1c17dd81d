package nl.spoorzoeker.agenda;

import java.time.LocalDateTime;

/**
 * A planned contact. {@code id} and {@code uid} are null before saving; {@code naam} is the
 * werknemer's name, filled in when appointments are listed.
 *
 * @param uid the iCalendar UID: the same for the life of the appointment, so a calendar that
 *            imported an earlier export updates the event instead of doubling it
 */
public record Afspraak(
        Integer id,
        int dossierId,
        String naam,
        LocalDateTime begin,
        int duurMinuten,
        String onderwerp,
        String locatie,
        String toelichting,
        String uid) {

    public LocalDateTime einde() {
        return begin.plusMinutes(duurMinuten);
    }
}
