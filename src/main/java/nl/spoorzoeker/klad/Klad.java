package nl.spoorzoeker.klad;

import java.time.Instant;
import java.util.Map;

/**
 * A <em>klad</em>: what the coach had typed in a form and not yet saved (field id → text), and when it
 * was last written. Not a <em>concept</em>, which in this code is only a report not yet made final
 * (ADR 0008).
 * {@code onleesbaar} marks a stored draft that could not be read back: it has no fields, but the
 * coach is told it was there instead of the form opening empty without a word.
 */
public record Klad(Map<String, String> velden, Instant gewijzigdOp, boolean onleesbaar) {

    public Klad {
        velden = Map.copyOf(velden);
    }

    public Klad(Map<String, String> velden, Instant gewijzigdOp) {
        this(velden, gewijzigdOp, false);
    }
}
