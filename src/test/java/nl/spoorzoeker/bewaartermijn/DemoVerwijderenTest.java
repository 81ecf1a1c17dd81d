package nl.spoorzoeker.bewaartermijn;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.spoorzoeker.app.werkplek.Demoset;
import nl.spoorzoeker.dossier.DemoDossiers;
import nl.spoorzoeker.dossier.DossierRegel;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.dossier.WerkgeverService;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.testsupport.TestDossiers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.spoorzoeker.app.DataDirectory;
import nl.spoorzoeker.backup.BackupService;
import nl.spoorzoeker.crypto.KdfParameters;
import nl.spoorzoeker.crypto.Kluissessie;
import nl.spoorzoeker.crypto.Sleutelkluis;
import nl.spoorzoeker.store.schema.Tables;

/**
 * Issue 21 item 9: the demo set can be removed again, after the coach has started real work beside
 * it — every demo dossier and demo employer goes, including from the file on disk, and the coach's
 * own dossier and employer stay untouched.
 */
class DemoVerwijderenTest {

    @TempDir
    Path dir;

    @Test
    void theDemoSetGoesAndTheCoachsOwnDossierStays() throws Exception {
        Path file = dir.resolve("spoorzoeker.db");
        try (Database db = Database.open(file)) {
            int geladen = Demoset.load(db, CLOCK);
            int eigen = TestDossiers.create(db, "Çiğdem Yılmaz-Łukasz");
            List<Integer> demo = DemoDossiers.ids(db);
            assertEquals(geladen, demo.size());
            assertFalse(demo.contains(eigen), "the coach's own dossier is not demo");
            db.pragma("wal_checkpoint(TRUNCATE)");
            assertTrue(bevat(file, "Sanne Bakker"), "the scan sees a demo name while it is there");

            int weg = new BewaartermijnService(db, CLOCK).verwijderDemo(demo);
            DemoDossiers.vergeet(db);

            assertEquals(geladen, weg);
            List<DossierRegel> over = new DossierService(db, CLOCK).list();
            assertEquals(List.of(eigen), over.stream().map(DossierRegel::trajectId).toList());
            assertEquals(List.of("Werkgever van Çiğdem Yılmaz-Łukasz"),
                    new WerkgeverService(db, CLOCK).list().stream().map(w -> w.naam()).toList(), "demo employers went too");
            assertEquals(List.of(), DemoDossiers.ids(db));
            assertFalse(bevat(file, "Sanne Bakker"), "no demo name left in the file");
            assertEquals(0, (int) db.read(ctx -> ctx.fetchCount(Tables.GROEPSSESSIE)),
                    "the demo group session had only demo participants");
        }
    }

    @Test
    void aDemoSetLoadedBeforeItWasMarkedIsStillFound() throws Exception {
        try (Database db = Database.open(dir.resolve("spoorzoeker.db"))) {
            int geladen = Demoset.load(db, CLOCK);
            DemoDossiers.vergeet(db); // as an older version left it: no list of demo trajecten
            assertEquals(geladen, DemoDossiers.ids(db).size(), "recognised by demo name and the demo e-mail domain");
        }
    }

    /**
     * Issue 23: removing the demo dossiers happens unlocked, so it finishes a retention deletion's
     * pass over the backups that was left pending (the deletion committed and marked, the pass not
     * run: a kill, a crash or a lock in between).
     */
    @Test
    void removingTheDemoSetFinishesAPendingPassOverTheBackups() throws Exception {
        DataDirectory data = new DataDirectory(dir.resolve("data"));
        data.create();
        var sleutels = new Sleutelkluis(data.sleutelring()).maak("wachtwoord".toCharArray(),
                new KdfParameters(1024, 1, 1));
        var sessie = new Kluissessie();
        sessie.ontgrendel(sleutels.ring(), sleutels.dataSleutel());
        try (Database db = Database.open(data.database())) {
            Demoset.load(db, CLOCK);
            VolTraject a = VolTraject.maak(db, BewaarCanaryTest.CANARY, "AFGEROND", "2023-05-01", true, null);
            new BackupService(db, data.tijdelijk(), CLOCK)
                    .maak(data.backups(), sleutels.ring(), sleutels.dataSleutel());
            var service = new BewaartermijnService(db, CLOCK, new BewaartermijnService.Backupbereik(data.backups(),
                    java.util.Optional::empty, data.tijdelijk(), sessie));
            service.verwijder(a.trajectId, a.naam, true); // its pass over the backups not run
            assertTrue(Files.exists(data.root().resolve("backup-schoning")));
            assertTrue(BackupSchoningTest.hitsIn(List.of(data.backups()), sleutels.dataSleutel()) > 0);

            service.verwijderDemo(DemoDossiers.ids(db));
        }
        assertFalse(Files.exists(data.root().resolve("backup-schoning")), "the pass is no longer pending");
        assertEquals(0, BackupSchoningTest.hitsIn(List.of(data.root()), sleutels.dataSleutel()),
                "no trace of the deleted traject in any file of the data folder");
    }

    private static boolean bevat(Path file, String tekst) throws Exception {
        byte[] inhoud = Files.readAllBytes(file);
        byte[] zoek = tekst.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i <= inhoud.length - zoek.length; i++) {
            for (int j = 0; j < zoek.length; j++) {
                if (inhoud[i + j] != zoek[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
