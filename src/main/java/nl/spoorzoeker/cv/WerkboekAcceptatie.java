package nl.spoorzoeker.cv;

import java.time.LocalDate;

/**
 * The werkboek of the acceptatie phase (issue 19 item 6, domain.md §6.2 phase 1): saying goodbye
 * to the old work. The app records nothing of these conversations (domain.md C18: no psychological
 * detail is kept), so the werkboek holds only the exercises, for the werknemer to write in at home.
 */
public record WerkboekAcceptatie(String naam, LocalDate datum) {
}
