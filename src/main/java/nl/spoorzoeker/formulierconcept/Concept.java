package nl.spoorzoeker.formulierconcept;

import java.time.Instant;
import java.util.Map;

/**
 * What the coach had typed in a form (field id → text) and when it was last written.
 * {@code onleesbaar} marks a stored draft that could not be read back: it has no fields, but the
 * coach is told it was there instead of the form opening empty without a word.
 */
public record Concept(Map<String, String> velden, Instant gewijzigdOp, boolean onleesbaar) {

    public Concept {
        velden = Map.copyOf(velden);
    }

    public Concept(Map<String, String> velden, Instant gewijzigdOp) {
        this(velden, gewijzigdOp, false);
    }
}
