package nl.spoorzoeker.input;

/**
 * A refusal the coach should read as such (not as a crash): it names the bundle key of its
 * explanation.
 */
public interface MessageKeyed {

    String messageKey();
}
