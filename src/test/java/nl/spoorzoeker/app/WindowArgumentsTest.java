package nl.spoorzoeker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The command lines that open the window, including the one a file association hands over. */
class WindowArgumentsTest {

    @Test
    void plainWindowCommandLines() {
        WindowArguments none = WindowArguments.parse(new String[0]).orElseThrow();
        assertNull(none.dataDir());
        assertNull(none.bestand());
        WindowArguments dir = WindowArguments.parse(new String[] {"--data-dir", "/tmp/p", "--demo"}).orElseThrow();
        assertEquals(Path.of("/tmp/p"), dir.dataDir());
        assertTrue(dir.demo());
    }

    @Test
    void anArchiveOrBackupOpenedFromTheDesktopOpensTheWindow() {
        WindowArguments archief = WindowArguments.parse(new String[] {"/home/coach/Praktijk.SZX"}).orElseThrow();
        assertEquals(Path.of("/home/coach/Praktijk.SZX"), archief.bestand());
        assertNull(archief.dataDir());
        WindowArguments backup = WindowArguments.parse(new String[] {"--data-dir", "/tmp/p", "/b/x.szb"}).orElseThrow();
        assertEquals(Path.of("/b/x.szb"), backup.bestand());
        assertEquals(Path.of("/tmp/p"), backup.dataDir());
        WindowArguments uri = WindowArguments.parse(new String[] {"file:///home/coach/Mijn%20export.szx"}).orElseThrow();
        assertEquals(Path.of("/home/coach/Mijn export.szx"), uri.bestand());
    }

    @Test
    void everythingElseIsLeftToPicocli() {
        assertTrue(WindowArguments.parse(new String[] {"import", "x.szx"}).isEmpty());
        assertTrue(WindowArguments.parse(new String[] {"restore", "x.szb"}).isEmpty());
        assertTrue(WindowArguments.parse(new String[] {"a.szx", "b.szx"}).isEmpty());
        assertTrue(WindowArguments.parse(new String[] {"notities.txt"}).isEmpty());
        assertTrue(WindowArguments.parse(new String[] {"--data-dir"}).isEmpty());
    }
}
