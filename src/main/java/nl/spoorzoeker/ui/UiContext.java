package nl.spoorzoeker.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.stage.Window;
import nl.spoorzoeker.klad.KladService;

/**
 * What every screen needs besides its own services: background work, navigation, the clock, drafts,
 * the one way to tell the coach something ({@link Meldingen}), and the live privacy help for fields that can reach an employer report.
 */
public record UiContext(Background background, Navigator navigator, Clock clock, Supplier<Window> window,
                        KladService kladden, Privacyhulp privacy, Meldingen meldingen) {

    public UiContext {
        privacy = privacy == null ? Privacyhulp.GEEN : privacy;
        meldingen = meldingen == null ? new FxMeldingen(window) : meldingen;
    }

    /** With the dialogs over {@code window}. */
    public UiContext(Background background, Navigator navigator, Clock clock, Supplier<Window> window,
                     KladService kladden, Privacyhulp privacy) {
        this(background, navigator, clock, window, kladden, privacy, null);
    }

    /** Without privacy hints (screens and benchmarks without a practice's guard). */
    public UiContext(Background background, Navigator navigator, Clock clock, Supplier<Window> window,
                     KladService kladden) {
        this(background, navigator, clock, window, kladden, Privacyhulp.GEEN);
    }

    /** Without drafts: forms then only save on Opslaan (benchmarks and screens that have no long text). */
    public UiContext(Background background, Navigator navigator, Clock clock, Supplier<Window> window) {
        this(background, navigator, clock, window, null, Privacyhulp.GEEN);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
