package nl.spoorzoeker.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Cipher;
import javax.crypto.KDF;
import javax.crypto.SecretKey;
import javax.crypto.spec.HKDFParameterSpec;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The encrypted file format of backups and exports: a header, then the content in blocks of
 * 64 KiB, each sealed with AES-256-GCM (the STREAM construction: nonce = block counter and
 * last-block flag; the whole header is the associated data of every block). Blocks cannot be
 * dropped, reordered, cut off or appended to without a tag failing; a large database never has to
 * fit in memory.
 *
 * <p><b>Version 2</b> (written since 06-12-2026; header 186 bytes): "SZVB", 2, the
 * {@link Sleutelring} (129), a salt (32 random bytes, fresh per file), block size (int), and a check
 * (the first 16 bytes of SHA-256 over a label and the 170 bytes before it). The blocks are sealed
 * with a key of their own per file, derived with HKDF-SHA256 from the practice's data key and the
 * salt, as age does: the data key itself never encrypts content, so no two files share a key and
 * nonce uniqueness no longer rests on random bits across all files ever written. The check is no
 * secret (there is no key before the passphrase); it makes a damaged header — any byte of it, the
 * ring's wrapped keys included — a damaged file before the passphrase is asked for, instead of a
 * "wrong passphrase" after it. A forger who recomputes it still meets the tags: the header is the
 * associated data of every block, and the salt chooses the key.
 *
 * <p><b>Version 1</b> (until 06-12-2026; header 145 bytes, still read): "SZVB", 1, the ring, a
 * random 7-byte nonce prefix, block size; every block sealed directly with the data key, nonce =
 * prefix | counter | flag. Files written before 25-11-2026 have 1-MiB blocks: the header names the
 * size.
 *
 * <p>The ring makes a file self-contained: the passphrase or the printed recovery code opens it on
 * any laptop.
 *
 * <p>Decryption writes each block as it is verified. <b>A caller writes to a temporary file and
 * uses it only when {@link #ontsleutel} returns</b>: any exception means the file is not authentic
 * and what was written must be thrown away.
 */
public final class Versleuteling {

    static final byte[] MAGIC = "SZVB".getBytes(StandardCharsets.US_ASCII);
    static final int VERSIE = 2;
    static final int VERSIE_1 = 1;
    /**
     * 64 KiB, like age's STREAM. It was 1 MiB; with one cipher call per block a fresh process
     * (a restore or import right after start) decrypted 400 MB in 6–7 s before the JIT had the
     * hardware path compiled, against 1.8 s with 64 KiB blocks (measured with a fresh JVM each).
     */
    static final int BLOK = 64 << 10;
    static final int MAX_BLOK = 16 << 20;
    static final int SALT = 32;
    private static final int CONTROLE = 16;
    /** Version 2's header: magic, version, ring, salt, block size, check. */
    static final int KOP = 4 + 1 + Sleutelring.LENGTE + SALT + 4 + CONTROLE;
    /** Version 1's header: magic, version, ring, nonce prefix, block size. */
    static final int KOP_1 = 4 + 1 + Sleutelring.LENGTE + 7 + 4;
    /**
     * HKDF's info: names the format, its version and the key's purpose, so that a key derived here
     * can never equal one derived from the same data key for anything else.
     */
    private static final byte[] INFO = "spoorzoeker SZVB-2 inhoudssleutel".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CONTROLE_LABEL = "SZVB-kop-2".getBytes(StandardCharsets.US_ASCII);
    /** Version 2 needs no nonce prefix: its key seals one file only. */
    private static final byte[] GEEN_PREFIX = new byte[7];
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
        versleutel(in, out, ring, dataSleutel, BLOK, VERSIE);
    }

    /**
     * In a given version and block size: how files of an earlier version were written (tests keep
     * reading those; the app writes only {@link #VERSIE} with {@link #BLOK}).
     */
    static void versleutel(InputStream in, OutputStream out, Sleutelring ring, byte[] dataSleutel, int blok,
                           int versie) throws IOException {
        byte[] kop;
        byte[] prefix;
        SecretKey sleutel;
        if (versie == VERSIE_1) {
            prefix = Sleutelring.willekeurig(7);
            kop = ByteBuffer.allocate(KOP_1).put(MAGIC).put((byte) VERSIE_1).put(ring.bytes()).put(prefix).putInt(blok)
                    .array();
            sleutel = new SecretKeySpec(dataSleutel, "AES");
        } else {
            byte[] salt = Sleutelring.willekeurig(SALT);
            ByteBuffer b = ByteBuffer.allocate(KOP).put(MAGIC).put((byte) VERSIE).put(ring.bytes()).put(salt)
                    .putInt(blok);
            kop = b.put(controle(b.array())).array();
            prefix = GEEN_PREFIX;
            sleutel = bestandssleutel(dataSleutel, salt);
        }
        out.write(kop);
        // Two read buffers and one output buffer for the whole file: a 400-MB backup used to leave
        // 800 MB of short-lived arrays for the collector, which took CPU from the check beside it.
        byte[] huidig = new byte[blok];
        byte[] volgend = new byte[blok];
        byte[] verzegeld = new byte[blok + TAG];
        Cipher cipher = aesGcm();
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
     * A version-2 file's own key: HKDF-SHA256 (RFC 5869) with the data key as input key material
     * and the file's salt as salt. 32 random bytes make a repeated salt, and so a repeated key,
     * as unlikely as guessing a key; the 7-byte nonce prefix of version 1 gave 56 random bits.
     */
    static SecretKey bestandssleutel(byte[] dataSleutel, byte[] salt) throws IOException {
        try {
            return KDF.getInstance("HKDF-SHA256").deriveKey("AES",
                    HKDFParameterSpec.ofExtract().addIKM(dataSleutel).addSalt(salt).thenExpand(INFO, 32));
        } catch (GeneralSecurityException e) {
            throw new IOException("HKDF-SHA256", e);
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
    private static int verzegel(Cipher cipher, SecretKey sleutel, byte[] nonce, byte[] kop, byte[] blok, int lengte,
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
        boolean versie1 = kop[4] == VERSIE_1;
        Sleutelring ring = Sleutelring.lees(Arrays.copyOfRange(kop, 5, 5 + Sleutelring.LENGTE));
        int na = 5 + Sleutelring.LENGTE;
        byte[] prefixOfSalt = Arrays.copyOfRange(kop, na, na + (versie1 ? 7 : SALT));
        int blok = ByteBuffer.wrap(kop, na + prefixOfSalt.length, 4).getInt();
        if (blok < 1 || blok > MAX_BLOK) {
            throw new OngeldigBestand("blokgrootte");
        }
        byte[] dataSleutel = ontgrendeling.dataSleutel(ring);
        try {
            Cipher cipher = aesGcm();
            SecretKey sleutel = versie1 ? new SecretKeySpec(dataSleutel, "AES") : bestandssleutel(dataSleutel, prefixOfSalt);
            byte[] prefix = versie1 ? prefixOfSalt : GEEN_PREFIX;
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

    /** The header of either version; a version-2 header that does not match its check is damaged. */
    private static byte[] kop(InputStream in) throws IOException, OngeldigBestand {
        byte[] begin = in.readNBytes(5);
        if (begin.length != 5 || !Arrays.equals(begin, 0, 4, MAGIC, 0, 4)) {
            throw new OngeldigBestand("kop");
        }
        if (begin[4] != VERSIE && begin[4] != VERSIE_1) {
            throw new OngeldigBestand("versie");
        }
        int lengte = begin[4] == VERSIE ? KOP : KOP_1;
        byte[] kop = Arrays.copyOf(begin, lengte);
        if (in.readNBytes(kop, 5, lengte - 5) != lengte - 5) {
            throw new OngeldigBestand("kop");
        }
        if (begin[4] == VERSIE && !MessageDigest.isEqual(controle(Arrays.copyOf(kop, KOP - CONTROLE)),
                Arrays.copyOfRange(kop, KOP - CONTROLE, KOP))) {
            throw new OngeldigBestand("kop controle");
        }
        return kop;
    }

    /** Version 2's check over the header before it (its last 16 bytes, the check itself, are left out). */
    private static byte[] controle(byte[] kop) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(CONTROLE_LABEL);
            sha.update(kop, 0, KOP - CONTROLE);
            return Arrays.copyOf(sha.digest(), CONTROLE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
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
