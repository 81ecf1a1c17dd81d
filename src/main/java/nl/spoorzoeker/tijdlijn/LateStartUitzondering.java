package nl.spoorzoeker.tijdlijn;

import java.time.LocalDate;

/**
 * Why spoor 2 may start after its deadline (EJE + 6 weeks, or week 58), with the document that
 * supports it (a bedrijfsarts's statement that the werknemer could not take part, a UWV decision,
 * …). UWV accepts a late start only with such a document; C01 blocks a final report without it.
 *
 * @param documentdatum the supporting document's date, or null when it has none
 */
public record LateStartUitzondering(String reden, String document, LocalDate documentdatum) {

    public LateStartUitzondering {
        reden = reden == null ? null : reden.strip();
        document = document == null ? null : document.strip();
    }

    /** Both the reason and the document are there: what C01 requires. */
    public boolean volledig() {
        return reden != null && !reden.isEmpty() && document != null && !document.isEmpty();
    }
}
