package nl.spoorzoeker.uitwisseling;

import nl.spoorzoeker.input.MessageKeyed;

/**
 * An archive refused, or an export or import that cannot be done, with the Dutch explanation's key
 * and what it names (an entry, a table, a row number, a column): never a value from the archive, so
 * the message can be logged and shown without leaking client data.
 */
public final class UitwisselingFout extends RuntimeException implements MessageKeyed {

    private final String messageKey;
    private final transient Object[] argumenten;

    public UitwisselingFout(String messageKey, Object... argumenten) {
        super(messageKey + " " + java.util.Arrays.toString(argumenten));
        this.messageKey = messageKey;
        this.argumenten = argumenten.clone();
    }

    @Override
    public String messageKey() {
        return messageKey;
    }

    @Override
    public Object[] args() {
        return argumenten.clone();
    }
}
