package nl.spoorzoeker.tijdlijn;

import java.time.LocalDate;

/**
 * One moment on the timeline: its legal deadline, the earlier date the coach aims for, and when it
 * was done (null while open). {@code volgnummer} counts repeated moments (evaluations, reports) from 1.
 */
public record Mijlpaal(MijlpaalSoort soort, int volgnummer, LocalDate deadline, LocalDate streefdatum,
                       LocalDate gedaanOp, MijlpaalStatus status) {

    public boolean teLaatGedaan() {
        return gedaanOp != null && gedaanOp.isAfter(deadline);
    }

    public boolean open() {
        return status == MijlpaalStatus.TE_LAAT || status == MijlpaalStatus.BINNENKORT
                || status == MijlpaalStatus.GEPLAND;
    }
}
