package nl.spoorzoeker.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import nl.spoorzoeker.app.AppContext;
import nl.spoorzoeker.app.MainWindow;
import nl.spoorzoeker.backup.AutoBackup;
import nl.spoorzoeker.backup.BackupService;
import nl.spoorzoeker.crypto.KdfParameters;
import nl.spoorzoeker.crypto.Kluissessie;
import nl.spoorzoeker.crypto.Sleutelkluis;
import nl.spoorzoeker.slot.Ontgrendeling;
import nl.spoorzoeker.ui.Background;
import nl.spoorzoeker.ui.Theme;
import nl.spoorzoeker.zoeken.ZoekService;
import nl.spoorzoeker.crypto.Sleutelring;
import nl.spoorzoeker.dossier.DossierRegel;
import nl.spoorzoeker.slot.Pogingen;
import nl.spoorzoeker.testsupport.Fx;

/**
 * The performance budget of issue 7: seven goals, each measured on one generated 10-year practice
 * (made once, shared by all rows), printed as one table with the figure, the goal and whether it
 * is met. See docs/benchmarks.md, "Performance budget (issue 7)".
 */
final class BudgetBenchmark {

    private BudgetBenchmark() {
    }

    /** One line of the budget table. */
    record Regel(String wat, double waarde, String eenheid, String doel, Boolean gehaald, String toelichting) {
        String opmaak() {
            String uitslag = gehaald == null ? "—" : gehaald ? "met" : "NOT MET";
            return String.format("%-58s %10.1f %-3s %-22s %-8s %s", wat, waarde, eenheid, doel, uitslag, toelichting);
        }
    }

    static List<String> report(int runs) throws Exception {
        List<Regel> regels = new ArrayList<>();
        List<String> voetnoten = new ArrayList<>();
        TienJaarPraktijk praktijk = TienJaarPraktijk.maak();
        try {
            voetnoten.add(String.format("10-year practice generated in %.1f s: %.0f MB, 1,000 dossiers, %d contactmomenten "
                    + "(dossier %d: %d), 50,000 sollicitaties", praktijk.genererenS(),
                    Files.size(praktijk.dir().database()) / 1e6, SearchBenchmark.CONTACTEN + TienJaarPraktijk.GROOT_CONTACTEN - 200,
                    praktijk.grootDossier(), TienJaarPraktijk.GROOT_CONTACTEN));
            // The backup first: it leaves today's backup, so the starts below are ordinary starts
            // (the app makes a start-up backup only when the newest is more than a day old).
            Regel backup = backup(praktijk, 3);
            Fx.start();
            Platform.setImplicitExit(false); // the rows below show and hide their own stages
            List<Regel> inProces = new ArrayList<>();
            inProces.add(filter(praktijk));
            inProces.add(dossierOpenen(praktijk, 20));
            inProces.add(zoeken(praktijk));
            inProces.add(rapport());
            List<Regel> start = start(praktijk, runs);
            regels.addAll(start);
            regels.addAll(inProces);
            regels.add(backup);
            regels.add(geheugen(praktijk, 3));
        } finally {
            praktijk.verwijder();
        }
        List<String> uit = new ArrayList<>();
        uit.add("");
        uit.add("PERFORMANCE BUDGET (issue 7), one run, " + java.time.LocalDate.now() + ", load at start "
                + String.format("%.2f", loadavg()));
        uit.add(String.format("%-58s %14s %-22s %-8s %s", "row", "figure", "goal", "result", "how / detail"));
        uit.add("-".repeat(150));
        regels.forEach(r -> uit.add(r.opmaak()));
        uit.add("-".repeat(150));
        voetnoten.forEach(v -> uit.add("  " + v));
        return uit;
    }

    // ---- 1. cold start ---------------------------------------------------------------------------

    private record Start(Map<String, Double> markers) {
        double at(String marker) {
            return markers.getOrDefault(marker, Double.NaN);
        }
    }

