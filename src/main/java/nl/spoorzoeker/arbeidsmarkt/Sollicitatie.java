package nl.spoorzoeker.arbeidsmarkt;

import java.time.LocalDate;
import java.util.List;

/**
 * One application. {@code stappen} are the dates each status was reached, in order; the first is
 * always there. {@code bewijs} describes an attached proof file (its bytes are read separately).
 *
 * @param datum the date of the application (when it was prepared or sent)
 */
public record Sollicitatie(
        Integer id,
        LocalDate datum,
        String organisatie,
        String functie,
        String zoekrichting,
        Kanaal kanaal,
        String feedback,
        String bewijsReferentie,
        List<Stap> stappen,
        Bewijs bewijs) {

    public Sollicitatie {
        stappen = List.copyOf(stappen);
    }

    /** The date a status was reached. */
    public record Stap(SollicitatieStatus status, LocalDate datum) {
    }

    /** An attached file: name, media type and size; null when there is none. */
    public record Bewijs(String bestandsnaam, String mediatype, long grootte) {
    }

    /** The furthest step reached. */
    public SollicitatieStatus status() {
        return stappen.isEmpty() ? SollicitatieStatus.VOORBEREID : stappen.getLast().status();
    }

    /** The date of the step that sent it; the application date when it skipped straight past it. */
    public LocalDate verstuurdOp() {
        if (!status().isVerstuurd()) {
            return null;
        }
        return stappen.stream().filter(s -> s.status() == SollicitatieStatus.VERSTUURD).map(Stap::datum)
                .findFirst().orElse(datum);
    }

    public boolean bereikt(SollicitatieStatus status) {
        return stappen.stream().anyMatch(s -> s.status() == status);
    }
}
