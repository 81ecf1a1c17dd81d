package nl.spoorzoeker.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.stage.Window;

/** What every screen needs besides its own services: background work, navigation, the clock. */
public record UiContext(Background background, Navigator navigator, Clock clock, Supplier<Window> window,
                        nl.spoorzoeker.concept.ConceptService concepten) {

    /** Without drafts: forms then only save on Opslaan (benchmarks and screens that have no long text). */
    public UiContext(Background background, Navigator navigator, Clock clock, Supplier<Window> window) {
        this(background, navigator, clock, window, null);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
