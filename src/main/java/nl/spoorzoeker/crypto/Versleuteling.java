package nl.spoorzoeker.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The encrypted file format of backups and exports (version 1): a header, then the content in
 * blocks of 64 KiB (1 MiB in files written before 25-11-2026: the header names the size), each sealed with AES-256-GCM under the practice's data key (the STREAM
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
    /**
     * 64 KiB, like age's STREAM. It was 1 MiB; with one cipher call per block a fresh process
     * (a restore or import right after start) decrypted 400 MB in 6–7 s before the JIT had the
     * hardware path compiled, against 1.8 s with 64 KiB blocks (measured with a fresh JVM each).
     */
    static final int BLOK = 64 << 10;
    static final int MAX_BLOK = 16 << 20;
    static final int KOP = 4 + 1 + Sleutelring.LENGTE + 7 + 4;
    private static final int TAG = 16;
    private static final int STUK = 4096;

    private Versleuteling() {
    }

    /** How the data key is found for a file's ring: with the passphrase, the recovery code, or the key already open. */
    @FunctionalInterface
    public interface Ontgrendeling {
        byte[] dataSleutel(Sleutelring ring) throws VerkeerdeSleutel;
    }

    public static void versleutel(InputStream in, OutputStream out, Sleutelring ring, byte[] dataSleutel)
            throws IOException {
        versleutel(in, out, ring, dataSleutel, BLOK);
    }

    /** With another block size: how files of an earlier version were written (tests keep reading those). */
    static void versleutel(InputStream in, OutputStream out, Sleutelring ring, byte[] dataSleutel, int blok)
            throws IOException {
        byte[] prefix = Sleutelring.willekeurig(7);
        byte[] kop = ByteBuffer.allocate(KOP).put(MAGIC).put((byte) VERSIE).put(ring.bytes()).put(prefix).putInt(blok)
                .array();
        out.write(kop);
        // Two read buffers and one output buffer for the whole file: a 400-MB backup used to leave
        // 800 MB of short-lived arrays for the collector, which took CPU from the check beside it.
        byte[] huidig = new byte[blok];
        byte[] volgend = new byte[blok];
        byte[] verzegeld = new byte[blok + TAG];
        Cipher cipher = aesGcm();
        SecretKeySpec sleutel = new SecretKeySpec(dataSleutel, "AES");
        int nHuidig = in.readNBytes(huidig, 0, blok);
        int teller = 0;
        while (true) {
            int nVolgend = nHuidig < blok ? 0 : in.readNBytes(volgend, 0, blok);
            boolean laatste = nVolgend == 0;
            out.write(verzegeld, 0, verzegel(cipher, sleutel, nonce(prefix, teller, laatste), kop, huidig, nHuidig,
                    verzegeld));
            if (laatste) {
                return;
            }
            byte[] gelezen = huidig;
            huidig = volgend;
            volgend = gelezen;
            nHuidig = nVolgend;
            teller = volgendeTeller(teller);
        }
    }

    /**
     * Seals one block into {@code uit}; returns the length written (the block plus its tag). The
     * block goes through the cipher in pieces of {@value #STUK} bytes although one call would do:
     * the JDK's AES-GCM runs at hardware speed only in code the JIT has compiled, and with one
     * 1-MiB call per block a fresh process (the backup at start, made before anything else used
     * the cipher) stayed in the slow path for most of the file: 5–6 s instead of 0.4 s for
     * 400 MB, measured with a fresh JVM each (4 KiB pieces of 1-MiB blocks; 64-KiB pieces took
     * 0.9 s). The bytes written are the same.
     */
    private static int verzegel(Cipher cipher, SecretKeySpec sleutel, byte[] nonce, byte[] kop, byte[] blok, int lengte,
                                byte[] uit) throws IOException {
        try {
            cipher.init(Cipher.ENCRYPT_MODE, sleutel, new GCMParameterSpec(TAG * 8, nonce));
            cipher.updateAAD(kop);
            int n = 0;
            for (int p = 0; p < lengte; p += STUK) {
                n += cipher.update(blok, p, Math.min(STUK, lengte - p), uit, n);
            }
            return n + cipher.doFinal(uit, n);
        } catch (GeneralSecurityException e) {
            throw new IOException("AES-GCM", e);
        }
    }

    private static Cipher aesGcm() throws IOException {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IOException("AES-GCM", e);
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
            Cipher cipher = aesGcm();
            SecretKeySpec sleutel = new SecretKeySpec(dataSleutel, "AES");
            byte[] huidig = new byte[blok + TAG];
            byte[] volgend = new byte[blok + TAG];
            byte[] open = new byte[blok];
            int nHuidig = in.readNBytes(huidig, 0, blok + TAG);
            int teller = 0;
            while (true) {
                int nVolgend = nHuidig < blok + TAG ? 0 : in.readNBytes(volgend, 0, blok + TAG);
                boolean laatste = nVolgend == 0;
                if (nHuidig < TAG) {
                    throw new OngeldigBestand("afgekapt");
                }
                int n;
                try {
                    cipher.init(Cipher.DECRYPT_MODE, sleutel, new GCMParameterSpec(TAG * 8, nonce(prefix, teller, laatste)));
                    cipher.updateAAD(kop);
                    n = cipher.doFinal(huidig, 0, nHuidig, open, 0);
                } catch (GeneralSecurityException e) {
                    throw new OngeldigBestand("blok " + teller); // a tag that does not fit, above all
                }
                out.write(open, 0, n);
                if (laatste) {
                    return;
                }
                byte[] gelezen = huidig;
                huidig = volgend;
                volgend = gelezen;
                nHuidig = nVolgend;
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
