package nl.spoorzoeker.crypto;

import nl.spoorzoeker.input.Weigering;

/** What a practice passphrase must be: long enough to resist guessing when a backup is stolen. */
public final class Wachtwoordregels {

    public static final int MINIMUM = 10;

    private Wachtwoordregels() {
    }

    public static void controleer(char[] wachtwoord) {
        if (wachtwoord == null || wachtwoord.length < MINIMUM) {
            throw new Weigering("kluis.wachtwoordTeKort");
        }
        boolean alleenSpaties = true;
        for (char c : wachtwoord) {
            alleenSpaties &= Character.isWhitespace(c);
        }
        if (alleenSpaties) {
            throw new Weigering("kluis.wachtwoordTeKort");
        }
    }
}
