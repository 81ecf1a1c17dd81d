package nl.spoorzoeker.app;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A second start on the same data folder asks the running instance to come to the front by
 * touching a file there; the running instance watches the folder. No sockets, no network.
 */
public final class FocusRequests implements AutoCloseable {

    static final String REQUEST_FILE = "venster-naar-voren";
    // Looked up when first needed: creating a logger starts logging, which must stay off the start-up path.
    private static Logger log() {
        return LoggerFactory.getLogger(FocusRequests.class);
    }

    private final WatchService watcher;

    private FocusRequests(WatchService watcher) {
        this.watcher = watcher;
    }

    /** Sent by the second instance before it exits. */
    public static void send(Path dataDir) {
        try {
            Files.writeString(dataDir.resolve(REQUEST_FILE), Instant.now().toString());
        } catch (IOException e) {
            log().warn("Could not ask the running instance to come forward", e);
        }
    }

    /** Starts watching; {@code onRequest} runs on a daemon thread for every request. */
    public static FocusRequests listen(Path dataDir, Runnable onRequest) throws IOException {
        WatchService watcher = dataDir.getFileSystem().newWatchService();
        dataDir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        Thread thread = new Thread(() -> loop(watcher, onRequest), "spoorzoeker-focus");
        thread.setDaemon(true);
        thread.start();
        return new FocusRequests(watcher);
    }

    private static void loop(WatchService watcher, Runnable onRequest) {
        try {
            while (true) {
                WatchKey key = watcher.take();
                boolean requested = key.pollEvents().stream()
                        .anyMatch(event -> REQUEST_FILE.equals(String.valueOf(event.context())));
                if (requested) {
                    onRequest.run();
                }
                if (!key.reset()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // closed at shutdown
        }
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }
}
