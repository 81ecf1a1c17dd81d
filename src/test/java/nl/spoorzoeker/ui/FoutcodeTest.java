package nl.spoorzoeker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/**
 * The error code is derived from the failure: the same failure at the same place gives the same
 * code (on every run: nothing random, no message, no line number), another class or another
 * place gives another; the details to copy carry the stack but no message text.
 */
class FoutcodeTest {

    private static IOException hier(String bericht) {
        return new IOException(bericht);
    }

    private static IOException daar(String bericht) {
        return new IOException(bericht);
    }

    @Test
    void theSameFailureAtTheSamePlaceHasTheSameCodeWhateverItsMessage() {
        assertEquals(Foutcode.van(hier("Jan de Vries.pdf")), Foutcode.van(hier("iets anders")));
        assertTrue(Foutcode.van(hier("x")).matches("[0-9A-F]{4}-[0-9A-F]{4}"), Foutcode.van(hier("x")));
    }

    @Test
    void anotherPlaceOrAnotherClassOrAnotherCauseGivesAnotherCode() {
        assertNotEquals(Foutcode.van(hier("x")), Foutcode.van(daar("x")), "another method");
        assertNotEquals(Foutcode.van(hier("x")), Foutcode.van(new IllegalStateException("x")), "another class");
        String met = Foutcode.van(new UncheckedIOException(hier("x")));
        String ander = Foutcode.van(new UncheckedIOException(new IOException(new IllegalArgumentException("y"))));
        assertEquals(met.substring(0, 4), ander.substring(0, 4), "the same outer failure");
        assertNotEquals(met.substring(5), ander.substring(5), "the root cause is the second half");
    }

    /** Fixed by hand from a known input: a code that changed between runs or versions would fail here. */
    @Test
    void theCodeOfAKnownFailureIsFixed() {
        IOException bekend = new IOException("x");
        bekend.setStackTrace(new StackTraceElement[] {new StackTraceElement("nl.spoorzoeker.X", "y", "X.java", 1)});
        IOException zelfde = new IOException("z");
        zelfde.setStackTrace(new StackTraceElement[] {new StackTraceElement("nl.spoorzoeker.X", "y", "X.java", 99)});
        assertEquals(Foutcode.van(bekend), Foutcode.van(zelfde), "line numbers do not count");
        assertEquals(sha("java.io.IOException@nl.spoorzoeker.X.y"), Foutcode.van(bekend).substring(0, 4));
    }

    @Test
    void theDetailsCarryTheCodeAndStackButNoMessage() {
        IOException fout = hier("Jan de Vries.pdf");
        String details = Foutcode.details(new IllegalStateException("geheim", fout), "1.2.3");
        assertTrue(details.contains(Foutcode.van(new IllegalStateException("geheim", fout)).substring(5)), details);
        assertTrue(details.contains("Caused by: java.io.IOException") && details.contains("FoutcodeTest.hier"), details);
        assertTrue(details.contains("1.2.3"));
        assertFalse(details.contains("Jan de Vries") || details.contains("geheim"), details);
    }

    private static String sha(String tekst) {
        try {
            byte[] h = java.security.MessageDigest.getInstance("SHA-256").digest(tekst.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().withUpperCase().formatHex(h, 0, 2);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
