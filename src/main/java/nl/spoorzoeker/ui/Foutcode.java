package nl.spoorzoeker.ui;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A short code derived from a failure (Cryptomator's error codes): the same failure at the same
 * place gives the same code on every run and every laptop, so a code the coach reads out finds the
 * log line and recognises a known problem. Two halves: the failure as thrown and its root cause,
 * each its exception class and the method it was thrown from (no line numbers: a small change
 * elsewhere in the file does not change the code; no messages: they may name a client's file).
 */
public final class Foutcode {

    private static final int MAX_REGELS = 12;

    private Foutcode() {
    }

    public static String van(Throwable fout) {
        return deel(fout) + "-" + deel(oorzaak(fout));
    }

    /** For "Kopieer details": the code, the version, and each exception's class and frames, without messages. */
    public static String details(Throwable fout, String versie) {
        StringBuilder tekst = new StringBuilder("Spoorzoeker ").append(versie).append(" · ").append(van(fout)).append('\n');
        for (Throwable t = fout; t != null; t = t.getCause() == t ? null : t.getCause()) {
            tekst.append(t == fout ? "" : "Caused by: ").append(t.getClass().getName()).append('\n');
            StackTraceElement[] regels = t.getStackTrace();
            for (int i = 0; i < Math.min(MAX_REGELS, regels.length); i++) {
                tekst.append("    at ").append(regels[i]).append('\n');
            }
            if (regels.length > MAX_REGELS) {
                tekst.append("    … ").append(regels.length - MAX_REGELS).append('\n');
            }
        }
        return tekst.toString();
    }

    private static Throwable oorzaak(Throwable fout) {
        Throwable t = fout;
        for (int diepte = 0; t.getCause() != null && t.getCause() != t && diepte < 32; diepte++) {
            t = t.getCause();
        }
        return t;
    }

    private static String deel(Throwable t) {
        StackTraceElement[] regels = t.getStackTrace();
        String plek = regels.length == 0 ? "" : regels[0].getClassName() + "." + regels[0].getMethodName();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((t.getClass().getName() + "@" + plek).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().withUpperCase().formatHex(hash, 0, 2);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
