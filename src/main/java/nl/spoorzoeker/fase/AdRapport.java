package nl.spoorzoeker.fase;

import java.time.LocalDate;

/** The arbeidsdeskundig rapport: its date, author, conclusion about spoor 1 and advised directions. */
public record AdRapport(Integer id, LocalDate datum, String arbeidsdeskundige, ConclusieSpoor1 conclusie,
                        String zoekrichtingen) {

    public enum ConclusieSpoor1 {
        PASSEND, AANPASBAAR, NIET_MOGELIJK
    }
}
