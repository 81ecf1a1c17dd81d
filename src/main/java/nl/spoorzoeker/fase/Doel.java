package nl.spoorzoeker.fase;

import java.time.LocalDate;

/** A goal within a phase: what, how we know it is reached, by when, and where it stands. */
public record Doel(Integer id, FaseSoort fase, String omschrijving, String indicator, LocalDate streefdatum,
                   DoelStatus status) {
}
