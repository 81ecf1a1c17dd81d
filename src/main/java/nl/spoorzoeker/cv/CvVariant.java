package nl.spoorzoeker.cv;

import java.util.List;

/**
 * The coach's choices for one CV (issue 19 item 5): the zoekrichting it is for, a profile
 * sentence, the competencies shown (in order) and the STARR stories shown as highlights (their
 * ids, in order). The rest of the CV comes from the latest persoonsprofiel when it is made.
 *
 * @param id null before it is stored
 */
public record CvVariant(Integer id, String zoekrichting, String profielzin, List<String> competenties,
                        List<Integer> highlights) {

    /** The longest zoekrichting name: a function title. */
    public static final int MAX_RICHTING = 120;
    /** The longest profile sentence: a few lines. */
    public static final int MAX_PROFIELZIN = 600;

    public CvVariant {
        competenties = competenties == null ? List.of() : List.copyOf(competenties);
        highlights = highlights == null ? List.of() : List.copyOf(highlights);
    }
}
