package nl.spoorzoeker.app;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One running Spoorzoeker per data folder, enforced with an OS file lock. The OS releases the lock
 * when the process dies, however it dies, so a crash never leaves a stale lock behind
 * (unlike a marker file; cf. KeePassXC's stale .lock files in reliability.md §1.7).
 */
public final class InstanceLock implements AutoCloseable {

    static final String LOCK_FILE = "spoorzoeker.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** What holds the folder: the window, or a command (backup, export, …) — a second start is told which. */
    public enum Houder { VENSTER, OPDRACHT }

    /** Empty when another process (or this one) already holds the folder. Taken for a command. */
    public static Optional<InstanceLock> tryAcquire(Path dataDir) throws IOException {
        return tryAcquire(dataDir, Houder.OPDRACHT);
    }

    /**
     * What holds the folder, as the holder wrote it into the lock file; empty when nothing says so
     * (an older version, or a system where the held file cannot be read).
     */
    public static Optional<Houder> houder(Path dataDir) {
        try {
            String[] delen = Files.readString(dataDir.resolve(LOCK_FILE), StandardCharsets.US_ASCII).strip().split(" ");
            return delen.length == 2 ? Optional.of(Houder.valueOf(delen[1])) : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Empty when another process (or this one) already holds the folder. */
    public static Optional<InstanceLock> tryAcquire(Path dataDir, Houder houder) throws IOException {
        FileChannel channel = FileChannel.open(dataDir.resolve(LOCK_FILE),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + " " + houder.name())
                    .getBytes(StandardCharsets.US_ASCII)));
            channel.force(true);
            return Optional.of(new InstanceLock(channel, lock));
        } catch (OverlappingFileLockException e) {
            channel.close();
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
