package nl.spoorzoeker.bench;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.spoorzoeker.app.AppContext;
import nl.spoorzoeker.rapportage.RapportOpslag;
import nl.spoorzoeker.rapportage.RapportSoort;
import nl.spoorzoeker.taal.Teksten;

/**
 * A report's check as the editor asks it (issue 21 item 10: "new report: editor open with its checklist"), without
 * the window: a voortgangsrapportage of the last six months of the 10-year practice's big dossier (500
 * contactmomenten), checked once cold and then {@value #KEER} times as after each autosave — every printed string
 * through the privacy gate, the C01–C20 checks, the other werknemers' names. Wall time and the process's CPU time
 * per check (the check runs on the database thread, so the caller's thread CPU would miss it).
 *
 * <pre>BENCH_ONLY=controle BENCH_PRAKTIJK=/tmp/tjp ./mvnw -q test-compile exec:exec@bench</pre>
 * To compare two builds, run the same command in a worktree of each, alternately, and quote both medians with the load.
 */
final class ControleBenchmark {

    private static final int KEER = 20;

    private ControleBenchmark() {
    }

    static List<String> report() throws Exception {
        TienJaarPraktijk praktijk = InteractieBenchmark.praktijk();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<String> rijen = new ArrayList<>();
        try (AppContext app = AppContext.open(praktijk.dir(), Clock.systemDefaultZone())) {
            RapportOpslag opslag = app.rapportOpslag();
            LocalDate tot = LocalDate.now(Clock.systemDefaultZone());
            int id = opslag.nieuw(praktijk.grootDossier(), RapportSoort.VOORTGANG, tot.minusMonths(6), tot, Teksten.nederlands());
            double[] wand = new double[KEER + 1];
            double[] cpu = new double[KEER + 1];
            for (int i = 0; i <= KEER; i++) {
                long w0 = System.nanoTime();
                long c0 = os.getProcessCpuTime();
                opslag.controleer(id, Teksten.nederlands());
                cpu[i] = (os.getProcessCpuTime() - c0) / 1e6;
                wand[i] = (System.nanoTime() - w0) / 1e6;
            }
            double[] warmWand = java.util.Arrays.copyOfRange(wand, 1, wand.length);
            double[] warmCpu = java.util.Arrays.copyOfRange(cpu, 1, cpu.length);
            String last = "load " + last();
            rijen.add("");
            rijen.add("REPORT CHECK (issue 21 item 10), voortgang over six months of the 500-contact dossier, " + last);
            rijen.add(Stats.row("check, first (guard's memory cold): wall", wand[0], "ms", ""));
            rijen.add(Stats.row("check, first: process CPU", cpu[0], "ms", ""));
            rijen.add(Stats.row("check, again (as after an autosave): wall median of " + KEER, Stats.median(warmWand), "ms",
                    "p95 " + String.format("%.1f", Stats.percentile(warmWand, 95))));
            rijen.add(Stats.row("check, again: process CPU median of " + KEER, Stats.median(warmCpu), "ms",
                    "p95 " + String.format("%.1f", Stats.percentile(warmCpu, 95))));
        }
        return rijen;
    }

    /** The load average, for the figures' context. */
    private static String last() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
