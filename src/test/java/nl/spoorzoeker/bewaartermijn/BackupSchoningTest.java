package nl.spoorzoeker.bewaartermijn;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.spoorzoeker.app.DataDirectory;
import nl.spoorzoeker.backup.BackupService;
import nl.spoorzoeker.crypto.KdfParameters;
import nl.spoorzoeker.crypto.Kluissessie;
import nl.spoorzoeker.crypto.Sleutelring;
import nl.spoorzoeker.crypto.Versleuteling;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.testsupport.Breekronde;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.spoorzoeker.backup.Bewaarkopieen;
import nl.spoorzoeker.crypto.OngeldigBestand;
import nl.spoorzoeker.crypto.Sleutelkluis;
import nl.spoorzoeker.crypto.VerkeerdeSleutel;
import nl.spoorzoeker.store.Kopiecontrole;
import nl.spoorzoeker.store.Tweedelocatie;
import nl.spoorzoeker.testsupport.KindProces;

/**
 * A retention deletion reaches the backups (issue 23 item 3, done-when: "a retention deletion
 * followed by a scan of the whole data folder (all files, all copies) finds no trace of the
 * canary"). A canary traject (its name and every text) is in two backup generations, their copy in
 * the second location and an encrypted safety copy in bewaard/; after the deletion and the
 * {@link BackupSchoning} pass, every file in the data folder and the second location — encrypted
 * ones decrypted with the data key, the rest as raw bytes — holds no trace of it, every rewritten
 * generation is a whole practice with the other traject in it, and the audit log has the counts.
 */
@Tag("crash")
class BackupSchoningTest {

    static final String CANARY = BewaarCanaryTest.CANARY;

    @TempDir
    Path dir;

