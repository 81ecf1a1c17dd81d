package nl.spoorzoeker.bewaartermijn;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.spoorzoeker.app.DataDirectory;
import nl.spoorzoeker.backup.BackupService;
import nl.spoorzoeker.crypto.KdfParameters;
import nl.spoorzoeker.crypto.Kluissessie;
import nl.spoorzoeker.crypto.Sleutelring;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.store.Tweedelocatie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 23: a retention deletion while the second backup location (a USB stick) is not plugged in.
 * Its mount point stays behind as an empty folder on the system disk; the pass must not take that
 * folder for the stick, must say the stick is still to be done, keep that pending, and reach the
 * stick's copy once it is back (the next unlock's pending passes).
 */
class TweedeLocatieSchoningTest {

    static final String CANARY = BewaarCanaryTest.CANARY;

    @TempDir
    Path dir;

    @Test
    void aStickThatIsNotPluggedInIsCleanedWhenItReturns() throws Exception {
        DataDirectory data = new DataDirectory(dir.resolve("data"));
        data.create();
        Path stick = Files.createDirectories(dir.resolve("media/stick"));
        Tweedelocatie.markeer(stick); // as choosing it in the window does
        var sleutels = Sleutelring.maak("wachtwoord".toCharArray(), new KdfParameters(1024, 1, 1));
        Kluissessie sessie = new Kluissessie();
        sessie.ontgrendel(sleutels.ring(), sleutels.dataSleutel().clone());
        var bereik = new BewaartermijnService.Backupbereik(data.backups(), () -> Optional.of(stick), data.tijdelijk(), sessie);
        Path wachtrij = data.root().resolve("backup-schoning");
        try (Database db = Database.open(data.database())) {
            VolTraject a = VolTraject.maak(db, CANARY, "AFGEROND", "2023-05-01", true, null);
            VolTraject.maak(db, "xyanderb", "AFGEROND", "2024-05-01", false, null);
            BackupService service = new BackupService(db, data.tijdelijk(), CLOCK);
            service.kopieerNaar(service.maak(data.backups(), sleutels.ring(), sleutels.dataSleutel()), stick);
            assertTrue(BackupSchoningTest.hitsIn(List.of(stick), sleutels.dataSleutel()) > 0);

            // Unplugged: the stick's files go with it, its mount point stays behind, empty.
            Path weg = dir.resolve("stick-elders");
            Files.move(stick, weg);
            Files.createDirectories(stick);

            BewaartermijnService s = new BewaartermijnService(db, CLOCK, bereik);
            Verwijdering v = s.verwijder(a.trajectId, a.naam, true);
            // The pending pass resumed (as the unlock or the backup command does): backups/ done, the stick not.
            assertEquals(0, s.voltooiOpenstaande(), "a pass that could not reach the stick is not counted as finished");
            // The window's own pass after a deletion names the stick as still to do.
            BackupSchoning.Uitslag u = s.backupSchoning(v, true).orElseThrow().voerUit(stand -> { });
            assertEquals(new BackupSchoning.Uitslag(1, 0, 0, 0, stick), u, "backups/ done, the stick named as still to do");
            try (var inhoud = Files.list(stick)) {
                assertEquals(0, inhoud.count(), "nothing written into the empty mount point");
            }
            assertEquals(List.of(a.trajectId + " true VOORTIJDIG tweede"), Files.readAllLines(wachtrij),
                    "the stick's pass stays pending");
            assertEquals(0, BackupSchoningTest.hitsIn(List.of(data.root()), sleutels.dataSleutel()), "the data folder is clean");
            // Still not plugged in at the next unlock: nothing to run, still pending.
            assertEquals(List.of(), s.openstaandeSchoningen());
            assertTrue(Files.exists(wachtrij));

            // Plugged in again: the next unlock's pending passes reach it.
            Files.delete(stick);
            Files.move(weg, stick);
            long voor = BackupSchoningTest.hitsIn(List.of(stick), sleutels.dataSleutel());
            assertEquals(1, new BewaartermijnService(db, CLOCK, bereik).voltooiOpenstaande());
            long na = BackupSchoningTest.hitsIn(List.of(stick), sleutels.dataSleutel());
            System.out.printf("Second location unplugged during a deletion: the resumed pass left it pending (not counted as finished); %d canary hits on the stick before it"
                    + " returned, %d after the next unlock's pass%n", voor, na);
            assertTrue(voor > 0);
            assertEquals(0, na, "the stick's copy no longer holds the traject");
            assertFalse(Files.exists(wachtrij), "nothing pending");
            assertTrue(Files.exists(stick.resolve(Tweedelocatie.MERK)), "the marker stays");
        }
    }
}
