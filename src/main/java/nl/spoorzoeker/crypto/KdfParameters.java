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
 * @param geheugenKiB memory in KiB (default 64 MiB; OWASP's floor is 19 MiB)
 * @param iteraties   passes over the memory
 * @param parallel    lanes
 */
public record KdfParameters(int geheugenKiB, int iteraties, int parallel) {

    /** About 0.5–1 s on a laptop (reliability.md S3). */
    public static final KdfParameters STANDAARD = new KdfParameters(64 * 1024, 3, 1);
    /** Refused when read from a file: a tampered header must not make us allocate gigabytes or spin for hours. */
    static final int MAX_GEHEUGEN_KIB = 4 * 1024 * 1024;
    static final int MAX_ITERATIES = 64;

    public KdfParameters {
        if (geheugenKiB < 8 * parallel || geheugenKiB > MAX_GEHEUGEN_KIB || iteraties < 1 || iteraties > MAX_ITERATIES
                || parallel < 1 || parallel > 16) {
            throw new IllegalArgumentException("Argon2 parameters out of range");
        }
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
