package nl.spoorzoeker.instrument;

import java.util.List;

/**
 * One achievement story told the STARR way (issue 19 item 4): Situatie, Taak, Actie, Resultaat,
 * Reflectie. Only the title is required; the parts follow as the conversation gets there. The
 * competencies it shows are free tags or taken from the persoonsprofiel, in the order given.
 *
 * @param id        null before it is stored
 * @param datum     the day it was told (practice calendar); null before it is stored: the service
 *                  then takes today. A report prints it only when this day lies by the period's end.
 * @param gewijzigd the day it was last changed; null before it is stored (read only)
 */
public record StarrVerhaal(Integer id, String titel, String situatie, String taak, String actie, String resultaat,
                           String reflectie, List<String> competenties, java.time.LocalDate datum,
                           java.time.LocalDate gewijzigd) {

    /** The longest title: a short line. */
    public static final int MAX_TITEL = 120;
    /** The longest part: a paragraph. */
    public static final int MAX_DEEL = 2000;

    public StarrVerhaal {
        competenties = competenties == null ? List.of() : List.copyOf(competenties);
    }

    /** As the form makes one: its dates are the store's. */
    public StarrVerhaal(Integer id, String titel, String situatie, String taak, String actie, String resultaat,
                        String reflectie, List<String> competenties) {
        this(id, titel, situatie, taak, actie, resultaat, reflectie, competenties, null, null);
    }
}
