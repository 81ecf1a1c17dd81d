package nl.spoorzoeker.fase;

import java.util.List;

/**
 * A guided step of a phase with the questions the coach works through. {@code sleutel} names a
 * shipped default step (null for the coach's own); {@code id} is null for a step not stored yet.
 */
public record Stap(Integer id, FaseSoort fase, String sleutel, int volgorde, String titel, List<String> vragen,
                   boolean actief) {

    public Stap {
        vragen = List.copyOf(vragen);
    }
}