    @Test
    void aDeletionTakesTheTrajectOutOfEveryBackupGenerationAndTheSecondLocation() throws Exception {
        DataDirectory data = new DataDirectory(dir.resolve("data"));
        data.create();
        Path tweede = Files.createDirectories(dir.resolve("tweede-locatie"));
        Tweedelocatie.markeer(tweede); // as choosing it does
        var sleutels = Sleutelring.maak("wachtwoord".toCharArray(), new KdfParameters(1024, 1, 1));
        Kluissessie sessie = new Kluissessie();
        sessie.ontgrendel(sleutels.ring(), sleutels.dataSleutel().clone());
        VolTraject a;
        try (Database db = Database.open(data.database())) {
            a = VolTraject.maak(db, CANARY, "AFGEROND", "2023-05-01", true, null);
            VolTraject.maak(db, "xyanderb", "AFGEROND", "2024-05-01", false, a.gedeeldeSessie);
            // Two generations a day apart, the newer one also in the second location.
            BackupService oud = new BackupService(db, data.tijdelijk(), Clock.offset(CLOCK, Duration.ofDays(-1)));
            oud.maak(data.backups(), sleutels.ring(), sleutels.dataSleutel());
            BackupService nu = new BackupService(db, data.tijdelijk(), CLOCK);
            nu.kopieerNaar(nu.maak(data.backups(), sleutels.ring(), sleutels.dataSleutel()), tweede);
            // A safety copy a restore kept, encrypted into bewaard/ at the unlock.
            db.pragma("wal_checkpoint(TRUNCATE)");
            Files.copy(data.database(), data.root().resolve("spoorzoeker-voor-herstel-20261124T100000.db"));
            Bewaarkopieen.bijOntgrendelen(data.database(), data.tijdelijk(), sleutels.ring(),
                    sleutels.dataSleutel(), CLOCK);
        }
        List<Path> generaties = new ArrayList<>(bestanden(data.backups()));
        generaties.addAll(bestanden(tweede).stream().filter(p -> p.toString().endsWith(".szb")).toList());
        assertEquals(3, generaties.size(), "two generations and the copy in the second location");
        for (Path g : generaties) {
            assertTrue(inhoudHits(g, sleutels.dataSleutel()) > 0, g + " holds the canary before the deletion");
        }
        long voor = hitsIn(List.of(data.root(), tweede), sleutels.dataSleutel());

        BackupSchoning.Uitslag u;
        List<String> fasen = new ArrayList<>();
        try (Database db = Database.open(data.database())) {
            BewaartermijnService service = new BewaartermijnService(db, CLOCK, new BewaartermijnService.Backupbereik(
                    data.backups(), () -> Optional.of(tweede), data.tijdelijk(), sessie));
            Verwijdering v = service.verwijder(a.trajectId, a.naam, true);
            Path wachtrij = data.root().resolve("backup-schoning");
            assertEquals(List.of(a.trajectId + " true VOORTIJDIG"), Files.readAllLines(wachtrij),
                    "the pass is pending from the deletion's commit on (ids only)");
            BackupSchoning taak = service.backupSchoning(v, true).orElseThrow();
            u = taak.voerUit(stand -> fasen.add(stand.faseKey()));
            assertFalse(Files.exists(wachtrij), "no longer pending once every generation was reached");
            String audit = db.read(ctx -> String.valueOf(ctx.fetchValue("SELECT omschrijving FROM audit ORDER BY id DESC LIMIT 1")));
            assertEquals("traject " + a.trajectId + " ook uit 3 van 3 back-ups verwijderd", audit);
            assertFalse(sessie.ontgrendeld() && sessie.sleutels().isEmpty(), "the session itself stays as it was");
        }
        assertEquals(new BackupSchoning.Uitslag(3, 3, 0), u);
        assertTrue(fasen.contains("bewaren.schoning.fase") && fasen.getLast().equals("taak.klaar"), fasen.toString());

        // Every file of the data folder and the second location: decrypted where encrypted, raw otherwise.
        List<String> waar = new ArrayList<>();
        for (Path map : List.of(data.root(), tweede)) {
            for (Path p : bestanden(map)) {
                long n = inhoudHits(p, sleutels.dataSleutel()) + BewaarCanaryTest.hits(p);
                if (n > 0) {
                    waar.add(p + ": " + n);
                }
            }
        }
        System.out.printf("S8 retention deletion reaches the backups: %d canary hits in the data folder and the second"
                + " location before (encrypted files decrypted), %d after; %d of %d generations rewritten%n",
                voor, waar.size(), u.herschreven(), u.bekeken());
        assertEquals(List.of(), waar, "no file holds the canary, plain or decrypted");

        // Each rewritten generation is a whole practice: the other traject all there, the deleted one gone.
        for (Path g : generaties) {
            Path plat = dir.resolve("controle-" + g.getFileName() + ".db");
            ontsleutel(g, plat, sleutels.dataSleutel());
            assertTrue(Kopiecontrole.controleer(plat, true).goed(), g.toString());
            try (Database kopie = Database.open(plat)) {
                assertEquals(Map.of(), Tabellen.rijenMet(kopie, CANARY), g.toString());
                assertTrue(Tabellen.rijenMet(kopie, "xyanderb").size() > 15, "the other traject is in " + g);
                assertEquals(1, (int) kopie.read(ctx -> ((Number) ctx.fetchValue(
                        "SELECT count(*) FROM audit WHERE handeling = 'VERWIJDERING'")).intValue()),
                        "the copy records the deletion, so a restore of it shows it");
            }
        }
        assertTrue(Files.notExists(data.tijdelijk()) || bestanden(data.tijdelijk()).isEmpty(), "no staging left");
    }

