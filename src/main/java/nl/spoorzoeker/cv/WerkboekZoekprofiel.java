package nl.spoorzoeker.cv;

import java.time.LocalDate;
import java.util.List;

/**
 * The werkboek of the zoekprofiel phase (issue 19 item 6, domain.md §6.2 phase 3): the werknemer's
 * own copy of the directions chosen so far, with what the roeping werkboek found as a reminder.
 * The exercises' texts are the renderer's; only the werknemer's data is held here.
 *
 * @param hollandcode the latest interest code, or null when there is none
 * @param topwaarden  the codes of the value cards in the latest top, first the most important
 * @param richtingen  the zoekprofiel's active directions, in their order
 */
public record WerkboekZoekprofiel(String naam, LocalDate datum, String hollandcode, List<String> topwaarden,
                                  List<Richting> richtingen) {

    public WerkboekZoekprofiel {
        topwaarden = List.copyOf(topwaarden);
        richtingen = List.copyOf(richtingen);
    }

    /** A direction as the zoekprofiel holds it; null where not filled in. */
    public record Richting(String functie, String niveau, Integer urenPerWeekMinuten, String regio,
                           String onderbouwing) {
    }
}
