package nl.spoorzoeker.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import nl.spoorzoeker.input.Weigering;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.spoorzoeker.app.DataDirectory;

/** Handing a report to the system's PDF viewer: a private folder, a safe name, the OS's own opener. */
class SysteemViewerTest {

    @TempDir
    Path dir;

    @Test
    void eachOsHasItsOwnOpener() {
        Path f = Path.of("/x/Rapport.pdf");
        assertEquals("xdg-open", SysteemViewer.opener("Linux", f).getFirst());
        assertEquals(List.of("open", f.toAbsolutePath().toString()), SysteemViewer.opener("Mac OS X", f));
        assertEquals("rundll32", SysteemViewer.opener("Windows 11", f).getFirst());
    }

    @Test
    void namesCannotEscapeTheFolder() {
        assertEquals("Eindrapportage 2026-11-22 v1.pdf", SysteemViewer.veiligeNaam("Eindrapportage 2026-11-22 v1.pdf"));
        assertEquals(".._.._etc_passwd", SysteemViewer.veiligeNaam("../../etc/passwd"));
        assertEquals("a_b_c_.pdf", SysteemViewer.veiligeNaam("a:b*c?.pdf"));
        assertEquals("rapport.pdf", SysteemViewer.veiligeNaam("  "));
    }

    @Test
    void theFileGoesToAPrivateFolderThatIsEmptiedAtTheNextStart() throws Exception {
        Path map = dir.resolve("tijdelijk");
        SysteemViewer.gebruik(map);
        byte[] pdf = "%PDF-1.7 Zoë".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Path bestand = map.resolve("Voortgangsrapportage.pdf");
        try {
            assertEquals(bestand, SysteemViewer.open("Voortgangsrapportage.pdf", pdf));
        } catch (Weigering geenViewer) {
            // No desktop on a build machine: the coach gets the Dutch message, the file is still written.
            assertEquals("viewer.geen", geenViewer.messageKey());
        }
        assertArrayEquals(pdf, Files.readAllBytes(bestand));
        if (Files.getFileStore(map).supportsFileAttributeView("posix")) {
            assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                    PosixFilePermission.OWNER_EXECUTE), Files.getPosixFilePermissions(map));
            assertFalse(Files.getPosixFilePermissions(bestand).contains(PosixFilePermission.OTHERS_READ));
        }
        SysteemViewer.gebruik(map);
        assertTrue(Files.exists(bestand), "pointing a window at the folder removes nothing (a backup may be using it)");
        new DataDirectory(dir).ruimOpBijStart();
        assertTrue(Files.isDirectory(map));
        assertFalse(Files.exists(bestand), "what was handed to a viewer last time is removed at start");
    }
}
