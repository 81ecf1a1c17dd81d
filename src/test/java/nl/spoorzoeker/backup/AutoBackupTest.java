package nl.spoorzoeker.backup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import nl.spoorzoeker.app.werkplek.Demoset;
import nl.spoorzoeker.backup.AutoBackup.Aanleiding;
import nl.spoorzoeker.crypto.Kluissessie;
import nl.spoorzoeker.input.Weigering;
import nl.spoorzoeker.slot.Beveiligingsinstellingen;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.store.Tweedelocatie;
import nl.spoorzoeker.testsupport.Stelklok;
import nl.spoorzoeker.testsupport.TestDossiers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When automatic backups are made, where they go, and what the status line is told. */
class AutoBackupTest {

    @TempDir
    Path dir;

    final Stelklok klok = new Stelklok(Instant.parse("2026-11-25T09:00:00Z"));
    final Kluissessie sessie = new Kluissessie();
    Database db;
    Beveiligingsinstellingen instellingen;
    AutoBackup auto;
    final AtomicReference<AutoBackup.Status> gemeld = new AtomicReference<>();

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("data/spoorzoeker.db"));
        Demoset.load(db, TestDossiers.CLOCK);
        instellingen = new Beveiligingsinstellingen(db);
        sessie.ontgrendel(BackupServiceTest.SLEUTELS.ring(), BackupServiceTest.SLEUTELS.dataSleutel());
        auto = nieuw();
    }

    AutoBackup nieuw() {
        AutoBackup a = new AutoBackup(new BackupService(db, dir.resolve("data/tijdelijk"), klok), sessie, db,
                dir.resolve("data/backups"), instellingen::tweedeLocatie, klok);
        a.volg(gemeld::set);
        return a;
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aFollowerThatStoppedHearsNothingMore() {
        java.util.concurrent.atomic.AtomicInteger gehoord = new java.util.concurrent.atomic.AtomicInteger();
        Runnable stop = auto.volg(status -> gehoord.incrementAndGet());
        auto.maakAlsNodig(Aanleiding.HANDMATIG);
        assertEquals(1, gehoord.get());
        stop.run();
        auto.maakAlsNodig(Aanleiding.HANDMATIG);
        assertEquals(1, gehoord.get(), "a window replaced by a language switch no longer listens");
    }

    @Test
    void atStartABackupIsMadeWhenNoneIsLessThanADayOld() throws Exception {
        assertTrue(auto.maakAlsNodig(Aanleiding.START).isPresent(), "none yet");
        klok.verzet(Duration.ofHours(23));
        assertTrue(nieuw().maakAlsNodig(Aanleiding.START).isEmpty(), "23 hours old: not again");
        klok.verzet(Duration.ofHours(2));
        AutoBackup volgendeDag = nieuw();
        assertEquals(Optional.of(Instant.parse("2026-11-25T09:00:00Z")), volgendeDag.status().laatsteGoed(),
                "the status starts from the newest generation on disk");
        assertTrue(volgendeDag.maakAlsNodig(Aanleiding.START).isPresent(), "25 hours old: a new one");
    }

    @Test
    void periodicBackupsOnlyFollowChanges() {
        assertTrue(auto.maakAlsNodig(Aanleiding.PERIODIEK).isPresent(), "the first one always");
        klok.verzet(Duration.ofMinutes(30));
        assertTrue(auto.maakAlsNodig(Aanleiding.PERIODIEK).isEmpty(), "nothing written meanwhile");
        klok.verzet(Duration.ofMinutes(30));
        instellingen.zetVergrendelNaMinuten(7); // any write
        assertTrue(auto.maakAlsNodig(Aanleiding.PERIODIEK).isPresent());
        klok.verzet(Duration.ofMinutes(1));
        assertTrue(auto.maakAlsNodig(Aanleiding.AFSLUITEN).isEmpty(), "exit right after: nothing new");
        assertTrue(auto.maakAlsNodig(Aanleiding.HANDMATIG).isPresent(), "asked for: always");
    }

    @Test
    void aLockedAppMakesNoBackupAndSaysWhyWhenAskedTo() {
        sessie.vergrendel();
        assertTrue(auto.maakAlsNodig(Aanleiding.PERIODIEK).isEmpty());
        Weigering w = assertThrows(Weigering.class, () -> auto.maakAlsNodig(Aanleiding.HANDMATIG));
        assertEquals("backup.fout.vergrendeld", w.messageKey());
        assertEquals(BackupOordeel.Ernst.GEEN, BackupOordeel.ernst(auto.status(), klok.instant()));
    }

    @Test
    void keysHandedOverAtTheLockStillMakeTheBackupAndAreWiped() {
        Optional<Kluissessie.Sleutels> kopie = sessie.sleutels();
        sessie.vergrendel();
        assertTrue(auto.maakAlsNodig(Aanleiding.VERGRENDELEN, kopie).isPresent());
        assertArrayEquals(new byte[32], kopie.get().dataSleutel(), "the copy is wiped afterwards");
    }

    @Test
    void theSecondLocationGetsAnIdenticalCopy() throws Exception {
        Path usb = Files.createDirectories(dir.resolve("usb"));
        instellingen.zetTweedeLocatie(usb);
        BackupService.Backup b = auto.maakAlsNodig(Aanleiding.HANDMATIG).orElseThrow();
        Path kopie = usb.resolve(b.bestand().getFileName());
        assertEquals(-1, Files.mismatch(b.bestand(), kopie));
        assertTrue(gemeld.get().tweedeLocatie().isEmpty());
        try (var lijst = Files.list(usb)) {
            assertEquals(List.of(Tweedelocatie.MERK, kopie.getFileName().toString()),
                    lijst.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file left beside it");
        }
    }

    /**
     * The stick not plugged in, its mount point left behind as an empty folder on the system disk: the
     * folder exists, but the marker written when the stick was chosen is not there. Nothing is written
     * into it, the coach is told, and once the stick (with its marker) is back the copy goes there.
     */
    @Test
    void anEmptyMountPointIsNotTakenForTheStick() throws Exception {
        Path stick = Files.createDirectories(dir.resolve("media/usb"));
        instellingen.zetTweedeLocatie(stick);
        Path merk = stick.resolve(Tweedelocatie.MERK);
        Path opStick = dir.resolve("stick-inhoud");
        Files.move(stick, opStick); // unplugged: the stick's content goes with it
        Files.createDirectories(stick); // and the mount point stays behind, empty
        assertTrue(auto.maakAlsNodig(Aanleiding.HANDMATIG).isPresent(), "the backup in the data folder still counts");
        assertEquals("backup.tweede.geenMerk", gemeld.get().tweedeLocatie().orElseThrow().berichtKey());
        try (var lijst = Files.list(stick)) {
            assertEquals(0, lijst.count(), "nothing written into the mount point");
        }
        Files.delete(stick);
        Files.move(opStick, stick); // plugged in again
        assertTrue(Files.exists(merk));
        klok.verzet(Duration.ofMinutes(10));
        BackupService.Backup b = auto.maakAlsNodig(Aanleiding.HANDMATIG).orElseThrow();
        assertTrue(gemeld.get().tweedeLocatie().isEmpty());
        assertEquals(-1, Files.mismatch(b.bestand(), stick.resolve(b.bestand().getFileName())));
    }

    /** Stores the second location as a version before the marker did: the path only, no marker, no record of one. */
    private void gekozenVoorHetMerk(Path map) {
        db.write(cfg -> cfg.dsl().execute("INSERT INTO instelling (sleutel, waarde) VALUES ('backup_tweede_locatie', ?)",
                map.toAbsolutePath().toString()));
    }

    private AutoBackup zoalsHetVenster() {
        AutoBackup a = nieuw();
        a.vanVoorHetMerk(instellingen::tweedeLocatieVanVoorHetMerk); // as AppContext wires it
        return a;
    }

    /**
     * A second location chosen before the marker existed, the stick plugged in with an older backup on
     * it: backups no longer go there. The coach is told once (then not again), the status line says
     * "choose it again" from the unlock on — before any backup — and after every backup, at the next
     * start too; nothing is written there. Chosen again with the stick in: the sentence is gone and
     * the copy goes there.
     */
    @Test
    void aLocationChosenBeforeTheMarkerIsToldOnceAndTheStatusLineKeepsSayingIt() throws Exception {
        Path stick = Files.createDirectories(dir.resolve("media/usb"));
        Files.writeString(stick.resolve("spoorzoeker-oud.szb"), "een back-up van voor het merk");
        gekozenVoorHetMerk(stick);
        auto = zoalsHetVenster();
        auto.kijkNaarTweedeLocatie();
        assertEquals(AutoBackup.OPNIEUW_KIEZEN, gemeld.get().tweedeLocatie().orElseThrow().berichtKey(),
                "said at the unlock, before any backup");
        assertEquals(List.of(stick.toAbsolutePath().toString()), gemeld.get().tweedeLocatie().orElseThrow().args());
        assertEquals(Optional.of(stick.toAbsolutePath()), instellingen.tweedeLocatieTeMelden(), "to be told");
        instellingen.zetTweedeLocatieGemeld(stick.toAbsolutePath());
        assertEquals(Optional.empty(), instellingen.tweedeLocatieTeMelden(), "told once only");

        assertTrue(auto.maakAlsNodig(Aanleiding.HANDMATIG).isPresent(), "the backup in the data folder counts");
        assertEquals(AutoBackup.OPNIEUW_KIEZEN, gemeld.get().tweedeLocatie().orElseThrow().berichtKey(), "after a backup");
        AutoBackup volgende = zoalsHetVenster(); // the next start
        volgende.kijkNaarTweedeLocatie();
        assertEquals(AutoBackup.OPNIEUW_KIEZEN, gemeld.get().tweedeLocatie().orElseThrow().berichtKey(), "at the next start");
        assertEquals(Optional.empty(), instellingen.tweedeLocatieTeMelden(), "and not told again");
        try (var lijst = Files.list(stick)) {
            assertEquals(List.of("spoorzoeker-oud.szb"), lijst.map(p -> p.getFileName().toString()).toList(),
                    "nothing written there");
        }

        instellingen.zetTweedeLocatie(stick); // chosen again, the stick in
        volgende.kijkNaarTweedeLocatie();
        assertTrue(gemeld.get().tweedeLocatie().isEmpty(), "the sentence is gone once chosen again");
        klok.verzet(Duration.ofMinutes(10));
        BackupService.Backup b = volgende.maakAlsNodig(Aanleiding.HANDMATIG).orElseThrow();
        assertTrue(gemeld.get().tweedeLocatie().isEmpty());
        assertEquals(-1, Files.mismatch(b.bestand(), stick.resolve(b.bestand().getFileName())));
    }

    /**
     * A location whose marker is there but whose choice was not recorded as marked (the version that
     * brought the marker kept no record): not taken for an old choice — recorded as marked when seen
     * — so an unplugged stick later gets the empty-mount-point sentence, not "choose it again".
     */
    @Test
    void aMarkedLocationIsNotTakenForAChoiceFromBeforeTheMarker() throws Exception {
        Path stick = Files.createDirectories(dir.resolve("media/usb"));
        Tweedelocatie.markeer(stick);
        gekozenVoorHetMerk(stick);
        auto = zoalsHetVenster();
        auto.kijkNaarTweedeLocatie();
        assertTrue(gemeld.get() == null || gemeld.get().tweedeLocatie().isEmpty());
        assertEquals(Optional.empty(), instellingen.tweedeLocatieTeMelden());
        Files.move(stick, dir.resolve("stick-inhoud")); // unplugged, the mount point left empty
        Files.createDirectories(stick);
        assertEquals(Optional.empty(), instellingen.tweedeLocatieVanVoorHetMerk(), "recorded as marked when it was seen");
        assertTrue(auto.maakAlsNodig(Aanleiding.HANDMATIG).isPresent());
        assertEquals("backup.tweede.geenMerk", gemeld.get().tweedeLocatie().orElseThrow().berichtKey());
    }

    @Test
    void aMissingSecondLocationIsReportedAndTheBackupStillCounts() throws Exception {
        // chosen while plugged in, then unplugged (its mount folder removed with it)
        Path stick = Files.createDirectories(dir.resolve("usb-stick-niet-aangesloten"));
        instellingen.zetTweedeLocatie(stick);
        Files.delete(stick.resolve(Tweedelocatie.MERK));
        Files.delete(stick);
        assertTrue(auto.maakAlsNodig(Aanleiding.HANDMATIG).isPresent());
        AutoBackup.Status s = gemeld.get();
        assertEquals("backup.tweede.onbereikbaar", s.tweedeLocatie().orElseThrow().berichtKey());
        assertEquals(BackupOordeel.Ernst.GOED, BackupOordeel.ernst(s, klok.instant()));
        assertFalse(Files.exists(dir.resolve("usb-stick-niet-aangesloten")), "nothing is created in its place");
    }

    @Test
    void aFailedScheduledBackupTurnsTheStatusRedWithoutThrowing() throws Exception {
        auto.maakAlsNodig(Aanleiding.START);
        // The backup folder replaced by a file: the next backup cannot be written.
        Path map = dir.resolve("data/backups");
        try (var bestanden = Files.list(map)) {
            for (Path p : bestanden.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(map);
        Files.writeString(map, "geen map");
        instellingen.zetVergrendelNaMinuten(9);
        klok.verzet(Duration.ofMinutes(30));
        assertTrue(auto.maakAlsNodig(Aanleiding.PERIODIEK).isEmpty());
        assertEquals(BackupOordeel.Ernst.MISLUKT, BackupOordeel.ernst(gemeld.get(), klok.instant()));
        assertTrue(gemeld.get().laatsteGoed().isPresent(), "the last good one is still named");
        assertThrows(Weigering.class, () -> auto.maakAlsNodig(Aanleiding.HANDMATIG), "asked for: the refusal is shown");
    }
}
