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
     * as one thread with a guard of its own, and the memory's count of characters stays exact and within its
     * bound of 2,000,000.
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
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<Boolean>> uit = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                int start = k * 35;
                uit.add(pool.submit(() -> {
                    boolean gelijk = true;
                    for (int i = 0; i < teksten.size(); i++) {
                        int j = (start + i) % teksten.size();
                        gelijk &= gedeeld.toets(teksten.get(j)).equals(verwacht.get(j));
                    }
                    return gelijk;
                }));
            }
            for (Future<Boolean> f : uit) {
                assertTrue(f.get(), "the shared guard answered differently under concurrent use");
            }
        }
        assertTrue(gedeeld.onthoudenTekens() <= 2_000_000, "bound: " + gedeeld.onthoudenTekens());
        assertEquals(gedeeld.onthoudenTekensGeteld(), gedeeld.onthoudenTekens(), "the count of remembered characters drifted");
    }
}
