package nl.spoorzoeker.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.spoorzoeker.report.privacy.Privacytoets;

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
        return rows;
    }

    private static String tekst(int tekens) {
        Random random = new Random(tekens);
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
