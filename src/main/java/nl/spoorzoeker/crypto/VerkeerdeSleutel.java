package nl.spoorzoeker.crypto;

import nl.spoorzoeker.input.MessageKeyed;

/** The passphrase or recovery code does not open the key ring. */
public final class VerkeerdeSleutel extends Exception implements MessageKeyed {

    private final String key;

    public VerkeerdeSleutel() {
        super("wrong passphrase or recovery code");
        this.key = "crypto.verkeerdeSleutel";
    }

    private VerkeerdeSleutel(String bericht, String key) {
        super(bericht);
        this.key = key;
    }

    /**
     * The file was made by another practice ({@link Sleutelring#zelfdeDataSleutel} false): not
     * damaged, and not a wrong passphrase of this practice — it opens only with that practice's.
     */
    public static VerkeerdeSleutel vanAnderePraktijk() {
        return new VerkeerdeSleutel("made by another practice", "crypto.anderePraktijk");
    }

    /** A passphrase or code that was tried and failed (counts towards the back-off); not a file of another practice. */
    public boolean telt() {
        return key.equals("crypto.verkeerdeSleutel");
    }

    @Override
    public String messageKey() {
        return key;
    }
}
