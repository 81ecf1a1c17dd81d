package nl.spoorzoeker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The log's net under every line: paths out, the rest of the line as it was. */
class NaamlozeLayoutTest {

    private static String schoon(String regel) {
        return NaamlozeLayout.zonderPaden(regel);
    }

    @Test
    void pathsAsTheJdkWritesThemLoseTheirNamesAndKeepTheirReason() {
        assertEquals("java.nio.file.AccessDeniedException: [pad]",
                schoon("java.nio.file.AccessDeniedException: /home/coach/Mohammed El Amrani - burn-out.pdf"));
        assertEquals("java.nio.file.FileSystemException: [pad]: Not a directory",
                schoon("java.nio.file.FileSystemException: /tmp/uit/Mohammed El Amrani/x.tmp: Not a directory"));
        assertEquals("java.io.FileNotFoundException: [pad] (Permission denied)",
                schoon("java.io.FileNotFoundException: /srv/Sanne Bakker.pdf (Permission denied)"));
        assertEquals("Caused by: java.nio.file.FileSystemException: [pad] -> [pad]: Invalid cross-device link",
                schoon("Caused by: java.nio.file.FileSystemException: /a/b c.tmp -> /d/Sanne Bakker.pdf: Invalid cross-device link"));
        assertEquals("Could not write [pad]: disk full",
                schoon("Could not write C:\\Users\\coach\\Documenten\\Mohammed El Amrani.pdf: disk full"));
        assertEquals("opened '[pad]' twice", schoon("opened '\\\\server\\share\\Çiğdem Yılmaz.szx' twice"));
        assertEquals("loaded from file:[pad]", schoon("loaded from file:/home/coach/Mohammed/app.jar"));
    }

    @Test
    void whatIsNotAPathStaysAsItWas() {
        for (String regel : new String[] {
                "2026-11-24 09:00:00,000 INFO  [main] nl.spoorzoeker.store.Database - Database open, schema version 12",
                "\tat nl.spoorzoeker.app.ReportCommand.run(ReportCommand.java:126)",
                "Backup made (dagelijks): 412 KB; 3/4 checked and/or verified",
                "see https://example.org/docs/page for more"}) {
            assertEquals(regel, schoon(regel));
        }
        assertEquals("first line [pad]\n\tat x.Y.z(Y.java:1)", schoon("first line /tmp/a b.pdf\n\tat x.Y.z(Y.java:1)"));
    }
}
