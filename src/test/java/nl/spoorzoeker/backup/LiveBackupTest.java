package nl.spoorzoeker.backup;

import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import nl.spoorzoeker.app.werkplek.Demoset;
import nl.spoorzoeker.crypto.Versleuteling;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.store.Kopiecontrole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.spoorzoeker.app.Logging;

/**
 * D4 and S1 of reliability.md. D4: backups made while transactions keep committing are each
 * consistent — integrity ok, and the committed transactions they hold are exactly 1..k with both
 * rows of each (a prefix, no gaps, no halves). S1: with a canary in every written text, no backup,
 * temporary folder or log holds it in plain text.
 */
class LiveBackupTest {

    static final String CANARY = "CANARY-7f3a9c";

    @TempDir
    Path dir;

    @Test
    void backupsWhileWritingAreConsistentPrefixesAndHoldNoPlaintext() throws Exception {
        Path data = dir.resolve("data");
        Path backups = dir.resolve("backups");
        int backupsGemaakt = 10;
        List<Path> bestanden = new ArrayList<>();
        try (Database db = Database.open(data.resolve("spoorzoeker.db"))) {
            Demoset.load(db, CLOCK);
            int traject = db.read(ctx -> ((Number) ctx.fetchValue("SELECT min(id) FROM traject")).intValue());
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger geschreven = new AtomicInteger();
            Thread schrijver = Thread.ofPlatform().start(() -> {
                while (!stop.get()) {
                    int n = geschreven.get() + 1;
                    db.write(cfg -> {
                        for (String deel : new String[] {"a", "b"}) {
                            cfg.dsl().execute("INSERT INTO contactmoment (traject_id, moment, duur_minuten, soort, doel, "
                                            + "samenvatting, is_declarabel, aangemaakt_op, gewijzigd_op) "
                                            + "VALUES (?, '2026-11-25T10:00', 30, 'TELEFONISCH', ?, ?, 0, ?, ?)",
                                    traject, "D4 " + n + " " + deel, CANARY + " " + n, "2026-11-25T10:00:00Z",
                                    "2026-11-25T10:00:00Z");
                        }
                        return null;
                    });
                    geschreven.set(n);
                }
            });
            for (int i = 0; i < backupsGemaakt; i++) {
                Clock klok = Clock.offset(CLOCK, Duration.ofSeconds(i));
                bestanden.add(new BackupService(db, data.resolve("tijdelijk"), klok)
                        .maak(backups, BackupServiceTest.SLEUTELS.ring(), BackupServiceTest.SLEUTELS.dataSleutel())
                        .bestand());
            }
            stop.set(true);
            schrijver.join();
            assertTrue(geschreven.get() > 0);
        }

        int vorige = -1;
        int oplopend = 0;
        for (Path b : bestanden) {
            Path plat = dir.resolve("plat-" + b.getFileName() + ".db");
            try (InputStream in = Files.newInputStream(b); OutputStream uit = Files.newOutputStream(plat)) {
                Versleuteling.ontsleutel(in, uit, ring -> BackupServiceTest.SLEUTELS.dataSleutel().clone());
            }
            assertTrue(Kopiecontrole.controleer(plat, true).goed());
            try (Database kopie = Database.open(plat)) {
                int a = kopie.read(ctx -> ((Number) ctx.fetchValue(
                        "SELECT count(*) FROM contactmoment WHERE doel LIKE 'D4 % a'")).intValue());
                int b2 = kopie.read(ctx -> ((Number) ctx.fetchValue(
                        "SELECT count(*) FROM contactmoment WHERE doel LIKE 'D4 % b'")).intValue());
                int hoogste = kopie.read(ctx -> ((Number) ctx.fetchValue("SELECT coalesce(max(CAST(substr(doel, 4, "
                        + "instr(substr(doel, 4), ' ') - 1) AS INTEGER)), 0) FROM contactmoment WHERE doel LIKE 'D4 %'"))
                        .intValue());
                assertEquals(a, b2, "no half transaction in " + b.getFileName());
                assertEquals(hoogste, a, "transactions 1.." + hoogste + " without a gap");
                assertTrue(a >= vorige, "later backups hold at least as much");
                oplopend += a > vorige ? 1 : 0;
                vorige = a;
            }
            Files.delete(plat);
        }
        // S1: the canary is in the database; never in a backup, the private temp folder or the logs.
        int treffers = 0;
        for (Path map : List.of(backups, data.resolve("tijdelijk"))) {
            try (var s = Files.walk(map)) {
                for (Path p : s.filter(Files::isRegularFile).toList()) {
                    treffers += new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1).contains(CANARY) ? 1 : 0;
                }
            }
        }
        Path logs = Logging.logDir();
        if (Files.isDirectory(logs)) {
            try (var s = Files.walk(logs)) {
                for (Path p : s.filter(Files::isRegularFile).toList()) {
                    treffers += Files.readString(p, StandardCharsets.ISO_8859_1).contains(CANARY) ? 1 : 0;
                }
            }
        }
        System.out.printf("D4 live backups: %d backups while writing, each integrity ok and a gap-free prefix "
                + "(%d grew); S1: %d canary hits outside the database%n", bestanden.size(), oplopend, treffers);
        assertEquals(0, treffers);
    }
}
