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
            Files.move(tmp, doel.toAbsolutePath(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
