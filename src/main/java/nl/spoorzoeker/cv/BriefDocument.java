package nl.spoorzoeker.cv;

import java.util.List;

/**
 * A sollicitatiebrief as it is printed, through the privacy gate like a CV: a paragraph with health
 * information is left out whole. It carries nothing of the coach or the practice: a prospective
 * employer must not learn from a letter that its writer is in a re-integration traject.
 *
 * @param naam the werknemer's name (not read by the gate)
 * @param afzender the werknemer's address lines, telephone and e-mail
 * @param organisatie the organisation written to (read as an organisation's name)
 * @param alineas the letter's text, paragraph by paragraph
 */
public record BriefDocument(String naam, List<String> afzender, String datum, String organisatie, String onderwerp,
                            List<String> alineas) {

    public BriefDocument {
        afzender = List.copyOf(afzender);
        alineas = List.copyOf(alineas);
    }
}
