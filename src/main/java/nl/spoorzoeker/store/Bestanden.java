package nl.spoorzoeker.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writing a file the coach asked for (a PDF, a calendar, a proof file) so that it is either the
 * old file or the whole new one: written beside it under a temporary name, forced to disk, then
 * moved over it in one step. A full disk or a crash never leaves half a file.
 */
public final class Bestanden {

    private Bestanden() {
    }

    /** Creates a folder readable by its owner only where the file system allows that (it may hold client data). */
    public static void maakPriveMap(Path map) throws IOException {
        Files.createDirectories(map);
        try {
            Files.setPosixFilePermissions(map, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException e) {
            // Windows: the folder sits in the user's own profile, private to the user already.
        }
    }

    /**
     * Forces a folder's entries to disk, so that a rename or a deletion in it survives a power
     * loss (a rename lives in the folder, not in the file: forcing the file does not keep it).
     * Windows cannot open a folder for this and flushes folder changes itself; there it does nothing.
     */
    public static void forceerMap(Path map) throws IOException {
        try (FileChannel kanaal = FileChannel.open(map, StandardOpenOption.READ)) {
            kanaal.force(true);
        } catch (java.nio.file.AccessDeniedException | UnsupportedOperationException e) {
            if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("win")) {
                throw e;
            }
        }
    }

    /** Forces a file's content to disk. */
    public static void forceer(Path bestand) throws IOException {
        try (FileChannel kanaal = FileChannel.open(bestand, StandardOpenOption.WRITE)) {
            kanaal.force(true);
        }
    }

    public static void schrijfAtomisch(Path doel, byte[] inhoud) throws IOException {
        Path map = doel.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(map, ".spoorzoeker-", ".tmp");
        try {
            try (FileChannel kanaal = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                var buffer = java.nio.ByteBuffer.wrap(inhoud);
                while (buffer.hasRemaining()) {
                    kanaal.write(buffer);
                }
                kanaal.force(true);
            }
            Breekpunt.na("atomisch.tmp-geschreven");
            Files.move(tmp, doel.toAbsolutePath(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Breekpunt.na("atomisch.tmp-verplaatst");
            forceerMap(map);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
