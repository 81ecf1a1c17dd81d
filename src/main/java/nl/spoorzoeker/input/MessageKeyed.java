package nl.spoorzoeker.input;

/**
 * A refusal the coach should read as such (not as a crash): it names the bundle key of its
 * explanation.
 */
public interface MessageKeyed {

    String messageKey();

    /** What the explanation names ({0}, {1}, …): ids, counts, names of parts; never client data. */
    default Object[] messageArgs() {
        return new Object[0];
    }
}
