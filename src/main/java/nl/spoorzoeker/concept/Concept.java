package nl.spoorzoeker.concept;

import java.time.Instant;
import java.util.Map;

/** What the coach had typed in a form (field id → text) and when it was last written. */
public record Concept(Map<String, String> velden, Instant gewijzigdOp) {

    public Concept {
        velden = Map.copyOf(velden);
    }
}