    /**
     * A kill at every point of the pass (enumerated by one uninterrupted run; a point passed once per
     * generation is stopped at each passing): after the next start (ruimOpBijStart) every generation
     * is there under its name and is a whole practice, either the old one (with the traject) or the
     * new one (without), never missing; no plain database copy, no temporary file in backups/ and
     * nothing in tijdelijk/. The pass is still marked pending (the deletion wrote the mark), and the
     * next unlock's {@code openstaandeSchoningen} finishes it: no trace left, the mark gone.
     */
    @Test
    void aKillAtEveryPointOfTheRewriteLeavesTheOldOrTheNewGenerationAndNoPlainCopy() throws Exception {
        Path ongerept = dir.resolve("ongerept");
        DataDirectory data = new DataDirectory(ongerept);
        data.create();
        var sleutels = new Sleutelkluis(data.sleutelring()).maak("wachtwoord".toCharArray(),
                new KdfParameters(1024, 1, 1));
        VolTraject a;
        try (Database db = Database.open(data.database())) {
            a = VolTraject.maak(db, CANARY, "AFGEROND", "2023-05-01", true, null);
            VolTraject.maak(db, "xyanderb", "AFGEROND", "2024-05-01", false, a.gedeeldeSessie);
            new BackupService(db, data.tijdelijk(), Clock.offset(CLOCK, Duration.ofDays(-1)))
                    .maak(data.backups(), sleutels.ring(), sleutels.dataSleutel());
            new BackupService(db, data.tijdelijk(), CLOCK).maak(data.backups(), sleutels.ring(), sleutels.dataSleutel());
            // With the backups in reach: the deletion marks the pass over them as pending.
            new BewaartermijnService(db, CLOCK, bereik(data, sleutels.ring(), sleutels.dataSleutel()))
                    .verwijder(a.trajectId, a.naam, true);
        }
        assertTrue(Files.exists(ongerept.resolve("backup-schoning")));
        List<String> namen = bestanden(data.backups()).stream().map(p -> p.getFileName().toString()).sorted().toList();
        assertEquals(2, namen.size());

        Breekronde.Kind kind = (map, optie) -> kind(map, a.trajectId, optie).wachtOpEinde();
        Path werk = dir.resolve("herschrijven");
        List<String> punten = Breekronde.punten(ongerept, werk, kind, p -> p.startsWith("schoning."));
        assertTrue(punten.contains("schoning.generatie-vervangen"), punten.toString());
        int[] nieuwGezien = {0};
        List<String> uitslagen = Breekronde.elkPunt(ongerept, werk, punten, kind, (map, punt) -> {
            DataDirectory na = new DataDirectory(map);
            na.ruimOpBijStart();
            int oud = 0;
            int nieuw = 0;
            for (String naam : namen) {
                Path g = na.backups().resolve(naam);
                assertTrue(Files.exists(g), punt + ": " + naam + " is there");
                Path plat = dir.resolve("controle-" + System.nanoTime() + ".db");
                ontsleutel(g, plat, sleutels.dataSleutel());
                assertTrue(Kopiecontrole.controleer(plat, true).goed(), punt + ": " + naam + " whole");
                if (BewaarCanaryTest.hits(plat) > 0) {
                    oud++;
                } else {
                    nieuw++;
                }
                Files.delete(plat);
            }
            for (Path p : bestanden(map)) {
                String naam = p.getFileName().toString();
                if (naam.startsWith("spoorzoeker.db")) {
                    continue;
                }
                assertFalse(naam.startsWith(".szb-tmp-"), punt + ": " + p + " left");
                assertEquals(0, BewaarCanaryTest.hits(p), punt + ": " + p + " holds the canary in the clear");
                byte[] kop = new byte[16];
                try (var in = Files.newInputStream(p)) {
                    in.readNBytes(kop, 0, 16);
                }
                assertFalse(new String(kop, StandardCharsets.ISO_8859_1).startsWith("SQLite format 3"),
                        punt + ": a plain database copy " + p);
            }
            nieuwGezien[0] = Math.max(nieuwGezien[0], nieuw);
            // The next unlock finds the pass pending and finishes it: nothing of the traject is left.
            try (Database db = Database.open(na.database())) {
                List<BackupSchoning> open = new BewaartermijnService(db, CLOCK,
                        bereik(na, sleutels.ring(), sleutels.dataSleutel())).openstaandeSchoningen();
                assertEquals(1, open.size(), punt + ": the pass is pending");
                open.getFirst().voerUit(s -> { });
            }
            assertFalse(Files.exists(map.resolve("backup-schoning")), punt);
            assertEquals(0, hitsIn(List.of(map), sleutels.dataSleutel()), punt + ": after the pass was resumed");
            return oud + " old, " + nieuw + " new";
        });
        assertEquals(2, nieuwGezien[0], "the later points find both generations rewritten");
        System.out.printf("Backup rewrite kill points: %d enumerated, %d killed, every generation whole (old or new),"
                + " 0 plain copies or temporary files after the next start: %s%n", punten.size(), uitslagen.size(), uitslagen);
    }

