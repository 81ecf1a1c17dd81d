package nl.spoorzoeker.fase;

import java.time.LocalDate;

/** What the coach noted for a step on a date; earlier answers are kept. */
public record StapAntwoord(int id, int stapId, LocalDate datum, String antwoord) {
}
