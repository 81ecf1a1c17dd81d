package nl.spoorzoeker.praktijk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class LogoTest {

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private static byte[] startingWith(byte[] magic, int length) {
        byte[] bytes = new byte[length];
        System.arraycopy(magic, 0, bytes, 0, Math.min(magic.length, length));
        return bytes;
    }

    @Test
    void pngIsRecognised() {
        byte[] png = startingWith(PNG_MAGIC, 1000);
        assertEquals(Optional.of("image/png"), Logo.mediaType(png));
        assertEquals(Optional.empty(), Logo.problem(png));
    }

    @Test
    void jpegIsRecognised() {
        for (int marker : new int[] {0xE0, 0xE1, 0xDB, 0xEE}) { // JFIF, Exif, raw, Adobe
            byte[] jpeg = startingWith(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) marker}, 1000);
            assertEquals(Optional.of("image/jpeg"), Logo.mediaType(jpeg));
            assertEquals(Optional.empty(), Logo.problem(jpeg));
        }
    }

    @Test
    void exactlyTheMagicIsEnough() {
        assertEquals(Optional.of("image/png"), Logo.mediaType(PNG_MAGIC.clone()));
        assertEquals(Optional.of("image/jpeg"), Logo.mediaType(JPEG_MAGIC.clone()));
    }

    @Test
    void truncatedMagicIsNotAnImage() {
        for (int n = 0; n < PNG_MAGIC.length; n++) {
            assertEquals(Optional.empty(), Logo.mediaType(Arrays.copyOf(PNG_MAGIC, n)), "PNG magic of " + n + " bytes");
        }
        for (int n = 0; n < JPEG_MAGIC.length; n++) {
            assertEquals(Optional.empty(), Logo.mediaType(Arrays.copyOf(JPEG_MAGIC, n)), "JPEG magic of " + n + " bytes");
        }
    }

    @Test
    void everyByteOfTheMagicMatters() {
        for (int i = 0; i < PNG_MAGIC.length; i++) {
            byte[] broken = startingWith(PNG_MAGIC, 64);
            broken[i] ^= 0x01;
            assertEquals(Optional.empty(), Logo.mediaType(broken), "PNG magic broken at " + i);
        }
        for (int i = 0; i < JPEG_MAGIC.length; i++) {
            byte[] broken = startingWith(JPEG_MAGIC, 64);
            broken[i] ^= 0x01;
            assertEquals(Optional.empty(), Logo.mediaType(broken), "JPEG magic broken at " + i);
        }
    }

    @Test
    void magicMustBeAtTheStart() {
        byte[] bytes = new byte[100];
        System.arraycopy(PNG_MAGIC, 0, bytes, 1, PNG_MAGIC.length);
        assertEquals(Optional.empty(), Logo.mediaType(bytes));
    }

    @Test
    void otherFormatsAreNotImagesForALogo() {
        for (String header : new String[] {"GIF89a", "GIF87a", "RIFF\0\0\0\0WEBP", "BM", "<svg xmlns=", "<?xml ", "%PDF-1.7",
                "II*\0", "PK\u0003\u0004", "png", "\u0089png\r\n\u001a\n"}) {
            byte[] bytes = startingWith(header.getBytes(StandardCharsets.ISO_8859_1), 200);
            assertEquals(Optional.empty(), Logo.mediaType(bytes), header);
            assertEquals(Optional.of("praktijk.logo.notImage"), Logo.problem(bytes), header);
        }
    }

    @Test
    void emptyFileIsNotAnImage() {
        assertEquals(Optional.empty(), Logo.mediaType(new byte[0]));
        assertEquals(Optional.of("praktijk.logo.notImage"), Logo.problem(new byte[0]));
    }

    @Test
    void twoMebibytesIsTheLimit() {
        assertEquals(2 * 1024 * 1024, Logo.MAX_BYTES);
        assertEquals(Optional.empty(), Logo.problem(startingWith(PNG_MAGIC, Logo.MAX_BYTES)));
        assertEquals(Optional.empty(), Logo.problem(startingWith(JPEG_MAGIC, Logo.MAX_BYTES)));
        assertEquals(Optional.of("praktijk.logo.tooLarge"), Logo.problem(startingWith(PNG_MAGIC, Logo.MAX_BYTES + 1)));
        assertEquals(Optional.of("praktijk.logo.tooLarge"), Logo.problem(startingWith(JPEG_MAGIC, Logo.MAX_BYTES + 1)));
    }

    @Test
    void sizeIsReportedBeforeType() {
        assertEquals(Optional.of("praktijk.logo.tooLarge"), Logo.problem(new byte[Logo.MAX_BYTES + 1]));
    }

    @Test
    void mediaTypeDoesNotCareAboutSize() {
        assertEquals(Optional.of("image/png"), Logo.mediaType(startingWith(PNG_MAGIC, Logo.MAX_BYTES + 1)));
    }

    @Provide
    Arbitrary<byte[]> randomBytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(64)
                .filter(b -> !startsWith(b, PNG_MAGIC) && !startsWith(b, JPEG_MAGIC));
    }

    @Property(tries = 2000)
    void randomBytesAreRejected(@ForAll("randomBytes") byte[] bytes) {
        assertTrue(Logo.mediaType(bytes).isEmpty());
        assertEquals(Optional.of("praktijk.logo.notImage"), Logo.problem(bytes));
    }

    @Property(tries = 500)
    void anythingAfterTheMagicIsAccepted(@ForAll byte[] tail, @ForAll boolean png) {
        byte[] magic = png ? PNG_MAGIC : JPEG_MAGIC;
        byte[] bytes = Arrays.copyOf(magic, magic.length + tail.length);
        System.arraycopy(tail, 0, bytes, magic.length, tail.length);
        assertEquals(Optional.of(png ? "image/png" : "image/jpeg"), Logo.mediaType(bytes));
        assertFalse(Logo.problem(bytes).isPresent());
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