    /**
     * Issue 23: the pending mark is durable before the deletion commits. A child JVM runs the
     * deletion itself (backups in reach, a plain safety copy beside the database and an encrypted one
     * in bewaard/) and is killed at every point it passes, open and close included. After each kill
     * the next start and unlock (ruimOpBijStart, open, encrypting plain safety copies, the pending
     * passes) must find either no deletion (the traject whole in the live database, no mark left,
     * the generations untouched) or a deletion with its pass marked — and then, the pass run, no
     * trace of the canary in any file of the data folder, encrypted ones decrypted.
     */
    @Test
    void aKillAtEveryPointOfTheDeletionLeavesNoDeletionOrARecordedPass() throws Exception {
        Path ongerept = dir.resolve("ongerept");
        DataDirectory data = new DataDirectory(ongerept);
        data.create();
        var sleutels = new Sleutelkluis(data.sleutelring()).maak("wachtwoord".toCharArray(),
                new KdfParameters(1024, 1, 1));
        VolTraject a;
        try (Database db = Database.open(data.database())) {
            a = VolTraject.maak(db, CANARY, "AFGEROND", "2023-05-01", true, null);
            VolTraject.maak(db, "xyanderb", "AFGEROND", "2024-05-01", false, a.gedeeldeSessie);
            new BackupService(db, data.tijdelijk(), Clock.offset(CLOCK, Duration.ofDays(-1)))
                    .maak(data.backups(), sleutels.ring(), sleutels.dataSleutel());
            new BackupService(db, data.tijdelijk(), CLOCK).maak(data.backups(), sleutels.ring(), sleutels.dataSleutel());
            db.pragma("wal_checkpoint(TRUNCATE)");
            // One safety copy encrypted into bewaard/, one still plain (made after the last unlock).
            Files.copy(data.database(), ongerept.resolve("spoorzoeker-voor-herstel-20261124T100000.db"));
            Bewaarkopieen.bijOntgrendelen(data.database(), data.tijdelijk(), sleutels.ring(),
                    sleutels.dataSleutel(), CLOCK);
            Files.copy(data.database(), ongerept.resolve("spoorzoeker-voor-migratie-v13-20261124T110000.db"));
        }
        assertTrue(bestanden(ongerept.resolve("bewaard")).size() == 1, "an encrypted safety copy");
        long voor = hitsIn(List.of(ongerept), sleutels.dataSleutel());

        Breekronde.Kind kind = (map, optie) -> kind(map, a.trajectId, optie, a.naam).wachtOpEinde();
        Path werk = dir.resolve("verwijderen");
        List<String> punten = Breekronde.punten(ongerept, werk, kind, p -> true);
        assertTrue(punten.contains("verwijdering.merk-geschreven") && punten.contains("verwijdering.na-commit"), punten.toString());
        int[] geenVerwijdering = {0};
        int[] gemerkt = {0};
        List<String> uitslagen = Breekronde.elkPunt(ongerept, werk, punten, kind, (map, wat) -> {
            DataDirectory na = new DataDirectory(map);
            na.ruimOpBijStart();
            boolean gemarkeerd = Files.exists(map.resolve("backup-schoning"));
            boolean verwijderd;
            try (Database db = Database.open(na.database())) {
                verwijderd = Tabellen.rijenMet(db, CANARY).isEmpty();
                assertTrue(!verwijderd || gemarkeerd, wat + ": deleted, but its pass over the backups is not recorded");
                // The next unlock: plain safety copies encrypted, then every pending pass.
                Bewaarkopieen.bijOntgrendelen(na.database(), na.tijdelijk(), sleutels.ring(),
                        sleutels.dataSleutel(), CLOCK);
                new BewaartermijnService(db, CLOCK, bereik(na, sleutels.ring(), sleutels.dataSleutel())).voltooiOpenstaande();
                if (!verwijderd) {
                    assertTrue(Tabellen.rijenMet(db, CANARY).size() > 15, wat + ": not deleted means whole");
                }
            }
            assertFalse(Files.exists(map.resolve("backup-schoning")), wat + ": no mark left");
            long over = hitsIn(List.of(map), sleutels.dataSleutel());
            if (verwijderd) {
                gemerkt[0]++;
                assertEquals(0, over, wat + ": the canary is left after the pending pass");
            } else {
                geenVerwijdering[0]++;
                for (Path g : bestanden(na.backups())) {
                    assertTrue(inhoudHits(g, sleutels.dataSleutel()) > 0, wat + ": not deleted, so " + g + " untouched");
                }
            }
            return verwijderd ? "deleted, pass recorded, " + over + " hits after it" : "not deleted";
        });
        assertTrue(geenVerwijdering[0] > 0 && gemerkt[0] > 0, uitslagen.toString());
        System.out.printf("Retention deletion kill points: %d enumerated, %d killed: %d left no deletion, %d a deletion with"
                + " its pass recorded (0 canary hits after the next unlock; %d before): %s%n", punten.size(),
                uitslagen.size(), geenVerwijdering[0], gemerkt[0], voor, uitslagen);
    }

