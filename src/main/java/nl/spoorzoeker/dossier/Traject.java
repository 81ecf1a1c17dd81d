package nl.spoorzoeker.dossier;

import java.time.LocalDate;

/**
 * The coach's assignment for one werknemer at one werkgever. {@code id} is null before saving;
 * optional dates and budgets are null when not agreed yet.
 *
 * @param budgetMinuten budgeted hours, in minutes
 * @param budgetCenten budget in euro cents
 */
public record Traject(
        Integer id,
        LocalDate eersteZiektedag,
        LocalDate opdrachtdatum,
        LocalDate startdatum,
        LocalDate geplandeEinddatum,
        Integer budgetMinuten,
        Integer budgetCenten,
        TrajectStatus status) {
}
