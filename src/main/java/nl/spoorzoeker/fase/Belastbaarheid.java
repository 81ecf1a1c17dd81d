package nl.spoorzoeker.fase;

import java.time.LocalDate;

/**
 * What the werknemer can do, as the bedrijfsarts (or arbodienst, verzekeringsarts) stated it on a
 * date, in functional terms per rubriek of the FML/IZP. Deliberately no field for a diagnosis.
 *
 * @param urenPerDagMinuten  belastbare uren per dag, in minutes (null when not stated)
 * @param urenPerWeekMinuten belastbare uren per week, in minutes (null when not stated)
 */
public record Belastbaarheid(
        Integer id,
        LocalDate datum,
        Bron bron,
        DocumentType documenttype,
        Integer urenPerDagMinuten,
        Integer urenPerWeekMinuten,
        String opbouwschema,
        String persoonlijkFunctioneren,
        String sociaalFunctioneren,
        String fysiekeOmgevingseisen,
        String dynamischeHandelingen,
        String statischeHoudingen,
        String werktijd,
        boolean geenBenutbareMogelijkheden,
        boolean urenbeperking,
        LocalDate herbeoordelingsdatum) {

    public enum Bron {
        BEDRIJFSARTS, ARBODIENST, VERZEKERINGSARTS
    }

    public enum DocumentType {
        FML, IZP, LAB, ANDERS
    }
}
