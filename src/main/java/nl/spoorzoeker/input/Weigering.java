package nl.spoorzoeker.input;

/**
 * A service refusing something that breaks one of its rules (a step out of order, a file too
 * large). Forms show its message in the dialog, which stays open with what the coach typed.
 */
public final class Weigering extends RuntimeException implements MessageKeyed {

    private final String messageKey;

    public Weigering(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
