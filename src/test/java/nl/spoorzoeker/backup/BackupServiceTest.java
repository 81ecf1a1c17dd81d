package nl.spoorzoeker.backup;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import nl.spoorzoeker.app.werkplek.Demoset;
import nl.spoorzoeker.crypto.KdfParameters;
import nl.spoorzoeker.crypto.OngeldigBestand;
import nl.spoorzoeker.crypto.Sleutelring;
import nl.spoorzoeker.crypto.Versleuteling;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.store.Kopiecontrole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.spoorzoeker.audit.AuditService;
import nl.spoorzoeker.audit.Handeling;
import nl.spoorzoeker.store.schema.Tables;
import nl.spoorzoeker.taak.Geannuleerd;
import nl.spoorzoeker.taak.Taak;

/** Verified, encrypted backups of a real SQLite file with the demo practice. */
class BackupServiceTest {

    static final Sleutelring.Nieuw SLEUTELS = Sleutelring.maak("wachtwoord".toCharArray(),
            new KdfParameters(1024, 1, 1));

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("data/spoorzoeker.db"));
        Demoset.load(db, CLOCK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    BackupService service(Clock clock) {
        return new BackupService(db, dir.resolve("data/tijdelijk"), clock);
    }

    @Test
    void aBackupIsEncryptedVerifiedAndOpensToTheSameData() throws Exception {
        Path map = dir.resolve("backups");
        BackupService.Backup b = service(CLOCK).maak(map, SLEUTELS.ring(), SLEUTELS.dataSleutel());
        assertTrue(Files.isRegularFile(b.bestand()));
        assertEquals(Handeling.BACKUP,
                new AuditService(db, CLOCK).alle().getFirst().handeling());
        assertTrue(b.bestand().getFileName().toString().matches("spoorzoeker-\\d{8}T\\d{9}Z\\.szb"));
        String inhoud = new String(Files.readAllBytes(b.bestand()), StandardCharsets.ISO_8859_1);
        assertFalse(inhoud.contains("SQLite format") || inhoud.contains("Amrani"), "no plaintext in a backup");
        try (var stream = Files.list(dir.resolve("data/tijdelijk"))) {
            assertEquals(0, stream.count(), "no plain copy left behind");
        }
        Kopiecontrole.Uitslag uitslag = service(CLOCK).controleer(b.bestand(),
                ring -> ring.openMetHerstelcode(SLEUTELS.herstelcode()));
        assertTrue(uitslag.goed(), uitslag.toString());

        Path terug = dir.resolve("terug.db");
        try (InputStream in = Files.newInputStream(b.bestand()); OutputStream uit = Files.newOutputStream(terug)) {
            Versleuteling.ontsleutel(in, uit, ring -> ring.open("wachtwoord".toCharArray()));
        }
        try (Database kopie = Database.open(terug)) {
            for (var tabel : List.of(Tables.CONTACTMOMENT,
                    Tables.SOLLICITATIE, Tables.TRAJECT)) {
                int origineel = db.read(ctx -> ctx.fetchCount(tabel));
                int teruggezet = kopie.read(ctx -> ctx.fetchCount(tabel));
                assertTrue(origineel > 0);
                assertEquals(origineel, teruggezet, tabel.getName());
            }
        }
    }

    @Test
    void aDamagedBackupIsRefusedAndGenerationsAreThinned() throws Exception {
        Path map = dir.resolve("backups");
        Clock t0 = Clock.fixed(CLOCK.instant().minus(Duration.ofDays(20)), CLOCK.getZone());
        BackupService.Backup oud = service(t0).maak(map, SLEUTELS.ring(), SLEUTELS.dataSleutel());
        BackupService.Backup ouder = service(Clock.offset(t0, Duration.ofHours(-1))).maak(map, SLEUTELS.ring(),
                SLEUTELS.dataSleutel());
        BackupService.Backup nieuw = service(CLOCK).maak(map, SLEUTELS.ring(), SLEUTELS.dataSleutel());
        Files.writeString(map.resolve(".szb-tmp-20261101T000000000Z.szb"), "half geschreven");
        Files.writeString(map.resolve("spoorzoeker-geen-datum.szb"), "iets anders");
        assertEquals(List.of(nieuw.bestand(), oud.bestand(), ouder.bestand()),
                service(CLOCK).generaties(map).stream().map(BackupService.Backup::bestand).toList(),
                "newest first; leftovers and foreign files are not generations");

        byte[] bytes = Files.readAllBytes(oud.bestand());
        bytes[bytes.length / 2] ^= 1;
        Files.write(oud.bestand(), bytes);
        assertThrows(OngeldigBestand.class, () -> service(CLOCK).controleer(oud.bestand(),
                ring -> SLEUTELS.dataSleutel().clone()));

        List<Path> weg = service(CLOCK).dunUit(map, ZoneId.of("Europe/Amsterdam"));
        assertTrue(weg.contains(ouder.bestand()), "two in the same week: the older goes");
        assertTrue(weg.contains(map.resolve(".szb-tmp-20261101T000000000Z.szb")), "leftovers of a crash go");
        assertTrue(Files.exists(nieuw.bestand()) && Files.exists(oud.bestand()));
        assertTrue(Files.exists(map.resolve("spoorzoeker-geen-datum.szb")), "a foreign file is never deleted");
    }

    /**
     * "N oudere back-ups opgeruimd" (the backup command) counts generations only (issue 23 item 7): the
     * leftovers of interrupted runs that the thinning also removes — an encrypted one in the backup folder, a
     * plain copy in the private folder — are not backups.
     */
    @Test
    void theThinnedOutCountCountsGenerationsNotLeftovers() throws Exception {
        Path map = dir.resolve("backups");
        for (int s = 0; s < 2; s++) {
            // Two generations in the same hour: the thinning keeps only the newest of that hour.
            service(Clock.offset(CLOCK, Duration.ofSeconds(10L * s))).maak(map, SLEUTELS.ring(), SLEUTELS.dataSleutel());
        }
        Files.write(map.resolve(".szb-tmp-onderbroken.szb"), new byte[] {1, 2, 3});
        Files.createDirectories(dir.resolve("data/tijdelijk"));
        Files.write(dir.resolve("data/tijdelijk/.szb-tmp-onderbroken.db"), new byte[] {4, 5, 6});
        BackupTaak taak = new BackupTaak(service(Clock.offset(CLOCK, Duration.ofSeconds(20))), map, SLEUTELS.ring(),
                SLEUTELS.dataSleutel().clone());
        taak.voerUit(stand -> { });
        assertEquals(2, taak.uitgedund(), "the two older generations of that hour, not the two leftovers");
        try (var s = Files.list(map)) {
            assertEquals(1, s.count(), "the new generation only");
        }
        try (var s = Files.list(dir.resolve("data/tijdelijk"))) {
            assertEquals(0, s.count(), "the leftover plain copy removed");
        }
    }

    /**
     * Issue 20: the backup's progress moves with its steps (the copy, the bytes encrypted), and a cancel
     * during the encryption stops it before the rename with nothing left: no generation, no temporary
     * file in the backup folder, no plain copy in the private folder.
     */
    @Test
    void aBackupTaskMovesStepByStepAndACancelMidwayLeavesNothing() throws Exception {
        Path map = dir.resolve("backups");
        List<Taak.Stand> standen = new java.util.ArrayList<>();
        new BackupTaak(service(CLOCK), map, SLEUTELS.ring(), SLEUTELS.dataSleutel().clone()).voerUit(standen::add);
        long tussen = standen.stream().mapToDouble(Taak.Stand::deel)
                .filter(d -> d > 0.05 && d < 0.9).distinct().count();
        assertTrue(tussen >= 3, "distinct steps between start and thinning: " + standen);

        Path andere = dir.resolve("backups-geannuleerd");
        BackupTaak taak = new BackupTaak(service(Clock.offset(CLOCK, Duration.ofSeconds(20))), andere, SLEUTELS.ring(),
                SLEUTELS.dataSleutel().clone());
        List<Double> gezien = new java.util.ArrayList<>();
        assertThrows(Geannuleerd.class, () -> taak.voerUit(s -> {
            gezien.add(s.deel());
            if (s.deel() > 0.4) {
                taak.annuleer(); // during the encryption
            }
        }));
        assertTrue(gezien.getLast() < 0.9, "stopped before the end: " + gezien);
        try (var s = Files.list(andere)) {
            assertEquals(List.of(), s.toList(), "no generation and no temporary file");
        }
        try (var s = Files.list(dir.resolve("data/tijdelijk"))) {
            assertEquals(List.of(), s.toList(), "no plain copy");
        }
    }
}
