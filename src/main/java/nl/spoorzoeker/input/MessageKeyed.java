package nl.spoorzoeker.input;

/**
 * A refusal the coach should read as such (not as a crash): it names the bundle key of its
 * explanation.
 */
public interface MessageKeyed {

    String messageKey();

    /** The values the message names (a folder, a file), in the order of its placeholders. */
    default Object[] args() {
        return new Object[0];
    }
}
