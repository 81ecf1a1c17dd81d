package nl.spoorzoeker.crypto;

/** Key rings as earlier versions of the app wrote them, for tests outside this package. */
public final class OudeRingen {

    private OudeRingen() {
    }

    /** A version-1 ring (random nonce, no checksum over the header), as written before 06-12-2026. */
    public static Sleutelring.Nieuw versie1(char[] wachtwoord, KdfParameters kdf) {
        return Sleutelring.maak(wachtwoord, kdf, Sleutelring.VERSIE_1);
    }
}
