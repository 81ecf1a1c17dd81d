package nl.spoorzoeker.arbeidsmarkt;

import java.time.LocalDate;
import java.util.List;

/**
 * A werkervaringsplek or detachering at a host organisation, with its opbouwschema (planned hours
 * per week), the hours realised and the evaluations. Optional texts and dates are null.
 */
public record Werkervaringsplek(
        Integer id,
        Soort soort,
        String organisatie,
        String contactpersoon,
        String contactTelefoon,
        String contactEmail,
        String functie,
        String taken,
        LocalDate startdatum,
        LocalDate einddatum,
        Uitkomst beoogdeUitkomst,
        String uitkomstToelichting,
        List<Week> weken,
        List<Evaluatie> evaluaties) {

    public Werkervaringsplek {
        weken = weken == null ? List.of() : List.copyOf(weken);
        evaluaties = evaluaties == null ? List.of() : List.copyOf(evaluaties);
    }

    public enum Soort {
        WERKERVARINGSPLEK, DETACHERING
    }

    public enum Uitkomst {
        CONTRACT, DETACHERING, GEEN
    }

    /** Planned and realised minutes in the week starting on {@code maandag}; either may be null. */
    public record Week(LocalDate maandag, Integer geplandMinuten, Integer gerealiseerdMinuten) {
    }

    public record Evaluatie(Integer id, LocalDate datum, String bevindingen) {
    }

    /** Running on {@code dag}: started, and not yet ended. */
    public boolean looptOp(LocalDate dag) {
        return !startdatum.isAfter(dag) && (einddatum == null || !einddatum.isBefore(dag));
    }

    /** The same place with new details, keeping its weeks and evaluations. */
    public Werkervaringsplek metGegevensVan(Werkervaringsplek gegevens) {
        return new Werkervaringsplek(id, gegevens.soort, gegevens.organisatie, gegevens.contactpersoon,
                gegevens.contactTelefoon, gegevens.contactEmail, gegevens.functie, gegevens.taken, gegevens.startdatum,
                gegevens.einddatum, gegevens.beoogdeUitkomst, gegevens.uitkomstToelichting, weken, evaluaties);
    }
}
