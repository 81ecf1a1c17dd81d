package nl.spoorzoeker.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.crypto.Cipher;

/**
 * The encrypted file format of backups and exports (version 1): a header, then the content in
 * blocks of 1 MiB, each sealed with AES-256-GCM under the practice's data key (the STREAM
 * construction: nonce = random 7-byte prefix, block counter, last-block flag; the header is the
 * associated data of every block). Blocks cannot be dropped, reordered, cut off or appended to
 * without a tag failing; a large database never has to fit in memory.
 *
 * <p>Header (145 bytes): "SZVB", version, the {@link Sleutelring} (129), nonce prefix (7), block
 * size (int). The ring makes a file self-contained: the passphrase or the printed recovery code
 * opens it on any laptop.
 *
 * <p>Decryption writes each block as it is verified. <b>A caller writes to a temporary file and
 * uses it only when {@link #ontsleutel} returns</b>: any exception means the file is not authentic
 * and what was written must be thrown away.
 */
public final class Versleuteling {

    static final byte[] MAGIC = "SZVB".getBytes(StandardCharsets.US_ASCII);
    static final int VERSIE = 1;
    static final int BLOK = 1 << 20;
    static final int MAX_BLOK = 16 << 20;
    static final int KOP = 4 + 1 + Sleutelring.LENGTE + 7 + 4;
    private static final int TAG = 16;

    private Versleuteling() {
    }

    /** How the data key is found for a file's ring: with the passphrase, the recovery code, or the key already open. */
    @FunctionalInterface
    public interface Ontgrendeling {
        byte[] dataSleutel(Sleutelring ring) throws VerkeerdeSleutel;
    }

    public static void versleutel(InputStream in, OutputStream out, Sleutelring ring, byte[] dataSleutel)
            throws IOException {
        byte[] prefix = Sleutelring.willekeurig(7);
        byte[] kop = ByteBuffer.allocate(KOP).put(MAGIC).put((byte) VERSIE).put(ring.bytes()).put(prefix).putInt(BLOK)
                .array();
        out.write(kop);
        byte[] huidig = in.readNBytes(BLOK);
        int teller = 0;
        while (true) {
            byte[] volgend = huidig.length < BLOK ? new byte[0] : in.readNBytes(BLOK);
            boolean laatste = volgend.length == 0;
            out.write(Sleutelring.gcm(Cipher.ENCRYPT_MODE, dataSleutel, nonce(prefix, teller, laatste), kop, huidig));
            if (laatste) {
                return;
            }
            huidig = volgend;
            teller = volgendeTeller(teller);
        }
    }

    /** Reads just the key ring of a file (to ask for the passphrase before decrypting). */
    public static Sleutelring ring(InputStream in) throws IOException, OngeldigBestand {
        return Sleutelring.lees(Arrays.copyOfRange(kop(in), 5, 5 + Sleutelring.LENGTE));
    }

    public static void ontsleutel(InputStream in, OutputStream out, Ontgrendeling ontgrendeling)
            throws IOException, OngeldigBestand, VerkeerdeSleutel {
        byte[] kop = kop(in);
        Sleutelring ring = Sleutelring.lees(Arrays.copyOfRange(kop, 5, 5 + Sleutelring.LENGTE));
        byte[] prefix = Arrays.copyOfRange(kop, 5 + Sleutelring.LENGTE, 5 + Sleutelring.LENGTE + 7);
        int blok = ByteBuffer.wrap(kop, KOP - 4, 4).getInt();
        if (blok < 1 || blok > MAX_BLOK) {
            throw new OngeldigBestand("blokgrootte");
        }
        byte[] dataSleutel = ontgrendeling.dataSleutel(ring);
        try {
            byte[] huidig = in.readNBytes(blok + TAG);
            int teller = 0;
            while (true) {
                byte[] volgend = huidig.length < blok + TAG ? new byte[0] : in.readNBytes(blok + TAG);
                boolean laatste = volgend.length == 0;
                if (huidig.length < TAG) {
                    throw new OngeldigBestand("afgekapt");
                }
                try {
                    out.write(Sleutelring.gcm(Cipher.DECRYPT_MODE, dataSleutel, nonce(prefix, teller, laatste), kop,
                            huidig));
                } catch (IllegalStateException e) {
                    throw new OngeldigBestand("blok " + teller);
                }
                if (laatste) {
                    return;
                }
                huidig = volgend;
                teller = volgendeTeller(teller);
            }
        } finally {
            Arrays.fill(dataSleutel, (byte) 0);
        }
    }

    private static byte[] kop(InputStream in) throws IOException, OngeldigBestand {
        byte[] kop = in.readNBytes(KOP);
        if (kop.length != KOP || !Arrays.equals(kop, 0, 4, MAGIC, 0, 4)) {
            throw new OngeldigBestand("kop");
        }
        if (kop[4] != VERSIE) {
            throw new OngeldigBestand("versie");
        }
        return kop;
    }

    private static byte[] nonce(byte[] prefix, int teller, boolean laatste) {
        return ByteBuffer.allocate(12).put(prefix).putInt(teller).put((byte) (laatste ? 1 : 0)).array();
    }

    private static int volgendeTeller(int teller) throws IOException {
        if (teller == Integer.MAX_VALUE) {
            throw new IOException("file too large for one encrypted stream");
        }
        return teller + 1;
    }
}
