package nl.spoorzoeker.fase;

import java.time.Instant;
import java.util.List;

/** A version of the zoekprofiel: one to four directions. Version and time are null before saving. */
public record Zoekprofiel(Integer versie, Instant opgeslagenOp, List<Zoekrichting> richtingen) {

    public static final int MAX_RICHTINGEN = 4;

    public Zoekprofiel {
        richtingen = List.copyOf(richtingen);
    }
}
