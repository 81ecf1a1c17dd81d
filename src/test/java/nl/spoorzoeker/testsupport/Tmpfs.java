package nl.spoorzoeker.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A small tmpfs folder for disk-full tests (reliability.md D8). Needs the right to mount (root in a
 * container, as on the CI machines); where that is missing the test says so and is skipped.
 */
public final class Tmpfs implements AutoCloseable {

    private final Path map;

    private Tmpfs(Path map) {
        this.map = map;
    }

    public static Optional<Tmpfs> mount(Path map, String grootte) throws IOException, InterruptedException {
        if (!System.getProperty("os.name").toLowerCase().contains("linux")) {
            return Optional.empty();
        }
        Files.createDirectories(map);
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + grootte, "tmpfs", map.toString())
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
            return Optional.empty();
        }
        return Optional.of(new Tmpfs(map));
    }

    public Path map() {
        return map;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        new ProcessBuilder("umount", "-l", map.toString()).redirectErrorStream(true).start().waitFor(10, TimeUnit.SECONDS);
    }
}
