package nl.spoorzoeker.dossier;

import java.time.LocalDate;

/**
 * The sick employee. There is deliberately no BSN and no diagnosis here (domain.md §4, §5).
 * {@code id} is null before saving; optional fields are null when unknown.
 *
 * @param contracturenMinuten contract hours per week, in minutes
 */
public record Werknemer(
        Integer id,
        String naam,
        LocalDate geboortedatum,
        String telefoon,
        String email,
        Adres adres,
        String functie,
        Integer contracturenMinuten,
        boolean rijbewijs,
        Vervoer vervoer) {
}
