package nl.spoorzoeker.fase;

/**
 * One direction of passende arbeid in the zoekprofiel. Optional fields are null.
 *
 * @param urenPerWeekMinuten hours per week in minutes; never above the latest belastbare uren
 */
public record Zoekrichting(
        String functie,
        String niveau,
        String sector,
        Integer urenPerWeekMinuten,
        String regio,
        String onderbouwing,
        boolean actief,
        String redenVerlaten) {
}
