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
import nl.spoorzoeker.store.Bestanden;

/**
 * A second start on the same data folder asks the running instance to come to the front by
 * writing a file there; the running instance watches the folder. No sockets, no network. When the
 * second start came from opening an archive or backup on the desktop, the file names it, and the
 * running window offers to import or restore it.
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

    /** Sent by the second instance before it exits; {@code bestand} is the file it was asked to open, or null. */
    public static void send(Path dataDir, Path bestand) {
        try {
            String inhoud = Instant.now() + "\n" + (bestand == null ? "" : bestand.toAbsolutePath());
            // Whole or not at all: the watcher reads the file as soon as it appears.
            Bestanden.schrijfAtomisch(dataDir.resolve(REQUEST_FILE),
                    inhoud.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            log().warn("Could not ask the running instance to come forward", e);
        }
    }

    /** Starts watching; {@code onRequest} runs on a daemon thread for every request, with the file to open if any. */
    public static FocusRequests listen(Path dataDir, java.util.function.Consumer<java.util.Optional<Path>> onRequest)
            throws IOException {
        WatchService watcher = dataDir.getFileSystem().newWatchService();
        dataDir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        Thread thread = new Thread(() -> loop(watcher, () -> onRequest.accept(teOpenen(dataDir))), "spoorzoeker-focus");
        thread.setDaemon(true);
        thread.start();
        return new FocusRequests(watcher);
    }

    /** The file named in the request, if any and if it still exists. */
    static java.util.Optional<Path> teOpenen(Path dataDir) {
        try {
            java.util.List<String> regels = Files.readAllLines(dataDir.resolve(REQUEST_FILE), java.nio.charset.StandardCharsets.UTF_8);
            if (regels.size() < 2 || regels.get(1).isBlank()) {
                return java.util.Optional.empty();
            }
            Path bestand = Path.of(regels.get(1).strip());
            return Files.isRegularFile(bestand) ? java.util.Optional.of(bestand) : java.util.Optional.empty();
        } catch (IOException | RuntimeException e) {
            log().warn("Could not read the request of a second start", e);
            return java.util.Optional.empty();
        }
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
