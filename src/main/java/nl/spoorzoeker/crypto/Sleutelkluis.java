package nl.spoorzoeker.crypto;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.spoorzoeker.input.Weigering;
import nl.spoorzoeker.store.Bestanden;

/**
 * The practice's key ring on disk, in the data folder ({@code sleutelring.szk}). Holds only wrapped
 * keys: without the passphrase or the recovery code it opens nothing. Written atomically, so a crash
 * while changing the passphrase leaves the old ring or the new one, never half of each.
 */
public final class Sleutelkluis {

    private final Path bestand;

    public Sleutelkluis(Path bestand) {
        this.bestand = bestand;
    }

    public boolean bestaat() {
        return Files.isRegularFile(bestand);
    }

    public Sleutelring lees() throws IOException, OngeldigBestand {
        if (!bestaat()) {
            throw new Weigering("kluis.geen");
        }
        return Sleutelring.lees(Files.readAllBytes(bestand));
    }

    /** Sets the passphrase for the first time; the returned recovery code is shown once, for printing. */
    public Sleutelring.Nieuw maak(char[] wachtwoord, KdfParameters kdf) throws IOException {
        if (bestaat()) {
            throw new Weigering("kluis.bestaat");
        }
        Wachtwoordregels.controleer(wachtwoord);
        Sleutelring.Nieuw nieuw = Sleutelring.maak(wachtwoord, kdf);
        Bestanden.maakPriveMap(bestand.toAbsolutePath().getParent());
        Bestanden.schrijfAtomisch(bestand, nieuw.ring().bytes());
        return nieuw;
    }

    /** Replaces the ring (after a passphrase change); the data key inside stays the same. */
    public void vervang(Sleutelring ring) throws IOException {
        Bestanden.schrijfAtomisch(bestand, ring.bytes());
    }
}
