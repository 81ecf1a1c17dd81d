package nl.spoorzoeker.app;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.regex.Pattern;

/**
 * The log line as the pattern makes it, with every absolute file path taken out (issue 17 item 7).
 * The code logs ids and counts, but an exception's message is written by the JDK or a library and
 * holds the path it failed on: "AccessDeniedException: /home/coach/Mohammed El Amrani - burn-out.pdf",
 * the file a coach named after the werknemer. This is the net under every logger, the stack traces
 * included; the reason after the path ("Not a directory", "(Permission denied)") stays.
 */
public final class NaamlozeLayout extends PatternLayout {

    /** What a path is replaced by. */
    static final String PAD = "[pad]";

    /**
     * An absolute path (Unix, a Windows drive, a UNC share) after a space, quote, bracket, "=" or
     * "file:", running — spaces included, as in file names — up to the separator the JDK puts after
     * it (": reason", " (reason)", " -> other"), a quote, or the end of the line.
     */
    private static final Pattern PADEN = Pattern.compile(
            "(?<=^|[\\s\"'(=\\[<]|file:)(?:/|[A-Za-z]:\\\\|\\\\\\\\)[^\\r\\n\"'<>|]*?(?=: |\\s\\(|\\s->|[\"'\\r\\n]|$)",
            Pattern.MULTILINE);

    @Override
    public String doLayout(ILoggingEvent event) {
        return zonderPaden(super.doLayout(event));
    }

    static String zonderPaden(String tekst) {
        return tekst.indexOf('/') < 0 && tekst.indexOf('\\') < 0 ? tekst : PADEN.matcher(tekst).replaceAll(PAD);
    }
}
