package nl.spoorzoeker.bewaartermijn;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import nl.spoorzoeker.app.DataDirectory;
import nl.spoorzoeker.backup.BackupService;
import nl.spoorzoeker.crypto.KdfParameters;
import nl.spoorzoeker.crypto.Kluissessie;
import nl.spoorzoeker.crypto.Sleutelring;
import nl.spoorzoeker.store.Breekpunt;
import nl.spoorzoeker.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.spoorzoeker.store.Kopiecontrole;

/**
 * Issue 23: a pass over the backups resumed at the unlock (a deletion whose pass a kill stopped)
 * while the coach deletes another traject, whose own pass starts at once. Both passes rewrite the
 * same generations: a pass that read a generation before the other one wrote it, and writes after,
 * puts back what the other took out. The resumed pass is held right after it took its traject out of
 * its copy of the first generation (point {@code schoning.kopie-geschoond}), the second deletion and
 * its pass run meanwhile; then the first goes on. Afterwards neither canary is in any file of the
 * data folder (generations decrypted), no pass is pending, and each generation is whole.
 */
class GelijktijdigeSchoningTest {

    static final String EERSTE = BewaarCanaryTest.CANARY;
    /** The second deletion's canary; searched as itself (not tokenised by the full-text index in a way that hides it). */
    static final String TWEEDE = "qztweedekanarie4e5d6";

    @TempDir
    Path dir;

    @AfterEach
    void geenWaarnemer() {
        Breekpunt.waarneem(null);
    }

