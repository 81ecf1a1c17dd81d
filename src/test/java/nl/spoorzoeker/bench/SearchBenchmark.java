package nl.spoorzoeker.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.zoeken.ZoekService;
import nl.spoorzoeker.zoeken.ZoekVraag;

/**
 * Full-text search in a generated 10-year practice (1,000 dossiers, 200,000 contactmomenten,
 * 50,000 sollicitaties), through the app's {@link ZoekService} and, side by side, the same SQL in
 * the sqlite3 command-line tool on the same file.
 *
 * <p>The CLI's {@code .timer} reports wall time in whole milliseconds, too coarse for sub-millisecond
 * queries, so the CLI is also timed as one process running the query N times, minus a process that
 * only opens the file: that gives its mean per query, compared with the app's mean.
 */
final class SearchBenchmark {

    static final int DOSSIERS = 1_000;
    static final int CONTACTEN = 200_000;
    static final int SOLLICITATIES = 50_000;
    static final int WARMUP = 20;
    static final int RUNS = 200;

    private SearchBenchmark() {
    }

    record Vraag(String wat, String invoer) {
    }

    static List<Vraag> vragen() {
        return List.of(
                new Vraag("rare word", NoteText.ZELDZAAM[1234]),
                new Vraag("common word", "voortgang"),
                new Vraag("prefix, 3 letters", "sol"),
                new Vraag("two words (organisation)", "albert heijn"),
                new Vraag("name, accents folded", "cigdem"),
                new Vraag("name, ł and ı folded (V15)", "lukasz yilmaz"),
                new Vraag("common + rare word", "gesprek " + NoteText.ZELDZAAM[77] + " "),
                new Vraag("no hit", "xylofoonbouwer "));
    }

