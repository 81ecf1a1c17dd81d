package nl.spoorzoeker.taak;

/**
 * What a long operation inside a service tells the task that runs it: how far it is (tables written,
 * bytes encrypted), at points where stopping leaves nothing behind. A service calls {@link #stap} only
 * where a cancel is still safe; the task's voortgang throws {@link Afgebroken} there when the coach
 * cancelled, the service's own clean-up (finally) removes what it made, and the task ends cancelled.
 */
@FunctionalInterface
public interface Voortgang {

    /** Nobody follows: the command line's direct calls, the tests of the service. */
    Voortgang GEEN = deel -> { };

    /** {@code deel} (0..1) of this operation is done; may throw {@link Afgebroken} (a safe stopping point). */
    void stap(double deel);

    /** Thrown by {@link #stap} after a cancel; unchecked so it passes through a read's lambda. */
    final class Afgebroken extends RuntimeException {
        public Afgebroken() {
            super("cancelled at a safe point", null, false, false);
        }
    }
}
