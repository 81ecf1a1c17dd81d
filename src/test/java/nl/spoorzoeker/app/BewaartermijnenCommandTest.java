package nl.spoorzoeker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code spoorzoeker bewaartermijnen}: what is due, or with --alle every ended traject. */
class BewaartermijnenCommandTest {

    @TempDir
    Path dir;

    private String run(String... args) {
        StringWriter out = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        assertEquals(0, Launcher.run(all, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true)));
        return out.toString();
    }

    @Test
    void listsWhatIsDueAndWithAlleEveryEndedTraject() {
        run("demo");
        // The demo's one ended traject ended today, at an eigenrisicodrager: kept five years.
        String due = run("bewaartermijnen");
        assertTrue(due.contains("0 trajecten te beoordelen."), due);
        String alle = run("bewaartermijnen", "--alle");
        assertTrue(alle.contains("Anne-Marie van den Berg") && alle.contains("Bewaren"), alle);
        assertTrue(alle.contains("1 traject te beoordelen."), alle);
    }
}