    private static BewaartermijnService.Backupbereik bereik(DataDirectory data, Sleutelring ring,
                                                            byte[] dataSleutel) {
        Kluissessie sessie = new Kluissessie();
        sessie.ontgrendel(ring, dataSleutel.clone());
        return new BewaartermijnService.Backupbereik(data.backups(), Optional::empty, data.tijdelijk(), sessie);
    }

    private static KindProces kind(Path map, int traject, String optie, String... naam)
            throws Exception {
        List<String> args = new ArrayList<>(List.of(map.toString(), Integer.toString(traject)));
        args.addAll(List.of(naam));
        return KindProces.start(List.of(optie), SchoningKindMain.class, "KLAAR",
                args.toArray(String[]::new));
    }

    static List<Path> bestanden(Path map) throws IOException {
        if (!Files.isDirectory(map)) {
            return List.of();
        }
        try (var boom = Files.walk(map)) {
            return boom.filter(Files::isRegularFile).toList();
        }
    }

    static long hitsIn(List<Path> mappen, byte[] dataSleutel) throws IOException {
        long n = 0;
        for (Path map : mappen) {
            for (Path p : bestanden(map)) {
                n += inhoudHits(p, dataSleutel);
            }
        }
        return n;
    }

    /** Hits in a file's bytes, or, for a file encrypted with the data key, in what it decrypts to. */
    static long inhoudHits(Path p, byte[] dataSleutel) throws IOException {
        byte[] kop = new byte[4];
        try (var in = Files.newInputStream(p)) {
            if (in.readNBytes(kop, 0, 4) < 4 || !new String(kop, StandardCharsets.ISO_8859_1).equals("SZVB")) {
                return BewaarCanaryTest.hits(p);
            }
        }
        Path plat = Files.createTempFile("canary", ".plat");
        try {
            ontsleutel(p, plat, dataSleutel);
            return BewaarCanaryTest.hits(plat);
        } finally {
            Files.delete(plat);
        }
    }

    static void ontsleutel(Path p, Path plat, byte[] dataSleutel) throws IOException {
        try (var in = Files.newInputStream(p); var uit = Files.newOutputStream(plat)) {
            Versleuteling.ontsleutel(in, uit, ring -> dataSleutel.clone());
        } catch (OngeldigBestand | VerkeerdeSleutel e) {
            throw new AssertionError(p + " does not decrypt with the key", e);
        }
    }
}
