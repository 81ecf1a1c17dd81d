package nl.spoorzoeker.arbeidsmarkt;

import java.time.LocalDate;

/** A contact in the werknemer's or coach's network that serves the search. Optional texts are null. */
public record Netwerkcontact(
        Integer id,
        LocalDate datum,
        String persoon,
        String organisatie,
        String doel,
        String uitkomst,
        String vervolg,
        LocalDate vervolgDatum) {
}
