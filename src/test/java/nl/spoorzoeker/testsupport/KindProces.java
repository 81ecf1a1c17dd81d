package nl.spoorzoeker.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real child JVM for the crash tests: started on this test class path, its output lines that
 * start with a marker counted as they come, killed with SIGKILL (no shutdown hook, no close).
 */
public final class KindProces {

    private final Process proces;
    private final Thread lezer;
    private final AtomicInteger eerste = new AtomicInteger();
    private final AtomicInteger laatste = new AtomicInteger();
    private final AtomicInteger aantal = new AtomicInteger();
    /** The child's last lines, whatever they say: why a child that never reported did not. */
    private final java.util.Deque<String> staart = new java.util.ArrayDeque<>();

    private KindProces(Process proces, String marker) {
        this.proces = proces;
        this.lezer = Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(proces.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String regel;
                while ((regel = r.readLine()) != null) {
                    synchronized (staart) {
                        staart.addLast(regel);
                        if (staart.size() > 30) {
                            staart.removeFirst();
                        }
                    }
                    if (regel.startsWith(marker)) {
                        String rest = regel.substring(marker.length()).trim();
                        int n = rest.matches("\\d+") ? Integer.parseInt(rest) : aantal.get() + 1;
                        eerste.compareAndSet(0, n);
                        laatste.set(n);
                        aantal.incrementAndGet();
                    }
                }
            } catch (IOException e) {
                // The pipe closes when the child is killed.
            }
        });
    }

    /** Starts {@code main} with {@code args}; lines starting with {@code marker} are counted. */
    public static KindProces start(Class<?> main, String marker, String... args) throws IOException {
        return start(List.of(), main, marker, args);
    }

    /** As {@link #start(Class, String, String...)} with JVM options first (a crash test's {@code -Dspoorzoeker.breekpunt=…}). */
    public static KindProces start(List<String> jvmOpties, Class<?> main, String marker, String... args) throws IOException {
        List<String> opdracht = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        opdracht.addAll(jvmOpties);
        opdracht.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        opdracht.addAll(List.of(args));
        return new KindProces(new ProcessBuilder(opdracht).redirectErrorStream(true).start(), marker);
    }

    /** Waits (at most 20 s) until the child reported once; false when it never did. */
    public boolean wachtOpEerste() throws InterruptedException {
        long tot = System.currentTimeMillis() + 20_000;
        while (aantal.get() == 0 && proces.isAlive() && System.currentTimeMillis() < tot) {
            Thread.sleep(5);
        }
        return aantal.get() > 0;
    }

    /** SIGKILL, then waits for the child and its output to end. */
    public void dood() throws InterruptedException {
        proces.destroyForcibly();
        proces.waitFor(10, TimeUnit.SECONDS);
        lezer.join(5000);
    }

    /** The number in the last reported line (or the count of reports when lines carry none). */
    public int laatste() {
        return laatste.get();
    }

    /** The child's last 30 lines of output (stdout and stderr), for a failure's message. */
    public String staart() {
        synchronized (staart) {
            return String.join("\n", staart);
        }
    }

    public boolean leeft() {
        return proces.isAlive();
    }

    public int aantal() {
        return aantal.get();
    }

    /** Waits (at most 60 s) for the child to end by itself and returns its exit status. */
    public int wachtOpEinde() throws InterruptedException {
        if (!proces.waitFor(60, TimeUnit.SECONDS)) {
            proces.destroyForcibly();
            throw new IllegalStateException("the child did not end within 60 s");
        }
        lezer.join(5000);
        return proces.exitValue();
    }
}
