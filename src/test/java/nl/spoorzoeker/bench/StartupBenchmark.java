package nl.spoorzoeker.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Cold start to first frame, measured from outside: a fresh JVM per run, wall time from process
 * start to the FIRST_FRAME line (window on screen) and the READY line (practice open, start screen
 * filled). Bare JavaFX window and Spoorzoeker on a 500-dossier practice alternate, in one run.
 */
final class StartupBenchmark {

    record Run(double firstFrameMs, double readyMs) {
    }

    static List<String> report(int runs, int dossiers) throws Exception {
        Path dataDir = Files.createTempDirectory("sz-bench-start");
        SyntheticPractice.create(dataDir, dossiers, Clock.systemDefaultZone());
        List<Run> bare = new ArrayList<>();
        List<Run> themed = new ArrayList<>();
        List<Run> app = new ArrayList<>();
        // One warm-up of each so that the OS file cache holds the jars, as it does on a laptop in use.
        launch(BareWindowMain.class.getName(), List.of());
        launch("nl.spoorzoeker.app.Launcher", List.of("--data-dir", dataDir.toString()));
        for (int i = 0; i < runs; i++) {
            bare.add(launch(BareWindowMain.class.getName(), List.of()));
            themed.add(launch(BareWindowMain.class.getName(), List.of("--themed")));
            app.add(launch("nl.spoorzoeker.app.Launcher", List.of("--data-dir", dataDir.toString())));
        }
        try (var files = Files.walk(dataDir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
        double bareFirst = Stats.median(bare.stream().mapToDouble(Run::firstFrameMs).toArray());
        double themedFirst = Stats.median(themed.stream().mapToDouble(Run::firstFrameMs).toArray());
        double appFirst = Stats.median(app.stream().mapToDouble(Run::firstFrameMs).toArray());
        double appReady = Stats.median(app.stream().mapToDouble(Run::readyMs).toArray());
        return List.of(
                Stats.row("bare JavaFX window, first frame (median of " + runs + ")", bareFirst, "ms", ""),
                Stats.row("bare JavaFX window with the AtlantaFX theme, first frame", themedFirst, "ms",
                        String.format("%.2fx bare", themedFirst / bareFirst)),
                Stats.row("Spoorzoeker, " + dossiers + " dossiers, first frame", appFirst, "ms",
                        String.format("%.2fx bare (goal <= 1.5x)", appFirst / bareFirst)),
                Stats.row("Spoorzoeker, " + dossiers + " dossiers, start screen filled", appReady, "ms",
                        String.format("%.2fx bare", appReady / bareFirst)));
    }

    private static Run launch(String mainClass, List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dspoorzoeker.exitAfterFirstFrame=true",
                "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true",
                "--enable-native-access=ALL-UNNAMED"));
        if (System.getenv("DISPLAY") == null) {
            command.add("-Dglass.platform=Headless");
            command.add("-Dprism.order=sw");
        }
        command.add(mainClass);
        command.addAll(args);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        double first = -1;
        double ready = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                double ms = (System.nanoTime() - start) / 1e6;
                if (line.equals("FIRST_FRAME")) {
                    first = ms;
                } else if (line.equals("READY")) {
                    ready = ms;
                }
            }
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        if (first < 0 || ready < 0) {
            throw new IllegalStateException(mainClass + " did not report its first frame (exit " + process.exitValue() + ")");
        }
        return new Run(first, ready);
    }
}
