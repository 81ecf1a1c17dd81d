package nl.spoorzoeker.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Prints the performance figures of docs/benchmarks.md in one table, all measured side by side
 * in one run. Run with {@code ./mvnw -q test-compile exec:exec@bench}; not part of the tests.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        if (System.getenv("DISPLAY") == null) {
            System.setProperty("glass.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : Integer.parseInt(System.getenv().getOrDefault("BENCH_RUNS", "7"));
        // BENCH_ONLY=search (or startup, filter, report, process, budget, privacy) runs one part.
        String only = System.getenv().getOrDefault("BENCH_ONLY", "");
        List<String> rows = new ArrayList<>();
        if (only.isEmpty() || only.equals("startup")) {
            rows.addAll(StartupBenchmark.report(runs, 500));
        }
        if (only.isEmpty() || only.equals("filter")) {
            rows.addAll(FilterBenchmark.report(1000, 6));
        }
        if (only.isEmpty() || only.equals("search")) {
            rows.addAll(SearchBenchmark.report());
        }
        if (only.isEmpty() || only.equals("report")) {
            rows.addAll(ReportBenchmark.report());
        }
        if (only.isEmpty() || only.equals("process")) {
            rows.addAll(ProcessBenchmark.report(Math.max(5, runs)));
        }
        if (only.isEmpty() || only.equals("budget")) {
            rows.addAll(BudgetBenchmark.report(runs));
        }
        if (only.equals("ontgrendel")) { // only rows 1b's unlock, with and without the clean-shutdown mark
            rows.addAll(BudgetBenchmark.ontgrendeling(runs));
        }
        if (only.equals("interactie")) { // not in the default run: it needs a window of its own (about 3 min)
            rows.addAll(InteractieBenchmark.report());
        }
        if (only.equals("controle")) { // a report's check, cold and again (issue 21 item 10)
            rows.addAll(ControleBenchmark.report());
        }
        if (only.isEmpty() || only.equals("privacy")) {
            rows.addAll(PrivacyhintBenchmark.report());
        }
        System.out.println();
        System.out.println("Spoorzoeker benchmarks — " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, display: " + (System.getenv("DISPLAY") == null ? "headless" : System.getenv("DISPLAY")));
        System.out.println("-".repeat(110));
        rows.forEach(System.out::println);
        javafx.application.Platform.exit();
        System.exit(0);
    }
}
