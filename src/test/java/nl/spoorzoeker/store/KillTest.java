package nl.spoorzoeker.store;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Random;
import nl.spoorzoeker.app.werkplek.Demoset;
import nl.spoorzoeker.testsupport.KindProces;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * D2 of reliability.md: a real child JVM commits transactions and is killed with SIGKILL at random
 * moments; after every kill the database opens, passes integrity_check, holds every acknowledged
 * transaction, and no transaction is half there. The test command runs {@value #STANDAARD} kills;
 * {@code -Dspoorzoeker.d2.kills=1000} runs the full count. Prints its figures.
 */
@Tag("crash")
class KillTest {

    static final int STANDAARD = 25;

    @TempDir
    Path dir;

    @Test
    void killedMidWriteNothingAcknowledgedIsLostAndNothingIsHalfWritten() throws Exception {
        int kills = Integer.getInteger("spoorzoeker.d2.kills", STANDAARD);
        Path bestand = dir.resolve("spoorzoeker.db");
        int traject;
        try (Database db = Database.open(bestand)) {
            Demoset.load(db, CLOCK);
            traject = db.read(ctx -> ((Number) ctx.fetchValue("SELECT min(id) FROM traject")).intValue());
        }
        Random random = new Random(2);
        int geackt = 0;
        int integriteitsfouten = 0;
        int halveTransacties = 0;
        int verloren = 0;
        long start = System.nanoTime();
        for (int i = 0; i < kills; i++) {
            KindProces kind = KindProces.start(KillSchrijverMain.class, "ACK ", bestand.toString(),
                    Integer.toString(traject));
            assertTrue(kind.wachtOpEerste(), "the writer started and committed");
            Thread.sleep(random.nextInt(1500));
            kind.dood();
            int ack = kind.laatste();
            geackt = Math.max(geackt, ack);
            try (Database db = Database.open(bestand)) {
                if (!"ok".equals(db.pragma("integrity_check"))) {
                    integriteitsfouten++;
                }
                int a = aantal(db, "a");
                int b = aantal(db, "b");
                if (a != b) {
                    halveTransacties++;
                }
                if (a < ack) {
                    verloren += ack - a;
                }
            }
        }
        double seconden = (System.nanoTime() - start) / 1e9;
        System.out.printf("D2 kill -9: %d kills, %d acknowledged transactions, %d lost, %d half-written, "
                + "%d integrity failures, %.0f s%n", kills, geackt, verloren, halveTransacties, integriteitsfouten, seconden);
        assertEquals(0, integriteitsfouten);
        assertEquals(0, halveTransacties);
        assertEquals(0, verloren);
        assertTrue(geackt >= kills, "transactions were acknowledged along the way: " + geackt);
    }

    static int aantal(Database db, String deel) {
        return db.read(ctx -> ((Number) ctx.fetchValue("SELECT count(*) FROM contactmoment WHERE doel LIKE ?",
                "D2 % " + deel)).intValue());
    }
}
