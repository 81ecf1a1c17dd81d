package nl.spoorzoeker.rapportage.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, sixth round: one shared guard. A heap of the running app held 26 copies of the shipped guard
 * (each about 2 MB of lexicon tables and its own remembered answers); now every caller without words of
 * the coach's own gets the same instance, used from several threads at once (the FX thread, the live
 * hint's background checks, a report's render), with its memory of answers bounded and consistent.
 */
class PrivacytoetsGedeeldTest {

    @Test
    void theShippedGuardIsOneInstance() throws Exception {
        Privacytoets een = Privacytoets.standaard();
        assertSame(een, Privacytoets.standaard());
        assertSame(een, Privacytoets.met(List.of(), List.of()), "no words of the coach's own: the shipped guard");
        assertNotSame(een, Privacytoets.met(List.of("zwijmelziekte"), List.of()), "the coach's words make a guard of their own");
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<Privacytoets>> uit = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                uit.add(pool.submit(Privacytoets::standaard));
            }
            for (Future<Privacytoets> f : uit) {
                assertSame(een, f.get());
            }
        }
    }

    /**
     * Many threads checking many texts at once (more characters than the memory holds) get the same answers
     * as one thread with a guard of its own — hits and doubts — and the memories' count of characters stays exact and
     * within their bound of 2,000,000 each.
     */
    @Test
    void concurrentChecksGiveTheSameAnswersAndKeepTheMemoryBounded() throws Exception {
        Privacytoets gedeeld = Privacytoets.standaard();
        Privacytoets alleen = Privacytoets.met(List.of("zwijmelziekte"), List.of());
        String[] zinnen = {"Werknemer heeft een hernia en gebruikt oxazepam. ", "Hij solliciteerde bij een bakker. ",
                "Ze werkt vier uur per dag op de administratie. ", "Mevrouw had een burn-out en gaat naar de psycholoog. "};
        List<String> teksten = new ArrayList<>();
        Random random = new Random(17);
        for (int i = 0; i < 140; i++) {
            StringBuilder s = new StringBuilder("Notitie " + i + ". ");
            while (s.length() < 15_000) {
                s.append(zinnen[random.nextInt(zinnen.length)]);
            }
            teksten.add(s.toString()); // 140 × 15,000 = 2.1 million characters: the oldest must go
        }
        List<List<Treffer>> verwacht = teksten.stream().map(alleen::toets).toList();
        // The doubts (patterns and sentence model) are remembered too; every seventh text, for time.
        java.util.Map<Integer, List<Treffer>> twijfel = new java.util.HashMap<>();
        for (int j = 0; j < teksten.size(); j += 7) {
            twijfel.put(j, alleen.twijfel(teksten.get(j), verwacht.get(j)));
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<Boolean>> uit = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                int start = k * 35;
                uit.add(pool.submit(() -> {
                    boolean gelijk = true;
                    for (int i = 0; i < teksten.size(); i++) {
                        int j = (start + i) % teksten.size();
                        gelijk &= gedeeld.toets(teksten.get(j)).equals(verwacht.get(j));
                        if (twijfel.containsKey(j)) {
                            gelijk &= gedeeld.twijfel(teksten.get(j), gedeeld.toets(teksten.get(j))).equals(twijfel.get(j));
                        }
                    }
                    return gelijk;
                }));
            }
            for (Future<Boolean> f : uit) {
                assertTrue(f.get(), "the shared guard answered differently under concurrent use");
            }
        }
        // Two memories (the hits, the doubts), each bounded at 2,000,000.
        assertTrue(gedeeld.onthoudenTekens() <= 4_000_000, "bound: " + gedeeld.onthoudenTekens());
        assertEquals(gedeeld.onthoudenTekensGeteld(), gedeeld.onthoudenTekens(), "the count of remembered characters drifted");
    }

    /**
     * Issue 21 item 10: a report's check reads every printed string again after each autosave; the doubts of a
     * text (patterns and sentence model, 40 % of the editor's database-thread time) are remembered like its
     * hits, and a remembered answer is the same answer, also when the caller changes the list it got.
     */
    @Test
    void theDoubtsOfATextAreRememberedAndStayTheSame() {
        Privacytoets guard = Privacytoets.met(List.of("zwijmelziekte"), List.of());
        String tekst = "Ze ligt elke nacht wakker en piekert over alles. Hij solliciteerde bij een bakker.";
        long voor = guard.onthoudenTekens();
        List<Treffer> eerst = guard.twijfel(tekst, guard.toets(tekst));
        long na = guard.onthoudenTekens();
        assertEquals(voor + 2L * tekst.length(), na, "the text's hits and its doubts are remembered");
        assertTrue(!eerst.isEmpty(), "the sleepless sentence is doubted");
        eerst.clear();
        List<Treffer> weer = guard.twijfel(tekst, guard.toets(tekst));
        assertEquals(na, guard.onthoudenTekens(), "the second check is answered from memory");
        assertEquals(Privacytoets.met(List.of("zwijmelziekte"), List.of()).twijfel(tekst, List.of()), weer);
    }
}
