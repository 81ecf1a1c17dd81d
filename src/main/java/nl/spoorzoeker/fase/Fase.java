package nl.spoorzoeker.fase;

import java.time.LocalDate;

/** One phase as it ran in a traject: started, and ended (null while it runs). */
public record Fase(int id, FaseSoort soort, LocalDate start, LocalDate eind) {

    public boolean lopend() {
        return eind == null;
    }
}
