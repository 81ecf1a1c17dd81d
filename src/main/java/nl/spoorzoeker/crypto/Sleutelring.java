package nl.spoorzoeker.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Locale;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The practice's data key, wrapped twice: once with a key from the passphrase (Argon2id), once with
 * the recovery key that is printed at setup. Every backup and export is encrypted with the data key
 * and carries this ring in its header, so a file can be opened on a new laptop with the passphrase
 * or the recovery code alone. Changing the passphrase re-wraps the same data key: nothing already
 * written has to be re-encrypted.
 *
 * <p>Layout (129 bytes): "SZKR", version, Argon2 memory KiB / iterations / lanes (3 × int), salt
 * (16), nonce (12) + wrapped key (32 + 16 tag) for the passphrase, nonce (12) + wrapped key (48)
 * for the recovery key. The first 33 bytes (the header) are the associated data of the passphrase
 * wrap, so the Argon2 parameters and salt cannot be swapped without the unwrapping failing.
 *
 * <p>That check comes after the derivation, and the derivation costs what the header says. So the
 * costs are bounded before anything is derived ({@link KdfParameters}), and since version 2 the
 * passphrase wrap's nonce is the header's checksum (the first 12 bytes of SHA-256 over a label and
 * the header) instead of 12 random bytes: a damaged header is refused as a damaged file before any
 * derivation, instead of costing an unlock's time and memory and then reading as a wrong
 * passphrase. The nonce stays unique: every wrap has a fresh salt, hence a fresh key and header.
 * Version 1 rings (random nonce) are still read, with the bounds; new rings are version 2.
 */
public final class Sleutelring {

    static final byte[] MAGIC = "SZKR".getBytes(StandardCharsets.US_ASCII);
    /** Written from 06-12-2026; {@link #VERSIE_1} is still read. */
    static final int VERSIE = 2;
    static final int VERSIE_1 = 1;
    static final int LENGTE = 4 + 1 + 12 + 16 + 2 * (12 + 48);
    private static final int KOP = 4 + 1 + 12 + 16;
    /** The recovery wrap is bound to the format only, not to the passphrase's salt: it survives a passphrase change. */
    private static final byte[] HERSTEL_AAD = "SZKR-herstel-1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CONTROLE_LABEL = "SZKR-kop-2".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Crockford's base 32: no I, L, O, U, so a printed code is read back without confusion. */
    private static final String ALFABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private final byte[] bytes;

