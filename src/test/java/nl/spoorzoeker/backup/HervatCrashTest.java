package nl.spoorzoeker.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.spoorzoeker.store.OpenKindMain;
import nl.spoorzoeker.testsupport.Breekronde;
import nl.spoorzoeker.testsupport.KindProces;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The next start's replay of a restore's swap journal (store.Wisseljournaal.hervat), itself killed at each
 * of its points (issue 23). The replay is written to be repeatable — a step whose target exists has
 * happened — and this is the test of that: a restore is killed just after its journal was written (every
 * rename still to do), then a child that only opens the practice (no passphrase: the replay needs none)
 * is killed at each point of the replay, and the open after that must finish the swap: the backup's data,
 * the old database aside with every acknowledged write, no staged copy, journal or temporary file left.
 */
@Tag("crash")
class HervatCrashTest {

    @TempDir
    Path dir;

    @Test
    void aKillAtEveryPointOfTheJournalsReplayLosesNothing() throws Exception {
        HerstelCrashTest.Gecrasht g = HerstelCrashTest.praktijkNaEenCrash(dir);
        // The practice as a restore killed right after its journal left it: the swap decided, nothing moved.
        Breekronde.Kind herstel = (map, optie) -> HerstelCrashTest.herstel(g, map.resolve("spoorzoeker.db"), optie)
                .wachtOpEinde();
        Breekronde.elkPunt(g.ongerept(), dir.resolve("herstel"), List.of("herstel.journaal-geschreven"), herstel,
                (map, punt) -> "journal written");
        Path ongerept = dir.resolve("herstel").resolve("kill-0");
        assertTrue(Files.exists(ongerept.resolve("spoorzoeker.db-wissel")), "the journal is there, to be replayed");

        Breekronde.Kind open = (map, optie) -> KindProces.start(List.of(optie), OpenKindMain.class, "OPEN",
                map.resolve("spoorzoeker.db").toString()).wachtOpEinde();
        List<String> punten = Breekronde.punten(ongerept, dir.resolve("hervat"), open, p -> p.startsWith("hervat."));
        assertTrue(punten.containsAll(List.of("hervat.map-geforceerd", "hervat.journaal-weg"))
                && punten.stream().filter(p -> p.startsWith("hervat.verplaatst-")).count() >= 4,
                "database, -wal, -shm and session mark aside, the restored file in: " + punten);
        List<String> uitslagen = Breekronde.elkPunt(ongerept, dir.resolve("hervat"), punten, open, (map, punt) -> {
            HerstelCrashTest.nadeVolgendeOpening(g, map.resolve("spoorzoeker.db"), punt, true);
            return "restored";
        });
        assertEquals(punten.size(), uitslagen.size());
        System.out.printf("Journal replay kill points: %d enumerated, %d killed, 0 lost acknowledged writes (%d), "
                + "0 plain staged copies or journals left: %s%n", punten.size(), uitslagen.size(), g.ack(), uitslagen);
    }
}
