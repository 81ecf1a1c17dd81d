package nl.spoorzoeker.cv;

import java.time.LocalDate;
import java.util.List;

/**
 * The werkboek of the roeping phase (issue 19 item 6): the werknemer's own copy of the exercises
 * "wie ben ik, wat kan ik, wat wil ik" with what they answered so far. Only the werknemer's answers
 * are held here; the exercises' texts are the renderer's (fixed B1 wording in the chosen language),
 * so the privacy gate reads nothing but the werknemer's own words. Each part is null or empty when
 * the exercise was not done yet: the werkboek then prints it with blank lines.
 *
 * @param naam the werknemer's name, on the cover
 * @param datum the day the werkboek was made
 */
public record Werkboek(String naam, LocalDate datum, Interesse interesse, Waarden waarden, Drijfveren drijfveren,
                       List<Kwadrant> kernkwadranten, List<Verhaal> verhalen) {

    public Werkboek {
        kernkwadranten = List.copyOf(kernkwadranten);
        verhalen = List.copyOf(verhalen);
    }

    /**
     * @param hollandcode the three letters, or null when all six scales scored the same
     * @param sommen      the scores 0..40 in the order R, I, A, S, E, C
     */
    public record Interesse(LocalDate datum, String hollandcode, List<Integer> sommen) {
        public Interesse {
            sommen = List.copyOf(sommen);
        }
    }

    /** @param topwaarden the codes of the value cards in the top, first the most important */
    public record Waarden(LocalDate datum, List<String> topwaarden) {
        public Waarden {
            topwaarden = List.copyOf(topwaarden);
        }
    }

    /** All five answers, what tires too: it is the werknemer's own sheet. */
    public record Drijfveren(LocalDate datum, String energie, String moe, String trots, String belangrijk,
                             String nietMeer) {
    }

    /** All four corners, the allergy too. */
    public record Kwadrant(String kwaliteit, String valkuil, String uitdaging, String allergie) {
    }

    /** The whole story, its reflection too. */
    public record Verhaal(String titel, String situatie, String taak, String actie, String resultaat, String reflectie,
                          List<String> competenties) {
        public Verhaal {
            competenties = List.copyOf(competenties);
        }
    }
}
