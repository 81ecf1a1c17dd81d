package nl.spoorzoeker.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The named moments of a multi-step write (after each rename, deletion and forced write) where a
 * crash test stops the process, one after another, instead of hoping a random kill lands there.
 *
 * <p>Off unless the JVM was started with {@code -Dspoorzoeker.breekpunt=NAME} (the process halts
 * at once at that point, like a kill: no shutdown hooks, nothing flushed; {@code NAME#2} at its
 * second passing) or
 * {@code -Dspoorzoeker.breekpunten=FILE} (every point passed is appended to FILE, so a test can
 * enumerate the points of an operation before it kills at each). Read once at class load.
 */
public final class Breekpunt {

    private static final String STOP_OPGEGEVEN = System.getProperty("spoorzoeker.breekpunt");
    /** {@code NAME#n} stops at the n-th passing of a point that an operation passes more than once. */
    private static final String STOP = STOP_OPGEGEVEN == null ? null : STOP_OPGEGEVEN.replaceFirst("#\\d+$", "");
    private static final int KEER = STOP_OPGEGEVEN != null && STOP_OPGEGEVEN.matches(".*#\\d+")
            ? Integer.parseInt(STOP_OPGEGEVEN.substring(STOP_OPGEGEVEN.lastIndexOf('#') + 1)) : 1;
    private static final java.util.concurrent.atomic.AtomicInteger GEPASSEERD = new java.util.concurrent.atomic.AtomicInteger();
    private static final String LOG = System.getProperty("spoorzoeker.breekpunten");

    /**
     * Told of every point passed, on the thread passing it (null: nobody). For a test in this JVM that
     * must hold one thread at a point while another runs (two passes over the backups at once): a
     * kill cannot show what a second thread does meanwhile.
     */
    private static volatile java.util.function.Consumer<String> waarnemer;

    /** The exit status of a process stopped at a point: the same as a SIGKILL's. */
    public static final int STATUS = 137;

    private Breekpunt() {
    }

    /** Sets (or with null removes) the one observer of {@link #na}; see {@link #waarnemer}. */
    public static void waarneem(java.util.function.Consumer<String> w) {
        waarnemer = w;
    }

    /** Passes the point {@code naam}; in a crash test, the process may end here. */
    public static void na(String naam) {
        java.util.function.Consumer<String> w = waarnemer;
        if (w != null) {
            w.accept(naam);
        }
        if (STOP == null && LOG == null) {
            return;
        }
        if (LOG != null) {
            try {
                Files.writeString(Path.of(LOG), naam + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        if (naam.equals(STOP) && GEPASSEERD.incrementAndGet() == KEER) {
            Runtime.getRuntime().halt(STATUS);
        }
    }
}