    private Sleutelring(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A new ring for a new data key; the recovery code is shown once, for printing. */
    public record Nieuw(Sleutelring ring, byte[] dataSleutel, String herstelcode) {
    }

    public static Nieuw maak(char[] wachtwoord, KdfParameters kdf) {
        return maak(wachtwoord, kdf, VERSIE);
    }

    /** In a given version: how rings of an earlier version were written (tests keep reading those). */
    static Nieuw maak(char[] wachtwoord, KdfParameters kdf, int versie) {
        byte[] dataSleutel = willekeurig(32);
        byte[] herstel = willekeurig(32);
        Sleutelring ring = wikkel(dataSleutel, wachtwoord, herstel, kdf, versie);
        String code = herstelcode(herstel);
        Arrays.fill(herstel, (byte) 0);
        return new Nieuw(ring, dataSleutel, code);
    }

    /** The same data key under a new passphrase; the recovery code stays valid. */
    public Sleutelring metNieuwWachtwoord(char[] oud, char[] nieuw, KdfParameters kdf) throws VerkeerdeSleutel {
        return herwikkel(open(oud), nieuw, kdf);
    }

    /** A forgotten passphrase: the recovery code sets a new one (and stays valid itself). */
    public Sleutelring metNieuwWachtwoordViaHerstelcode(String code, char[] nieuw, KdfParameters kdf)
            throws VerkeerdeSleutel {
        return herwikkel(openMetHerstelcode(code), nieuw, kdf);
    }

    private Sleutelring herwikkel(byte[] dataSleutel, char[] nieuw, KdfParameters kdf) {
        try {
            byte[] salt = willekeurig(16);
            byte[] kop = kop(kdf, salt, VERSIE);
            byte[] kek = kdf.leid(nieuw, salt);
            byte[] nonce = controle(kop);
            byte[] gewikkeld = gcm(Cipher.ENCRYPT_MODE, kek, nonce, kop, dataSleutel);
            Arrays.fill(kek, (byte) 0);
            return new Sleutelring(ByteBuffer.allocate(LENGTE).put(kop).put(nonce).put(gewikkeld)
                    .put(bytes, KOP + 60, 60).array());
        } finally {
            Arrays.fill(dataSleutel, (byte) 0);
        }
    }

    /** Unwraps the data key with the passphrase. */
    public byte[] open(char[] wachtwoord) throws VerkeerdeSleutel {
        KdfParameters kdf = kdf();
        byte[] kek = kdf.leid(wachtwoord, Arrays.copyOfRange(bytes, 17, KOP));
        try {
            return gcm(Cipher.DECRYPT_MODE, kek, Arrays.copyOfRange(bytes, KOP, KOP + 12), kop(),
                    Arrays.copyOfRange(bytes, KOP + 12, KOP + 60));
        } catch (IllegalStateException e) {
            throw new VerkeerdeSleutel();
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    /** A data key and the ring to keep from now on. */
    public record Geopend(Sleutelring ring, byte[] dataSleutel) {
    }

    /**
     * Unwraps the data key with the passphrase; a ring of version 1 comes back rewritten in the
     * current version (the same data key and recovery wrap, a new salt, {@code kdf}), to be kept
     * instead of this one. One derivation more, once.
     */
    public Geopend openEnWerkBij(char[] wachtwoord, KdfParameters kdf) throws VerkeerdeSleutel {
        byte[] dataSleutel = open(wachtwoord);
        return new Geopend(versie() == VERSIE ? this : herwikkel(dataSleutel.clone(), wachtwoord, kdf), dataSleutel);
    }

    /** Unwraps the data key with the printed recovery code (spaces, dashes and case do not matter). */
    public byte[] openMetHerstelcode(String code) throws VerkeerdeSleutel {
        byte[] herstel = leesHerstelcode(code);
        try {
            return gcm(Cipher.DECRYPT_MODE, herstel, Arrays.copyOfRange(bytes, KOP + 60, KOP + 72), HERSTEL_AAD,
                    Arrays.copyOfRange(bytes, KOP + 72, LENGTE));
        } catch (IllegalStateException e) {
            throw new VerkeerdeSleutel();
        } finally {
            Arrays.fill(herstel, (byte) 0);
        }
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * Whether {@code ander} (a backup's header) wraps the same data key as this ring, told without a
     * key: every passphrase change copies the recovery wrap unchanged ({@link #herwikkel}), and a new
     * practice draws a fresh data key and recovery key, so equal recovery wraps mean this practice's
     * key and different ones another practice's — a file that would otherwise read as damaged.
     */
    public boolean zelfdeDataSleutel(Sleutelring ander) {
        return Arrays.equals(bytes, KOP + 60, LENGTE, ander.bytes, KOP + 60, LENGTE);
    }

    /**
     * Reads a ring; a wrong length, magic or version, Argon2 costs out of bounds, or (version 2) a
     * header that does not match its checksum are refused here, before anything is derived.
     */
    public static Sleutelring lees(byte[] bytes) throws OngeldigBestand {
        if (bytes.length != LENGTE || !Arrays.equals(bytes, 0, 4, MAGIC, 0, 4)
                || (bytes[4] != VERSIE && bytes[4] != VERSIE_1)) {
            throw new OngeldigBestand("sleutelring");
        }
        if (bytes[4] == VERSIE && !MessageDigest.isEqual(controle(Arrays.copyOf(bytes, KOP)),
                Arrays.copyOfRange(bytes, KOP, KOP + 12))) {
            throw new OngeldigBestand("sleutelring kop");
        }
        ByteBuffer b = ByteBuffer.wrap(bytes, 5, 12);
        if (!KdfParameters.binnenGrenzen(b.getInt(), b.getInt(), b.getInt())) {
            throw new OngeldigBestand("argon2");
        }
        return new Sleutelring(bytes.clone());
    }

    /** 1 for a ring written before 06-12-2026 (no checksum over its header), else 2. */
    public int versie() {
        return bytes[4];
    }

    KdfParameters kdf() {
        ByteBuffer b = ByteBuffer.wrap(bytes, 5, 12);
        return new KdfParameters(b.getInt(), b.getInt(), b.getInt());
    }

    private byte[] kop() {
        return Arrays.copyOf(bytes, KOP);
    }

    private static Sleutelring wikkel(byte[] dataSleutel, char[] wachtwoord, byte[] herstel, KdfParameters kdf,
                                      int versie) {
        byte[] salt = willekeurig(16);
        byte[] kop = kop(kdf, salt, versie);
        byte[] kek = kdf.leid(wachtwoord, salt);
        byte[] nonceW = versie == VERSIE_1 ? willekeurig(12) : controle(kop);
        byte[] nonceH = willekeurig(12);
        byte[] viaWachtwoord = gcm(Cipher.ENCRYPT_MODE, kek, nonceW, kop, dataSleutel);
        byte[] viaHerstel = gcm(Cipher.ENCRYPT_MODE, herstel, nonceH, HERSTEL_AAD, dataSleutel);
        Arrays.fill(kek, (byte) 0);
        return new Sleutelring(ByteBuffer.allocate(LENGTE).put(kop).put(nonceW).put(viaWachtwoord).put(nonceH)
                .put(viaHerstel).array());
    }

    private static byte[] kop(KdfParameters kdf, byte[] salt, int versie) {
        return ByteBuffer.allocate(KOP).put(MAGIC).put((byte) versie).putInt(kdf.geheugenKiB()).putInt(kdf.iteraties())
                .putInt(kdf.parallel()).put(salt).array();
    }

    /** Version 2's checksum of the header, which is also the nonce of the passphrase wrap. */
    static byte[] controle(byte[] kop) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(CONTROLE_LABEL);
            return Arrays.copyOf(sha.digest(kop), 12);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** AES-256-GCM with a 128-bit tag; a failed tag check is an IllegalStateException. */
    static byte[] gcm(int modus, byte[] sleutel, byte[] nonce, byte[] aad, byte[] invoer) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(modus, new SecretKeySpec(sleutel, "AES"), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(aad);
            return cipher.doFinal(invoer);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new IllegalStateException("tag", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] willekeurig(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    /** 32 bytes as 52 base-32 characters in groups of four: easy to print, type and read aloud. */
    static String herstelcode(byte[] herstel) {
        StringBuilder code = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        int tekens = 0;
        for (byte b : herstel) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                if (tekens > 0 && tekens % 4 == 0) {
                    code.append('-');
                }
                code.append(ALFABET.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
                tekens++;
            }
        }
        if (bits > 0) {
            code.append(ALFABET.charAt((buffer << (5 - bits)) & 31));
        }
        return code.toString();
    }

    static byte[] leesHerstelcode(String code) throws VerkeerdeSleutel {
        String schoon = code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT)
                .replace('O', '0').replace('I', '1').replace('L', '1');
        if (schoon.length() != 52) {
            throw new VerkeerdeSleutel();
        }
        byte[] uit = new byte[32];
        int buffer = 0;
        int bits = 0;
        int i = 0;
        for (char c : schoon.toCharArray()) {
            int waarde = ALFABET.indexOf(c);
            if (waarde < 0) {
                throw new VerkeerdeSleutel();
            }
            buffer = (buffer << 5) | waarde;
            bits += 5;
            if (bits >= 8 && i < 32) {
                uit[i++] = (byte) (buffer >> (bits - 8));
                bits -= 8;
            }
        }
        return uit;
    }
}
