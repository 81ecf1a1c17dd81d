package nl.spoorzoeker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One Spoorzoeker per data folder, with a real second process holding the lock. */
class InstanceLockTest {

    @TempDir
    Path dir;

    private Process holdLockInOtherProcess() throws Exception {
        return holdLockInOtherProcess("VENSTER");
    }

    private Process holdLockInOtherProcess(String houder) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                LockHolderMain.class.getName(), dir.toString(), houder)).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("LOCKED", out.readLine());
        return child;
    }

    @Test
    void aSecondProcessCannotTakeTheFolderButCanAfterTheFirstIsKilled() throws Exception {
        Process first = holdLockInOtherProcess();
        try {
            assertTrue(InstanceLock.tryAcquire(dir).isEmpty());
        } finally {
            first.destroyForcibly(); // SIGKILL: no shutdown hooks, no cleanup
            first.waitFor(10, TimeUnit.SECONDS);
        }
        try (InstanceLock lock = InstanceLock.tryAcquire(dir).orElseThrow()) {
            assertTrue(InstanceLock.tryAcquire(dir).isEmpty(), "the same process must not get it twice either");
        }
        InstanceLock.tryAcquire(dir).orElseThrow().close();
    }

    @Test
    void theCommandLineRefusesALockedFolderWithADutchMessage() throws Exception {
        Process first = holdLockInOtherProcess();
        try {
            StringWriter err = new StringWriter();
            int code = Launcher.run(new String[] {"--data-dir", dir.toString(), "dossiers"},
                    new PrintWriter(new StringWriter()), new PrintWriter(err, true));
            assertEquals(Cli.EXIT_LOCKED, code);
            assertTrue(err.toString().contains("geopend in een venster") && err.toString().contains("Sluit het venster"),
                    err.toString());
            assertFalse(err.toString().contains("naar voren gehaald"), "a command brings no window forward");
        } finally {
            first.destroyForcibly();
            first.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aSecondStartIsToldWhenTheHolderIsACommandNotAWindow() throws Exception {
        Process first = holdLockInOtherProcess("OPDRACHT");
        try {
            assertEquals(java.util.Optional.of(InstanceLock.Houder.OPDRACHT), InstanceLock.houder(dir));
            StringWriter err = new StringWriter();
            int code = Launcher.run(new String[] {"--data-dir", dir.toString(), "dossiers"},
                    new PrintWriter(new StringWriter()), new PrintWriter(err, true));
            assertEquals(Cli.EXIT_LOCKED, code);
            assertTrue(err.toString().contains("andere opdracht"), err.toString());
            // The window's start (GuiStarter) says a command is busy instead of "the window was brought forward".
            java.io.ByteArrayOutputStream fout = new java.io.ByteArrayOutputStream();
            java.io.PrintStream oud = System.err;
            System.setErr(new java.io.PrintStream(fout, true, StandardCharsets.UTF_8));
            try {
                assertEquals(Cli.EXIT_LOCKED, GuiStarter.start(new DataDirectory(dir), false));
            } finally {
                System.setErr(oud);
            }
            String gezegd = fout.toString(StandardCharsets.UTF_8);
            assertTrue(gezegd.contains("werkt nu met de gegevensmap") && !gezegd.contains("naar voren gehaald"), gezegd);
        } finally {
            first.destroyForcibly();
            first.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aSecondStartWithAnArchiveHandsTheFileToTheRunningWindow() throws Exception {
        java.util.concurrent.CompletableFuture<java.util.Optional<java.nio.file.Path>> gevraagd =
                new java.util.concurrent.CompletableFuture<>();
        java.nio.file.Path archief = java.nio.file.Files.write(dir.resolve("Çiğdem Yılmaz.szx"), new byte[] {1});
        Process first = holdLockInOtherProcess();
        try (FocusRequests listening = FocusRequests.listen(dir, gevraagd::complete)) {
            int code = Launcher.run(new String[] {"--data-dir", dir.toString(), archief.toString()},
                    new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter(), true));
            assertEquals(Cli.EXIT_LOCKED, code);
            assertEquals(java.util.Optional.of(archief.toAbsolutePath()), gevraagd.get(10, TimeUnit.SECONDS));
        } finally {
            first.destroyForcibly();
            first.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aSecondWindowStartAsksTheFirstToComeForwardAndExits() throws Exception {
        java.util.concurrent.CountDownLatch asked = new java.util.concurrent.CountDownLatch(1);
        Process first = holdLockInOtherProcess();
        try (FocusRequests listening = FocusRequests.listen(dir, bestand -> asked.countDown())) {
            StringWriter err = new StringWriter();
            long start = System.nanoTime();
            int code = Launcher.run(new String[] {"--data-dir", dir.toString()},
                    new PrintWriter(new StringWriter()), new PrintWriter(err, true));
            assertEquals(Cli.EXIT_LOCKED, code);
            assertTrue(asked.await(10, TimeUnit.SECONDS), "the running window was asked to come forward");
            assertTrue(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start) < 10);
        } finally {
            first.destroyForcibly();
            first.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