    @Test
    void aResumedPassAndANewDeletionsPassNeitherUndoTheOther() throws Exception {
        DataDirectory data = new DataDirectory(dir.resolve("data"));
        data.create();
        var sleutels = Sleutelring.maak("wachtwoord".toCharArray(), new KdfParameters(1024, 1, 1));
        Kluissessie sessie = new Kluissessie();
        sessie.ontgrendel(sleutels.ring(), sleutels.dataSleutel().clone());
        var bereik = new BewaartermijnService.Backupbereik(data.backups(), Optional::empty, data.tijdelijk(), sessie);
        try (Database db = Database.open(data.database())) {
            VolTraject een = VolTraject.maak(db, EERSTE, "AFGEROND", "2023-05-01", true, null);
            VolTraject twee = VolTraject.maak(db, TWEEDE, "AFGEROND", "2023-06-01", false, null);
            VolTraject.maak(db, "xyanderb", "AFGEROND", "2024-05-01", false, null);
            new BackupService(db, data.tijdelijk(), Clock.offset(CLOCK, Duration.ofDays(-1)))
                    .maak(data.backups(), sleutels.ring(), sleutels.dataSleutel());
            new BackupService(db, data.tijdelijk(), CLOCK).maak(data.backups(), sleutels.ring(), sleutels.dataSleutel());
            List<Path> generaties = BackupSchoningTest.bestanden(data.backups());
            assertEquals(2, generaties.size());
            for (Path g : generaties) {
                assertTrue(hits(g, EERSTE, sleutels.dataSleutel()) > 0 && hits(g, TWEEDE, sleutels.dataSleutel()) > 0, g.toString());
            }
            // The first deletion committed, its pass stopped (as a kill after the commit leaves it): pending.
            new BewaartermijnService(db, CLOCK, bereik).verwijder(een.trajectId, een.naam, true);
            assertTrue(Files.exists(data.root().resolve("backup-schoning")));

            CountDownLatch vast = new CountDownLatch(1);
            CountDownLatch los = new CountDownLatch(1);
            AtomicBoolean eenmaal = new AtomicBoolean();
            Breekpunt.waarneem(punt -> {
                if (punt.equals("schoning.kopie-geschoond") && Thread.currentThread().getName().equals("ontgrendeling")
                        && eenmaal.compareAndSet(false, true)) {
                    vast.countDown();
                    try {
                        los.await(120, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
            AtomicReference<Throwable> fout = new AtomicReference<>();
            int[] hervat = {0};
            Thread ontgrendeling = Thread.ofPlatform().name("ontgrendeling").start(() -> {
                try {
                    hervat[0] = new BewaartermijnService(db, CLOCK, bereik).voltooiOpenstaande();
                } catch (Throwable t) {
                    fout.compareAndSet(null, t);
                }
            });
            assertTrue(vast.await(120, TimeUnit.SECONDS), "the resumed pass reached its first rewrite");
            BackupSchoning.Uitslag[] tweedeUitslag = {null};
            Thread coach = Thread.ofPlatform().name("coach").start(() -> {
                try {
                    BewaartermijnService s = new BewaartermijnService(db, CLOCK, bereik);
                    Verwijdering v = s.verwijder(twee.trajectId, twee.naam, true);
                    tweedeUitslag[0] = s.backupSchoning(v, true).orElseThrow().voerUit(stand -> { });
                } catch (Throwable t) {
                    fout.compareAndSet(null, t);
                }
            });
            // The second pass may not get past the first while that one holds a generation it read.
            coach.join(5_000);
            boolean tweedeKlaarTijdensEerste = !coach.isAlive();
            los.countDown();
            ontgrendeling.join(180_000);
            coach.join(180_000);
            assertFalse(ontgrendeling.isAlive() || coach.isAlive(), "both passes ended");
            assertEquals(null, fout.get(), "neither pass failed");
            assertEquals(1, hervat[0], "the resumed pass finished");
            assertEquals(new BackupSchoning.Uitslag(2, 2, 0), tweedeUitslag[0]);
            assertFalse(Files.exists(data.root().resolve("backup-schoning")), "no pass left pending");

            List<String> waar = new ArrayList<>();
            for (Path p : BackupSchoningTest.bestanden(data.root())) {
                for (String c : List.of(EERSTE, TWEEDE)) {
                    long n = hits(p, c, sleutels.dataSleutel());
                    if (n > 0) {
                        waar.add(p.getFileName() + ": " + n + " x " + c);
                    }
                }
            }
            System.out.printf("Two passes at once: the second pass %s while the first held a generation; canary hits"
                    + " after both: %s%n", tweedeKlaarTijdensEerste ? "finished" : "waited", waar);
            assertEquals(List.of(), waar, "no canary of either deletion in any file, generations decrypted");
            assertFalse(tweedeKlaarTijdensEerste, "the second pass waits for the first");
            for (Path g : generaties) {
                Path plat = dir.resolve("controle-" + g.getFileName() + ".db");
                BackupSchoningTest.ontsleutel(g, plat, sleutels.dataSleutel());
                assertTrue(Kopiecontrole.controleer(plat, true).goed(), g.toString());
                try (Database kopie = Database.open(plat)) {
                    assertTrue(Tabellen.rijenMet(kopie, "xyanderb").size() > 15, "the other traject is in " + g);
                }
            }
        }
    }

    /** Occurrences of the canary (without its first letters, as the full-text index may split it) in the file or what it decrypts to. */
    static long hits(Path p, String canary, byte[] dataSleutel) throws Exception {
        byte[] kop = new byte[4];
        try (var in = Files.newInputStream(p)) {
            in.readNBytes(kop, 0, 4);
        }
        byte[] inhoud;
        if (new String(kop, StandardCharsets.ISO_8859_1).equals("SZVB")) {
            Path plat = Files.createTempFile("ontsleuteld", ".plat");
            try {
                BackupSchoningTest.ontsleutel(p, plat, dataSleutel);
                inhoud = Files.readAllBytes(plat);
            } finally {
                Files.delete(plat);
            }
        } else {
            inhoud = Files.readAllBytes(p);
        }
        String tekst = new String(inhoud, StandardCharsets.ISO_8859_1);
        String spoor = canary.substring(3);
        long n = 0;
        for (int i = tekst.indexOf(spoor); i >= 0; i = tekst.indexOf(spoor, i + 1)) {
            n++;
        }
        return n;
    }
}
