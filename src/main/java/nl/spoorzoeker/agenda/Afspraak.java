package nl.spoorzoeker.agenda;

import java.time.LocalDateTime;
import nl.spoorzoeker.tijdlijn.Tijdzone;

/**
 * A planned contact. {@code id} and {@code uid} are null before saving; {@code naam} is the
 * werknemer's name, filled in when appointments are listed.
 *
 * @param uid the iCalendar UID: the same for the life of the appointment, so a calendar that
 *            imported an earlier export updates the event instead of doubling it
 * @param programmaId for a meeting of a group programme: the programme (then {@code naam} is the
 *            programme's name and {@code dossierId} is 0: it belongs to no single dossier); else null
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
        String uid,
        Integer programmaId) {

    /** A one-to-one appointment in a dossier. */
    public Afspraak(Integer id, int dossierId, String naam, LocalDateTime begin, int duurMinuten, String onderwerp,
                    String locatie, String toelichting, String uid) {
        this(id, dossierId, naam, begin, duurMinuten, onderwerp, locatie, toelichting, uid, null);
    }

    /** Whether this is a group programme's meeting rather than a dossier's appointment. */
    public boolean groep() {
        return programmaId != null;
    }

    /** The end on the practice's clock: the start plus the duration in real time (the night the clocks change too). */
    public LocalDateTime einde() {
        return begin.atZone(Tijdzone.PRAKTIJK).plusMinutes(duurMinuten).toLocalDateTime();
    }
}
