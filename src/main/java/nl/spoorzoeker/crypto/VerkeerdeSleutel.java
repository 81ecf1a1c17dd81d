package nl.spoorzoeker.crypto;

import nl.spoorzoeker.input.MessageKeyed;

/** The passphrase or recovery code does not open the key ring. */
public final class VerkeerdeSleutel extends Exception implements MessageKeyed {

    public VerkeerdeSleutel() {
        super("wrong passphrase or recovery code");
    }

    @Override
    public String messageKey() {
        return "crypto.verkeerdeSleutel";
    }
}
