package nl.spoorzoeker.crypto;

import java.util.Arrays;
import java.util.Optional;

/**
 * The practice's keys while the app is unlocked. Automatic backups, exports and restores ask for
 * them here instead of asking the coach again; locking wipes the data key from memory, so a locked
 * app (or one whose passphrase was never entered) cannot encrypt or decrypt anything.
 */
public final class Kluissessie {

    /** A copy of the unlocked keys for one task; the caller wipes {@link #dataSleutel()} when done. */
    public record Sleutels(Sleutelring ring, byte[] dataSleutel) {

        public void wis() {
            Arrays.fill(dataSleutel, (byte) 0);
        }

        /**
         * The data key for a file whose header carries {@code vanBestand} (a backup to restore): a copy
         * of this session's key when the file is this practice's; a file of another practice is
         * refused as such, instead of failing to decrypt and reading as damaged.
         */
        public byte[] voor(Sleutelring vanBestand) throws VerkeerdeSleutel {
            if (!ring.zelfdeDataSleutel(vanBestand)) {
                throw VerkeerdeSleutel.vanAnderePraktijk();
            }
            return dataSleutel.clone();
        }
    }

    private Sleutelring ring;
    private byte[] dataSleutel;

    public synchronized void ontgrendel(Sleutelring ring, byte[] dataSleutel) {
        vergrendel();
        this.ring = ring;
        this.dataSleutel = dataSleutel.clone();
    }

    /** After a passphrase change: the same data key under a new ring. */
    public synchronized void vervangRing(Sleutelring ring) {
        this.ring = ring;
    }

    public synchronized boolean ontgrendeld() {
        return dataSleutel != null;
    }

    /** A copy of the keys, or empty while locked. */
    public synchronized Optional<Sleutels> sleutels() {
        return dataSleutel == null ? Optional.empty() : Optional.of(new Sleutels(ring, dataSleutel.clone()));
    }

    public synchronized void vergrendel() {
        if (dataSleutel != null) {
            Arrays.fill(dataSleutel, (byte) 0);
        }
        dataSleutel = null;
        ring = null;
    }
}
