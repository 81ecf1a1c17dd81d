package nl.spoorzoeker.crypto;

import nl.spoorzoeker.input.MessageKeyed;

/**
 * An encrypted file that is not ours, damaged, truncated or changed: refused before any of its
 * content is used. {@code waar} names the part that failed, for the log (never content).
 */
public final class OngeldigBestand extends Exception implements MessageKeyed {

    public OngeldigBestand(String waar) {
        super("invalid encrypted file: " + waar);
    }

    @Override
    public String messageKey() {
        return "crypto.ongeldigBestand";
    }
}
