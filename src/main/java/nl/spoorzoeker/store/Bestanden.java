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

    /** Writes {@code inhoud} over the (existing, empty) file {@code bestand} and forces it to disk. */
    static void schrijfGeforceerd(Path bestand, byte[] inhoud) throws IOException {
        try (FileChannel kanaal = FileChannel.open(bestand, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            var buffer = java.nio.ByteBuffer.wrap(inhoud);
            while (buffer.hasRemaining()) {
                kanaal.write(buffer);
            }
            kanaal.force(true);
        }
    }

    public static void schrijfAtomisch(Path doel, byte[] inhoud) throws IOException {
        Path map = doel.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(map, ".spoorzoeker-", ".tmp");
        try {
            try {
                schrijfGeforceerd(tmp, inhoud);
            } catch (IOException e) {
                throw benoem(e, map);
            }
            Breekpunt.na("atomisch.tmp-geschreven");
            Files.move(tmp, doel.toAbsolutePath(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Breekpunt.na("atomisch.tmp-verplaatst");
            forceerMap(map);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * The record, in the data folder, of temporary files written outside it (beside a file the coach
     * chose on another file system): one path a line, removed by the next start when a kill left one.
     */
    public static final String ONDERWEG = "buiten-onderweg";

    /**
     * Puts a finished file from the private temp folder at {@code doel}, a place the coach chose:
     * one atomic rename when both are on one file system; otherwise a copy under a temporary name
     * beside {@code doel}, forced, then renamed — with that temporary name first recorded in
     * {@code register} (forced), so a kill halfway leaves a file the next start finds and removes
     * ({@link #ruimOnderwegOp}). The folder of {@code doel} is forced after the rename.
     */
    public static void plaatsBuiten(Path bron, Path doel, Path register) throws IOException {
        try {
            Files.move(bron, doel, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            Breekpunt.na("buiten.naar-doel");
            forceerMap(doel.getParent());
            return;
        } catch (java.nio.file.AtomicMoveNotSupportedException anderSysteem) {
            // Another file system (a USB stick): copy beside the target, recorded first.
        }
        Path naast = doel.resolveSibling(".spoorzoeker-" + java.util.UUID.randomUUID() + ".tmp");
        onderweg(register, naast, true);
        try {
            Files.copy(bron, naast);
            forceer(naast);
            Breekpunt.na("buiten.kopie-geforceerd");
            Files.move(naast, doel, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            Breekpunt.na("buiten.naar-doel");
            forceerMap(doel.getParent());
        } finally {
            Files.deleteIfExists(naast);
            onderweg(register, naast, false);
        }
    }

    private static synchronized void onderweg(Path register, Path naast, boolean erbij) throws IOException {
        java.util.List<String> regels = new java.util.ArrayList<>(Files.exists(register)
                ? Files.readAllLines(register, java.nio.charset.StandardCharsets.UTF_8) : java.util.List.of());
        regels.remove(naast.toString());
        if (erbij) {
            regels.add(naast.toString());
        }
        if (regels.isEmpty()) {
            Files.deleteIfExists(register);
        } else {
            schrijfAtomisch(register, (String.join("\n", regels) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Breekpunt.na(erbij ? "buiten.naam-vastgelegd" : "buiten.naam-afgemeld");
    }

    /**
     * At start: removes the temporary files {@link #plaatsBuiten} recorded and a kill left (only names
     * of its own form), then the record.
     */
    public static void ruimOnderwegOp(Path register) throws IOException {
        if (!Files.exists(register)) {
            return;
        }
        for (String regel : Files.readAllLines(register, java.nio.charset.StandardCharsets.UTF_8)) {
            if (regel.isBlank()) {
                continue;
            }
            Path p = Path.of(regel.strip());
            String naam = p.getFileName().toString();
            if (naam.startsWith(".spoorzoeker-") && naam.endsWith(".tmp")) {
                Files.deleteIfExists(p);
            }
        }
        Files.delete(register);
    }

    /**
     * A write refused for want of room, a read-only medium or rights names no file when the system
     * refuses the write itself ("No space left on device"): the message could then only say "the
     * disk is full". This names {@code plek}, the folder written to, so the coach learns which disk
     * (issue 23 item 5). Other failures, and those that name a file already, are returned as they are.
     */
    public static IOException benoem(IOException e, Path plek) {
        if (e instanceof java.nio.file.FileSystemException fs && fs.getFile() != null) {
            return e;
        }
        StoreFailure soort = StoreFailure.of(e);
        if (soort != StoreFailure.DISK_FULL && soort != StoreFailure.READ_ONLY && soort != StoreFailure.NO_PERMISSION) {
            return e;
        }
        var benoemd = new java.nio.file.FileSystemException(plek.toAbsolutePath().toString(), null, e.getMessage());
        benoemd.initCause(e);
        return benoemd;
    }
}
