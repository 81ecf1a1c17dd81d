package nl.spoorzoeker.instrument;

import java.time.Instant;

/**
 * One saved version of a werknemer's own text (a kernkwadrant or a STARR story): what it said and
 * when it was saved. Versions are only added, never changed; the highest number is the current text.
 *
 * @param nummer     1, 2, … per kernkwadrant or story, in the order saved
 * @param opgeslagen the moment this text was saved
 * @param tekst      the text as it was then (its id is the kernkwadrant's or story's; its dates are null)
 */
public record Tekstversie<T>(int nummer, Instant opgeslagen, T tekst) {
}
