package nl.spoorzoeker.input;

/**
 * A service refusing something that breaks one of its rules (a step out of order, a file too
 * large). Forms show its message in the dialog, which stays open with what the coach typed.
 */
public final class Weigering extends RuntimeException implements MessageKeyed {

    private final String messageKey;
    private final Object[] args;

    public Weigering(String messageKey) {
        this(messageKey, new Object[0]);
    }

    /** With the values the message names, such as a folder or a file name. */
    public Weigering(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
