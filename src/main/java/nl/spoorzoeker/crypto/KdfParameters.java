package nl.spoorzoeker.crypto;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id cost of turning the practice passphrase into a key. Stored beside the salt in every
 * key ring, so old files stay readable when the defaults grow.
 *
 * <p>The costs are read from a file before anything can check that file (checking needs the key
 * they produce), so they are bounded here, for reading and writing alike: the app never writes a
 * ring it would refuse to read. The ceiling leaves room for {@link #STANDAARD} to grow fourfold in
 * memory and fivefold in work; a forged header costs at most about five standard unlocks and
 * 256 MiB, which fits the smallest default heap (512 MB, a quarter of a 2-GB laptop) beside the app. Until
 * 06-12-2026 the ceiling was 4 GiB and 64 passes: one flipped bit in a backup's memory field made
 * a restore allocate gigabytes and end in an OutOfMemoryError on a 1-GB heap (issue 23).
 *
 * @param geheugenKiB memory in KiB (default 64 MiB; OWASP's floor is 19 MiB)
 * @param iteraties   passes over the memory
 * @param parallel    lanes
 */
public record KdfParameters(int geheugenKiB, int iteraties, int parallel) {

    /** About 0.5–1 s on a laptop (reliability.md S3). */
    public static final KdfParameters STANDAARD = new KdfParameters(64 * 1024, 3, 1);
    static final int MAX_GEHEUGEN_KIB = 256 * 1024;
    static final int MAX_ITERATIES = 16;
    static final int MAX_PARALLEL = 16;
    /** Memory times passes, in KiB: 1 GiB of memory traffic, 5.3 times that of {@link #STANDAARD}. */
    static final long MAX_WERK_KIB = 1L << 20;

    public KdfParameters {
        if (!binnenGrenzen(geheugenKiB, iteraties, parallel)) {
            throw new IllegalArgumentException("Argon2 parameters out of range");
        }
    }

    /** Whether a file may ask for these costs; Argon2's own floor is 8 KiB per lane and one pass. */
    static boolean binnenGrenzen(int geheugenKiB, int iteraties, int parallel) {
        return parallel >= 1 && parallel <= MAX_PARALLEL && iteraties >= 1 && iteraties <= MAX_ITERATIES
                && geheugenKiB >= 8 * parallel && geheugenKiB <= MAX_GEHEUGEN_KIB
                && (long) geheugenKiB * iteraties <= MAX_WERK_KIB;
    }

    /** A 256-bit key from the passphrase and salt. The passphrase bytes are wiped after use. */
    byte[] leid(char[] wachtwoord, byte[] salt) {
        var encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(wachtwoord));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        Arrays.fill(encoded.array(), (byte) 0);
        try {
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                    .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                    .withMemoryAsKB(geheugenKiB).withIterations(iteraties).withParallelism(parallel)
                    .withSalt(salt).build());
            byte[] sleutel = new byte[32];
            generator.generateBytes(bytes, sleutel);
            return sleutel;
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
