package nl.spoorzoeker.cv;

import java.util.List;

/**
 * A CV as it is printed: every string in it goes through the privacy gate
 * ({@link nl.spoorzoeker.rapportage.Privacypoort#zeef}), which leaves out whole any passage with
 * health information; the renderers take only the gate's result. Each line of the profile's
 * free text is a passage of its own, so one line about an illness does not take the rest along.
 *
 * @param naam the werknemer's name (a person's name: not read by the gate)
 * @param contact address, telephone and e-mail on one line; null when none is known
 */
public record CvDocument(String naam, String contact, String zoekrichting, String profielzin, List<String> werkervaring,
                         List<String> opleiding, List<String> competenties, List<Highlight> highlights) {

    public CvDocument {
        werkervaring = List.copyOf(werkervaring);
        opleiding = List.copyOf(opleiding);
        competenties = List.copyOf(competenties);
        highlights = List.copyOf(highlights);
    }

    /** A STARR story as a CV shows it: no reflection (that is the werknemer's own learning). */
    public record Highlight(String titel, String situatie, String taak, String actie, String resultaat) {
    }
}
