package nl.spoorzoeker.logboek;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A workshop, intervisie or training given to several werknemers at once: recorded once, shown in
 * every participant's log. {@code verdeling} says how its declarable time is charged to them.
 */
public record Groepssessie(
        Integer id,
        LocalDateTime moment,
        int duurMinuten,
        Soort soort,
        String titel,
        String locatie,
        String samenvatting,
        Verdeling verdeling,
        boolean declarabel,
        List<Deelname> deelnames) {

    public Groepssessie {
        deelnames = List.copyOf(deelnames);
    }

    public enum Soort {
        WORKSHOP, INTERVISIE, TRAINING
    }

    /** VOLLEDIG: each participant is charged the time they attended; GEDEELD: the session's time is shared. */
    public enum Verdeling {
        VOLLEDIG, GEDEELD
    }

    /** One participant: the dossier, the werknemer's name (for display) and the minutes attended. */
    public record Deelname(int dossierId, String naam, int aanwezigMinuten) {
    }
}