    private static List<Regel> start(TienJaarPraktijk praktijk, int runs) throws Exception {
        List<Start> kaal = new ArrayList<>();
        List<Start> app = new ArrayList<>();
        // One warm-up of each, so the OS file cache holds the jars as on a laptop in use.
        launch(BareWindowMain.class.getName(), List.of(), null);
        launchApp(praktijk, "exit");
        for (int i = 0; i < runs; i++) {
            kaal.add(launch(BareWindowMain.class.getName(), List.of(), null));
            app.add(launchApp(praktijk, "exit"));
        }
        double bare = median(kaal, "FIRST_FRAME");
        double first = median(app, "FIRST_FRAME");
        double door = median(app, "DOOR");
        double ready = median(app, "READY");
        double unlockToReady = Stats.median(app.stream().mapToDouble(s -> s.at("READY") - s.at("UNLOCK")).toArray());
        return List.of(
                new Regel("1. cold start to first frame: the door (median of " + runs + ")", door, "ms",
                        "<= 1.5x bare window", door <= 1.5 * bare,
                        String.format("%.2fx bare window (%.0f ms); the first frame before it (\"Laden…\") %.0f ms = %.2fx",
                                door / bare, bare, first, first / bare)),
                new Regel("1b. start until the practice shows, passphrase typed at once", ready, "ms", "(no goal)", null,
                        String.format("%.2fx bare; unlock click -> start screen filled %.0f ms (key derivation + "
                                + "database open + Vandaag)", ready / bare, unlockToReady)));
    }

