package nl.spoorzoeker.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.spoorzoeker.rapportage.privacy.Privacytoets;
import nl.spoorzoeker.rapportage.privacy.Toestand;
import nl.spoorzoeker.rapportage.privacy.Treffer;

/**
 * How long the privacy guard takes over one field's text, which decides where the live hint
 * (report/privacy/ui/Privacyhint) may run: a check above a few milliseconds does not belong on the
 * JavaFX thread at every pause in typing. Notes as in {@link NoteText}, with a medical word now and then.
 */
final class PrivacyhintBenchmark {

    private PrivacyhintBenchmark() {
    }

    static List<String> report() {
        Privacytoets toets = Privacytoets.standaard();
        List<String> rows = new ArrayList<>();
        for (int tekens : new int[] {200, 2_000, 20_000, 100_000}) {
            String tekst = tekst(tekens);
            for (int i = 0; i < 5; i++) {
                toets.toets(tekst); // warm up: the hint checks the same field again and again
            }
            double[] ms = new double[21];
            int treffers = 0;
            for (int i = 0; i < ms.length; i++) {
                long t0 = System.nanoTime();
                treffers = toets.toets(tekst).size();
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            rows.add(Stats.row("privacy hint: check of a " + tekens + "-character note, median", Stats.median(ms), "ms",
                    "p95 " + String.format("%.2f", Stats.percentile(ms, 95)) + " ms, " + treffers + " hits"));
        }
        rows.addAll(perNotitie(toets));
        return rows;
    }

    /**
     * The guard as the hint runs it at a pause in typing (sixth round): the block check and the doubts of one
     * 1,000-character note the guard has not seen (every call a new note, so nothing comes from its memory),
     * before the sentence model (lexicon + patterns) and with it ({@link Privacytoets#twijfel} adds it),
     * alternating on the same notes so both see the same load. CPU time of this thread, and the load average.
     */
    static List<String> perNotitie(Privacytoets toets) {
        var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        String loadVoor = load();
        int n = 400;
        List<String> notities = new ArrayList<>();
        Random random = new Random(1_000);
        for (int i = 0; i < 2 * n + 200; i++) {
            notities.add(tekst(1_000, random));
        }
        for (int i = 0; i < 200; i++) { // warm up both paths
            String t = notities.get(2 * n + i);
            voor(toets, "a" + t);
            toets.twijfel("b" + t, toets.toets("b" + t));
        }
        double[] voor = new double[n];
        double[] na = new double[n];
        for (int i = 0; i < n; i++) {
            // "a"/"b" in front: the same note twice would be answered from the guard's memory the second time.
            String a = "a" + notities.get(i);
            String b = "b" + notities.get(i);
            boolean eerstVoor = i % 2 == 0;
            for (int k = 0; k < 2; k++) {
                long t0 = cpu.getCurrentThreadCpuTime();
                if ((k == 0) == eerstVoor) {
                    voor(toets, a);
                    voor[i] = (cpu.getCurrentThreadCpuTime() - t0) / 1e6;
                } else {
                    toets.twijfel(b, toets.toets(b));
                    na[i] = (cpu.getCurrentThreadCpuTime() - t0) / 1e6;
                }
            }
        }
        String load = "load " + loadVoor + " → " + load();
        return List.of(
                Stats.row("privacy guard per new 1,000-character note, lexicon + patterns (before the sentence model), CPU median",
                        Stats.median(voor), "ms", "p95 " + String.format("%.3f", Stats.percentile(voor, 95)) + " ms, " + load),
                Stats.row("privacy guard per new 1,000-character note, lexicon + patterns + sentence model, CPU median",
                        Stats.median(na), "ms", "p95 " + String.format("%.3f", Stats.percentile(na, 95)) + " ms, " + load));
    }

    private static void voor(Privacytoets toets, String tekst) {
        List<Treffer> treffers = toets.toets(tekst);
        // What twijfel did before the sentence model: the patterns, where no hit is.
        Toestand.standaard().vind(tekst).stream()
                .filter(t -> treffers.stream().noneMatch(h -> h.begin() < t.einde() && t.begin() < h.einde())).count();
    }

    private static String load() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException e) {
            return "?";
        }
    }

    private static String tekst(int tekens) {
        return tekst(tekens, new Random(tekens));
    }

    private static String tekst(int tekens, Random random) {
        StringBuilder s = new StringBuilder();
        String[] medisch = {"burn-out", "rugpijn", "oxazepam", "fysiotherapie", "psycholoog"};
        while (s.length() < tekens) {
            s.append(NoteText.notitie(random, 20, 60)).append(' ');
            if (random.nextInt(10) == 0) {
                s.append("Zij noemde ").append(medisch[random.nextInt(medisch.length)]).append(". ");
            }
        }
        return s.substring(0, tekens);
    }
}
