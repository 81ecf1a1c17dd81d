package nl.spoorzoeker.slot;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import nl.spoorzoeker.crypto.KdfParameters;
import nl.spoorzoeker.crypto.Kluissessie;
import nl.spoorzoeker.crypto.OngeldigBestand;
import nl.spoorzoeker.crypto.Sleutelkluis;
import nl.spoorzoeker.crypto.Sleutelring;
import nl.spoorzoeker.crypto.Sleutelring.Geopend;
import nl.spoorzoeker.crypto.VerkeerdeSleutel;
import nl.spoorzoeker.crypto.Wachtwoordregels;
import nl.spoorzoeker.input.Weigering;

/**
 * The practice passphrase at the door of the app: set once at the first start (the recovery code
 * is shown then, once), asked at every start and after the app locked, changed in Instellingen,
 * reset with the recovery code. Unlocking puts the data key in the {@link Kluissessie}; locking
 * wipes it. Wrong passphrases slow down after five ({@link Pogingen}, counted in the data folder,
 * so a restart does not start again). Nothing here touches the database: the key ring lives beside
 * it, so the door works even when the database will not open.
 */
public final class Ontgrendeling {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Ontgrendeling.class);

    /** The outcome of an attempt; {@code wacht} is how long the next attempt must wait. */
    public record Uitslag(boolean gelukt, Duration wacht) {
    }

    private final Sleutelkluis kluis;
    private final Kluissessie sessie;
    private final KdfParameters kdf;
    private final Pogingen pogingen;

    /** @param pogingen one per data folder and process (windows rebuilt for a language switch share it) */
    public Ontgrendeling(Sleutelkluis kluis, Kluissessie sessie, KdfParameters kdf, Pogingen pogingen) {
        this.kluis = kluis;
        this.sessie = sessie;
        this.kdf = kdf;
        this.pogingen = pogingen;
    }

    public boolean wachtwoordIngesteld() {
        return kluis.bestaat();
    }

    public boolean ontgrendeld() {
        return sessie.ontgrendeld();
    }

    /** First start: sets the passphrase, unlocks, and returns the recovery code to show once. */
    public String stelIn(char[] wachtwoord, char[] herhaling) throws IOException {
        try {
            if (!Arrays.equals(wachtwoord, herhaling)) {
                throw new Weigering("slot.fout.herhaling");
            }
            Sleutelring.Nieuw nieuw = kluis.maak(wachtwoord, kdf);
            sessie.ontgrendel(nieuw.ring(), nieuw.dataSleutel());
            Arrays.fill(nieuw.dataSleutel(), (byte) 0);
            return nieuw.herstelcode();
        } finally {
            Arrays.fill(herhaling, ' ');
            Arrays.fill(wachtwoord, ' ');
        }
    }

    /** Tries the passphrase; a refused attempt before the wait is over counts as nothing. */
    public Uitslag ontgrendel(char[] wachtwoord) throws IOException, OngeldigBestand {
        try {
            return poging(ring -> bewaard(ring, ring.openEnWerkBij(wachtwoord, kdf)));
        } finally {
            Arrays.fill(wachtwoord, ' ');
        }
    }

    /** A forgotten passphrase: the recovery code sets a new one and unlocks. */
    public Uitslag herstel(String herstelcode, char[] nieuw, char[] herhaling) throws IOException, OngeldigBestand {
        try {
            if (!Arrays.equals(nieuw, herhaling)) {
                throw new Weigering("slot.fout.herhaling");
            }
            Wachtwoordregels.controleer(nieuw);
            return poging(ring -> {
                byte[] sleutel = ring.openMetHerstelcode(herstelcode);
                Sleutelring vernieuwd = ring.metNieuwWachtwoordViaHerstelcode(herstelcode, nieuw, kdf);
                kluis.vervang(vernieuwd);
                return new Geopend(vernieuwd, sleutel);
            });
        } finally {
            Arrays.fill(nieuw, ' ');
            Arrays.fill(herhaling, ' ');
        }
    }

    /**
     * A ring of version 1 (written before 06-12-2026; its header has no checksum) comes back from
     * the passphrase rewritten in the current version and is kept: backups made from now on carry
     * a ring whose damage is refused before any key derivation. If it cannot be written, the old
     * ring serves.
     */
    private Geopend bewaard(Sleutelring gelezen, Geopend geopend) {
        if (geopend.ring() == gelezen) {
            return geopend;
        }
        try {
            kluis.vervang(geopend.ring());
            return geopend;
        } catch (IOException e) {
            LOG.warn("Could not rewrite the key ring in the current version; the old one stays", e);
            return new Geopend(gelezen, geopend.dataSleutel());
        }
    }

    @FunctionalInterface
    private interface Opening {
        Geopend open(Sleutelring ring) throws VerkeerdeSleutel, IOException;
    }

    /** One counted attempt: refused untried during a back-off; a wrong key lengthens the back-off. */
    private Uitslag poging(Opening opening) throws IOException, OngeldigBestand {
        Duration wacht = pogingen.wachttijd();
        if (!wacht.isZero()) {
            return new Uitslag(false, wacht);
        }
        try {
            Geopend g = opening.open(kluis.lees());
            sessie.ontgrendel(g.ring(), g.dataSleutel());
            Arrays.fill(g.dataSleutel(), (byte) 0);
            pogingen.gelukt();
            return new Uitslag(true, Duration.ZERO);
        } catch (VerkeerdeSleutel e) {
            pogingen.mislukt();
            return new Uitslag(false, pogingen.wachttijd());
        }
    }

    /** Instellingen: a new passphrase for the same data key (history stays readable). */
    public void wijzig(char[] oud, char[] nieuw, char[] herhaling) throws IOException, OngeldigBestand, VerkeerdeSleutel {
        try {
            if (!Arrays.equals(nieuw, herhaling)) {
                throw new Weigering("slot.fout.herhaling");
            }
            Wachtwoordregels.controleer(nieuw);
            Sleutelring vernieuwd = kluis.lees().metNieuwWachtwoord(oud, nieuw, kdf);
            kluis.vervang(vernieuwd);
            sessie.vervangRing(vernieuwd);
        } finally {
            Arrays.fill(oud, ' ');
            Arrays.fill(nieuw, ' ');
            Arrays.fill(herhaling, ' ');
        }
    }

    public void vergrendel() {
        sessie.vergrendel();
    }

    public int aantalMislukt() {
        return pogingen.aantalMislukt();
    }
}