    /**
     * Unlock to start screen on the 10-year practice (issue 21 item 10), alone: {@code BENCH_ONLY=ontgrendel}
     * ({@code BENCH_PRAKTIJK=DIR} reuses a practice made by {@link TienJaarPraktijk#main}). Starts alternate
     * between a folder without the clean-shutdown mark (as after a crash, and as every start was before
     * the full-file check left the critical path) and one with it (the mark the previous start left).
     * Besides unlock → start screen it prints when the database open finished ({@code OPEN}, counted
     * from the unlock click; negative when it finished while the passphrase was being typed) and one
     * key derivation with the standard costs in this JVM.
     */
    static List<String> ontgrendeling(int runs) throws Exception {
        double loadVoor = loadavg();
        TienJaarPraktijk praktijk = InteractieBenchmark.praktijk();
        List<String> uit = new ArrayList<>();
        try {
            backup(praktijk, 1); // today's backup, so no start below makes a start-up backup
            double[] kdf = new double[3];
            var ring = Sleutelring.lees(Files.readAllBytes(praktijk.dir().sleutelring()));
            for (int i = 0; i < kdf.length; i++) {
                long t0 = System.nanoTime();
                ring.open(praktijk.wachtwoord().toCharArray());
                kdf[i] = (System.nanoTime() - t0) / 1e6;
            }
            Path merk = praktijk.dir().database().resolveSibling(praktijk.dir().database().getFileName() + "-schoon");
            launchApp(praktijk, "exit"); // warm-up: the OS file cache holds jars and database as on a laptop in use
            List<Start> zonder = new ArrayList<>();
            List<Start> met = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                Files.deleteIfExists(merk);
                zonder.add(launchApp(praktijk, "exit"));
                if (!Files.exists(merk)) {
                    throw new IllegalStateException("the start did not leave its clean-shutdown mark");
                }
                met.add(launchApp(praktijk, "exit"));
            }
            uit.add("");
            uit.add(String.format("UNLOCK TO START SCREEN (issue 21 item 10), %s, %d alternating pairs, %.0f MB, load %.2f -> %.2f",
                    java.time.LocalDate.now(), runs, Files.size(praktijk.dir().database()) / 1e6, loadVoor, loadavg()));
            uit.add(String.format("key derivation (Argon2id, standard costs) in this JVM: median %.0f ms of 3", Stats.median(kdf)));
            uit.add(regelOntgrendeling("without the mark (full check first: after a crash; every start before)", zonder));
            uit.add(regelOntgrendeling("with the clean-shutdown mark (check after the start screen)", met));
        } finally {
            praktijk.verwijder();
        }
        return uit;
    }

    private static String regelOntgrendeling(String wat, List<Start> runs) {
        double[] klaar = runs.stream().mapToDouble(s -> s.at("READY") - s.at("UNLOCK")).toArray();
        double[] open = runs.stream().mapToDouble(s -> s.at("OPEN") - s.at("UNLOCK")).toArray();
        double[] shell = runs.stream().mapToDouble(s -> s.at("SHELL") - s.at("UNLOCK")).toArray();
        double[] data = runs.stream().mapToDouble(s -> s.at("DATA") - s.at("UNLOCK")).toArray();
        // Where the time after the open goes: window attached (SHELL), data read and first rows built
        // (DATA), then the first frame's CSS and layout (READY); medians counted from the unlock click.
        return String.format("%-72s unlock -> start screen median %6.0f ms (min %.0f, max %.0f); database open done at %+.0f ms;"
                        + " window attached %+.0f ms; data read, rows built %+.0f ms",
                wat, Stats.median(klaar), Stats.percentile(klaar, 0), Stats.percentile(klaar, 100), Stats.median(open),
                Stats.median(shell), Stats.median(data));
    }

    private static double median(List<Start> runs, String marker) {
        return Stats.median(runs.stream().mapToDouble(s -> s.at(marker)).toArray());
    }

    private static Start launchApp(TienJaarPraktijk praktijk, String mode) throws Exception {
        return launch("nl.spoorzoeker.app.BudgetAppMain", List.of(mode, praktijk.root().toString()), praktijk.wachtwoord());
    }

    /**
     * The memory options the app ships with (installer/build.sh --java-options, and javafx:run in the
     * pom; GeheugenoptiesTest keeps the three alike): start small, give heap back after a collection
     * and when idle, in 1-MB regions (an array of more than half a region takes whole regions: the
     * software renderer's 8.4-MB texture took 12 MB in 4-MB regions), return freed native
     * memory (malloc) to the system every 5 s, and leave out JavaFX's cache of region-background
     * slices: one 2048x1024 texture (8 MB; in the Java heap under the software renderer, in video
     * memory on a GPU) that saved redrawing rounded backgrounds, which forms and lists hardly need.
     */
    static final List<String> GEHEUGEN_OPTIES = List.of("-Xms48m", "-XX:MinHeapFreeRatio=5", "-XX:MaxHeapFreeRatio=20",
            "-XX:G1PeriodicGCInterval=15000", "-XX:G1HeapRegionSize=1m", "-XX:TrimNativeHeapInterval=5000",
            "-Dprism.disableRegionCaching=true");

    private static List<String> command(String mainClass, List<String> args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true",
                "--enable-native-access=ALL-UNNAMED"));
        if (!mainClass.endsWith("BareWindowMain")) {
            command.addAll(GEHEUGEN_OPTIES); // the app as shipped; the bare window as JavaFX comes
        }
        String extra = System.getenv("BENCH_APP_OPTS"); // e.g. a JFR recording of the app's JVM, to see where a start goes
        if (extra != null && !extra.isBlank() && !mainClass.endsWith("BareWindowMain")) {
            command.addAll(List.of(extra.strip().split("\\s+")));
        }
        if (System.getenv("DISPLAY") == null) {
            command.add("-Dglass.platform=Headless");
            command.add("-Dprism.order=sw");
        }
        command.add(mainClass);
        command.addAll(args);
        return command;
    }

    /** A fresh JVM; wall time from process start to each marker line it prints. */
    private static Start launch(String mainClass, List<String> args, String invoer) throws Exception {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command(mainClass, args)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (invoer != null) {
            try (OutputStream in = process.getOutputStream()) {
                in.write((invoer + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        Map<String, Double> markers = new LinkedHashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                markers.putIfAbsent(line.split(" ")[0], (System.nanoTime() - start) / 1e6);
            }
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        if (!markers.containsKey("READY")) {
            throw new IllegalStateException(mainClass + " did not reach READY (exit " + process.exitValue() + "): " + markers);
        }
        return new Start(markers);
    }

    // ---- 2. filter -------------------------------------------------------------------------------

    private static Regel filter(TienJaarPraktijk praktijk) throws Exception {
        List<DossierRegel> rows;
        try (AppContext app = AppContext.open(praktijk.dir(), Clock.systemDefaultZone())) {
            rows = app.dossiers().list();
        }
        FilterBenchmark.Times t = FilterBenchmark.measure(rows, 6);
        double p95 = Stats.percentile(t.view(), 95);
        return new Regel("2. list filter per keystroke, " + rows.size() + " dossiers (p95)", p95, "ms", "<= 16 ms",
                p95 <= 16, String.format("median %.2f ms, max %.2f ms, n=%d; real DossierListView on a stage, filter "
                        + "text set + CSS + layout", Stats.median(t.view()), Stats.percentile(t.view(), 100), t.view().length));
    }

    // ---- 3. opening a dossier --------------------------------------------------------------------

    private static Regel dossierOpenen(TienJaarPraktijk praktijk, int keer) throws Exception {
        Fx.start();
        double[] tijden = new double[keer];
        double[] laden = new double[keer];
        try (Background background = new Background();
             AppContext app = AppContext.open(praktijk.dir(), Clock.systemDefaultZone())) {
            int ander = app.dossiers().list().stream().mapToInt(r -> r.trajectId())
                    .filter(id -> id != praktijk.grootDossier()).findFirst().orElseThrow();
            Stage[] stage = new Stage[1];
            MainWindow window = hoofdvenster(app, background, stage, 1200, 780);
            Scene scene = stage[0].getScene();
            for (int i = 0; i < 5; i++) { // warm-up: both dossiers, classes loaded and code compiled
                open(scene, window, ander);
                open(scene, window, praktijk.grootDossier());
            }
            for (int i = 0; i < keer; i++) {
                open(scene, window, ander);
                tijden[i] = open(scene, window, praktijk.grootDossier());
                laden[i] = laadDossier(app, praktijk.grootDossier());
            }
            onFx(() -> {
                stage[0].hide();
                return null;
            });
        }
        double med = Stats.median(tijden);
        return new Regel("3. open a dossier with 500 contactmomenten (median of " + keer + ")", med, "ms", "<= 100 ms",
                med <= 100, String.format("p95 %.1f ms; click -> data loaded off the FX thread -> screen laid out; "
                        + "the services' part alone: median %.1f ms", Stats.percentile(tijden, 95), Stats.median(laden)));
    }

    /**
     * The coach's click: {@code openDossier} on the FX thread, as the list's row handler calls it,
     * until the pulse that laid out the dossier screen with its data (post-layout listener).
     */
    private static double open(Scene scene, MainWindow window, int trajectId) throws Exception {
        CountDownLatch klaar = new CountDownLatch(1);
        long[] t = new long[2];
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (scene.lookup("#dossier-detail-naam") != null && klaar.getCount() > 0) {
                t[1] = System.nanoTime();
                scene.removePostLayoutPulseListener(listener[0]);
                klaar.countDown();
            }
        };
        Platform.runLater(() -> {
            t[0] = System.nanoTime();
            window.openDossier(trajectId);
            // The old dossier's content is gone now (the loading label replaced it); watch for the new.
            scene.addPostLayoutPulseListener(listener[0]);
        });
        if (!klaar.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("dossier " + trajectId + " did not open");
        }
        Thread.sleep(50); // let the frame be rendered before the next click
        return (t[1] - t[0]) / 1e6;
    }

    /** The same service calls DossierDetailView makes in the background, timed alone. */
    private static double laadDossier(AppContext app, int id) {
        long t0 = System.nanoTime();
        app.dossiers().find(id).orElseThrow();
        var tijdlijn = app.tijdlijn().tijdlijn(id);
        app.tijdlijn().mijlpalen(tijdlijn);
        app.fasen().overzicht(id);
        app.profielen().profielen(id);
        app.contacten().logboek(id);
        app.arbeidsmarkt().overzicht(id);
        app.werkervaring().plekken(id);
        app.afspraken().vanDossier(id);
        app.rapportOpslag().vanDossier(id);
        app.tijdlijn().gatDrempels();
        return (System.nanoTime() - t0) / 1e6;
    }

    // ---- 4. search -------------------------------------------------------------------------------

    private static Regel zoeken(TienJaarPraktijk praktijk) throws Exception {
        double slechtste = 0;
        String welke = "";
        StringBuilder alle = new StringBuilder();
        try (AppContext app = AppContext.open(praktijk.dir(), Clock.systemDefaultZone())) {
            ZoekService zoek = app.zoeken();
            for (SearchBenchmark.Vraag v : SearchBenchmark.vragen()) {
                for (int i = 0; i < SearchBenchmark.WARMUP; i++) {
                    zoek.zoek(v.invoer());
                }
                double[] t = new double[SearchBenchmark.RUNS];
                for (int i = 0; i < t.length; i++) {
                    long t0 = System.nanoTime();
                    zoek.zoek(v.invoer());
                    t[i] = (System.nanoTime() - t0) / 1e6;
                }
                double p95 = Stats.percentile(t, 95);
                alle.append(String.format("%s%.1f", alle.isEmpty() ? "" : " / ", p95));
                if (p95 > slechtste) {
                    slechtste = p95;
                    welke = v.invoer().strip();
                }
            }
        }
        return new Regel("4. full-text search p95 (worst of 7 queries)", slechtste, "ms", "<= 20 ms", slechtste <= 20,
                "worst: \"" + welke + "\"; p95 of the 7 queries " + alle + " ms; ZoekService, 200 runs each after 20");
    }

    // ---- 5. report -------------------------------------------------------------------------------

    private static Regel rapport() throws Exception {
        ReportBenchmark.Renders r = ReportBenchmark.measure(ReportBenchmark.tweeJaar());
        double med = Stats.median(r.warm());
        return new Regel("5. eindrapportage render, warm (median of 20)", med, "ms", "<= 300 ms", med <= 300,
                String.format("p95 %.0f ms; CPU median %.0f ms; first (cold) render %.0f ms; %d pages, two-year "
                        + "traject, 440 sollicitaties", Stats.percentile(r.warm(), 95), Stats.median(r.cpu()), r.first(),
                        r.pages()));
    }

    // ---- 6. backup -------------------------------------------------------------------------------

    private static Regel backup(TienJaarPraktijk praktijk, int keer) throws Exception {
        double[] tijden = new double[keer];
        long grootte = 0;
        Kluissessie sessie = new Kluissessie();
        Ontgrendeling ontgrendeling = new Ontgrendeling(new Sleutelkluis(praktijk.dir().sleutelring()), sessie,
                KdfParameters.STANDAARD, new Pogingen(Clock.systemDefaultZone()));
        if (!ontgrendeling.ontgrendel(praktijk.wachtwoord().toCharArray()).gelukt()) {
            throw new IllegalStateException("the generated key ring did not open");
        }
        try (AppContext app = AppContext.open(praktijk.dir(), Clock.systemDefaultZone(), sessie)) {
            AutoBackup auto = app.autoBackup();
            for (int i = 0; i < keer; i++) {
                long t0 = System.nanoTime();
                BackupService.Backup b = auto.maakAlsNodig(AutoBackup.Aanleiding.HANDMATIG).orElseThrow();
                tijden[i] = (System.nanoTime() - t0) / 1e6;
                grootte = b.grootte();
                Thread.sleep(5); // backups are named by the millisecond
            }
        }
        double med = Stats.median(tijden) / 1000;
        return new Regel("6. verified backup of the 10-year practice (median of " + keer + ")", med, "s", "<= 5 s", med <= 5,
                String.format("AutoBackup (HANDMATIG): VACUUM INTO, then the full check (three connections) beside encrypt + force + decrypt-to-verify; %.0f MB; runs %s s",
                        grootte / 1e6, java.util.Arrays.toString(java.util.Arrays.stream(tijden)
                                .mapToObj(x -> String.format("%.1f", x / 1000)).toArray())));
    }

    // ---- 7. memory -------------------------------------------------------------------------------

    private static Regel geheugen(TienJaarPraktijk praktijk, int keer) throws Exception {
        double[] rss = new double[keer];
        double[] rssStart = new double[keer];
        double[] rssKort = new double[keer];
        double[] hwm = new double[keer];
        for (int i = 0; i < keer; i++) {
            Process p = new ProcessBuilder(command("nl.spoorzoeker.app.BudgetAppMain", List.of("stay", praktijk.root().toString())))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            OutputStream in = p.getOutputStream();
            in.write((praktijk.wachtwoord() + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.equals("READY")) {
                        Thread.sleep(2000);
                        rssStart[i] = status(p.pid(), "VmRSS");
                    } else if (line.startsWith("LIST")) {
                        Thread.sleep(3000); // let the background work after the first screens settle
                        rssKort[i] = status(p.pid(), "VmRSS");
                        // Then as a coach leaves it open: the G1 periodic collection (every 15 s while idle,
                        // GEHEUGEN_OPTIES) gives back the heap the start-up needed.
                        Thread.sleep(20000);
                        rss[i] = status(p.pid(), "VmRSS");
                        hwm[i] = status(p.pid(), "VmHWM");
                        in.write("quit\n".getBytes(StandardCharsets.UTF_8));
                        in.flush();
                        in.close();
                    }
                }
            }
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        double med = Stats.median(rss);
        return new Regel("7. resident memory, practice open (median of " + keer + ")", med, "MB", "<= 300 MB", med <= 300,
                String.format("VmRSS of a separate app process (door, unlock, start screen, dossier list, 20 s idle; "
                        + "the installers' heap options); at the start screen %.0f MB; 3 s after the list %.0f MB; "
                        + "peak (VmHWM) %.0f MB", Stats.median(rssStart), Stats.median(rssKort), Stats.median(hwm)));
    }

    /** A field of /proc/<pid>/status, in MB. */
    static double status(long pid, String veld) throws java.io.IOException {
        for (String regel : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (regel.startsWith(veld + ":")) {
                return Long.parseLong(regel.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    private static double loadavg() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (Exception e) {
            return Double.NaN;
        }
    }

    /** The real main window over {@code app} on a stage of its own, themed as the app does it (stage[0] gets the stage). */
    static MainWindow hoofdvenster(AppContext app, Background background, Stage[] stage, int breedte, int hoogte)
            throws Exception {
        return onFx(() -> {
            Theme.applyUserAgent();
            stage[0] = new Stage();
            Scene scene = new Scene(new StackPane(), breedte, hoogte);
            Theme.style(scene);
            stage[0].setScene(scene);
            stage[0].show();
            MainWindow w = new MainWindow(stage[0], app, background);
            w.attachTo(scene);
            return w;
        });
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get();
    }
}