    static List<String> report() throws Exception {
        Path dir = Files.createTempDirectory("spoorzoeker-zoekbench");
        try {
            Clock clock = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));
            long t0 = System.nanoTime();
            SyntheticPractice.create(dir, DOSSIERS, clock);
            Path file = dir.resolve("spoorzoeker.db");
            try (Database db = Database.open(file)) {
                vul(db, clock);
            }
            long genereren = System.nanoTime() - t0;
            List<String> rows = new ArrayList<>();
            rows.add(Stats.row("search: generate 10-year practice (1,000 / 200,000 / 50,000)", genereren / 1e9, "s",
                    String.format("file %.0f MB", Files.size(file) / 1e6)));
            try (Database db = Database.open(file)) {
                long t1 = System.nanoTime();
                herbouw(db);
                rows.add(Stats.row("search: index built anew as migration V15 does on first open", (System.nanoTime() - t1) / 1e9,
                        "s", String.format("file %.0f MB after", Files.size(file) / 1e6)));
            }
            try (Database db = Database.open(file)) {
                ZoekService zoeken = new ZoekService(db);
                for (Vraag v : vragen()) {
                    rows.addAll(meet(v, zoeken, file));
                }
            }
            return rows;
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static List<String> meet(Vraag v, ZoekService zoeken, Path file) throws Exception {
        int hits = zoeken.zoek(v.invoer()).size();
        for (int i = 0; i < WARMUP; i++) {
            zoeken.zoek(v.invoer());
        }
        double[] app = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            zoeken.zoek(v.invoer());
            app[i] = (System.nanoTime() - t) / 1e6;
        }
        String sql = ZoekRepositorySql.voor(ZoekVraag.match(v.invoer()).orElseThrow(), ZoekService.LIMIET);
        double[] cliTimer = cliTimer(file, sql);
        double cliMean = cliMean(file, sql);
        double appMean = java.util.Arrays.stream(app).average().orElse(Double.NaN);
        List<String> rows = new ArrayList<>();
        String naam = "search \"" + v.invoer().strip() + "\" (" + v.wat() + ", " + hits + " hits)";
        rows.add(Stats.row(naam + " app median", Stats.median(app), "ms",
                String.format("p95 %.2f ms, mean %.2f ms", Stats.percentile(app, 95), appMean)));
        rows.add(Stats.row("    sqlite3 CLI (.timer, ms resolution) median", Stats.median(cliTimer), "ms",
                String.format("p95 %.2f ms; CLI mean (N runs in one process) %.3f ms; app/CLI mean %.2fx",
                        Stats.percentile(cliTimer, 95), cliMean, appMean / cliMean)));
        return rows;
    }

    /** Per-query wall times from the CLI's own timer. */
    private static double[] cliTimer(Path file, String sql) throws Exception {
        StringBuilder script = new StringBuilder(".timer on\n.output /dev/null\n");
        for (int i = 0; i < WARMUP + RUNS; i++) {
            script.append(sql).append(";\n");
        }
        String out = sqlite3(file, script.toString());
        List<Double> times = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (line.startsWith("Run Time: real ")) {
                times.add(Double.parseDouble(line.substring("Run Time: real ".length()).split(" ")[0]) * 1000);
            }
        }
        return times.subList(Math.min(WARMUP, times.size()), times.size()).stream().mapToDouble(Double::doubleValue)
                .toArray();
    }

    /** Mean per query: one process running it N times, minus one that only opens the file (median of 5). */
    private static double cliMean(Path file, String sql) throws Exception {
        StringBuilder script = new StringBuilder(".output /dev/null\n");
        for (int i = 0; i < RUNS; i++) {
            script.append(sql).append(";\n");
        }
        double[] per = new double[5];
        for (int i = 0; i < per.length; i++) {
            long leeg = tijd(file, ".output /dev/null\nSELECT 1;\n");
            long vol = tijd(file, script.toString());
            per[i] = (vol - leeg) / 1e6 / RUNS;
        }
        return Stats.median(per);
    }

    private static long tijd(Path file, String script) throws Exception {
        long t = System.nanoTime();
        sqlite3(file, script);
        return System.nanoTime() - t;
    }

    private static String sqlite3(Path file, String script) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sqlite3", "-readonly", file.toString()).redirectErrorStream(true).start();
        try (var in = p.getOutputStream()) {
            in.write(script.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IOException("sqlite3 failed: " + out.lines().limit(5).toList());
        }
        return out;
    }

    /**
     * What V15 costs a practice that already has ten years in it: the index emptied and filled
     * again by the migration's own statements (its part after "What was recorded before").
     */
    static void herbouw(Database db) throws IOException {
        String v15;
        try (var in = SearchBenchmark.class.getResourceAsStream("/db/migration/V15__zoeken_overal.sql")) {
            v15 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String vullen = v15.substring(v15.indexOf("-- What was recorded before"));
        db.write(cfg -> {
            cfg.dsl().connection(c -> {
                try (var st = c.createStatement()) {
                    st.execute("DELETE FROM zoek_fts");
                    for (String sql : vullen.split(";\n")) {
                        String zonderCommentaar = sql.lines().filter(l -> !l.startsWith("--"))
                                .collect(java.util.stream.Collectors.joining("\n")).strip();
                        if (!zonderCommentaar.isEmpty()) {
                            st.execute(zonderCommentaar);
                        }
                    }
                }
            });
            return null;
        });
    }

    /** 200 contactmomenten and 50 sollicitaties per dossier over its years, in one transaction. */
    static void vul(Database db, Clock clock) {
        Random random = new Random(93);
        String nu = Instant.now(clock).toString();
        db.write(cfg -> {
            cfg.dsl().connection(c -> {
                List<int[]> dossiers = new ArrayList<>();
                List<String> namen = new ArrayList<>();
                List<LocalDate> starts = new ArrayList<>();
                try (var st = c.createStatement(); var rs = st.executeQuery(
                        "SELECT t.id, w.naam, t.startdatum FROM traject t JOIN werknemer w ON w.id = t.werknemer_id")) {
                    while (rs.next()) {
                        dossiers.add(new int[] {rs.getInt(1)});
                        namen.add(rs.getString(2));
                        starts.add(LocalDate.parse(rs.getString(3)));
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO contactmoment (traject_id, moment, "
                        + "duur_minuten, soort, deelnemers, doel, samenvatting, afspraken, is_declarabel, aangemaakt_op, "
                        + "gewijzigd_op) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)")) {
                    for (int i = 0; i < CONTACTEN; i++) {
                        int d = i % dossiers.size();
                        LocalDate dag = starts.get(d).plusDays(random.nextInt(540));
                        ps.setInt(1, dossiers.get(d)[0]);
                        ps.setString(2, dag.atTime(9 + random.nextInt(8), 0).toString());
                        ps.setInt(3, 30 + 15 * random.nextInt(5));
                        ps.setString(4, "GESPREK_OP_LOCATIE");
                        ps.setString(5, namen.get(d).split(" ")[0] + ", coach");
                        ps.setString(6, NoteText.notitie(random, 3, 8));
                        ps.setString(7, NoteText.notitie(random, 20, 70));
                        ps.setString(8, NoteText.notitie(random, 5, 20));
                        ps.setString(9, nu);
                        ps.setString(10, nu);
                        ps.addBatch();
                        if (i % 5000 == 4999) {
                            ps.executeBatch();
                        }
                    }
                    ps.executeBatch();
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO sollicitatie (traject_id, datum, organisatie, "
                        + "functie, kanaal, status, feedback, aangemaakt_op, gewijzigd_op) "
                        + "VALUES (?, ?, ?, ?, 'VACATURE', 'VERSTUURD', ?, ?, ?)")) {
                    for (int i = 0; i < SOLLICITATIES; i++) {
                        int d = i % dossiers.size();
                        ps.setInt(1, dossiers.get(d)[0]);
                        ps.setString(2, starts.get(d).plusDays(60 + random.nextInt(480)).toString());
                        ps.setString(3, NoteText.ORGANISATIES[random.nextInt(NoteText.ORGANISATIES.length)]);
                        ps.setString(4, NoteText.notitie(random, 1, 3));
                        ps.setString(5, random.nextInt(3) == 0 ? NoteText.notitie(random, 5, 25) : null);
                        ps.setString(6, nu);
                        ps.setString(7, nu);
                        ps.addBatch();
                        if (i % 5000 == 4999) {
                            ps.executeBatch();
                        }
                    }
                    ps.executeBatch();
                }
            });
            return null;
        });
    }
}
