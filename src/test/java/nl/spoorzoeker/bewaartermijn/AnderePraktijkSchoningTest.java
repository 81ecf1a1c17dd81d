package nl.spoorzoeker.bewaartermijn;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.spoorzoeker.app.DataDirectory;
import nl.spoorzoeker.backup.BackupService;
import nl.spoorzoeker.crypto.KdfParameters;
import nl.spoorzoeker.crypto.Kluissessie;
import nl.spoorzoeker.crypto.Sleutelring;
import nl.spoorzoeker.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 23: generations in the backup folder that another practice made (a folder copied in by
 * hand, a stick two practices share) are told apart from this practice's damaged ones: the pass
 * counts each kind, leaves both byte for byte, finishes (nothing left pending), and the coach is
 * told which is which. Before, both were one count "not readable with this key".
 */
class AnderePraktijkSchoningTest {

    @TempDir
    Path dir;

    @Test
    void anotherPracticesGenerationIsNotCountedAsDamaged() throws Exception {
        DataDirectory data = new DataDirectory(dir.resolve("data"));
        data.create();
        var eigen = Sleutelring.maak("wachtwoord".toCharArray(), new KdfParameters(1024, 1, 1));
        // The same practice after a passphrase change: the same data key, a new ring.
        Sleutelring nieuwWachtwoord = eigen.ring().metNieuwWachtwoord("wachtwoord".toCharArray(),
                "ander wachtwoord".toCharArray(), new KdfParameters(1024, 1, 1));
        var ander = Sleutelring.maak("wachtwoord".toCharArray(), new KdfParameters(1024, 1, 1));
        assertTrue(eigen.ring().zelfdeDataSleutel(nieuwWachtwoord), "a passphrase change keeps the data key");
        assertFalse(eigen.ring().zelfdeDataSleutel(ander.ring()), "another practice has another");
        Kluissessie sessie = new Kluissessie();
        sessie.ontgrendel(nieuwWachtwoord, eigen.dataSleutel().clone());
        try (Database db = Database.open(data.database())) {
            VolTraject a = VolTraject.maak(db, BewaarCanaryTest.CANARY, "AFGEROND", "2023-05-01", true, null);
            VolTraject.maak(db, "xyanderb", "AFGEROND", "2024-05-01", false, null);
            // Three generations: this practice's (under the ring of before the passphrase change), one
            // of this practice cut in half (damaged), one made with another practice's key.
            new BackupService(db, data.tijdelijk(), Clock.offset(CLOCK, Duration.ofDays(-2)))
                    .maak(data.backups(), eigen.ring(), eigen.dataSleutel());
            Path beschadigd = new BackupService(db, data.tijdelijk(), Clock.offset(CLOCK, Duration.ofDays(-1)))
                    .maak(data.backups(), eigen.ring(), eigen.dataSleutel()).bestand();
            byte[] b = Files.readAllBytes(beschadigd);
            Files.write(beschadigd, Arrays.copyOf(b, b.length / 2));
            Path vreemd = new BackupService(db, data.tijdelijk(), CLOCK).maak(data.backups(), ander.ring(),
                    ander.dataSleutel()).bestand();
            byte[] vreemdVoor = Files.readAllBytes(vreemd);
            byte[] beschadigdVoor = Files.readAllBytes(beschadigd);

            BewaartermijnService s = new BewaartermijnService(db, CLOCK, new BewaartermijnService.Backupbereik(
                    data.backups(), Optional::empty, data.tijdelijk(), sessie));
            Verwijdering v = s.verwijder(a.trajectId, a.naam, true);
            BackupSchoning.Uitslag u = s.backupSchoning(v, true).orElseThrow().voerUit(stand -> { });
            System.out.println("Pass over a folder with another practice's generation and a damaged one: " + u);
            assertEquals(new BackupSchoning.Uitslag(3, 1, 1, 1, null), u, "1 rewritten, 1 another practice's, 1 damaged");
            assertArrayEquals(vreemdVoor, Files.readAllBytes(vreemd), "another practice's generation left as it is");
            assertArrayEquals(beschadigdVoor, Files.readAllBytes(beschadigd), "the damaged one left as it is");
            assertFalse(Files.exists(data.root().resolve("backup-schoning")), "the pass finished, nothing pending");
            String audit = db.read(ctx -> String.valueOf(ctx.fetchValue("SELECT omschrijving FROM audit ORDER BY id DESC LIMIT 1")));
            assertEquals("traject " + a.trajectId + " ook uit 1 van 3 back-ups verwijderd (1 van een andere praktijk,"
                    + " met een andere sleutel) (1 beschadigd, niet te lezen)", audit);
            assertEquals(0, BackupSchoningTest.inhoudHits(BackupSchoningTest.bestanden(data.backups()).stream()
                    .filter(p -> !p.equals(vreemd) && !p.equals(beschadigd)).findFirst().orElseThrow(), eigen.dataSleutel()));
        }
    }
}
