package nl.spoorzoeker.backup;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import nl.spoorzoeker.crypto.Sleutelring;
import nl.spoorzoeker.store.Database;

/** The child of the crash-during-backup test (D5): makes backups in a loop until it is killed. */
public final class BackupLusMain {

    private BackupLusMain() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path backups = Path.of(args[1]);
        long start = Long.parseLong(args[2]);
        // The parent's keys, so it can decrypt and check every generation after the kill.
        byte[] sleutelbestand = java.nio.file.Files.readAllBytes(Path.of(args[3]));
        Sleutelring ring = Sleutelring.lees(java.util.Arrays.copyOf(sleutelbestand, sleutelbestand.length - 32));
        byte[] dataSleutel = java.util.Arrays.copyOfRange(sleutelbestand, sleutelbestand.length - 32,
                sleutelbestand.length);
        try (Database db = Database.open(data.resolve("spoorzoeker.db"))) {
            for (int i = 0; ; i++) {
                // A distinct, increasing time per backup so that every generation gets its own name.
                Clock klok = Clock.fixed(Instant.ofEpochMilli(start).plus(Duration.ofSeconds(i)), ZoneOffset.UTC);
                BackupService.Backup b = new BackupService(db, data.resolve("tijdelijk"), klok)
                        .maak(backups, ring, dataSleutel);
                System.out.println("BACKUP " + b.bestand().getFileName());
                System.out.flush();
            }
        }
    }
}
