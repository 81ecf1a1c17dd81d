package nl.spoorzoeker.taak;

import java.util.Objects;

/**
 * One long operation (backup, restore, export, import, inzage, finalising a report, demo load) as
 * one object that owns its work, its progress, its cancel and its outcome. Plain Java: the window
 * runs it through {@code ui.Langwerk} (a progress bar with the phase's name), the command line
 * runs it directly and prints the phases, so both go through the same code.
 *
 * <p>Progress is a phase (a message key) and a fraction of the whole; the fraction never goes back,
 * so a bar never jumps backwards when a phase reports less than the one before. Cancelling is a
 * request: the operation stops at the next point where stopping leaves everything as it was
 * ({@link #stopAlsGeannuleerd()}), and past the point of no return it is ignored.
 */
public abstract class Taak<T> {

    /** Where the operation is: the phase's message key and how much of the whole is done (0..1). */
    public record Stand(String faseKey, double deel) {
        public Stand {
            Objects.requireNonNull(faseKey);
        }
    }

    /** Receives every step; called on the thread that runs the operation. */
    @FunctionalInterface
    public interface Volger {
        void meld(Stand stand);
    }

    private volatile Volger volger = stand -> { };
    private volatile boolean annuleren;
    private double hoogste;

    /** Runs the operation on the calling thread, reporting to {@code volger}; ends at 1.0. */
    public final T voerUit(Volger volger) throws Exception {
        this.volger = Objects.requireNonNull(volger);
        T uitkomst;
        try {
            uitkomst = werk();
        } catch (Voortgang.Afgebroken a) {
            throw new Geannuleerd();
        }
        fase("taak.klaar", 1.0);
        return uitkomst;
    }

    /** The operation itself. */
    protected abstract T werk() throws Exception;

    /** The message key of the operation's name (a progress window's title). */
    public abstract String naamKey();

    /** Whether a cancel button makes sense at all; each operation says where cancelling stops being safe. */
    public boolean annuleerbaar() {
        return true;
    }

    /** Asks the operation to stop where that is safe; it then ends with {@link Geannuleerd}. */
    public void annuleer() {
        annuleren = true;
    }

    public boolean annuleringGevraagd() {
        return annuleren;
    }

    /** Reports a phase; a fraction below one already reported is raised to it. */
    protected final void fase(String faseKey, double deel) {
        Stand stand;
        synchronized (this) {
            hoogste = Math.max(hoogste, Math.min(1.0, Math.max(0.0, deel)));
            stand = new Stand(faseKey, hoogste);
        }
        volger.meld(stand);
    }

    /**
     * The progress of a service's operation as the part {@code van}..{@code tot} of this task, in
     * phase {@code faseKey}; each step is also a stopping point ({@link Voortgang.Afgebroken} after a cancel).
     */
    protected final Voortgang voortgang(String faseKey, double van, double tot) {
        return deel -> {
            fase(faseKey, van + Math.min(1.0, Math.max(0.0, deel)) * (tot - van));
            if (annuleren) {
                throw new Voortgang.Afgebroken();
            }
        };
    }

    /** A point where stopping leaves everything as it was: throws when a cancel was asked. */
    protected final void stopAlsGeannuleerd() throws Geannuleerd {
        if (annuleren) {
            throw new Geannuleerd();
        }
    }
}
