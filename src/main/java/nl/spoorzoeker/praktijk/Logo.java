package nl.spoorzoeker.praktijk;

import java.util.Arrays;
import java.util.Optional;

/** Checks a logo file before it is stored: PNG or JPEG, and small enough for every report. */
public final class Logo {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private Logo() {
    }

    /** The media type of an acceptable logo, or empty when the bytes are not a PNG or JPEG. */
    public static Optional<String> mediaType(byte[] bytes) {
        if (startsWith(bytes, PNG)) {
            return Optional.of("image/png");
        }
        if (startsWith(bytes, JPEG)) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    /** i18n key of the problem with these bytes, or empty when they make a good logo. */
    public static Optional<String> problem(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return Optional.of("praktijk.logo.tooLarge");
        }
        return mediaType(bytes).isPresent() ? Optional.empty() : Optional.of("praktijk.logo.notImage");
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
